/**
 * Number and datetime comparisons as one closed interval `[lo, hi]`: a strict
 * bound becomes the next representable double, so a scan tests `x >= lo && x <= hi`
 * with no branch on the operator, and NaN (a missing value) fails both.
 */
import type { PropertyType } from '../model/operators.ts'
import { type DateValue, type Duration, durationMs } from '../model/time.ts'
import type { PredicateSpec } from './predicate.ts'

/** The values a comparison accepts: `lo <= x <= hi` (missing values never). */
export interface NumericRange {
  readonly lo: number
  readonly hi: number
}

const bits = new Float64Array(1)
const word = new BigInt64Array(bits.buffer)

/** The least double above `x` (`x` itself for NaN and +Infinity). */
export function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Number.POSITIVE_INFINITY) return x
  if (x === 0) return Number.MIN_VALUE
  bits[0] = x
  word[0] = word[0]! + (x > 0 ? 1n : -1n)
  return bits[0]!
}

/** The greatest double below `x`. */
export function nextDown(x: number): number {
  return -nextUp(-x)
}

const above = (x: number): NumericRange => ({ lo: nextUp(x), hi: Number.POSITIVE_INFINITY })
const atLeast = (x: number): NumericRange => ({ lo: x, hi: Number.POSITIVE_INFINITY })
const below = (x: number): NumericRange => ({ lo: Number.NEGATIVE_INFINITY, hi: nextDown(x) })
const atMost = (x: number): NumericRange => ({ lo: Number.NEGATIVE_INFINITY, hi: x })

/**
 * The interval of a positive comparison on a number or datetime (the ones a missing value
 * fails), or undefined for every other operator (negations, set tests): the same answers as
 * `compilePredicate` on every finite value. `date` resolves a date value at the evaluation instant.
 */
export function numericRange(
  spec: PredicateSpec,
  type: PropertyType,
  asOf: number,
  date: (value: DateValue) => number,
): NumericRange | undefined {
  const v = spec.value
  if (type === 'number') {
    if (typeof v === 'number') {
      switch (spec.operator) {
        case 'gt':
          return above(v)
        case 'gte':
          return atLeast(v)
        case 'lt':
          return below(v)
        case 'lte':
          return atMost(v)
        case 'eq':
          return { lo: v, hi: v }
        default:
          return undefined
      }
    }
    if (spec.operator === 'between' && Array.isArray(v)) {
      const [lo, hi] = v as [number, number]
      return { lo, hi }
    }
    return undefined
  }
  if (type !== 'datetime') return undefined
  switch (spec.operator) {
    case 'before':
      return below(date(v as DateValue))
    case 'after':
      return above(date(v as DateValue))
    case 'between': {
      const [from, to] = v as [DateValue, DateValue]
      return { lo: date(from), hi: nextDown(date(to)) }
    }
    case 'within_last':
      return { lo: nextUp(asOf - durationMs(v as Duration)), hi: asOf }
    case 'within_next':
      return { lo: nextUp(asOf), hi: asOf + durationMs(v as Duration) }
    default:
      return undefined
  }
}
