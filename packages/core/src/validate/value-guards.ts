/**
 * Type guards for the time values a predicate takes (durations, date values,
 * instants). They accept exactly what `DurationSchema`, `DateValueSchema` and
 * `InstantSchema` accept (a property test holds them to it); they exist so that
 * validation, which the builder runs on every edit, needs no zod at run time.
 */

import type { DateValue, Duration } from '../model/time.ts'
import { TIME_UNITS } from '../model/time.ts'

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

// RFC 3339 date-time with seconds and `Z` or a `±hh:mm` offset, fraction optional.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** An ISO 8601 instant with seconds and a `Z` or `±hh:mm` offset, e.g. `2026-11-24T00:00:00Z`. */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = INSTANT.exec(value)
  if (!m) return false
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false
  if (hour > 23 || minute > 59 || second > 59) return false
  if (m[7] !== undefined && (Number(m[7]) > 23 || Number(m[8]) > 59)) return false
  return true
}

/** A whole, non-negative amount of a known time unit. */
export function isDuration(value: unknown): value is Duration {
  return (
    isRecord(value) &&
    typeof value.amount === 'number' &&
    Number.isSafeInteger(value.amount) &&
    value.amount >= 0 &&
    (TIME_UNITS as readonly unknown[]).includes(value.unit)
  )
}

/** An absolute instant, or a duration ago / from now. */
export function isDateValue(value: unknown): value is DateValue {
  if (!isRecord(value)) return false
  switch (value.type) {
    case 'absolute':
      return isInstant(value.value)
    case 'ago':
    case 'from_now':
      return isDuration(value.duration)
    default:
      return false
  }
}
