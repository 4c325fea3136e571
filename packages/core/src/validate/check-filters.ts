/** Checks of an event reference and of the property filters of an event condition or a sequence step. */
import { eventEntity } from '../catalog/index-catalog.ts'
import type { EventFilter } from '../model/predicate.ts'
import { isStepReference } from '../model/property-reference.ts'
import { checkPredicate } from './check-predicate.ts'
import type { CheckContext } from './context.ts'
import { issue, type Path } from './issues.ts'

/** The event exists and is performed by `entity`; false when it is unknown (then its filters are not checked). */
export function checkEventRef(
  eventId: string,
  at: Path,
  field: Path,
  entity: string,
  nodeId: string,
  ctx: CheckContext,
): boolean {
  const event = ctx.index.event(eventId)
  if (!event) {
    ctx.issues.push(
      issue({
        code: 'unknown_event',
        at,
        field,
        nodeId,
        message: `Unknown event '${eventId}'`,
        params: { event: eventId },
      }),
    )
    return false
  }
  const performer = eventEntity(event)
  if (performer !== entity) {
    ctx.issues.push(
      issue({
        code: 'entity_mismatch',
        at,
        field,
        nodeId,
        message: `${event.label} is performed by ${performer}s, not ${entity}s`,
        params: { event: event.label, expected: entity, actual: performer },
      }),
    )
  }
  return true
}

/**
 * Every filter names a property of the event and is a valid predicate on it. `field` is where the
 * filters list sits. With `stepReferences`, a filter whose value is an earlier step's property is
 * left to `checkStepReferences`, which sees the whole sequence.
 */
export function checkFilters(
  eventId: string,
  filters: readonly EventFilter[],
  at: Path,
  field: Path,
  nodeId: string,
  ctx: CheckContext,
  stepReferences = false,
): void {
  const event = ctx.index.event(eventId)
  filters.forEach((filter, i) => {
    const ffield = [...field, i]
    const def = ctx.index.eventProperty(eventId, filter.property)
    if (!def) {
      const label = event?.label ?? eventId
      ctx.issues.push(
        issue({
          code: 'unknown_event_property',
          at,
          field: [...ffield, 'property'],
          nodeId,
          message: `Unknown property '${filter.property}' of ${label}`,
          params: { property: filter.property, event: label },
        }),
      )
      return
    }
    if (stepReferences && isStepReference(filter.value)) return
    ctx.issues.push(...checkPredicate(filter, def, at, ffield, nodeId))
  })
}
