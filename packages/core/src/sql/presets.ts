/**
 * Mapping presets for schemas people really have. A preset fills the events
 * side of a `SqlMapping` the way the product exports it; entities (where a
 * product keeps person properties in its own shape) come from the caller.
 */
import type { EntityMapping, SqlMapping, TableMapping } from './mapping.ts'

/** A table the schema does not have: compiling a condition that needs it is a `mapping_missing` error. */
const ABSENT: TableMapping = { table: '', columns: {} }

/** Options of {@link posthogMapping}: where the person properties live, and the stored event names. */
export interface PosthogPresetOptions {
  /**
   * The entity the events belong to, keyed by entity type (usually `{ user: … }`): a table or view with
   * one column per catalog property, whose id column holds PostHog's `person_id`.
   */
  entities: Readonly<Record<string, EntityMapping>>
  /** Stored event names of catalog event ids where they differ (`{ page_viewed: '$pageview' }`). */
  names?: Readonly<Record<string, string>> | undefined
  /** The events table: `events` by default. */
  table?: string | undefined
  /** Schema (database) of the tables. */
  schema?: string | undefined
}

/**
 * PostHog's events table: `event` (names such as `$pageview`), `timestamp`
 * (a TIMESTAMP), `person_id`, and `properties` (a JSON object, read for event
 * filters and measures). PostHog has no list, tag or history tables.
 */
export function posthogMapping(options: PosthogPresetOptions): SqlMapping {
  return {
    schema: options.schema,
    timeType: 'timestamp',
    entities: options.entities,
    events: {
      table: options.table ?? 'events',
      columns: { entityId: 'person_id', event: 'event', time: 'timestamp', properties: 'properties' },
      names: options.names,
    },
    lists: ABSENT,
    tags: ABSENT,
    history: ABSENT,
  }
}
