/**
 * Reads the caller's data once, checks every row and copies what the index
 * needs (ids, times, values in catalog order) into staging arrays; nothing of
 * the caller's objects is kept. Every problem becomes an issue with a path;
 * nothing the data does (wrong shapes, cycles, BigInt, throwing getters) may
 * escape as anything but a `DataError`.
 */
import { type CatalogIndex, eventEntity } from '../catalog/index-catalog.ts'
import type { EventDef, PropertyDef } from '../catalog/schema.ts'
import type { DataValue } from '../data/types.ts'
import { type Issue, SegmentError } from '../errors.ts'
import { ColumnBuilder, type Dictionary, IntBuilder, kindOf, NumberBuilder, type ValueKind } from './columns.ts'

/** Data that cannot be indexed; its issues say where (`events[12].time`). */
export class DataError extends SegmentError {}

/** Rows of one kind of timed fact, values already encoded. */
export interface StagedFacts {
  /** The entity type the rows belong to. */
  type: string
  /** Dense entity numbers: known ones, or new ones in `StagedData.newIds` order after the table's size. */
  entity: IntBuilder
  time: NumberBuilder
  /** Columns in catalog order. */
  columns: ColumnBuilder[]
}

/** Where staged values find their dictionaries (strings are encoded while reading; a refused batch only leaves unused codes). */
export interface StagingDictionaries {
  /** An event's property columns: kinds and dictionaries, in catalog order. */
  event(eventId: string): { kinds: readonly ValueKind[]; dicts: readonly (Dictionary | null)[] }
  /** The dictionary of a property's values (shared by its column and its history). */
  property(type: string, property: string): Dictionary | null
  /** The dense number of a known entity id (with or without a row), or -1. */
  entityNumber(type: string, id: string): number
  /** How many entity numbers a type has given out. */
  entityCount(type: string): number
}

export interface StagedEntities {
  type: string
  ids: string[]
  /** Encoded columns (by row) of the entity type's stored (not computed) properties, in catalog order. */
  values: ColumnBuilder[]
}

export interface StagedData {
  /** Ids new to the index by entity type, numbered from the table's size in this order. */
  newIds: Map<string, string[]>
  entities: StagedEntities[]
  /** By event id. */
  events: Map<string, StagedFacts>
  /** By entity type, then property id: column 0 is the value. */
  history: Map<string, Map<string, StagedFacts>>
  /** By list / tag id: time is `from`, column 0 is `to`. */
  lists: Map<string, StagedFacts>
  tags: Map<string, StagedFacts>
}

/** The stored (not computed) properties of an entity type, in catalog order. */
export function storedProperties(catalog: CatalogIndex, type: string): PropertyDef[] {
  return (catalog.entity(type)?.properties ?? []).filter((p) => !p.computed)
}

const where = (path: (string | number)[], message: string): Issue => ({
  path,
  code: 'invalid_data',
  message,
  severity: 'error',
})

/** A short, safe description of a value for a message: never `JSON.stringify` of user data. */
export function describeValue(v: unknown): string {
  switch (typeof v) {
    case 'string': {
      const s = v.length > 40 ? `${v.slice(0, 40)}…` : v
      return `"${s}"`
    }
    case 'number':
    case 'boolean':
      return String(v)
    case 'bigint':
      return `the BigInt ${v > 10n ** 30n || v < -(10n ** 30n) ? 'beyond ±1e30' : String(v)}n`
    case 'undefined':
      return 'nothing'
    case 'symbol':
      return 'a symbol'
    case 'function':
      return 'a function'
    case 'object':
      return v === null ? 'null' : Array.isArray(v) ? 'an array' : 'an object'
    default:
      return 'an unknown value'
  }
}

function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : describeValue(error)
  } catch {
    return 'an error'
  }
}

const NOT_OK = Symbol('not ok')

/**
 * The value as the index stores it, or NOT_OK when it does not fit the type (a number must be finite). Missing is fine;
 * a BigInt is taken as a number where it is a safe integer.
 */
function checkValue(v: unknown, type: PropertyDef['type']): DataValue | undefined | typeof NOT_OK {
  if (v === null || v === undefined) return v
  switch (type) {
    case 'string':
    case 'enum':
      return typeof v === 'string' ? v : NOT_OK
    case 'number':
    case 'datetime':
      // One rule with SQL: JSON and the mapped tables hold finite numbers only (no NaN, no ±Infinity).
      if (typeof v === 'number') return Number.isFinite(v) ? v : NOT_OK
      if (typeof v === 'bigint') {
        const n = Number(v)
        return Number.isSafeInteger(n) && BigInt(n) === v ? n : NOT_OK
      }
      return NOT_OK
    case 'boolean':
      return typeof v === 'boolean' ? v : NOT_OK
    case 'string[]': {
      if (!Array.isArray(v)) return NOT_OK
      const out: string[] = []
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i]
        if (typeof x !== 'string') return NOT_OK
        out.push(x)
      }
      return out
    }
    default: {
      const unknownType: never = type
      void unknownType
      return NOT_OK
    }
  }
}

function expected(type: PropertyDef['type'], v: unknown): string {
  const hint =
    typeof v === 'bigint' && (type === 'number' || type === 'datetime')
      ? ' (a BigInt is taken only as a safe integer: convert larger ones with Number() first)'
      : typeof v === 'number' && (type === 'number' || type === 'datetime')
        ? ' (numbers must be finite)'
        : ''
  return `should be ${type}, got ${describeValue(v)}${hint}`
}

/** A finite number (or a safe-integer BigInt), else undefined. */
function instant(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined
  if (typeof v === 'bigint') {
    const n = Number(v)
    return Number.isSafeInteger(n) && BigInt(n) === v ? n : undefined
  }
  return undefined
}

const own = (o: object, key: string): unknown =>
  Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function facts(
  staged: Map<string, StagedFacts>,
  key: string,
  type: string,
  kinds: readonly ValueKind[],
  dicts: readonly (Dictionary | null)[],
  capacity = 64,
): StagedFacts {
  let f = staged.get(key)
  if (!f) {
    f = {
      type,
      entity: new IntBuilder(capacity),
      time: new NumberBuilder(capacity),
      columns: kinds.map((k, c) => new ColumnBuilder(k, dicts[c] ?? null, capacity)),
    }
    staged.set(key, f)
  }
  return f
}

/**
 * Numbers entity ids while reading: a known id keeps its number, a new one gets the next
 * number after the table's (in `newIds` order, which `DataIndex.add` interns in). The last
 * id is remembered, so rows that arrive grouped by entity cost no lookup.
 */
class EntityNumbers {
  private lastType = ''
  private lastId = ''
  private last = -1
  private readonly pending = new Map<string, Map<string, number>>()
  constructor(
    private readonly dictionaries: StagingDictionaries,
    private readonly newIds: Map<string, string[]>,
  ) {}
  of(type: string, id: string): number {
    if (id === this.lastId && type === this.lastType && this.last >= 0) return this.last
    let n = this.dictionaries.entityCount(type) > 0 ? this.dictionaries.entityNumber(type, id) : -1
    if (n < 0) {
      let pending = this.pending.get(type)
      let list = this.newIds.get(type)
      if (!pending || !list) {
        pending = new Map()
        list = []
        this.pending.set(type, pending)
        this.newIds.set(type, list)
      }
      const p = pending.get(id)
      if (p === undefined) {
        n = this.dictionaries.entityCount(type) + list.length
        pending.set(id, n)
        list.push(id)
      } else n = p
    }
    this.lastType = type
    this.lastId = id
    this.last = n
    return n
  }
}

/** An event id's definition and staging rows, looked up once per batch. */
interface EventSlot {
  def: EventDef | undefined
  count: number
  facts: StagedFacts | undefined
}

/** Checked values of the event being read (reused: no array per event). */
const scratch: (DataValue | undefined)[] = new Array(64).fill(undefined)

/** Checks and stages the data (a whole dataset or an append). Throws DataError listing every problem. */
export function readData(catalog: CatalogIndex, data: unknown, dictionaries: StagingDictionaries): StagedData {
  const issues: Issue[] = []
  const staged: StagedData = {
    newIds: new Map(),
    entities: [],
    events: new Map(),
    history: new Map(),
    lists: new Map(),
    tags: new Map(),
  }
  const numbers = new EntityNumbers(dictionaries, staged.newIds)
  if (!isRecord(data)) {
    throw new DataError('The data cannot be indexed', [
      where([], `The data must be an object { entities, events, lists?, tags?, history? }, got ${describeValue(data)}`),
    ])
  }
  const field = (key: string): unknown => {
    try {
      return own(data, key)
    } catch (error) {
      issues.push(where([key], `${key} cannot be read: ${errorText(error)}`))
      return undefined
    }
  }
  const list = (key: string): unknown[] => {
    const v = field(key)
    if (v === undefined || v === null) return []
    if (!Array.isArray(v)) {
      issues.push(where([key], `${key} must be an array, got ${describeValue(v)}`))
      return []
    }
    return v
  }

  // A Proxy or exotic object can throw from any read the parts below do not guard one by one.
  try {
    const entities = field('entities')
    if (entities !== undefined && entities !== null && !isRecord(entities))
      issues.push(
        where(['entities'], `entities must be an object of rows by entity type, got ${describeValue(entities)}`),
      )
    else if (isRecord(entities)) readEntities(catalog, entities, staged, issues, numbers, dictionaries)

    const events = list('events')
    // Count the events per event id first, so that each staging column is allocated once at its size
    // (growing typed arrays over a large heap costs more in garbage collection than this pass).
    const slots = new Map<unknown, EventSlot>()
    // The last slot is remembered: events that arrive grouped by event id cost no lookup.
    let lastSlotId: unknown
    let lastSlot: EventSlot | undefined
    const slot = (id: unknown): EventSlot => {
      if (id === lastSlotId && lastSlot) return lastSlot
      let s = slots.get(id)
      if (!s) {
        s = { def: typeof id === 'string' ? catalog.event(id) : undefined, count: 0, facts: undefined }
        slots.set(id, s)
      }
      lastSlotId = id
      lastSlot = s
      return s
    }
    try {
      for (let i = 0; i < events.length; i++) {
        const e = events[i]
        slot(isRecord(e) ? e.event : undefined).count++
      }
    } catch {
      // A getter that throws is reported by the reading pass below.
    }
    for (let i = 0; i < events.length; i++) {
      try {
        readEvent(events[i], i, staged, issues, dictionaries, numbers, slot)
      } catch (error) {
        issues.push(where(['events', i], `Event #${i} cannot be read: ${errorText(error)}`))
      }
    }
    for (const key of ['lists', 'tags'] as const) {
      list(key).forEach((m, i) => {
        try {
          readMembership(catalog, m, i, key, staged, issues, numbers)
        } catch (error) {
          issues.push(where([key, i], `Membership #${i} cannot be read: ${errorText(error)}`))
        }
      })
    }
    list('history').forEach((h, i) => {
      try {
        readHistory(catalog, h, i, staged, issues, dictionaries, numbers)
      } catch (error) {
        issues.push(where(['history', i], `History row #${i} cannot be read: ${errorText(error)}`))
      }
    })
  } catch (error) {
    issues.push(where([], `The data cannot be read: ${errorText(error)}`))
  }
  if (issues.length > 0) throw new DataError('The data cannot be indexed', issues)
  return staged
}

function readEntities(
  catalog: CatalogIndex,
  entities: Record<string, unknown>,
  staged: StagedData,
  issues: Issue[],
  numbers: EntityNumbers,
  dictionaries: StagingDictionaries,
): void {
  for (const type of Object.keys(entities)) {
    let rows: unknown
    try {
      rows = entities[type]
    } catch (error) {
      issues.push(where(['entities', type], `entities.${type} cannot be read: ${errorText(error)}`))
      continue
    }
    const entity = catalog.entity(type)
    if (!entity) {
      issues.push(where(['entities', type], `Unknown entity type '${type}'`))
      continue
    }
    if (!Array.isArray(rows)) {
      issues.push(where(['entities', type], `entities.${type} must be an array of rows, got ${describeValue(rows)}`))
      continue
    }
    const defs = storedProperties(catalog, type)
    const out: StagedEntities = {
      type,
      ids: [],
      values: defs.map((def) => new ColumnBuilder(kindOf(def.type), dictionaries.property(type, def.id), rows.length)),
    }
    const seen = new Set<string>()
    rows.forEach((row: unknown, i) => {
      try {
        const id = isRecord(row) ? row.id : undefined
        if (!isRecord(row) || typeof id !== 'string' || id === '') {
          issues.push(where(['entities', type, i, 'id'], `${entity.label} #${i} has no id`))
          return
        }
        if (seen.has(id)) issues.push(where(['entities', type, i, 'id'], `${entity.label} '${id}' is given twice`))
        seen.add(id)
        out.ids.push(id)
        numbers.of(type, id)
        defs.forEach((def, c) => {
          const raw = own(row, def.id)
          const value = checkValue(raw, def.type)
          if (value === NOT_OK) {
            issues.push(
              where(['entities', type, i, def.id], `${entity.label} '${id}': ${def.id} ${expected(def.type, raw)}`),
            )
            out.values[c]!.push(undefined)
          } else out.values[c]!.push(value)
        })
      } catch (error) {
        issues.push(where(['entities', type, i], `${entity.label} #${i} cannot be read: ${errorText(error)}`))
      }
    })
    staged.entities.push(out)
  }
}

function readEvent(
  e: unknown,
  i: number,
  staged: StagedData,
  issues: Issue[],
  dictionaries: StagingDictionaries,
  numbers: EntityNumbers,
  slot: (id: unknown) => EventSlot,
): void {
  if (!isRecord(e)) {
    issues.push(where(['events', i], 'An event must be an object'))
    return
  }
  const entityId = e.entityId
  const eventId = e.event
  const rawTime = e.time
  const entity = e.entity
  const properties = e.properties
  const before = issues.length
  if (typeof entityId !== 'string') issues.push(where(['events', i, 'entityId'], `Event #${i} has no entityId`))
  if (typeof eventId !== 'string') issues.push(where(['events', i, 'event'], `Event #${i} has no event id`))
  const time = instant(rawTime)
  if (time === undefined) issues.push(where(['events', i, 'time'], `Event #${i} has no time in epoch milliseconds`))
  const s = slot(eventId)
  const def = s.def
  if (typeof eventId === 'string' && !def)
    issues.push(where(['events', i, 'event'], `Event #${i}: unknown event '${eventId}' (not in the catalog)`))
  const performer = def ? eventEntity(def) : undefined
  if (def && entity !== performer)
    issues.push(
      where(
        ['events', i, 'entity'],
        `Event #${i} (${def.id}) is performed by ${performer}, not ${typeof entity === 'string' ? `'${entity}'` : describeValue(entity)}`,
      ),
    )
  let count = 0
  if (def) {
    if (properties !== undefined && !isRecord(properties))
      issues.push(where(['events', i, 'properties'], `Event #${i}: properties must be an object`))
    const props = def.properties
    for (let k = 0; k < props.length; k++) {
      const p = props[k]!
      const raw = isRecord(properties) ? own(properties, p.id) : undefined
      const value = checkValue(raw, p.type)
      if (value === NOT_OK)
        issues.push(
          where(['events', i, 'properties', p.id], `Event #${i} (${def.id}): ${p.id} ${expected(p.type, raw)}`),
        )
      else scratch[count++] = value
    }
  }
  if (issues.length > before || !def) return
  let f = s.facts
  if (!f) {
    const columns = dictionaries.event(def.id)
    f = facts(staged.events, def.id, performer!, columns.kinds, columns.dicts, s.count)
    s.facts = f
  }
  f.entity.push(numbers.of(performer!, entityId as string))
  f.time.push(time!)
  for (let c = 0; c < count; c++) f.columns[c]!.push(scratch[c])
}

function readMembership(
  catalog: CatalogIndex,
  m: unknown,
  i: number,
  key: 'lists' | 'tags',
  staged: StagedData,
  issues: Issue[],
  numbers: EntityNumbers,
): void {
  const noun = key === 'lists' ? 'list' : 'tag'
  if (!isRecord(m)) {
    issues.push(where([key, i], `Membership #${i} must be an object`))
    return
  }
  const before = issues.length
  const entityId = own(m, 'entityId')
  const id = own(m, noun)
  if (typeof entityId !== 'string') issues.push(where([key, i, 'entityId'], `Membership #${i} has no entityId`))
  const def = typeof id === 'string' ? (key === 'lists' ? catalog.list(id) : catalog.tag(id)) : undefined
  if (!def)
    issues.push(
      where(
        [key, i, noun],
        `Membership #${i}: unknown ${noun} ${typeof id === 'string' ? `'${id}'` : describeValue(id)} (not in the catalog)`,
      ),
    )
  const bounds: number[] = []
  for (const bound of ['from', 'to'] as const) {
    const raw = own(m, bound)
    if (raw === undefined) {
      bounds.push(bound === 'from' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY)
      continue
    }
    const t = instant(raw)
    if (t === undefined) issues.push(where([key, i, bound], `Membership #${i}: ${bound} must be epoch milliseconds`))
    else bounds.push(t)
  }
  if (issues.length > before || !def) return
  const type = def.entity ?? 'user'
  const f = facts(key === 'lists' ? staged.lists : staged.tags, def.id, type, ['num'], [null])
  f.entity.push(numbers.of(type, entityId as string))
  f.time.push(bounds[0]!)
  f.columns[0]!.push(bounds[1]!)
}

function readHistory(
  catalog: CatalogIndex,
  h: unknown,
  i: number,
  staged: StagedData,
  issues: Issue[],
  dictionaries: StagingDictionaries,
  numbers: EntityNumbers,
): void {
  if (!isRecord(h)) {
    issues.push(where(['history', i], `History row #${i} needs entityId and property`))
    return
  }
  const entityId = own(h, 'entityId')
  const property = own(h, 'property')
  const entity = own(h, 'entity')
  const rawFrom = own(h, 'from')
  if (typeof entityId !== 'string' || typeof property !== 'string') {
    issues.push(where(['history', i], `History row #${i} needs entityId and property`))
    return
  }
  const from = instant(rawFrom)
  if (from === undefined) {
    issues.push(where(['history', i, 'from'], `History row #${i}: from must be epoch milliseconds`))
    return
  }
  if (typeof entity !== 'string' || !catalog.entity(entity)) {
    issues.push(
      where(
        ['history', i, 'entity'],
        `History row #${i}: unknown entity type ${typeof entity === 'string' ? `'${entity}'` : describeValue(entity)}`,
      ),
    )
    return
  }
  const def = catalog.property(entity, property)
  if (!def) {
    issues.push(where(['history', i, 'property'], `History row #${i}: unknown property '${entity}.${property}'`))
    return
  }
  const raw = own(h, 'value')
  const value = checkValue(raw, def.type)
  if (value === NOT_OK) {
    issues.push(where(['history', i, 'value'], `History row #${i}: ${property} ${expected(def.type, raw)}`))
    return
  }
  let byProperty = staged.history.get(entity)
  if (!byProperty) {
    byProperty = new Map()
    staged.history.set(entity, byProperty)
  }
  const f = facts(byProperty, property, entity, [kindOf(def.type)], [dictionaries.property(entity, property)])
  f.entity.push(numbers.of(entity, entityId))
  f.time.push(from)
  f.columns[0]!.push(value)
}
