/** Pointing an event condition or a sequence step at a set of events (`anyOf`, `any`) or back at one event. */
import type { CatalogIndex } from '../catalog/index-catalog.ts'
import type { EventDef } from '../catalog/schema.ts'
import type { EventCondition, EventForm } from '../model/conditions.ts'
import { type EventRef, eventRefDef } from '../model/event-ref.ts'
import { changeEvent } from './event-condition.ts'

/**
 * Points a condition (or a step) at `ref`: filters on properties every new event has (same type) are
 * kept, the others dropped; a measured property the new events do not share is replaced by a fitting
 * one, or the measure becomes a count. An unknown single event leaves the condition as it is.
 */
export function changeEventRef<T extends Pick<EventCondition, 'event' | 'filters'> & { form?: EventForm }>(
  condition: T,
  ref: EventRef,
  catalog: CatalogIndex,
  entity: string,
  /** The definition of a single event chosen from outside the catalog (a server search), if so. */
  picked?: EventDef,
): T {
  const to = typeof ref === 'string' && picked?.id === ref ? picked : eventRefDef(catalog, ref, entity)
  if (!to) return condition
  return { ...changeEvent(condition, to, eventRefDef(catalog, condition.event, entity)), event: ref }
}
