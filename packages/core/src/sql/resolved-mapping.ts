/**
 * The mapping as the compiler reads it: every table an identifier (schema-qualified
 * when the mapping names a schema), every column looked up by role with an
 * own-property check (a property named `constructor` or `__proto__` is a name
 * like any other). `checkMapping` reports what is missing before compiling;
 * asking for a missing part here is a `SegmentError`, never a crash.
 */
import { SegmentError } from '../errors.ts'
import { issue } from '../validate/issues.ts'
import { ident, type SqlIdentifier } from './fragment.ts'
import type { EventColumnType, SqlMapping, TableMapping } from './mapping.ts'

/** A user string's own value in a record (never an inherited member). */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined
}

function missing(message: string): SegmentError {
  return new SegmentError(message, [issue('mapping_missing', ['mapping'], message)])
}

function need(t: TableMapping, what: string, role: string): string {
  const name = own(t.columns, role)
  if (typeof name !== 'string' || name === '') throw missing(`The mapping of ${what} has no '${role}' column`)
  return name
}

const opt = (t: TableMapping, role: string): string | undefined => {
  const name = own(t.columns, role)
  return typeof name === 'string' && name !== '' ? name : undefined
}

export interface ResolvedEntity {
  table: SqlIdentifier
  id: string
  /** The column of a stored property, if the mapping stores it. */
  column(property: string): string | undefined
}

export interface ResolvedEvents {
  table: SqlIdentifier
  entityType: string | undefined
  entityId: string
  /** The event-name column (unneeded where every event has its own table). */
  event: string | undefined
  time: string
  properties: string | undefined
  /** How `properties` holds event properties. */
  propertiesFormat: 'json' | 'key_value'
  /** The `YYYYMMDD` daily-table column bounded with the time (GA4's `_TABLE_SUFFIX`), if any. */
  daySuffix: string | undefined
  /** The stored name of a catalog event id. */
  storedName(eventId: string): string
  /** The key of an event property inside `properties`. */
  propertyKey(property: string): string
  /** The table of an event's rows; `own` when the table holds that event only (one table per event). */
  tableOf(eventId: string): { table: SqlIdentifier; own: boolean }
  /** The typed column of an event property, if the mapping names one (its declared type, if declared). */
  propertyColumn(eventId: string, property: string): { column: string; type: EventColumnType | undefined } | undefined
}

export interface ResolvedMembership {
  table: SqlIdentifier
  key: string
  entityId: string
  from: string | undefined
  to: string | undefined
}

export interface ResolvedHistory {
  table: SqlIdentifier
  entityType: string | undefined
  entityId: string
  property: string
  value: string
  from: string
  seq: string | undefined
}

/** The typed view of a mapping; each part is resolved on first use. */
export interface ResolvedMapping {
  readonly timeType: SqlMapping['timeType']
  entity(entity: string): ResolvedEntity
  events(): ResolvedEvents
  membership(kind: 'lists' | 'tags'): ResolvedMembership
  history(): ResolvedHistory
}

export function resolveMapping(mapping: SqlMapping): ResolvedMapping {
  const table = (name: string): SqlIdentifier => (mapping.schema ? ident(mapping.schema, name) : ident(name))
  const entities = new Map<string, ResolvedEntity>()
  let events: ResolvedEvents | undefined
  let history: ResolvedHistory | undefined
  const memberships = new Map<'lists' | 'tags', ResolvedMembership>()
  return {
    timeType: mapping.timeType,
    entity(entity) {
      let r = entities.get(entity)
      if (r) return r
      const m = own(mapping.entities, entity)
      if (!m?.table || !m.id) throw missing(`The mapping has no table for the entity '${entity}'`)
      const columns = m.columns
      r = {
        table: table(m.table),
        id: m.id,
        column: (property) => {
          const c = own(columns, property)
          return typeof c === 'string' && c !== '' ? c : undefined
        },
      }
      entities.set(entity, r)
      return r
    },
    events() {
      if (events) return events
      const e = mapping.events
      if (!e?.table) throw missing('The mapping has no table for events')
      const names = e.names
      const byEvent = e.byEvent
      const keys = e.keys
      const shared = { table: table(e.table), own: false }
      events = {
        table: shared.table,
        entityType: opt(e, 'entityType'),
        entityId: need(e, 'events', 'entityId'),
        event: opt(e, 'event'),
        time: need(e, 'events', 'time'),
        properties: opt(e, 'properties'),
        propertiesFormat: e.propertiesFormat ?? 'json',
        daySuffix: e.daySuffix || undefined,
        storedName: (id) => own(names, id) ?? id,
        propertyKey: (property) => own(keys, property) ?? property,
        tableOf: (id) => {
          const t = own(byEvent, id)?.table
          return typeof t === 'string' && t !== '' ? { table: table(t), own: true } : shared
        },
        propertyColumn: (id, property) => {
          const c = own(own(byEvent, id)?.columns, property)
          if (typeof c === 'string') return c === '' ? undefined : { column: c, type: undefined }
          return c && typeof c.column === 'string' && c.column !== '' ? { column: c.column, type: c.type } : undefined
        },
      }
      return events
    },
    membership(kind) {
      let r = memberships.get(kind)
      if (r) return r
      const t = mapping[kind]
      const what = kind === 'lists' ? 'list memberships' : 'tags'
      if (!t?.table) throw missing(`The mapping has no table for ${what}`)
      r = {
        table: table(t.table),
        key: need(t, what, kind === 'lists' ? 'list' : 'tag'),
        entityId: need(t, what, 'entityId'),
        from: opt(t, 'from'),
        to: opt(t, 'to'),
      }
      memberships.set(kind, r)
      return r
    },
    history() {
      if (history) return history
      const h = mapping.history
      if (!h?.table) throw missing('The mapping has no table for property history')
      history = {
        table: table(h.table),
        entityType: opt(h, 'entityType'),
        entityId: need(h, 'property history', 'entityId'),
        property: need(h, 'property history', 'property'),
        value: need(h, 'property history', 'value'),
        from: need(h, 'property history', 'from'),
        seq: opt(h, 'seq'),
      }
      return history
    },
  }
}
