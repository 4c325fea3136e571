/**
 * Type guards for the time values a predicate takes (durations, date values,
 * instants). They accept exactly what `DurationSchema`, `DateValueSchema` and
 * `InstantSchema` accept (a property test holds them to it); they exist so that
 * validation, which the builder runs on every edit, needs no zod at run time.
 */

import { isInstant } from '../model/instant.ts'
import type { DateValue, Duration } from '../model/time.ts'
import { TIME_UNITS } from '../model/time.ts'

export { isInstant }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

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
