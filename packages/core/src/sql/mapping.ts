/**
 * Where the data lives: tables and columns for entities, events, list and tag
 * memberships and property history. `defaultMapping` describes the default
 * schema that `createSchemaSql` creates and `datasetToRows` fills.
 */
import type { Catalog } from '../catalog/schema.ts'
import type { PropertyType } from '../model/operators.ts'

/** Where an entity type is stored: its table, id column and property columns. */
export interface EntityMapping {
  table: string
  id: string
  /** Property columns by property id (a missing property is not stored). */
  columns: Readonly<Record<string, string>>
}

/** A table and its columns by role (e.g. entity id, time, name). */
export interface TableMapping {
  table: string
  /** Column names by role. */
  columns: Readonly<Record<string, string>>
}

/**
 * The SQL type a typed event-property column is declared with; `checkMapping` holds it to the catalog
 * type (`text` for string and enum, `time` for datetime, stored as the mapping's `timeType`).
 */
export type EventColumnType = 'text' | 'number' | 'boolean' | 'time'

/** The column type each catalog property type needs in a typed event column (none for `string[]`). */
export const EVENT_COLUMN_TYPE: Readonly<Record<PropertyType, EventColumnType | undefined>> = {
  string: 'text',
  enum: 'text',
  number: 'number',
  boolean: 'boolean',
  datetime: 'time',
  'string[]': undefined,
}

/** A typed column holding one event property: its name, or its name and declared type. */
export type EventPropertyColumn = string | { column: string; type: EventColumnType }

/** Where one catalog event's rows and properties live, where they differ from the events table. */
export interface EventTableMapping {
  /**
   * The event's own table (one table per event, as Segment and RudderStack write them), with the events
   * table's role columns (entityId, time, entityType); every row is the event. Absent: the events table's
   * rows of the event's stored name.
   */
  table?: string | undefined
  /** Typed columns of the event's properties by catalog property id, read instead of the `properties` column. */
  columns?: Readonly<Record<string, EventPropertyColumn>> | undefined
}

/** The events table: `columns` as `TableMapping`, stored event names, and where event properties live. */
export interface EventsMapping extends TableMapping {
  /**
   * The name stored in the event column for a catalog event id, where it differs
   * (`{ page_viewed: '$pageview', order_completed: 'Order Completed' }`); other ids are stored as they are.
   */
  names?: Readonly<Record<string, string>> | undefined
  /**
   * The key inside the `properties` column of a catalog event property id, where it differs
   * (`{ current_url: '$current_url' }`); other ids are their own keys.
   */
  keys?: Readonly<Record<string, string>> | undefined
  /** Per catalog event id: its own table and typed property columns (wide events tables, one table per event). */
  byEvent?: Readonly<Record<string, EventTableMapping>> | undefined
  /**
   * How the `properties` column holds the properties without a typed column: a JSON object (default), or
   * a list of `STRUCT<key, value STRUCT<string_value, int_value, float_value, double_value>>` (GA4's
   * `event_params`; the dialect must have `keyValueScalar`).
   */
  propertiesFormat?: 'json' | 'key_value' | undefined
  /**
   * A column holding each row's daily table as `YYYYMMDD` (GA4's `_TABLE_SUFFIX` of `events_*`): with an
   * instant `asOf`, each lower time bound also bounds it, a day early (the daily tables follow the
   * property's time zone), so that the warehouse reads only the days of the window.
   */
  daySuffix?: string | undefined
}

/** How the catalog maps to your tables and columns: entities, events, lists, tags, relations. */
export interface SqlMapping {
  /** Schema (namespace) prefix of every table, if any. */
  schema?: string | undefined
  /**
   * How times are stored: epoch milliseconds (BIGINT, the default schema), epoch microseconds (BIGINT,
   * GA4's `event_timestamp`; read as whole milliseconds, rounded down) or TIMESTAMP columns.
   */
  timeType: 'epoch_ms' | 'epoch_us' | 'timestamp'
  entities: Readonly<Record<string, EntityMapping>>
  /**
   * Columns: entityType (optional: without it every row belongs to the segment's entity type),
   * entityId, event, time, properties (JSON object; needed by filters and measures of a property).
   */
  events: EventsMapping
  /** Columns: list, entityId, from, to. */
  lists: TableMapping
  /** Columns: tag, entityId, from, to. */
  tags: TableMapping
  /** Columns: entityType (optional), entityId, property, value (JSON scalar), from, seq (optional: order of equal `from`). */
  history: TableMapping
}

/** Table name of an entity type in the default schema: `user` → `users`. */
export function defaultEntityTable(entity: string): string {
  return entity.endsWith('s') ? entity : `${entity}s`
}

/** The default schema for a catalog. */
export function defaultMapping(catalog: Catalog): SqlMapping {
  const entities: Record<string, EntityMapping> = Object.create(null)
  for (const entity of catalog.entities) {
    const columns: Record<string, string> = Object.create(null)
    for (const p of entity.properties) if (!p.computed) columns[p.id] = p.id
    entities[entity.id] = { table: defaultEntityTable(entity.id), id: 'id', columns }
  }
  return {
    timeType: 'epoch_ms',
    entities,
    events: {
      table: 'events',
      columns: {
        entityType: 'entity_type',
        entityId: 'entity_id',
        event: 'event',
        time: 'time',
        properties: 'properties',
      },
    },
    lists: {
      table: 'list_memberships',
      columns: { list: 'list_id', entityId: 'entity_id', from: 'valid_from', to: 'valid_to' },
    },
    tags: {
      table: 'tag_assignments',
      columns: { tag: 'tag_id', entityId: 'entity_id', from: 'valid_from', to: 'valid_to' },
    },
    history: {
      table: 'property_history',
      columns: {
        entityType: 'entity_type',
        entityId: 'entity_id',
        property: 'property',
        value: 'value',
        from: 'valid_from',
        seq: 'seq',
      },
    },
  }
}
