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

/**
 * The shape of a duration — an amount and a unit — whether or not it is valid (a
 * negative or fractional amount, say). Editors show such a value as it is, and
 * descriptions word it, while validation flags it; neither replaces it.
 */
export function isDurationShaped(value: unknown): value is Duration {
  return isRecord(value) && typeof value.amount === 'number' && typeof value.unit === 'string'
}

/** The shape of a date value, valid or not (a half-typed instant, a negative duration ago). */
export function isDateValueShaped(value: unknown): value is DateValue {
  if (!isRecord(value)) return false
  switch (value.type) {
    case 'absolute':
      return typeof value.value === 'string'
    case 'ago':
    case 'from_now':
      return isDurationShaped(value.duration)
    default:
      return false
  }
}
