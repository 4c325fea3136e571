/**
 * Calendar periods in a time zone: which local day, week, month, quarter or year an instant lies in,
 * and the instants where periods start (local midnights). The evaluator and the SQL compiler both
 * take calendar boundaries from here, so they agree to the millisecond.
 */
import { type CalendarUnit, type CalendarWindow, WEEKDAYS, type Weekday } from './time.ts'
import { type ZoneOffsets, zoneOffsets } from './time-zone.ts'

const DAY_MS = 86_400_000

/** The calendar an evaluation uses: a time zone (UTC by default) and the first day of a week. */
export interface Calendar {
  /** The IANA name of the time zone. */
  timeZone: string
  /** The offsets of `timeZone` (cached). */
  zone: ZoneOffsets
  weekStart: Weekday
}

/** The calendar of a segment, `timeZone` overriding its own (UTC when neither says). */
export function calendarOf(
  segment: { timeZone?: string | undefined; weekStart?: Weekday | undefined },
  timeZone?: string,
): Calendar {
  const name = timeZone ?? segment.timeZone ?? 'UTC'
  return { timeZone: name, zone: zoneOffsets(name), weekStart: segment.weekStart ?? 'monday' }
}

/** UTC with ISO weeks: the calendar of a segment that names no time zone. */
export const UTC_CALENDAR: Calendar = calendarOf({})

/** Whether a calendar is plain UTC with ISO weeks: the calendar of a segment that names none. */
export function isUtc(calendar: Calendar): boolean {
  return calendar.timeZone === 'UTC'
}

/** The day (days since 1970-01-01) of a civil date; months and days may run over. */
function civilDay(year: number, month: number, day: number): number {
  const d = new Date(0)
  d.setUTCFullYear(year, month, day)
  return Math.floor(d.getTime() / DAY_MS)
}

/** The first day of the period of `unit` holding local day `day`, moved `shift` periods (negative: back). */
export function periodStartDay(day: number, unit: CalendarUnit, weekStart: Weekday, shift = 0): number {
  const date = new Date(day * DAY_MS)
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth()
  switch (unit) {
    case 'day':
      return day + shift
    case 'week': {
      // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
      const first = WEEKDAYS.indexOf(weekStart)
      const into = (((day + 3 - first) % 7) + 7) % 7
      return day - into + 7 * shift
    }
    case 'month':
      return civilDay(year, month + shift, 1)
    case 'quarter':
      return civilDay(year, month - (month % 3) + 3 * shift, 1)
    case 'year':
      return civilDay(year + shift, 0, 1)
    default: {
      unit satisfies never
      throw new Error('unknown calendar unit')
    }
  }
}

/** The instant the period of `unit` holding `t`, moved `shift` periods, starts (a local midnight). */
export function periodStart(calendar: Calendar, t: number, unit: CalendarUnit, shift = 0): number {
  const day = periodStartDay(calendar.zone.localDay(t), unit, calendar.weekStart, shift)
  return calendar.zone.dayStart(day)
}

/**
 * A calendar window at `asOf`: `from <= t` and `t < to` (`toIncluded` false), or `t <= asOf` when the
 * current period counts (`to` is then `asOf`, included).
 */
export function calendarBounds(
  window: CalendarWindow,
  calendar: Calendar,
  asOf: number,
): { from: number; to: number; toIncluded: boolean } {
  const from = periodStart(calendar, asOf, window.unit, -window.complete)
  if (window.current) return { from, to: asOf, toIncluded: true }
  const to = periodStart(calendar, asOf, window.unit)
  return to > asOf ? { from, to: asOf, toIncluded: true } : { from, to, toIncluded: false }
}

/**
 * The starts of the calendar periods of `regularly`, newest first: `starts[0]` is where the current
 * period (up to asOf) begins, `starts[i]` where the i-th before it begins; period i is
 * `[starts[i], starts[i - 1])` (period 0 ends at asOf, included).
 */
export function periodStarts(calendar: Calendar, asOf: number, unit: CalendarUnit, periods: number): number[] {
  const today = calendar.zone.localDay(asOf)
  const starts: number[] = []
  for (let i = 0; i < periods; i++)
    starts.push(calendar.zone.dayStart(periodStartDay(today, unit, calendar.weekStart, -i)))
  return starts
}
