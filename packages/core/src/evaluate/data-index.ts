/**
 * The evaluator's columnar index: per entity type, ids interned to dense
 * numbers, stored properties as typed columns, property history and list/tag
 * memberships as timed rows; per event type, the events grouped by entity and
 * sorted by time, with typed property columns. Built once from staged data,
 * extended by `append` without a rebuild.
 */
import type { CatalogIndex } from '../catalog/index-catalog.ts'
import type { PropertyDef } from '../catalog/schema.ts'
import { Bitset } from './bitset.ts'
import {
  allocate,
  type ColumnData,
  columnBytes,
  copyValue,
  Dictionary,
  grow,
  kindOf,
  narrowCodes,
  type ValueKind,
} from './columns.ts'
import {
  DataError,
  type StagedData,
  type StagedFacts,
  type StagingDictionaries,
  storedProperties,
} from './read-data.ts'
import { firstIdFrom } from './search-ids.ts'
import { type StagedRows, TimedRows } from './timed-rows.ts'

export { DataError } from './read-data.ts'

/** A stored property of an entity type: its column over dense entity numbers. */
export interface PropertyColumn {
  readonly def: PropertyDef
  readonly kind: ValueKind
  readonly dict: Dictionary | null
  data: ColumnData
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Dense numbers by id. The ids numbered in id order (all of a first build) are found by a
 * binary search over the ids themselves, with no hash map; ids added out of order (appends)
 * go to a map.
 */
export class IdIndex {
  /** `ids[0 .. sortedCount)` are in code-unit order. */
  private sortedCount = 0
  private readonly rest = new Map<string, number>()
  constructor(private readonly ids: readonly string[]) {}

  get(id: string): number | undefined {
    const lo = firstIdFrom(this.ids, 0, this.sortedCount, id)
    if (lo < this.sortedCount && this.ids[lo] === id) return lo
    return this.rest.size === 0 ? undefined : this.rest.get(id)
  }

  /** Records that `ids[e]` is `id` (new). */
  add(id: string, e: number): void {
    if (e === this.sortedCount && this.rest.size === 0 && (e === 0 || this.ids[e - 1]! < id)) this.sortedCount++
    else this.rest.set(id, e)
  }

  /** Bytes of the map part (the sorted part costs nothing beyond the ids). */
  bytes(): number {
    return this.rest.size * 40
  }
}

export class EntityTable {
  readonly ids: string[] = []
  readonly byId = new IdIndex(this.ids)
  known = new Uint8Array(16)
  readonly columns = new Map<string, PropertyColumn>()
  /** Property history by property id (time = from, column 0 = value). */
  readonly history = new Map<string, TimedRows>()
  /** Memberships by list / tag id (time = from, column 0 = to). */
  readonly lists = new Map<string, TimedRows>()
  readonly tags = new Map<string, TimedRows>()
  private capacity = 16
  private order: Int32Array | null = null
  private sorted = true

  constructor(
    readonly type: string,
    defs: readonly PropertyDef[],
  ) {
    for (const def of defs) {
      const kind = kindOf(def.type)
      this.columns.set(def.id, { def, kind, dict: kind === 'code' ? new Dictionary() : null, data: allocate(kind, 16) })
    }
  }

  get size(): number {
    return this.ids.length
  }

  /** Room for `n` entities in every column (one allocation instead of doubling). */
  reserve(n: number): void {
    if (n <= this.capacity) return
    this.capacity = n
    const known = new Uint8Array(n)
    known.set(this.known)
    this.known = known
    for (const c of this.columns.values()) c.data = grow(c.kind, c.data, n)
  }

  /** The dense number of an id, added (not yet known) when new. */
  intern(id: string): number {
    let e = this.byId.get(id)
    if (e !== undefined) return e
    e = this.ids.length
    if (e > 0 && this.sorted && byCodeUnit(this.ids[e - 1]!, id) > 0) this.sorted = false
    this.order = null
    this.ids.push(id)
    this.byId.add(id, e)
    if (e >= this.capacity) {
      this.capacity *= 2
      const known = new Uint8Array(this.capacity)
      known.set(this.known)
      this.known = known
      for (const c of this.columns.values()) c.data = grow(c.kind, c.data, this.capacity)
    }
    return e
  }

  /** Dense numbers in id order (code units), or null when dense order is id order already. */
  idOrder(): Int32Array | null {
    if (this.sorted) return null
    if (!this.order) {
      const order = Int32Array.from(this.ids.keys())
      order.sort((a, b) => byCodeUnit(this.ids[a]!, this.ids[b]!))
      this.order = order
    }
    return this.order
  }

  /** Rows by list or tag id. */
  memberships(kind: 'lists' | 'tags', id: string): TimedRows | undefined {
    return (kind === 'lists' ? this.lists : this.tags).get(id)
  }

  bytes(): number {
    let n = this.known.byteLength + this.ids.length * 32 + this.byId.bytes()
    for (const c of this.columns.values()) n += columnBytes(c.data) + (c.dict ? c.dict.bytes() : 0)
    for (const m of [this.history, this.lists, this.tags]) for (const rows of m.values()) n += rows.bytes()
    return n
  }
}

/** Whether strings are in code-unit order. */
function isSorted(ids: readonly string[]): boolean {
  for (let k = 1; k < ids.length; k++) if (ids[k - 1]! > ids[k]!) return false
  return true
}

/** Every staged set of facts about entities of a type. */
function* factsOf(staged: StagedData, type: string): Generator<StagedFacts> {
  for (const facts of staged.events.values()) if (facts.type === type) yield facts
  for (const facts of staged.history.get(type)?.values() ?? []) yield facts
  for (const facts of staged.lists.values()) if (facts.type === type) yield facts
  for (const facts of staged.tags.values()) if (facts.type === type) yield facts
}

export class DataIndex implements StagingDictionaries {
  readonly tables = new Map<string, EntityTable>()
  /** Events by event id. */
  readonly events = new Map<string, TimedRows>()
  /** Dictionaries of event properties, by event id then property id. */
  private readonly eventDicts = new Map<string, (Dictionary | null)[]>()
  /** Dictionaries of history values of computed properties (which have no column). */
  private readonly orphanDicts = new Map<string, Dictionary>()
  /** Rows derived from the events (merged event sets), by key; dropped by every `add`. */
  private readonly derived = new Map<string, TimedRows>()

  constructor(private readonly catalog: CatalogIndex) {
    for (const entity of catalog.catalog.entities)
      this.tables.set(entity.id, new EntityTable(entity.id, storedProperties(catalog, entity.id)))
  }

  table(type: string): EntityTable {
    const t = this.tables.get(type)
    if (!t)
      throw new DataError('Unknown entity type', [
        { path: [type], code: 'invalid_data', message: `Unknown entity type '${type}'`, severity: 'error' },
      ])
    return t
  }

  /** The events of an event id (an empty set of rows when none arrived). */
  eventRows(event: string): TimedRows {
    let rows = this.events.get(event)
    if (!rows) {
      const def = this.catalog.event(event)
      const props = def?.properties ?? []
      const kinds = props.map((p) => kindOf(p.type))
      const dicts = kinds.map((k) => (k === 'code' ? new Dictionary() : null))
      this.eventDicts.set(event, dicts)
      rows = new TimedRows(kinds, dicts)
      this.events.set(event, rows)
    }
    return rows
  }

  /** Rows derived from the events under `key`, built on first use and rebuilt after the next `add`. */
  derivedRows(key: string, build: () => TimedRows): TimedRows {
    let rows = this.derived.get(key)
    if (!rows) {
      rows = build()
      this.derived.set(key, rows)
    }
    return rows
  }

  /** Kinds and dictionaries of an event's property columns. */
  event(eventId: string): { kinds: readonly ValueKind[]; dicts: readonly (Dictionary | null)[] } {
    const rows = this.eventRows(eventId)
    return { kinds: rows.kinds, dicts: rows.dicts }
  }

  entityNumber(type: string, id: string): number {
    return this.tables.get(type)?.byId.get(id) ?? -1
  }

  entityCount(type: string): number {
    return this.tables.get(type)?.size ?? 0
  }

  /** The dictionary of an entity property (its column's, shared by its history). */
  property(type: string, property: string): Dictionary | null {
    const column = this.tables.get(type)?.columns.get(property)
    if (column) return column.dict
    const def = this.catalog.property(type, property)
    if (!def || kindOf(def.type) !== 'code') return null
    let dict = this.orphanDicts.get(`${type}\u0000${property}`)
    if (!dict) {
      dict = new Dictionary()
      this.orphanDicts.set(`${type}\u0000${property}`, dict)
    }
    return dict
  }

  /** A property's history rows; the value column shares the property column's dictionary. */
  historyRows(type: string, property: string): TimedRows | undefined {
    return this.tables.get(type)?.history.get(property)
  }

  private ensureHistory(table: EntityTable, property: string): TimedRows {
    let rows = table.history.get(property)
    if (!rows) {
      const def = this.catalog.property(table.type, property)!
      const kind = kindOf(def.type)
      rows = new TimedRows([kind], [this.property(table.type, property)])
      table.history.set(property, rows)
    }
    return rows
  }

  /**
   * Places checked, staged data. Entity rows first (in id order when the table is
   * empty, so that results come out sorted), then the facts. Returns the touched
   * entities per type (for incremental membership).
   */
  add(staged: StagedData, track: boolean): Map<string, Bitset> {
    this.derived.clear()
    const touched = new Map<string, Bitset>()
    // Called once every new id is interned: the set spans the whole table.
    const touch = (type: string, e: number) => {
      let set = touched.get(type)
      if (!set) {
        set = new Bitset(this.table(type).size)
        touched.set(type, set)
      }
      set.add(e)
    }
    // New ids first. Into an empty table in id order (so that results need no sort), renumbering the
    // staged facts; else in the order the reader numbered them (entity rows, then facts as they came).
    for (const [type, ids] of staged.newIds) {
      const table = this.table(type)
      table.reserve(table.size + ids.length)
      if (table.size === 0 && !isSorted(ids)) {
        const sorted = ids.slice().sort()
        for (let k = 0; k < sorted.length; k++) table.intern(sorted[k]!)
        const renumber = new Int32Array(ids.length)
        for (let k = 0; k < ids.length; k++) renumber[k] = table.byId.get(ids[k]!)!
        for (const facts of factsOf(staged, type)) {
          const entity = facts.entity.data
          for (let r = 0; r < facts.entity.length; r++) entity[r] = renumber[entity[r]!]!
        }
      } else for (let k = 0; k < ids.length; k++) table.intern(ids[k]!)
    }
    for (const batch of staged.entities) {
      const table = this.table(batch.type)
      const defs = [...table.columns.values()]
      // Code columns narrowed by `compact` take any code again.
      for (const c of defs)
        if (c.kind === 'code' && !(c.data instanceof Int32Array)) c.data = Int32Array.from(c.data as Int8Array)
      for (let r = 0; r < batch.ids.length; r++) {
        const e = table.intern(batch.ids[r]!)
        table.known[e] = 1
        for (let k = 0; k < defs.length; k++) {
          const c = defs[k]!
          copyValue(c.kind, batch.values[k]!.data, r, c.data, e)
        }
        if (track) touch(batch.type, e)
      }
    }
    const place = (rows: TimedRows, facts: StagedFacts) => {
      const table = this.table(facts.type)
      const n = facts.entity.length
      const entity = facts.entity.data
      if (track) for (let r = 0; r < n; r++) touch(facts.type, entity[r]!)
      const out: StagedRows = {
        length: n,
        entity,
        time: facts.time.data,
        values: facts.columns.map((c) => c.data),
      }
      rows.add(out, table.size)
    }
    for (const [event, facts] of staged.events) place(this.eventRows(event), facts)
    for (const [type, byProperty] of staged.history) {
      const table = this.table(type)
      for (const [property, facts] of byProperty) place(this.ensureHistory(table, property), facts)
    }
    for (const key of ['lists', 'tags'] as const) {
      for (const [id, facts] of staged[key]) {
        const table = this.table(facts.type)
        const map = key === 'lists' ? table.lists : table.tags
        let rows = map.get(id)
        if (!rows) {
          rows = new TimedRows(['num'], [null])
          map.set(id, rows)
        }
        place(rows, facts)
      }
    }
    return touched
  }

  bytes(): number {
    let n = 0
    for (const t of this.tables.values()) n += t.bytes()
    for (const rows of this.events.values()) n += rows.bytes()
    for (const dicts of this.eventDicts.values()) for (const d of dicts) n += d ? d.bytes() : 0
    return n
  }

  /** Drops what only writing needs (the maps of large dictionaries; code columns narrowed), after a build. */
  compact(): void {
    for (const t of this.tables.values())
      for (const c of t.columns.values()) {
        if (!c.dict) continue
        c.dict.compact()
        if (c.data instanceof Int32Array) c.data = narrowCodes(c.data, c.dict)
      }
    for (const dicts of this.eventDicts.values()) for (const d of dicts) d?.compact()
    for (const d of this.orphanDicts.values()) d.compact()
  }
}
