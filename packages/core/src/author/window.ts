/** The window methods that event conditions and sequences share: `inLast(30, 'day')`, `before(40, 'day')`, … */
import type { CalendarUnit, TimeUnit, Window } from '../model/time.ts'

/** Chooses which events count, relative to the evaluation instant `asOf` (default: ever). */
export interface Windowed {
  /** Every event up to `asOf` (the default). */
  ever(): this
  /** Events in the last `amount` `unit`s. */
  inLast(amount: number, unit: TimeUnit): this
  /** Events more than `amount` `unit`s ago. */
  before(amount: number, unit: TimeUnit): this
  /** Events between `start` and `end` `unit`s ago (`start` > `end`): "between 14 and 7 days ago". */
  betweenAgo(start: number, end: number, unit: TimeUnit): this
  /** Events in `[from, to)`, two ISO 8601 instants. */
  between(from: string, to: string): this
  /** Events of the current local day, up to asOf (in the segment's time zone). */
  today(): this
  /** Events of the local day before today. */
  yesterday(): this
  /** Events of the current calendar `unit` so far: "this month". */
  thisPeriod(unit: CalendarUnit): this
  /** Events of the last `n` complete calendar `unit`s ("the last 3 complete months"), with `andCurrent` the current one too. */
  lastComplete(n: number, unit: CalendarUnit, options?: { andCurrent?: boolean }): this
}

/** The window each method of {@link Windowed} stands for. */
export const windows = {
  ever: (): Window => ({ type: 'ever' }),
  inLast: (amount: number, unit: TimeUnit): Window => ({ type: 'last', duration: { amount, unit } }),
  before: (amount: number, unit: TimeUnit): Window => ({ type: 'before', duration: { amount, unit } }),
  betweenAgo: (start: number, end: number, unit: TimeUnit): Window => ({
    type: 'relative_range',
    start: { amount: start, unit },
    end: { amount: end, unit },
  }),
  between: (from: string, to: string): Window => ({ type: 'between', from, to }),
  today: (): Window => ({ type: 'calendar', unit: 'day', complete: 0, current: true }),
  yesterday: (): Window => ({ type: 'calendar', unit: 'day', complete: 1, current: false }),
  thisPeriod: (unit: CalendarUnit): Window => ({ type: 'calendar', unit, complete: 0, current: true }),
  lastComplete: (n: number, unit: CalendarUnit, options: { andCurrent?: boolean } = {}): Window => ({
    type: 'calendar',
    unit,
    complete: n,
    current: options.andCurrent === true,
  }),
}
