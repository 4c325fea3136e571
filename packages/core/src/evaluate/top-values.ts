/**
 * The most frequent values of an entity property or an event property, for
 * value suggestions in the builder (`loadValues`): counted straight from the
 * index's columns, optionally narrowed by a search text.
 */

import type { ColumnData, Dictionary, ValueKind } from './columns.ts'
import { asciiLower } from './predicate.ts'

/** One suggested value and how many entities (or events) hold it. */
export interface ValueCount {
  value: string | number | boolean
  count: number
}

/** Options of `topValues`: a text filter and the number of values to return. */
export interface TopValuesOptions {
  /** Keep values whose text contains this (ASCII case-insensitive). */
  query?: string | undefined
  /** At most this many values (default 10). */
  limit?: number | undefined
}

/** Counts values in column ranges. */
export class ValueCounter {
  private readonly codes: number[] = []
  private readonly other = new Map<string | number | boolean, number>()
  constructor(
    private readonly kind: ValueKind,
    private readonly dict: Dictionary | null,
  ) {}

  add(data: ColumnData, lo: number, hi: number): void {
    switch (this.kind) {
      case 'code': {
        const d = data as Int32Array
        for (let i = lo; i < hi; i++) {
          const c = d[i]!
          if (c >= 0) this.codes[c] = (this.codes[c] ?? 0) + 1
        }
        return
      }
      case 'num': {
        const d = data as Float64Array
        for (let i = lo; i < hi; i++) if (!Number.isNaN(d[i]!)) this.bump(d[i]!)
        return
      }
      case 'bool': {
        const d = data as Int8Array
        for (let i = lo; i < hi; i++) if (d[i]! >= 0) this.bump(d[i] === 1)
        return
      }
      case 'list': {
        const d = data as (readonly string[] | null)[]
        for (let i = lo; i < hi; i++) for (const s of d[i] ?? []) this.bump(s)
        return
      }
      default: {
        this.kind satisfies never
      }
    }
  }

  private bump(v: string | number | boolean): void {
    this.other.set(v, (this.other.get(v) ?? 0) + 1)
  }

  /** Most frequent first; ties in value order. */
  top(options: TopValuesOptions = {}): ValueCount[] {
    const limit = Math.max(0, Math.floor(options.limit ?? 10))
    const query = options.query ? asciiLower(options.query) : undefined
    const all: ValueCount[] = []
    this.codes.forEach((count, c) => {
      if (count) all.push({ value: this.dict!.values[c]!, count })
    })
    for (const [value, count] of this.other) all.push({ value, count })
    const kept = query === undefined ? all : all.filter((v) => asciiLower(String(v.value)).includes(query))
    kept.sort(
      (a, b) =>
        b.count - a.count || (String(a.value) < String(b.value) ? -1 : String(a.value) > String(b.value) ? 1 : 0),
    )
    return kept.slice(0, limit)
  }
}
