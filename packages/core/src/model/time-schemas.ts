/** zod schemas of the time values of `time.ts`: durations, instants, date values, windows. */
import * as z from 'zod/mini'
import { CALENDAR_UNITS, TIME_UNITS, WEEKDAYS } from './time.ts'

/** Schema of a {@link TimeUnit}. */
export const TimeUnitSchema = z.enum(TIME_UNITS)

/** Schema of a {@link Duration}. */
export const DurationSchema = z.object({
  amount: z.number().check(z.int(), z.nonnegative()),
  unit: TimeUnitSchema,
})

/** Schema of an {@link Offset}: a whole, signed amount of a unit. */
export const OffsetSchema = z.object({
  amount: z.number().check(z.int()),
  unit: TimeUnitSchema,
})

/** An ISO 8601 instant in UTC, e.g. `2026-11-24T00:00:00Z`. */
export const InstantSchema = z.iso.datetime({ offset: true })

/** A point in time: absolute, or relative to `asOf` (see `DateValue`). */
export const DateValueSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('absolute'), value: InstantSchema }),
  z.object({ type: z.literal('ago'), duration: DurationSchema }),
  z.object({ type: z.literal('from_now'), duration: DurationSchema }),
])

/** Schema of a {@link CalendarWindow}. */
export const CalendarWindowSchema = z.object({
  type: z.literal('calendar'),
  unit: z.enum(CALENDAR_UNITS),
  /** Complete periods before the current one. */
  complete: z.number().check(z.int(), z.nonnegative()),
  /** Whether the current period, up to asOf, counts too. */
  current: z.boolean(),
})

/** Schema of a {@link Weekday}. */
export const WeekdaySchema = z.enum(WEEKDAYS)

/** Which events count (see `Window`). */
export const WindowSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ever') }),
  z.object({ type: z.literal('last'), duration: DurationSchema }),
  z.object({ type: z.literal('before'), duration: DurationSchema }),
  z.object({ type: z.literal('relative_range'), start: DurationSchema, end: DurationSchema }),
  z.object({ type: z.literal('between'), from: InstantSchema, to: InstantSchema }),
  CalendarWindowSchema,
])
