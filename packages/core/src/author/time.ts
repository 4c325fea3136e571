/**
 * Time values for the authoring API: `ago(7, 'day')`, `fromNow(1, 'week')`, and
 * the inputs that accept either an ISO instant or a `DateValue`.
 */
import type { DateValue, Duration, TimeUnit } from '../model/time.ts'

/** A point in time: an ISO 8601 instant (`'2026-11-24T00:00:00Z'`) or a {@link DateValue} (`ago(7, 'day')`). */
export type DateInput = string | DateValue

/** `amount` `unit`s before the evaluation instant: `ago(7, 'day')`. */
export function ago(amount: number, unit: TimeUnit): DateValue {
  return { type: 'ago', duration: { amount, unit } }
}

/** `amount` `unit`s after the evaluation instant: `fromNow(1, 'week')`. */
export function fromNow(amount: number, unit: TimeUnit): DateValue {
  return { type: 'from_now', duration: { amount, unit } }
}

/** The {@link DateValue} of a {@link DateInput}: a string is an absolute instant. */
export function toDateValue(input: DateInput): DateValue {
  return typeof input === 'string' ? { type: 'absolute', value: input } : input
}

/** A {@link Duration} from an amount and a unit. */
export function duration(amount: number, unit: TimeUnit): Duration {
  return { amount, unit }
}

/** A length of time: a {@link Duration} or `[amount, unit]`, e.g. `[14, 'day']`. */
export type DurationInput = Duration | readonly [amount: number, unit: TimeUnit]

/** The {@link Duration} of a {@link DurationInput}. */
export function toDuration(input: DurationInput): Duration {
  return 'unit' in input ? { amount: input.amount, unit: input.unit } : { amount: input[0], unit: input[1] }
}
