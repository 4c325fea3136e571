/**
 * The default durations of the builder's fields, in one place: what a window, a
 * step gap, an overall sequence limit, a past value or a relative date starts
 * with when the user turns it on. Editors and factories read them here, so that
 * a default changes once for every part.
 */
import type { DateValue, Duration } from '../model/time.ts'

/** Where a default duration is used. */
export type DurationUse =
  /** An event condition's window ("in the last 30 days") and a sequence's overall window. */
  | 'window'
  /** The "recent" span of the stopped / restarted forms. */
  | 'recent'
  /** The longest gap before a sequence step ("within 1 day of the previous step"). */
  | 'stepGap'
  /** The longest time from a sequence's first to its last step ("all within 7 days"). */
  | 'sequenceWithin'
  /** How far back a property's past value is read ("as it was 7 days ago"). */
  | 'pastValue'
  /** A relative date value ("7 days ago"). */
  | 'relativeDate'
  /** The n-th time's limit after the first ("a second purchase within 30 days of the first"). */
  | 'nthWithinFirst'

const DURATIONS: Readonly<Record<DurationUse, Duration>> = {
  window: { amount: 30, unit: 'day' },
  recent: { amount: 30, unit: 'day' },
  stepGap: { amount: 1, unit: 'day' },
  sequenceWithin: { amount: 7, unit: 'day' },
  pastValue: { amount: 7, unit: 'day' },
  relativeDate: { amount: 7, unit: 'day' },
  nthWithinFirst: { amount: 30, unit: 'day' },
}

/** The default duration of a field (a fresh object each call). */
export function defaultDuration(use: DurationUse): Duration {
  const { amount, unit } = DURATIONS[use]
  return { amount, unit }
}

/** The past time a property's value is first compared at ("as it was 7 days ago"). */
export function defaultPastReference(): DateValue {
  return { type: 'ago', duration: defaultDuration('pastValue') }
}
