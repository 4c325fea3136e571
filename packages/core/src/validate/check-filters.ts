/** Checks of an event reference and of the property filters of an event condition or a sequence step. */

import { eventEntity } from '../catalog/index-catalog.ts'
import type { PropertyDef } from '../catalog/schema.ts'
import { commonEventProperty, type EventRef, eventIdsOf } from '../model/event-ref.ts'
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
 * The event ids of a reference, each checked like a single event (`field` is where the reference sits;
 * an `anyOf` id's issue points at `[...field, 'anyOf', i]`, an empty `anyOf` is `empty_list`); undefined
 * when one is unknown (then the filters are not checked).
 */
export function checkEventRefs(
  ref: EventRef,
  at: Path,
  field: Path,
  entity: string,
  nodeId: string,
  ctx: CheckContext,
): string[] | undefined {
  if (typeof ref === 'string') return checkEventRef(ref, at, field, entity, nodeId, ctx) ? [ref] : undefined
  if ('any' in ref) return eventIdsOf(ref, ctx.index, entity)
  if (ref.anyOf.length === 0) {
    ctx.issues.push(
      issue({
        code: 'empty_list',
        at,
        field: [...field, 'anyOf'],
        nodeId,
        message: 'Choose at least one event',
        params: {},
      }),
    )
    return undefined
  }
  let known = true
  ref.anyOf.forEach((id, i) => {
    if (!checkEventRef(id, at, [...field, 'anyOf', i], entity, nodeId, ctx)) known = false
  })
  return known ? eventIdsOf(ref, ctx.index, entity) : undefined
}

/**
 * The definition of an event property that every one of `eventIds` has with the same type; otherwise
 * an issue at `field` (`unknown_event_property` when no event has it, `event_property_not_common` when
 * some lack it or type it differently) and undefined.
 */
export function commonPropertyOrIssue(
  eventIds: readonly string[],
  property: string,
  at: Path,
  field: Path,
  nodeId: string,
  ctx: CheckContext,
): PropertyDef | undefined {
  const def = commonEventProperty(ctx.index, eventIds, property)
  if (def) return def
  const having = eventIds.find((id) => ctx.index.eventProperty(id, property))
  const first = having ?? eventIds[0] ?? ''
  if (having === undefined || eventIds.length === 1) {
    const label = ctx.index.event(first)?.label ?? first
    ctx.issues.push(
      issue({
        code: 'unknown_event_property',
        at,
        field,
        nodeId,
        message: `Unknown property '${property}' of ${label}`,
        params: { property, event: label },
      }),
    )
    return undefined
  }
  const type = ctx.index.eventProperty(having, property)?.type
  const lacking = eventIds.find((id) => ctx.index.eventProperty(id, property)?.type !== type) ?? ''
  const label = ctx.index.event(lacking)?.label ?? lacking
  ctx.issues.push(
    issue({
      code: 'event_property_not_common',
      at,
      field,
      nodeId,
      message: `Not every chosen event has the property '${property}': ${label} ${ctx.index.eventProperty(lacking, property) ? 'types it differently' : 'lacks it'}`,
      params: { property, event: label },
    }),
  )
  return undefined
}

/**
 * Every filter names a property of the events (common to all of them, with one type) and is a valid
 * predicate on it. `field` is where the filters list sits. With `stepReferences`, a filter whose value
 * is an earlier step's property is left to `checkStepReferences`, which sees the whole sequence.
 */
export function checkFilters(
  eventIds: readonly string[],
  filters: readonly EventFilter[],
  at: Path,
  field: Path,
  nodeId: string,
  ctx: CheckContext,
  stepReferences = false,
): void {
  filters.forEach((filter, i) => {
    const ffield = [...field, i]
    const def = commonPropertyOrIssue(eventIds, filter.property, at, [...ffield, 'property'], nodeId, ctx)
    if (!def) return
    if (stepReferences && isStepReference(filter.value)) return
    ctx.issues.push(...checkPredicate(filter, def, at, ffield, nodeId))
  })
}
