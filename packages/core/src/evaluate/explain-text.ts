/**
 * The sentences of an explanation: what was measured, over which window, and
 * what was needed ("Purchased 2 times in the last 30 days, needed ≥ 3").
 * English only; the UI can rebuild its own text from `actual` and the node.
 */
import type { EventForm } from '../model/conditions.ts'
import type { Comparison } from '../model/operators.ts'
import type { Duration, Window } from '../model/time.ts'
import type { EventOutcome } from './event.ts'

const SYMBOL: Readonly<Record<Comparison, string>> = {
  eq: '=',
  neq: '≠',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  between: 'between',
}

const durationText = (d: Duration) => `${d.amount} ${d.unit}${d.amount === 1 ? '' : 's'}`
const iso = (ms: number) => new Date(ms).toISOString()

export function windowText(w: Window): string {
  switch (w.type) {
    case 'ever':
      return 'ever'
    case 'last':
      return `in the last ${durationText(w.duration)}`
    case 'before':
      return `more than ${durationText(w.duration)} ago`
    case 'relative_range':
      return `between ${durationText(w.start)} and ${durationText(w.end)} ago`
    case 'between':
      return `from ${w.from} to ${w.to}`
    default: {
      w satisfies never
      return ''
    }
  }
}

/** "≥ 3", "between 1 and 5". */
export function neededText(comparison: Comparison, value: number, value2: number | undefined): string {
  return comparison === 'between' ? `between ${value} and ${value2}` : `${SYMBOL[comparison]} ${value}`
}

const times = (n: number | undefined) => `${n ?? 0} time${n === 1 ? '' : 's'}`

/** The reason of an event condition's outcome for one entity. */
export function eventReason(label: string, form: EventForm, o: EventOutcome): string {
  switch (form.type) {
    case 'performed':
      return `${label} ${times(o.value)} ${windowText(form.window)}, needed at least 1`
    case 'not_performed':
      return `${label} ${times(o.value)} ${windowText(form.window)}, needed none`
    case 'measure': {
      const needed = neededText(form.comparison, form.value, form.value2)
      const m = form.measure
      if (m.fn === 'count') return `${label} ${times(o.value)} ${windowText(form.window)}, needed ${needed}`
      const what =
        m.fn === 'active_days'
          ? `Active days with ${label}`
          : `${m.fn} of ${label} ${m.property}`.replace(/^./, (c) => c.toUpperCase())
      const value = o.value === undefined ? 'no value (no events)' : String(o.value)
      return `${what} ${windowText(form.window)} is ${value}, needed ${needed}`
    }
    case 'first_time':
      return o.time === undefined
        ? `Never ${label}, needed the first time ${windowText(form.window)}`
        : `First ${label} at ${iso(o.time)}, needed ${windowText(form.window)}`
    case 'last_time':
      return o.time === undefined
        ? `Never ${label}, needed the last time ${windowText(form.window)}`
        : `Last ${label} at ${iso(o.time)}, needed ${windowText(form.window)}`
    case 'stopped':
      return `${label} ${times(o.value)} in the last ${durationText(form.recent)} (needed none, and some in the ${durationText(form.baseline)} before)${o.time === undefined ? '' : `; last at ${iso(o.time)}`}`
    case 'restarted':
      return `${label} ${times(o.value)} in the last ${durationText(form.recent)} (needed some, none in the ${durationText(form.inactive)} before, and some earlier)`
    case 'regularly':
      return `${label} in ${o.value ?? 0} of the last ${form.periods} periods of ${durationText(form.period)}, needed at least ${form.minPeriods}`
    default: {
      form satisfies never
      return ''
    }
  }
}
