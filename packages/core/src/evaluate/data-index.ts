/**
 * The evaluator's index over plain data: entities by type and id, each
 * entity's events grouped by event id and sorted by time, property history,
 * list and tag membership intervals. Built once, extended by `append`.
 */
import { type CatalogIndex, eventEntity } from '../catalog/index-catalog.ts'
import type {
  DataValue,
  EntityRecord,
  EventRecord,
  ListMembershipRecord,
  PropertyChangeRecord,
  SegmentData,
  TagRecord,
} from '../data/types.ts'
import { type Issue, SegmentError } from '../errors.ts'

export interface Interval {
  from: number
  to: number
}

export interface Change {
  from: number
  value: DataValue
}

export interface EntityState {
  readonly id: string
  readonly type: string
  /** False while only facts (events, memberships) name this id and no entity row has arrived. */
  known: boolean
  row: EntityRecord
  /** Events by event id, sorted by time (stable for equal times). */
  readonly events: Map<string, EventRecord[]>
  /** Property history by property id, sorted by `from`. */
  readonly history: Map<string, Change[]>
  /** Membership intervals by list id / tag id. */
  readonly lists: Map<string, Interval[]>
  readonly tags: Map<string, Interval[]>
}

export interface EntityTable {
  readonly states: EntityState[]
  readonly byId: Map<string, EntityState>
}

/** Data that cannot be indexed; its issues say where (`events[12].time`). */
export class DataError extends SegmentError {}

export interface DataIndex {
  readonly tables: Map<string, EntityTable>
  table(type: string): EntityTable
}

function typeMatches(value: DataValue | undefined, type: string): boolean {
  if (value === null || value === undefined) return true
  switch (type) {
    case 'string':
    case 'enum':
      return typeof value === 'string'
    case 'number':
    case 'datetime':
      return typeof value === 'number' && !Number.isNaN(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string')
    default:
      return true
  }
}

function insertSorted<T>(list: T[], item: T, key: (t: T) => number): void {
  const k = key(item)
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (key(list[mid]!) <= k) lo = mid + 1
    else hi = mid
  }
  list.splice(lo, 0, item)
}

function push<K, T>(map: Map<K, T[]>, key: K, item: T): T[] {
  let list = map.get(key)
  if (!list) {
    list = []
    map.set(key, list)
  }
  list.push(item)
  return list
}

const where = (path: (string | number)[], message: string): Issue => ({
  path,
  code: 'invalid_data',
  message,
  severity: 'error',
})

/** Builds an empty index for the catalog's entity types. */
export function createDataIndex(catalog: CatalogIndex): DataIndex {
  const tables = new Map<string, EntityTable>()
  for (const entity of catalog.catalog.entities) tables.set(entity.id, { states: [], byId: new Map() })
  return {
    tables,
    table(type) {
      const t = tables.get(type)
      if (!t) throw new DataError('Unknown entity type', [where([type], `Unknown entity type '${type}'`)])
      return t
    },
  }
}

/**
 * Adds data to the index. With `sorted: false` (a bulk build) new items are
 * appended and sorted once at the end; otherwise they are inserted in place.
 * Throws DataError listing every malformed row, before changing anything.
 */
export function addData(index: DataIndex, catalog: CatalogIndex, data: Partial<SegmentData>, bulk: boolean): void {
  const issues: Issue[] = []
  for (const [type, rows] of Object.entries(data.entities ?? {})) {
    const entity = catalog.entity(type)
    if (!entity) {
      issues.push(where(['entities', type], `Unknown entity type '${type}'`))
      continue
    }
    const seen = new Set<string>()
    rows.forEach((row, i) => {
      if (typeof row !== 'object' || row === null || typeof row.id !== 'string' || row.id === '') {
        issues.push(where(['entities', type, i, 'id'], `${entity.label} #${i} has no id`))
        return
      }
      if (seen.has(row.id))
        issues.push(where(['entities', type, i, 'id'], `${entity.label} '${row.id}' is given twice`))
      seen.add(row.id)
      for (const def of entity.properties) {
        if (!def.computed && !typeMatches(row[def.id], def.type)) {
          issues.push(
            where(
              ['entities', type, i, def.id],
              `${entity.label} '${row.id}': ${def.id} should be ${def.type}, got ${JSON.stringify(row[def.id])}`,
            ),
          )
        }
      }
    })
  }
  const events = data.events ?? []
  events.forEach((e, i) => {
    if (typeof e !== 'object' || e === null) {
      issues.push(where(['events', i], 'An event must be an object'))
      return
    }
    if (typeof e.entityId !== 'string') issues.push(where(['events', i, 'entityId'], `Event #${i} has no entityId`))
    if (typeof e.event !== 'string') issues.push(where(['events', i, 'event'], `Event #${i} has no event id`))
    if (typeof e.time !== 'number' || !Number.isFinite(e.time))
      issues.push(where(['events', i, 'time'], `Event #${i} has no time in epoch milliseconds`))
    const def = typeof e.event === 'string' ? catalog.event(e.event) : undefined
    if (typeof e.event === 'string' && !def)
      issues.push(where(['events', i, 'event'], `Event #${i}: unknown event '${e.event}' (not in the catalog)`))
    if (def && e.entity !== eventEntity(def))
      issues.push(
        where(
          ['events', i, 'entity'],
          `Event #${i} (${def.id}) is performed by ${eventEntity(def)}, not '${String(e.entity)}'`,
        ),
      )
    if (def && e.properties !== undefined) {
      if (typeof e.properties !== 'object' || e.properties === null)
        issues.push(where(['events', i, 'properties'], `Event #${i}: properties must be an object`))
      else
        for (const p of def.properties) {
          const value = e.properties[p.id]
          if (!typeMatches(value, p.type))
            issues.push(
              where(
                ['events', i, 'properties', p.id],
                `Event #${i} (${def.id}): ${p.id} should be ${p.type}, got ${JSON.stringify(value)}`,
              ),
            )
        }
    }
  })
  const checkMembership = (rows: readonly (ListMembershipRecord | TagRecord)[] | undefined, key: 'lists' | 'tags') => {
    rows?.forEach((m, i) => {
      if (typeof m?.entityId !== 'string') issues.push(where([key, i, 'entityId'], `Membership #${i} has no entityId`))
      const id = key === 'lists' ? (m as ListMembershipRecord)?.list : (m as TagRecord)?.tag
      const known = key === 'lists' ? catalog.list(String(id)) : catalog.tag(String(id))
      if (!known)
        issues.push(
          where(
            [key, i, key === 'lists' ? 'list' : 'tag'],
            `Membership #${i}: unknown ${key === 'lists' ? 'list' : 'tag'} '${String(id)}' (not in the catalog)`,
          ),
        )
      for (const bound of ['from', 'to'] as const) {
        if (m?.[bound] !== undefined && (typeof m[bound] !== 'number' || !Number.isFinite(m[bound])))
          issues.push(where([key, i, bound], `Membership #${i}: ${bound} must be epoch milliseconds`))
      }
    })
  }
  checkMembership(data.lists, 'lists')
  checkMembership(data.tags, 'tags')
  data.history?.forEach((h, i) => {
    if (typeof h?.entityId !== 'string' || typeof h.property !== 'string')
      issues.push(where(['history', i], `History row #${i} needs entityId and property`))
    else if (typeof h.from !== 'number' || !Number.isFinite(h.from))
      issues.push(where(['history', i, 'from'], `History row #${i}: from must be epoch milliseconds`))
    else if (!catalog.entity(h.entity))
      issues.push(where(['history', i, 'entity'], `History row #${i}: unknown entity type '${String(h.entity)}'`))
    else {
      const def = catalog.property(h.entity, h.property)
      if (!def)
        issues.push(
          where(['history', i, 'property'], `History row #${i}: unknown property '${h.entity}.${h.property}'`),
        )
      else if (!typeMatches(h.value, def.type))
        issues.push(
          where(
            ['history', i, 'value'],
            `History row #${i}: ${h.property} should be ${def.type}, got ${JSON.stringify(h.value)}`,
          ),
        )
    }
  })
  if (issues.length > 0) throw new DataError('The data cannot be indexed', issues)

  // A bulk build appends, then sorts each touched list once (most arrive in order: then no sort at all);
  // an append inserts each item where it belongs. Equal times keep the order given.
  const touched = new Set<EntityState>()
  const byTime = (e: EventRecord) => e.time
  const byFrom = (c: Change) => c.from
  const add = <T>(map: Map<string, T[]>, key: string, item: T, time: (t: T) => number) => {
    const list = map.get(key)
    if (!list) map.set(key, [item])
    else if (bulk) list.push(item)
    else insertSorted(list, item, time)
  }
  // Rows about one entity usually come together: remember the last one looked up.
  let last: EntityState | undefined
  const stateOf = (type: string, id: string): EntityState => {
    if (last !== undefined && last.id === id && last.type === type) return last
    const table = index.table(type)
    let state = table.byId.get(id)
    if (!state) {
      // Facts may arrive before their entity: keep them on a placeholder row.
      state = {
        id,
        type,
        known: false,
        row: { id },
        events: new Map(),
        history: new Map(),
        lists: new Map(),
        tags: new Map(),
      }
      table.byId.set(id, state)
      table.states.push(state)
    }
    if (bulk) touched.add(state)
    last = state
    return state
  }
  for (const [type, rows] of Object.entries(data.entities ?? {})) {
    for (const row of rows) {
      const state = stateOf(type, row.id)
      state.row = row
      state.known = true
    }
  }
  for (const e of events) add(stateOf(e.entity, e.entityId).events, e.event, e, byTime)
  for (const h of (data.history ?? []) as readonly PropertyChangeRecord[]) {
    add(stateOf(h.entity, h.entityId).history, h.property, { from: h.from, value: h.value }, byFrom)
  }
  const interval = (m: { from?: number; to?: number }): Interval => ({
    from: m.from ?? Number.NEGATIVE_INFINITY,
    to: m.to ?? Number.POSITIVE_INFINITY,
  })
  for (const m of data.lists ?? []) {
    const type = catalog.list(m.list)?.entity ?? 'user'
    push(stateOf(type, m.entityId).lists, m.list, interval(m))
  }
  for (const m of data.tags ?? []) {
    const type = catalog.tag(m.tag)?.entity ?? 'user'
    push(stateOf(type, m.entityId).tags, m.tag, interval(m))
  }
  for (const state of touched) {
    for (const list of state.events.values()) sortIfNeeded(list, byTime)
    for (const list of state.history.values()) sortIfNeeded(list, byFrom)
  }
}

/** Stable sort by key, skipped when the list is already in order. */
function sortIfNeeded<T>(list: T[], key: (t: T) => number): void {
  for (let i = 1; i < list.length; i++) {
    if (key(list[i - 1]!) > key(list[i]!)) {
      list.sort((a, b) => key(a) - key(b))
      return
    }
  }
}

/** Index of the last element with key <= t, or -1. */
export function lastAtOrBefore<T>(list: readonly T[], t: number, key: (x: T) => number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (key(list[mid]!) <= t) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}
