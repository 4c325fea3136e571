/**
 * Which events an event condition or a sequence step counts: one event id (the
 * form every segment had before), any of several (`{ anyOf: [...] }`: one count
 * over their union, "Purchased or Subscribed at least 3 times", PostHog's
 * actions), or any event of the catalog the entity performs (`{ any: true }`,
 * Amplitude's "Any Event"). docs/semantics.md ("Any of several events").
 *
 * No zod at run time here: the builder imports this module (the schema is in `event-ref-schema.ts`).
 */
import type { CatalogIndex } from '../catalog/index-catalog.ts'
import { eventEntity } from '../catalog/index-catalog.ts'
import type { EventDef, PropertyDef } from '../catalog/schema.ts'

/**
 * The events a condition counts: an event id, `{ anyOf: ids }` (the union of those events), or
 * `{ any: true }` (every catalog event the condition's entity performs). Its schema is
 * `EventRefSchema` (model/conditions.ts: this module stays free of zod, for the evaluator's bundle).
 */
export type EventRef = string | { anyOf: string[] } | { any: true }

/** An {@link EventRef} that names several events (`anyOf` or `any`). */
export type EventSet = Exclude<EventRef, string>

/** Whether the reference is a set (`anyOf` or `any`) rather than one event id. */
export function isEventSet(ref: EventRef): ref is EventSet {
  return typeof ref !== 'string'
}

/**
 * The event ids a reference counts, in the order written (`anyOf` without repeats), or for `any`
 * the catalog's events performed by `entity`, in catalog order.
 */
export function eventIdsOf(ref: EventRef, catalog: CatalogIndex, entity: string): string[] {
  if (typeof ref === 'string') return [ref]
  if ('anyOf' in ref) return [...new Set(ref.anyOf)]
  return catalog.catalog.events.filter((e) => eventEntity(e) === entity).map((e) => e.id)
}

/**
 * The properties every one of `ids` has with the same type (in the first event's order): what a
 * filter or a measure on a set of events may read. One id: that event's properties.
 */
export function commonEventProperties(catalog: CatalogIndex, ids: readonly string[]): PropertyDef[] {
  const [first, ...rest] = ids
  if (first === undefined) return []
  const props = catalog.event(first)?.properties ?? []
  return props.filter((p) => rest.every((id) => catalog.eventProperty(id, p.id)?.type === p.type))
}

/** The one property definition a set of events shares under `property`, or undefined when not common to all. */
export function commonEventProperty(
  catalog: CatalogIndex,
  ids: readonly string[],
  property: string,
): PropertyDef | undefined {
  const [first, ...rest] = ids
  if (first === undefined) return undefined
  const def = catalog.eventProperty(first, property)
  if (!def) return undefined
  return rest.every((id) => catalog.eventProperty(id, property)?.type === def.type) ? def : undefined
}

/**
 * What a reference offers to filter and measure, as an event definition: the catalog's definition of
 * one event; for a set, one whose properties are those common to all its events (labels joined with
 * "or"; `any`: "any event"). Undefined for an unknown single event.
 */
export function eventRefDef(catalog: CatalogIndex, ref: EventRef, entity: string): EventDef | undefined {
  if (typeof ref === 'string') return catalog.event(ref)
  // An event not chosen yet ('') takes nothing away from what the chosen ones share.
  const ids = eventIdsOf(ref, catalog, entity).filter((id) => id !== '')
  const label = 'any' in ref ? 'any event' : ids.map((id) => catalog.event(id)?.label ?? id).join(' or ')
  return { id: '', label, entity, properties: commonEventProperties(catalog, ids) }
}
