/**
 * The numeric meaning of sums and averages, the same in the evaluator and every SQL dialect
 * (docs/semantics.md, "Numbers"): each value is taken at six decimal places — in millionths,
 * rounded half away from zero — and the millionths are added exactly, so `0.1 + 0.2 + 0.3` is
 * `0.6` in any order and on any engine. Exact while every value and every sum stays below
 * 9 × 10⁹ in magnitude (2⁵³ millionths). Min and max compare the values as they are.
 */

/** Millionths in one unit: the scale at which sums and averages are exact. */
export const MEASURE_SCALE = 1_000_000

/** `value` in millionths, rounded half away from zero (the operations the SQL repeats exactly). */
export function toMillionths(value: number): number {
  const scaled = value * MEASURE_SCALE
  return scaled < 0 ? -Math.floor(0.5 - scaled) : Math.floor(scaled + 0.5)
}

/** A sum of millionths as a number (the double nearest the exact decimal sum). */
export function sumFromMillionths(total: number): number {
  return total / MEASURE_SCALE
}

/** The average of `count` values whose millionths add up to `total` (one division, as in SQL). */
export function averageFromMillionths(total: number, count: number): number {
  return total / (count * MEASURE_SCALE)
}
