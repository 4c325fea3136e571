/** Editing a time window in the builder: switching its type while keeping its durations. */
import type { Duration, Window } from '../model/time.ts'
import { TIME_UNIT_MS } from '../model/time.ts'
import { defaultDuration } from './defaults.ts'

/** The window types in menu order. */
export const WINDOW_TYPES: readonly Window['type'][] = [
  'ever',
  'last',
  'before',
  'relative_range',
  'between',
  'calendar',
]

const THIRTY_DAYS: Duration = defaultDuration('window')

function durationOf(window: Window): Duration {
  switch (window.type) {
    case 'last':
    case 'before':
      return window.duration
    case 'relative_range':
      return window.start
    case 'calendar':
      return window.unit === 'quarter'
        ? { amount: Math.max(1, window.complete) * 3, unit: 'month' }
        : { amount: Math.max(1, window.complete), unit: window.unit }
    default:
      return THIRTY_DAYS
  }
}

function dayStart(ms: number): number {
  return Math.floor(ms / TIME_UNIT_MS.day) * TIME_UNIT_MS.day
}

/**
 * Switches a window's type. `last` and `before` keep the duration;
 * `relative_range` runs from twice the duration ago to the duration ago;
 * `between` covers the same days as absolute UTC dates around `now`
 * (epoch ms; the builder passes the current time); `calendar` counts the same
 * number of complete periods of the unit (today for minutes and hours).
 */
export function changeWindowType(window: Window, type: Window['type'], now: number): Window {
  if (window.type === type) return window
  const duration = durationOf(window)
  switch (type) {
    case 'ever':
      return { type }
    case 'last':
    case 'before':
      return { type, duration }
    case 'relative_range':
      return {
        type,
        start: window.type === 'relative_range' ? window.start : { ...duration, amount: duration.amount * 2 },
        end: window.type === 'relative_range' ? window.end : duration,
      }
    case 'between': {
      const to = dayStart(now) + TIME_UNIT_MS.day
      const from = to - Math.max(1, duration.amount) * TIME_UNIT_MS[duration.unit]
      return { type, from: new Date(dayStart(from)).toISOString(), to: new Date(to).toISOString() }
    }
    case 'calendar': {
      // The same unit where it is a calendar unit ("last 7 days" becomes "the last 7 complete days").
      const unit = duration.unit === 'minute' || duration.unit === 'hour' ? 'day' : duration.unit
      const complete = duration.unit === 'minute' || duration.unit === 'hour' ? 0 : duration.amount
      return { type, unit, complete, current: complete === 0 }
    }
    default: {
      const unknownType: never = type
      throw new Error(`unknown window type ${String(unknownType)}`)
    }
  }
}
