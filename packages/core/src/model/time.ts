/**
 * Time in a segment: durations, points in time and event windows.
 *
 * Every relative time is measured back from the evaluation instant `asOf`.
 * Units of durations are fixed (a month is 30 days, a year 365 days) so that the
 * evaluator and every SQL dialect agree to the millisecond. Calendar windows
 * ("this month", "the last 3 complete weeks") follow the calendar of the
 * segment's time zone instead (see `CalendarWindow`).
 *
 * No zod at run time here: the builder imports this module, and a module that
 * builds a schema at load time would bring zod into its bundle. The schemas are
 * in `time-schemas.ts`; the types below are inferred from them.
 */
import type * as z from 'zod/mini'
import type {
  CalendarWindowSchema,
  DateValueSchema,
  DurationSchema,
  OffsetSchema,
  WindowSchema,
} from './time-schemas.ts'

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
 * - `calendar`: whole calendar periods in the segment's time zone (see {@link CalendarWindow})
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

/** Every calendar unit, shortest first. */
export const CALENDAR_UNITS = ['day', 'week', 'month', 'quarter', 'year'] as const
/** A unit of a calendar window: `day`, `week` (starting on the segment's `weekStart`), `month`, `quarter` or `year`. */
export type CalendarUnit = (typeof CALENDAR_UNITS)[number]

/**
 * The most complete periods a calendar window may go back: a thousand years of each unit, so that
 * every boundary is a date every engine can hold.
 */
export const CALENDAR_MAX_PERIODS: Readonly<Record<CalendarUnit, number>> = {
  day: 365_250,
  week: 52_000,
  month: 12_000,
  quarter: 4_000,
  year: 1_000,
}

/** The days a week may start on (a segment's `weekStart`; ISO weeks start on Monday, the default). */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
/** A day of the week. */
export type Weekday = (typeof WEEKDAYS)[number]

/** Whether a value is a {@link Weekday}. */
export function isWeekday(value: unknown): value is Weekday {
  return typeof value === 'string' && (WEEKDAYS as readonly string[]).includes(value)
}

/**
 * Whole calendar periods in the segment's time zone (UTC without one): the `complete` periods of
 * `unit` before the one holding `asOf`, and with `current` that one too, up to `asOf`. Boundaries are
 * local midnights, so a day across a daylight-saving change lasts 23 or 25 hours; the window is
 * half-open, `[start, end)`, and like every window stops at `asOf`.
 * - today: `{ unit: 'day', complete: 0, current: true }`; yesterday: `{ unit: 'day', complete: 1, current: false }`
 * - this month to date: `{ unit: 'month', complete: 0, current: true }`
 * - the last 3 complete months: `{ unit: 'month', complete: 3, current: false }`
 */
export type CalendarWindow = z.infer<typeof CalendarWindowSchema>

/** The calendar unit a `regularly` period stands for with `calendar: true` (one day, week, month or year), if any. */
export function calendarUnitOf(period: Duration): CalendarUnit | undefined {
  if (period.amount !== 1) return undefined
  return period.unit === 'day' || period.unit === 'week' || period.unit === 'month' || period.unit === 'year'
    ? period.unit
    : undefined
}
