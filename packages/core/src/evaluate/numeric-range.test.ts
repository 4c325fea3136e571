import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { PropertyType } from '../model/operators.ts'
import type { DateValue } from '../model/time.ts'
import { nextDown, nextUp, numericRange } from './numeric-range.ts'
import { compilePredicate, type PredicateSpec, resolveDate } from './predicate.ts'

const ASOF = Date.parse('2026-12-15T12:00:00Z')
const date = (d: DateValue) => resolveDate(d, ASOF)
const inRange = (spec: PredicateSpec, type: PropertyType, x: number) => {
  const r = numericRange(spec, type, ASOF, date)!
  return x >= r.lo && x <= r.hi
}

describe('numericRange: a comparison as one closed interval', () => {
  it('given the doubles next to a bound, then strict bounds exclude it and keep its neighbours', () => {
    expect(nextUp(1)).toBe(1 + Number.EPSILON)
    expect(nextDown(1)).toBe(1 - Number.EPSILON / 2)
    expect(nextUp(0)).toBe(Number.MIN_VALUE)
    expect(nextUp(-0)).toBe(Number.MIN_VALUE)
    expect(nextDown(0)).toBe(-Number.MIN_VALUE)
    expect(nextUp(-Number.MIN_VALUE)).toBe(-0)
    expect(nextUp(-1)).toBe(-1 + Number.EPSILON / 2)
    const gt = { operator: 'gt', value: 0.1 } as const
    expect([0.1, nextUp(0.1), 0.2].map((x) => inRange(gt, 'number', x))).toEqual([false, true, true])
    const lt = { operator: 'lt', value: 0 } as const
    expect([-0, 0, nextDown(0), -5].map((x) => inRange(lt, 'number', x))).toEqual([false, false, true, true])
  })

  it('given a missing value (NaN in a column), then no interval holds it', () => {
    for (const spec of [
      { operator: 'gte', value: -1e308 },
      { operator: 'between', value: [-Infinity, Infinity] },
    ] as PredicateSpec[])
      expect(inRange(spec, 'number', Number.NaN)).toBe(false)
  })

  it('given negations and set tests, then there is no interval (they are tested per value)', () => {
    for (const spec of [
      { operator: 'neq', value: 3 },
      { operator: 'not_between', value: [1, 2] },
      { operator: 'in', value: [1] },
      { operator: 'not_within_last', value: { amount: 1, unit: 'day' } },
    ] as PredicateSpec[])
      expect(numericRange(spec, spec.operator === 'not_within_last' ? 'datetime' : 'number', ASOF, date)).toBe(
        undefined,
      )
  })

  it('given any finite value, then the interval answers as the predicate does', () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.constantFrom(0, -0, 0.1),
    )
    const numberSpec = fc.oneof(
      fc.record({ operator: fc.constantFrom('gt', 'gte', 'lt', 'lte', 'eq'), value }),
      fc.tuple(value, value).map(([a, b]) => ({ operator: 'between', value: [Math.min(a, b), Math.max(a, b)] })),
    ) as fc.Arbitrary<PredicateSpec>
    fc.assert(
      fc.property(numberSpec, value, (spec, x) => {
        expect(inRange(spec, 'number', x)).toBe(compilePredicate(spec, 'number', ASOF)(x))
      }),
    )
    const ago = (days: number): DateValue => ({ type: 'ago', duration: { amount: days, unit: 'day' } })
    const days = fc.integer({ min: 0, max: 400 })
    const dateSpec = fc.oneof(
      fc.record({ operator: fc.constantFrom('before', 'after'), value: days.map(ago) }),
      fc.record({
        operator: fc.constantFrom('within_last', 'within_next'),
        value: days.map((amount) => ({ amount, unit: 'day' })),
      }),
      fc
        .tuple(days, days)
        .map(([a, b]) => ({ operator: 'between', value: [ago(Math.max(a, b)), ago(Math.min(a, b))] })),
    ) as fc.Arbitrary<PredicateSpec>
    // Instants on and next to the bounds (whole days from asOf), and anywhere.
    const instant = fc.oneof(
      days.chain((d) => fc.constantFrom(-1, 0, 1).map((ms) => ASOF - d * 86_400_000 + ms)),
      days.chain((d) => fc.constantFrom(-1, 0, 1).map((ms) => ASOF + d * 86_400_000 + ms)),
      fc.integer({ min: ASOF - 500 * 86_400_000, max: ASOF + 500 * 86_400_000 }),
    )
    fc.assert(
      fc.property(dateSpec, instant, (spec, x) => {
        expect(inRange(spec, 'datetime', x)).toBe(compilePredicate(spec, 'datetime', ASOF)(x))
      }),
    )
  })
})
