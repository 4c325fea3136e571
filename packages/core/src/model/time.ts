/**
 * Time in a segment: durations, points in time and event windows.
 *
 * Every relative time is measured back from the evaluation instant `asOf`.
 * Units are fixed durations (a month is 30 days, a year 365 days) so that the
 * evaluator and every SQL dialect agree to the millisecond; calendar windows are
 * written as absolute `between` windows.
 */
import * as z from 'zod/mini'

export const TimeUnitSchema = z.enum(['minute', 'hour', 'day', 'week', 'month', 'year'])
export type TimeUnit = z.infer<typeof TimeUnitSchema>

/** Milliseconds in one of each unit. */
export const TIME_UNIT_MS: Readonly<Record<TimeUnit, number>> = {
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30 * 86_400_000,
  year: 365 * 86_400_000,
}

export const DurationSchema = z.object({
  amount: z.number().check(z.int(), z.nonnegative()),
  unit: TimeUnitSchema,
})
/** A fixed length of time, such as 30 days. */
export type Duration = z.infer<typeof DurationSchema>

/** An ISO 8601 instant in UTC, e.g. `2026-11-24T00:00:00Z`. */
export const InstantSchema = z.iso.datetime({ offset: true })

/**
 * A point in time: absolute, or relative to `asOf`.
 * - `absolute`: the instant `value`.
 * - `ago`: `asOf - duration`.
 * - `from_now`: `asOf + duration`.
 */
export const DateValueSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('absolute'), value: InstantSchema }),
  z.object({ type: z.literal('ago'), duration: DurationSchema }),
  z.object({ type: z.literal('from_now'), duration: DurationSchema }),
])
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
export const WindowSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ever') }),
  z.object({ type: z.literal('last'), duration: DurationSchema }),
  z.object({ type: z.literal('before'), duration: DurationSchema }),
  z.object({ type: z.literal('relative_range'), start: DurationSchema, end: DurationSchema }),
  z.object({ type: z.literal('between'), from: InstantSchema, to: InstantSchema }),
])
export type Window = z.infer<typeof WindowSchema>

/** Length of a duration in milliseconds. */
export function durationMs(duration: Duration): number {
  return duration.amount * TIME_UNIT_MS[duration.unit]
}
