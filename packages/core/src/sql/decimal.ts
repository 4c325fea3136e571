/**
 * Sums and averages at six decimal places, as the evaluator computes them (model/decimal.ts): each
 * value (a double: JSON reads are, typed columns are cast by the caller), times 10⁶, rounded half away from zero, the millionths summed
 * exactly and divided once. Every step is an IEEE double operation the evaluator repeats, so the
 * engines agree with it (and each other) whatever order they add in.
 */
import { MEASURE_SCALE } from '../model/decimal.ts'
import type { Dialect } from './dialect.ts'
import { raw, type SqlFragment, sql } from './fragment.ts'

/** Rounds half away from zero with FLOOR (every built-in engine but SQLite, whose FLOOR is optional). */
export function floorRoundHalfAway(value: SqlFragment): SqlFragment {
  return sql`CASE WHEN ${value} < 0 THEN -FLOOR(0.5 - ${value}) ELSE FLOOR(${value} + 0.5) END`
}

function millionths(d: Dialect, value: SqlFragment): SqlFragment {
  return (d.roundHalfAway ?? floorRoundHalfAway)(sql`(${value} * ${SCALE})`)
}

const SCALE = raw(String(MEASURE_SCALE))
/**
 * 10⁶ as a floating-point literal: a double divided by it stays a double on every engine, SQLite's
 * integer sums too. Not `1000000.0`: MySQL and MariaDB give a quotient by a decimal literal five fixed
 * decimals, which a materialized derived table (a computed property's join) then rounds to.
 */
const SCALE_DECIMAL = raw(`${MEASURE_SCALE}e0`)

// No parentheses around the quotients: node-sql-parser misreads `SELECT (a / b) FROM` in a scalar
// subquery, and `/` binds tighter than anything a caller puts around them.

/** The sum of a double expression over the group's rows: 0 over none. */
export function decimalSum(d: Dialect, value: SqlFragment): SqlFragment {
  return sql`COALESCE(SUM(${millionths(d, value)}), 0) / ${SCALE_DECIMAL}`
}

/** The average of a double expression over the group's non-missing values: NULL over none. */
export function decimalAvg(d: Dialect, value: SqlFragment): SqlFragment {
  // The count needs no rounding: the values that are there.
  return sql`SUM(${millionths(d, value)}) / (NULLIF(COUNT(${value}), 0) * ${SCALE_DECIMAL})`
}
