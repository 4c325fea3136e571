/** Event windows as numeric bounds: `lo < t <= hi` or `lo <= t < hi` (docs/semantics.md). */
import { type Calendar, calendarBounds } from '../model/calendar.ts'
import { durationMs, type Window } from '../model/time.ts'
import { instantMs } from './predicate.ts'

export interface Bounds {
  lo: number
  hi: number
  /** `lo` included (absolute windows) or excluded (relative windows). */
  loIncluded: boolean
  /** `hi` included (relative windows, asOf) or excluded (absolute `to`). */
  hiIncluded: boolean
}

/** Bounds of a window at an instant (calendar windows in `calendar`); every window also stops at asOf. */
export function windowBounds(window: Window, asOf: number, calendar: Calendar): Bounds {
  switch (window.type) {
    case 'ever':
      return { lo: Number.NEGATIVE_INFINITY, hi: asOf, loIncluded: true, hiIncluded: true }
    case 'last':
      return { lo: asOf - durationMs(window.duration), hi: asOf, loIncluded: false, hiIncluded: true }
    case 'before':
      return {
        lo: Number.NEGATIVE_INFINITY,
        hi: asOf - durationMs(window.duration),
        loIncluded: true,
        hiIncluded: true,
      }
    case 'relative_range':
      return {
        lo: asOf - durationMs(window.start),
        hi: asOf - durationMs(window.end),
        loIncluded: false,
        hiIncluded: true,
      }
    case 'between': {
      const to = instantMs(window.to)
      return to > asOf
        ? { lo: instantMs(window.from), hi: asOf, loIncluded: true, hiIncluded: true }
        : { lo: instantMs(window.from), hi: to, loIncluded: true, hiIncluded: false }
    }
    case 'calendar': {
      const b = calendarBounds(window, calendar, asOf)
      return { lo: b.from, hi: b.to, loIncluded: true, hiIncluded: b.toIncluded }
    }
    default: {
      window satisfies never
      throw new Error('unknown window')
    }
  }
}

export function inBounds(t: number, b: Bounds): boolean {
  return (b.loIncluded ? t >= b.lo : t > b.lo) && (b.hiIncluded ? t <= b.hi : t < b.hi)
}

/** `(lo, hi]`: the relative windows of stopped / restarted / regularly. */
export function openClosed(lo: number, hi: number): Bounds {
  return { lo, hi, loIncluded: false, hiIncluded: true }
}
