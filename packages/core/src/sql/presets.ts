/**
 * Mapping presets for schemas people really have. A preset fills the events
 * side of a `SqlMapping` the way the product exports it; entities (where a
 * product keeps person properties in its own shape) come from the caller.
 */
import type { Catalog } from '../catalog/schema.ts'
import {
  type EntityMapping,
  EVENT_COLUMN_TYPE,
  type EventPropertyColumn,
  type EventTableMapping,
  type SqlMapping,
  type TableMapping,
} from './mapping.ts'
import { own } from './resolved-mapping.ts'

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

/**
 * A name as the warehouse loaders write table and column names: camelCase split, every run of other
 * characters one `_`, lowercase (`Order Completed` → `order_completed`, `accountType` → `account_type`),
 * `_` before a leading digit. Loaders differ in corner cases: override names where yours differ.
 */
export function warehouseName(name: string): string {
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase()
  return /^[0-9]/.test(snake) ? `_${snake}` : snake
}

/** Options of {@link segmentMapping} and {@link rudderstackMapping}. */
export interface WarehousePresetOptions {
  /** The catalog: each event is read from its own table, each event property from its typed column. */
  catalog: Catalog
  /** The entity type the users table holds (default `user`). */
  entity?: string | undefined
  /** Event names as tracked (`event_text`) where they differ from catalog ids (`{ purchased: 'Order Completed' }`). */
  names?: Readonly<Record<string, string>> | undefined
  /** Event tables where they differ from `warehouseName` of the tracked name (`{ purchased: 'orders' }`). */
  tables?: Readonly<Record<string, string>> | undefined
  /** Event property columns where they differ from `warehouseName` of the id (`{ purchased: { amount: 'revenue' } }`). */
  columns?: Readonly<Record<string, Readonly<Record<string, string>>>> | undefined
  /** Trait columns of the users table where they differ from `warehouseName` of the property id. */
  traits?: Readonly<Record<string, string>> | undefined
  /** Schema of the tables: the source's schema. */
  schema?: string | undefined
}

function warehouseMapping(options: WarehousePresetOptions): SqlMapping {
  const { catalog } = options
  const entity = options.entity ?? 'user'
  const userColumns: Record<string, string> = Object.create(null)
  for (const p of catalog.entities.find((e) => e.id === entity)?.properties ?? []) {
    if (!p.computed) userColumns[p.id] = own(options.traits, p.id) ?? warehouseName(p.id)
  }
  const byEvent: Record<string, EventTableMapping> = Object.create(null)
  for (const event of catalog.events ?? []) {
    const columns: Record<string, EventPropertyColumn> = Object.create(null)
    const renamed = own(options.columns, event.id)
    for (const p of event.properties ?? []) {
      const type = EVENT_COLUMN_TYPE[p.type]
      if (type) columns[p.id] = { column: own(renamed, p.id) ?? warehouseName(p.id), type }
    }
    const tracked = own(options.names, event.id) ?? event.id
    byEvent[event.id] = { table: own(options.tables, event.id) ?? warehouseName(tracked), columns }
  }
  return {
    schema: options.schema,
    timeType: 'timestamp',
    entities: { [entity]: { table: 'users', id: 'id', columns: userColumns } },
    events: {
      table: 'tracks',
      columns: { entityId: 'user_id', event: 'event_text', time: 'timestamp' },
      names: options.names,
      byEvent,
    },
    lists: ABSENT,
    tags: ABSENT,
    history: ABSENT,
  }
}

/**
 * Segment's warehouse schema: `tracks` (`user_id`, `event_text`, `timestamp`, …) and one table per
 * event (`order_completed`) whose properties are typed columns, read for that event's conditions;
 * traits from `users` (`id` = `user_id`). Anonymous events (no `user_id`) belong to no user. No list,
 * tag or history tables (`identifies` is not read).
 */
export function segmentMapping(options: WarehousePresetOptions): SqlMapping {
  return warehouseMapping(options)
}

/**
 * RudderStack's warehouse schema, laid out as Segment's: `tracks`, one table per event with typed
 * property columns, `users` with traits as columns (`identifies` is not read).
 */
export function rudderstackMapping(options: WarehousePresetOptions): SqlMapping {
  return warehouseMapping(options)
}

/** Options of {@link ga4Mapping}: the users table or view, and names where they differ. */
export interface Ga4PresetOptions {
  /**
   * The entity the events belong to, keyed by entity type: a table or view with one row per user (id =
   * the identity column below) and one column per catalog property; times in µs, as GA4 stores them.
   */
  entities: Readonly<Record<string, EntityMapping>>
  /** Which id events belong to: `user_pseudo_id` (the default, every event has one) or `user_id`. */
  identity?: 'user_pseudo_id' | 'user_id' | undefined
  /** `event_name`s of catalog event ids where they differ (`{ purchased: 'purchase' }`). */
  names?: Readonly<Record<string, string>> | undefined
  /** `event_params` keys of catalog event property ids where they differ (`{ amount: 'value' }`). */
  keys?: Readonly<Record<string, string>> | undefined
  /** The events table: the daily tables' wildcard `events_*` by default. */
  table?: string | undefined
  /** The dataset (`analytics_123456789`, or `project.analytics_123456789` as one name). */
  schema?: string | undefined
}

/**
 * GA4's BigQuery export: `events_*` (daily `events_YYYYMMDD` tables), `event_name`, `user_pseudo_id`,
 * `event_timestamp` in µs, event properties from `event_params` (a list of key/value structs, read with
 * `UNNEST`), and each window's start bounding `_TABLE_SUFFIX` so that BigQuery reads only those days.
 */
export function ga4Mapping(options: Ga4PresetOptions): SqlMapping {
  return {
    schema: options.schema,
    timeType: 'epoch_us',
    entities: options.entities,
    events: {
      table: options.table ?? 'events_*',
      columns: {
        entityId: options.identity ?? 'user_pseudo_id',
        event: 'event_name',
        time: 'event_timestamp',
        properties: 'event_params',
      },
      names: options.names,
      keys: options.keys,
      propertiesFormat: 'key_value',
      daySuffix: '_TABLE_SUFFIX',
    },
    lists: ABSENT,
    tags: ABSENT,
    history: ABSENT,
  }
}
