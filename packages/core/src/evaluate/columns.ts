/**
 * Typed value columns: numbers and datetimes in `Float64Array` (NaN = missing),
 * strings and enums dictionary-encoded in `Int32Array` (-1 = missing; a column that
 * is no longer written to may be narrowed to `Int8Array` / `Int16Array`), booleans
 * in `Int8Array` (-1 = missing), string lists as frozen arrays (null = missing; equal lists
 * read in one batch share one array).
 */
import type { DataValue } from '../data/types.ts'
import type { PropertyType } from '../model/operators.ts'

export type ValueKind = 'num' | 'code' | 'bool' | 'list'

export type ColumnData = Float64Array | Int32Array | Int16Array | Int8Array | (readonly string[] | null)[]

export function kindOf(type: PropertyType): ValueKind {
  switch (type) {
    case 'number':
    case 'datetime':
      return 'num'
    case 'string':
    case 'enum':
      return 'code'
    case 'boolean':
      return 'bool'
    case 'string[]':
      return 'list'
    default: {
      const unknownType: never = type
      void unknownType
      throw new Error('unknown property type')
    }
  }
}

/** Strings to dense codes, append-only. */
export class Dictionary {
  readonly values: string[] = []
  /** Codes by string; dropped by `compact` once writing is done, rebuilt when written again. */
  private codes: Map<string, number> | null = new Map()
  private last: string | undefined
  private lastCode = -1
  private map(): Map<string, number> {
    if (!this.codes) this.codes = new Map(this.values.map((v, c) => [v, c]))
    return this.codes
  }
  /** The code of `s`, added when new (a repeat of the last string costs no lookup). */
  intern(s: string): number {
    if (s === this.last) return this.lastCode
    const codes = this.map()
    let c = codes.get(s)
    if (c === undefined) {
      c = this.values.length
      this.values.push(s)
      codes.set(s, c)
    }
    this.last = s
    this.lastCode = c
    return c
  }
  /** The code of `s`, or -1 when it never occurred. */
  lookup(s: string): number {
    return this.map().get(s) ?? -1
  }
  /** Drops the map of a large dictionary (evaluation reads codes and values only). */
  compact(): void {
    if (this.values.length > 1024) this.codes = null
  }
  /** Rough bytes held (strings and the map, when kept). */
  bytes(): number {
    return this.values.length * (this.codes ? 72 : 40)
  }
}

/** A new column of `n` missing values. */
export function allocate(kind: ValueKind, n: number): ColumnData {
  switch (kind) {
    case 'num':
      return new Float64Array(n).fill(Number.NaN)
    case 'code':
      return new Int32Array(n).fill(-1)
    case 'bool':
      return new Int8Array(n).fill(-1)
    case 'list':
      return new Array<readonly string[] | null>(n).fill(null)
    default: {
      kind satisfies never
      throw new Error('unknown kind')
    }
  }
}

/** A copy with room for `n` values (the new places missing). */
export function grow(kind: ValueKind, data: ColumnData, n: number): ColumnData {
  if (kind === 'list') {
    const list = data as (readonly string[] | null)[]
    while (list.length < n) list.push(null)
    return list
  }
  const next = allocate(kind, n) as Float64Array | Int32Array | Int8Array
  next.set(data as Float64Array & Int32Array & Int8Array)
  return next
}

/** Writes a (checked) value at `i`. */
export function write(kind: ValueKind, data: ColumnData, dict: Dictionary | null, i: number, v: DataValue | undefined) {
  const missing = v === null || v === undefined
  switch (kind) {
    case 'num':
      ;(data as Float64Array)[i] = missing ? Number.NaN : (v as number)
      return
    case 'code':
      ;(data as Int32Array)[i] = missing ? -1 : dict!.intern(v as string)
      return
    case 'bool':
      ;(data as Int8Array)[i] = missing ? -1 : v ? 1 : 0
      return
    case 'list':
      ;(data as (readonly string[] | null)[])[i] = missing ? null : Object.freeze([...(v as readonly string[])])
      return
    default: {
      kind satisfies never
    }
  }
}

/** The value at `i` (null when missing). */
export function read(kind: ValueKind, data: ColumnData, dict: Dictionary | null, i: number): DataValue {
  switch (kind) {
    case 'num': {
      const x = (data as Float64Array)[i]!
      return Number.isNaN(x) ? null : x
    }
    case 'code': {
      const c = (data as Int32Array)[i]!
      return c < 0 ? null : dict!.values[c]!
    }
    case 'bool': {
      const b = (data as Int8Array)[i]!
      return b < 0 ? null : b === 1
    }
    case 'list':
      return (data as (readonly string[] | null)[])[i] ?? null
    default: {
      kind satisfies never
      throw new Error('unknown kind')
    }
  }
}

/** Bytes a column holds (typed arrays exactly; lists roughly). */
export function columnBytes(data: ColumnData): number {
  return Array.isArray(data) ? data.length * 8 : data.byteLength
}

/** A column filled row by row (staging), growing by doubling. */
export class ColumnBuilder {
  data: ColumnData
  length = 0
  private capacity: number
  constructor(
    readonly kind: ValueKind,
    readonly dict: Dictionary | null,
    capacity = 64,
  ) {
    this.capacity = Math.max(1, capacity)
    this.data = allocate(kind, this.capacity)
  }
  /** List values seen in this batch: equal lists share one frozen copy. */
  private lists: Map<string, readonly string[]> | null = null
  push(v: DataValue | undefined): void {
    if (this.length === this.capacity) {
      this.capacity *= 2
      this.data = grow(this.kind, this.data, this.capacity)
    }
    if (this.kind === 'list' && Array.isArray(v)) {
      this.lists ??= new Map()
      const key = JSON.stringify(v)
      let shared = this.lists.get(key)
      if (!shared) {
        shared = Object.freeze([...(v as readonly string[])])
        this.lists.set(key, shared)
      }
      ;(this.data as (readonly string[] | null)[])[this.length++] = shared
      return
    }
    write(this.kind, this.data, this.dict, this.length++, v)
  }
}

/** Numbers filled one by one (staging times), growing by doubling. */
export class NumberBuilder {
  data: Float64Array
  length = 0
  constructor(capacity = 64) {
    this.data = new Float64Array(Math.max(1, capacity))
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data[this.length++] = x
  }
}

/** Integers filled one by one (staging entity numbers), growing by doubling. */
export class IntBuilder {
  data: Int32Array
  length = 0
  constructor(capacity = 64) {
    this.data = new Int32Array(Math.max(1, capacity))
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2)
      next.set(this.data)
      this.data = next
    }
    this.data[this.length++] = x
  }
}

/** Copies row `i` of one column to row `j` of another of the same kind. */
export function copyValue(kind: ValueKind, from: ColumnData, i: number, to: ColumnData, j: number): void {
  if (kind === 'list') (to as (readonly string[] | null)[])[j] = (from as (readonly string[] | null)[])[i] ?? null
  else (to as Float64Array)[j] = (from as Float64Array)[i]!
}

/**
 * A code column in the narrowest signed array that holds every code of its dictionary
 * (-1 = missing): for columns that are not written to again (a copy when it narrows).
 */
export function narrowCodes(data: Int32Array, dict: Dictionary): Int32Array | Int16Array | Int8Array {
  const codes = dict.values.length
  if (codes <= 0x7f) return Int8Array.from(data)
  if (codes <= 0x7fff) return Int16Array.from(data)
  return data
}
