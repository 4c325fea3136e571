/**
 * Operator semantics on one value (docs/semantics.md): missing values,
 * ASCII-only case folding, literal text matching, date arithmetic from asOf.
 */

import type { DataValue } from '../data/types.ts'
import { parseInstant } from '../model/instant.ts'
import type { PropertyType } from '../model/operators.ts'
import { caseFoldable, NEGATIVE_OPERATORS } from '../model/operators.ts'
import type { Predicate, PropertyReference } from '../model/predicate.ts'
import { type DateValue, type Duration, durationMs, offsetMs } from '../model/time.ts'
import { type ColumnData, type Dictionary, kindOf } from './columns.ts'
import { type NumericRange, numericRange } from './numeric-range.ts'

/** What a value test needs of a predicate (the property it reads is resolved by the caller). */
export type PredicateSpec = Pick<Predicate, 'operator' | 'value' | 'ignoreCase'>

/** Lowercases ASCII A–Z only, the same in every engine. */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32))
}

/** Epoch ms of a validated instant text (NaN if it is not one: no comparison then holds). */
export function instantMs(text: string): number {
  return parseInstant(text) ?? Number.NaN
}

export function resolveDate(value: DateValue, asOf: number): number {
  switch (value.type) {
    case 'absolute':
      return instantMs(value.value)
    case 'ago':
      return asOf - durationMs(value.duration)
    case 'from_now':
      return asOf + durationMs(value.duration)
    default: {
      value satisfies never
      throw new Error('unknown date value')
    }
  }
}

export function isMissing(v: DataValue | undefined): v is null | undefined {
  return v === null || v === undefined
}

/** A test of one value, prepared once per condition. */
export type ValueTest = (value: DataValue | undefined) => boolean

/** Prepares the test of a predicate for a property type at an instant. */
export function compilePredicate(spec: PredicateSpec, type: PropertyType, asOf: number): ValueTest {
  const { operator } = spec
  // The one ignore-case rule (caseFoldable): set on an operator that cannot fold, it changes nothing.
  const fold = spec.ignoreCase && caseFoldable(type, operator) ? asciiLower : (s: string) => s
  const negative = NEGATIVE_OPERATORS.has(operator)
  const positive =
    (test: (v: Exclude<DataValue, null>) => boolean): ValueTest =>
    (v) => {
      if (isMissing(v)) return negative
      return negative ? !test(v) : test(v)
    }
  const raw = spec.value
  const str = (v: unknown) => (typeof v === 'string' ? fold(v) : v)
  switch (operator) {
    case 'is_set':
      return (v) => !isMissing(v)
    case 'is_not_set':
      return (v) => isMissing(v)
    case 'is_true':
      return (v) => v === true
    case 'is_false':
      return (v) => v === false
    case 'eq':
    case 'neq': {
      const target = str(raw)
      return positive((v) => str(v) === target)
    }
    case 'lt':
      return positive((v) => typeof v === 'number' && v < (raw as number))
    case 'lte':
      return positive((v) => typeof v === 'number' && v <= (raw as number))
    case 'gt':
      return positive((v) => typeof v === 'number' && v > (raw as number))
    case 'gte':
      return positive((v) => typeof v === 'number' && v >= (raw as number))
    case 'between':
    case 'not_between': {
      if (type === 'datetime') {
        const [from, to] = raw as [DateValue, DateValue]
        const lo = resolveDate(from, asOf)
        const hi = resolveDate(to, asOf)
        return positive((v) => typeof v === 'number' && lo <= v && v < hi)
      }
      const [lo, hi] = raw as [number, number]
      return positive((v) => typeof v === 'number' && lo <= v && v <= hi)
    }
    case 'in':
    case 'not_in': {
      const set = new Set((raw as readonly (string | number)[]).map(str))
      return positive((v) => set.has(str(v) as string | number))
    }
    case 'contains':
    case 'not_contains': {
      const needle = fold(String(raw))
      return positive((v) => typeof v === 'string' && fold(v).includes(needle))
    }
    case 'starts_with': {
      const needle = fold(String(raw))
      return positive((v) => typeof v === 'string' && fold(v).startsWith(needle))
    }
    case 'ends_with': {
      const needle = fold(String(raw))
      return positive((v) => typeof v === 'string' && fold(v).endsWith(needle))
    }
    case 'before': {
      const t = resolveDate(raw as DateValue, asOf)
      return positive((v) => typeof v === 'number' && v < t)
    }
    case 'after': {
      const t = resolveDate(raw as DateValue, asOf)
      return positive((v) => typeof v === 'number' && v > t)
    }
    case 'within_last':
    case 'not_within_last': {
      const lo = asOf - durationMs(raw as Duration)
      return positive((v) => typeof v === 'number' && lo < v && v <= asOf)
    }
    case 'within_next': {
      const hi = asOf + durationMs(raw as Duration)
      return positive((v) => typeof v === 'number' && asOf < v && v <= hi)
    }
    case 'has_any':
    case 'has_none': {
      const wanted = new Set((raw as readonly string[]).map(fold))
      return positive((v) => Array.isArray(v) && v.some((x) => wanted.has(fold(x))))
    }
    case 'has_all': {
      const wanted = (raw as readonly string[]).map(fold)
      return positive((v) => Array.isArray(v) && wanted.every((w) => v.some((x) => fold(x) === w)))
    }
    default: {
      operator satisfies never
      throw new Error('unknown operator')
    }
  }
}

/** A test of two values of one entity: a property and the property a `PropertyReference` names. */
export type PairTest = (left: DataValue | undefined, right: DataValue | undefined) => boolean

/**
 * Prepares a comparison of a property with another property (docs/semantics.md, "Comparing two
 * properties"): false when either value is missing, and `neq` its negation (true then); datetimes
 * compare with the other value shifted by the reference's offset; text folds ASCII case when
 * `ignoreCase` applies (`caseFoldable`).
 */
export function compilePairTest(
  operator: Predicate['operator'],
  ref: PropertyReference,
  type: PropertyType,
  ignoreCase: boolean | undefined,
): PairTest {
  const fold = ignoreCase && caseFoldable(type, operator) ? asciiLower : (s: string) => s
  const shift = type === 'datetime' ? offsetMs(ref.offset) : 0
  const norm = (v: DataValue): DataValue => (typeof v === 'string' ? fold(v) : v)
  const both =
    (test: (a: DataValue, b: DataValue) => boolean): PairTest =>
    (a, b) =>
      !isMissing(a) && !isMissing(b) && test(norm(a), norm(b))
  const num = (test: (a: number, b: number) => boolean) =>
    both((a, b) => typeof a === 'number' && typeof b === 'number' && test(a, b + shift))
  switch (operator) {
    case 'eq':
      return both((a, b) => a === b)
    case 'neq': {
      const eq = both((a, b) => a === b)
      return (a, b) => !eq(a, b)
    }
    case 'lt':
    case 'before':
      return num((a, b) => a < b)
    case 'lte':
      return num((a, b) => a <= b)
    case 'gt':
    case 'after':
      return num((a, b) => a > b)
    case 'gte':
      return num((a, b) => a >= b)
    default:
      // Validation lets no other operator through with a reference (PROPERTY_REFERENCE_OPERATORS).
      throw new Error(`'${operator}' does not compare two properties; validate first`)
  }
}

/** Most cached tables per dictionary (a builder's live preview makes a new one per keystroke). */
const TABLES_PER_DICTIONARY = 32
const tableCache = new WeakMap<Dictionary, Map<string, Uint8Array>>()

/**
 * The test's answer for every code of a dictionary (1 = passes). Kept per dictionary and test, and
 * extended to the codes added since, so that evaluating the same string test again (a preview, a
 * subscription) does not test a large dictionary (ids, emails) again.
 */
function dictionaryTable(
  spec: PredicateSpec,
  type: PropertyType,
  dict: Dictionary | null,
  test: (v: DataValue) => boolean,
): Uint8Array {
  if (!dict) return new Uint8Array(0)
  const values = dict.values
  let byTest = tableCache.get(dict)
  if (!byTest) {
    byTest = new Map()
    tableCache.set(dict, byTest)
  }
  const key = `${type}\u0000${JSON.stringify([spec.operator, spec.value, spec.ignoreCase])}`
  const cached = byTest.get(key)
  if (cached && cached.length === values.length) return cached
  const table = new Uint8Array(values.length)
  let from = 0
  if (cached && cached.length < values.length) {
    table.set(cached)
    from = cached.length
  }
  for (let c = from; c < values.length; c++) table[c] = test(values[c]!) ? 1 : 0
  if (!cached && byTest.size >= TABLES_PER_DICTIONARY) byTest.clear()
  byTest.set(key, table)
  return table
}

/**
 * A test of the value at row `i` of a typed column, prepared once per condition and evaluation.
 * A test of codes also carries its table (1 = the code passes) and its answer for a missing value,
 * so that a scan can read them inline instead of calling it per row.
 */
export type ColumnTest = ((column: ColumnData, i: number) => boolean) & {
  readonly codes?: Uint8Array
  readonly missing?: boolean
  /** A positive number or datetime comparison as an interval (missing values fail it). */
  readonly range?: NumericRange
}

/**
 * Prepares a predicate over a typed column: a string, enum or boolean test becomes one
 * lookup per row in a table over the codes; positive number and datetime comparisons an
 * interval over the `Float64Array` (NaN, missing, fails it).
 */
export function compileColumnTest(
  spec: PredicateSpec,
  type: PropertyType,
  asOf: number,
  dict: Dictionary | null,
): ColumnTest {
  const test = compilePredicate(spec, type, asOf)
  const missing = test(null)
  const kind = kindOf(type)
  switch (kind) {
    case 'code': {
      const table = dictionaryTable(spec, type, dict, test)
      const byCode = (column: ColumnData, i: number) => {
        const c = (column as Int32Array)[i]!
        return c < 0 ? missing : table[c] === 1
      }
      return Object.assign(byCode, { codes: table, missing })
    }
    case 'num': {
      const range = numericRange(spec, type, asOf, (d) => resolveDate(d, asOf))
      if (range) {
        const { lo, hi } = range
        const inRange = (column: ColumnData, i: number) => {
          const x = (column as Float64Array)[i]!
          return x >= lo && x <= hi
        }
        return Object.assign(inRange, { range })
      }
      return (column, i) => {
        const x = (column as Float64Array)[i]!
        return Number.isNaN(x) ? missing : test(x)
      }
    }
    case 'bool': {
      const no = test(false)
      const yes = test(true)
      const byValue = (column: ColumnData, i: number) => {
        const b = (column as Int8Array)[i]!
        return b < 0 ? missing : b === 1 ? yes : no
      }
      // Stored as 0 / 1 (-1 missing): a table of two codes, read inline by the scans.
      return Object.assign(byValue, { codes: Uint8Array.of(no ? 1 : 0, yes ? 1 : 0), missing })
    }
    case 'list':
      return (column, i) => test((column as (readonly string[] | null)[])[i] ?? null)
    default: {
      kind satisfies never
      throw new Error('unknown kind')
    }
  }
}
