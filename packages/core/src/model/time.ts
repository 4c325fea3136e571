/**
 * Time in a segment: durations, points in time and event windows.
 *
 * Every relative time is measured back from the evaluation instant `asOf`.
 * Units are fixed durations (a month is 30 days, a year 365 days) so that the
 * evaluator and every SQL dialect agree to the millisecond; calendar windows are
 * written as absolute `between` windows.
 *
 * No zod at run time here: the builder imports this module, and a module that
 * builds a schema at load time would bring zod into its bundle. The schemas are
 * in `time-schemas.ts`; the types below are inferred from them.
 */
import type * as z from 'zod/mini'
import type { DateValueSchema, DurationSchema, OffsetSchema, WindowSchema } from './time-schemas.ts'

/** Every time unit, shortest first. */
export const TIME_UNITS = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const
/** A unit of a duration: `minute`, `hour`, `day`, `week`, `month` or `year`. */
export type TimeUnit = (typeof TIME_UNITS)[number]

/** Milliseconds in one of each unit. */
export const TIME_UNIT_MS: Readonly<Record<TimeUnit, number>> = {
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30 * 86_400_000,
  year: 365 * 86_400_000,
}

/** A fixed length of time, such as 30 days: a whole, non-negative `amount` of a `unit`. */
export type Duration = z.infer<typeof DurationSchema>

/** A signed length of time added to a datetime ("+ 7 days", "- 2 hours"): a whole `amount` (negative: earlier) of a `unit`. */
export type Offset = z.infer<typeof OffsetSchema>

/**
 * A point in time: absolute, or relative to `asOf`.
 * - `absolute`: the instant `value` (ISO 8601 with `Z` or an offset).
 * - `ago`: `asOf - duration`.
 * - `from_now`: `asOf + duration`.
 */
export type DateValue = z.infer<typeof DateValueSchema>

/**
 * Which events count. With `t` an event time and `asOf` the evaluation instant
 * (events after `asOf` never exist):
 * - `ever`: `t <= asOf`
 * - `last`: `asOf - duration < t <= asOf`
 * - `before`: `t <= asOf - duration` ("more than 40 days ago")
 * - `relative_range`: `asOf - start < t <= asOf - end` ("between 14 and 7 days ago"; start > end)
 * - `between`: `from <= t < to` (half-open, absolute)
 */
export type Window = z.infer<typeof WindowSchema>

/** Length of a duration in milliseconds. */
export function durationMs(duration: Duration): number {
  return duration.amount * TIME_UNIT_MS[duration.unit]
}

/** Length of a signed offset in milliseconds (negative: earlier). */
export function offsetMs(offset: Offset | undefined): number {
  return offset ? offset.amount * TIME_UNIT_MS[offset.unit] : 0
}
