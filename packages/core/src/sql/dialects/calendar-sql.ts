/**
 * Calendar periods in each engine's own time-zone functions: the pieces of `Dialect.localDay` and
 * `Dialect.periodStartMs` that the built-in dialects share. Weeks start on ISO weekday `weekStart`
 * (1 Monday … 7 Sunday); `into` is how many days a local date lies past its week's start.
 */
import type { CalendarUnit } from '../../model/time.ts'
import { raw, type SqlFragment, sql } from '../fragment.ts'

/** Days a date lies into its week, from its ISO weekday (1 Monday … 7 Sunday). */
export function daysIntoWeek(isoWeekday: SqlFragment, weekStart: number): SqlFragment {
  return sql`MOD(${isoWeekday} + ${raw(String(7 - weekStart))}, 7)`
}

/** The step of a shift by `unit`: quarters and weeks as months and days where the engine has no such unit. */
export function shiftStep(unit: CalendarUnit, shift: number): { amount: number; unit: 'day' | 'month' | 'year' } {
  switch (unit) {
    case 'day':
      return { amount: shift, unit: 'day' }
    case 'week':
      return { amount: 7 * shift, unit: 'day' }
    case 'month':
      return { amount: shift, unit: 'month' }
    case 'quarter':
      return { amount: 3 * shift, unit: 'month' }
    case 'year':
      return { amount: shift, unit: 'year' }
    default: {
      unit satisfies never
      throw new Error('unknown calendar unit')
    }
  }
}

/**
 * The start of the period holding local timestamp/date `local` (engines with `date_trunc(unit, x)`:
 * PostgreSQL, DuckDB, Trino), weeks from the day less the days into the week.
 */
export function truncLocal(
  local: SqlFragment,
  unit: CalendarUnit,
  weekStart: number,
  isoWeekday: (x: SqlFragment) => SqlFragment,
  minusDays: (x: SqlFragment, days: SqlFragment) => SqlFragment,
): SqlFragment {
  const day = sql`date_trunc('day', ${local})`
  if (unit === 'day') return day
  if (unit === 'week') return minusDays(day, daysIntoWeek(isoWeekday(local), weekStart))
  return sql`date_trunc(${raw(`'${unit}'`)}, ${local})`
}
