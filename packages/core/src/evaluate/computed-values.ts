/**
 * Computed properties that take values rather than measure a number (catalog `ValueMeasure`): the
 * most frequent, first or last value of an event property, or its distinct values, over one entity's
 * matching events in the window. Events without a value are skipped; ties (equal counts, equal
 * times) go to the smallest value — numbers by size, text by Unicode code point, the order every
 * dialect compares binary text in. Over no event with a value: missing (null).
 */
import type { ValueMeasure } from '../catalog/value-measure.ts'
import type { DataValue } from '../data/types.ts'
import type { ColumnData, Dictionary } from './columns.ts'
import type { EventSource } from './event.ts'
import type { Bounds } from './window.ts'

type Scalar = string | number

/** Unicode code point order (UTF-8 byte order), not UTF-16 code unit order. */
export function compareCodePoints(a: string, b: string): number {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a.codePointAt(i)!
    const y = b.codePointAt(j)!
    if (x !== y) return x < y ? -1 : 1
    i += x > 0xffff ? 2 : 1
    j += y > 0xffff ? 2 : 1
  }
  return i < a.length ? 1 : j < b.length ? -1 : 0
}

const smaller = (a: Scalar, b: Scalar): boolean =>
  typeof a === 'number' && typeof b === 'number' ? a < b : compareCodePoints(String(a), String(b)) < 0

/** The value at row `r` of a text (dictionary) or number column, undefined when missing. */
function cell(col: ColumnData | undefined, dict: Dictionary | null, r: number): Scalar | undefined {
  if (!col || Array.isArray(col)) return undefined
  if (dict) {
    const code = (col as Int32Array)[r]!
    return code < 0 ? undefined : dict.values[code]
  }
  const x = (col as Float64Array)[r]!
  return Number.isNaN(x) ? undefined : x
}

/** The value measure over the located source's matching events inside `bounds`. */
export function valueMeasure(
  src: EventSource,
  measure: ValueMeasure,
  column: number,
  dict: Dictionary | null,
  bounds: Bounds,
): DataValue {
  src.range(bounds)
  const { start, end } = src
  const times = src.block.times
  const col = src.block.cols[column]
  const value = (r: number) => (src.filtered && !src.passes(r) ? undefined : cell(col, dict, r))
  switch (measure.fn) {
    case 'first':
    case 'last': {
      const forward = measure.fn === 'first'
      let best: Scalar | undefined
      let at = Number.NaN
      for (let k = 0; k < end - start; k++) {
        const r = forward ? start + k : end - 1 - k
        if (best !== undefined && times[r] !== at) break
        const v = value(r)
        if (v === undefined) continue
        if (best === undefined || smaller(v, best)) best = v
        at = times[r]!
      }
      return best ?? null
    }
    case 'most_frequent': {
      const counts = new Map<Scalar, number>()
      for (let r = start; r < end; r++) {
        const v = value(r)
        if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1)
      }
      let best: Scalar | undefined
      let most = 0
      for (const [v, n] of counts) {
        if (n > most || (n === most && best !== undefined && smaller(v, best))) {
          best = v
          most = n
        }
      }
      return best ?? null
    }
    case 'unique_list': {
      const seen = new Set<string>()
      for (let r = start; r < end; r++) {
        const v = value(r)
        if (v !== undefined) seen.add(String(v))
      }
      return seen.size === 0 ? null : Object.freeze([...seen].sort(compareCodePoints))
    }
    default: {
      measure.fn satisfies never
      throw new Error('unknown value measure')
    }
  }
}
