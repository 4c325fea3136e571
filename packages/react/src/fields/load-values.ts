/**
 * Value suggestions from the host (`loadValues` on the builder): what the
 * builder asks for, what it gets back, and the loader bound to one field that a
 * value editor receives as `suggest`.
 */

/** One suggested value; `label` is shown instead of the value when given. */
export interface ValueSuggestion {
  value: string
  label?: string | undefined
}

/** What a value editor asks `loadValues` for: the values of one property, narrowed by the typed text. */
export type LoadValuesRequest = {
  /** Entity type of the condition (for an event filter: the entity that performs the event). */
  entity: string
  /** The typed text ('' when the field has just opened: the most common values). */
  query: string
  /** Aborts when a newer query supersedes this one or the field closes. */
  signal: AbortSignal
} & (
  | {
      /** An entity property's values (property conditions, related groups). */
      property: string
      event?: undefined
      eventProperty?: undefined
    }
  | {
      property?: undefined
      /** An event property's values (event and sequence step filters). */
      event: string
      eventProperty: string
    }
)

/** The builder's `loadValues` prop. */
export type LoadValues = (request: LoadValuesRequest) => Promise<readonly ValueSuggestion[]>

/** `loadValues` bound to one field: called with the typed text and the signal. */
export type SuggestValues = (query: string, signal: AbortSignal) => Promise<readonly ValueSuggestion[]>

/** Where a predicate's property lives: an entity's own properties, or an event's. */
export type PredicateSource = { entity: string; event?: undefined } | { entity: string; event: string }

/** Binds `loadValues` to one property of a source (undefined without a loader). */
export function bindLoadValues(
  loadValues: LoadValues | undefined,
  source: PredicateSource | undefined,
  property: string,
): SuggestValues | undefined {
  if (!loadValues || !source) return undefined
  const { entity, event } = source
  return event === undefined
    ? (query, signal) => loadValues({ entity, property, query, signal })
    : (query, signal) => loadValues({ entity, event, eventProperty: property, query, signal })
}
