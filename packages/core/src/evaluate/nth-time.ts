/**
 * The `nth_time` form over an entity's matching events up to asOf: the n-th one (by time, counting
 * all history, not only the window) lies in the window and, with `withinOfFirst`, at most that long
 * after the first. Events at equal times count one each, in any order: the n-th time is the n-th
 * smallest time whichever way ties are ordered.
 */
import type { Calendar } from '../model/calendar.ts'
import type { EventForm } from '../model/conditions.ts'
import { durationMs } from '../model/time.ts'
import type { CompiledForm, EventSource } from './event.ts'
import { inBounds, windowBounds } from './window.ts'

type NthTimeForm = Extract<EventForm, { type: 'nth_time' }>

/** Index of the n-th matching event of the located source (cut at asOf), or -1; `seen` counts up to n. */
function nthIndex(src: EventSource, n: number, out: { seen: number; first: number }): number {
  out.seen = 0
  out.first = -1
  for (let i = src.lo; i < src.hi; i++) {
    if (src.filtered && !src.passes(i)) continue
    if (out.seen === 0) out.first = i
    if (++out.seen === n) return i
  }
  return -1
}

export function compileNthTime(form: NthTimeForm, asOf: number, calendar: Calendar): CompiledForm {
  const b = windowBounds(form.window, asOf, calendar)
  const within = form.withinOfFirst ? durationMs(form.withinOfFirst) : undefined
  const scratch = { seen: 0, first: -1 }
  const holds = (src: EventSource, i: number) => {
    if (i < 0) return false
    const t = src.block.times[i]!
    return inBounds(t, b) && (within === undefined || t - src.block.times[scratch.first]! <= within)
  }
  return {
    cut: true,
    test: (src) => holds(src, nthIndex(src, form.n, scratch)),
    outcome: (src) => {
      const i = nthIndex(src, form.n, scratch)
      const times = src.block.times
      return {
        matched: holds(src, i),
        value: scratch.seen,
        time: i < 0 ? undefined : times[i],
        first: scratch.first < 0 ? undefined : times[scratch.first],
      }
    },
  }
}
