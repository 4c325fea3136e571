import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { averageFromMillionths, sumFromMillionths, toMillionths } from './decimal.ts'

const sumOf = (values: readonly number[]) => sumFromMillionths(values.reduce((t, v) => t + toMillionths(v), 0))

describe('decimal sums at six places', () => {
  it('a value with at most six decimals is exactly its millionths', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9e12, max: 9e12 }), (k) => {
        expect(toMillionths(k / 1e6)).toBe(k)
      }),
      { numRuns: 5_000 },
    )
  })

  it('sums are the exact decimal sum, in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e11, max: 1e11 }), { maxLength: 40 }), (ks) => {
        const values = ks.map((k) => k / 1e6)
        const exact = ks.reduce((t, k) => t + k, 0) / 1e6
        expect(sumOf(values)).toBe(exact)
        expect(sumOf([...values].reverse())).toBe(exact)
      }),
      { numRuns: 2_000 },
    )
  })

  it('the classic cases are the decimals people wrote', () => {
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6)
    expect(sumOf([0.1, 0.2, 0.3])).toBe(0.6)
    expect(sumOf([10.1, 20.2, 30.3])).toBe(60.6)
    expect(sumOf([1.1, 2.2])).toBe(3.3)
    expect(averageFromMillionths(toMillionths(0.1) + toMillionths(0.2) + toMillionths(0.3), 3)).toBe(0.2)
  })

  it('rounds halves of a millionth away from zero, and more decimals to six', () => {
    expect(toMillionths(0.0000025)).toBe(3)
    expect(toMillionths(-0.0000025)).toBe(-3)
    expect(toMillionths(0.0000024)).toBe(2)
    expect(toMillionths(1.23456789)).toBe(1_234_568)
  })
})
