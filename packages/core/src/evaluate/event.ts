/**
 * Event conditions: the matching events of an entity (event id, filters,
 * t <= asOf), measures over them, and the eight forms.
 */
import type { CatalogIndex } from '../catalog/index-catalog.ts'
import type { EventRecord } from '../data/types.ts'
import type { EventForm, Measure } from '../model/conditions.ts'
import type { Comparison } from '../model/operators.ts'
import type { EventFilter } from '../model/predicate.ts'
import { durationMs } from '../model/time.ts'
import type { EntityState } from './data-index.ts'
import { compilePredicate, isMissing, type ValueTest } from './predicate.ts'
import { type Bounds, inBounds, openClosed, windowBounds } from './window.ts'

const DAY_MS = 86_400_000

const NO_EVENTS: readonly EventRecord[] = []

/** Number of events (sorted by time) with `time <= t`. */
export function countAtOrBefore(events: readonly EventRecord[], t: number): number {
  let lo = 0
  let hi = events.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (events[mid]!.time <= t) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Number of events (sorted by time) with `time < t`. */
function countBefore(events: readonly EventRecord[], t: number): number {
  let lo = 0
  let hi = events.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (events[mid]!.time < t) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The index range `[start, end)` of the sorted events inside the bounds: two binary searches. */
export function rangeOf(events: readonly EventRecord[], b: Bounds): [number, number] {
  const start = b.loIncluded ? countBefore(events, b.lo) : countAtOrBefore(events, b.lo)
  const end = b.hiIncluded ? countAtOrBefore(events, b.hi) : countBefore(events, b.hi)
  return [start, Math.max(start, end)]
}

/** A prepared event matcher: the entity's events of one id that pass the filters, up to asOf. */
export interface EventMatcher {
  /** Matching events at or before asOf, sorted by time (do not modify: it may be the index's own list). */
  events(state: EntityState): readonly EventRecord[]
}

export function compileEventMatcher(
  catalog: CatalogIndex,
  eventId: string,
  filters: readonly EventFilter[],
  asOf: number,
): EventMatcher {
  const tests: [string, ValueTest][] = filters.map((f) => [
    f.property,
    compilePredicate(f, catalog.eventProperty(eventId, f.property)?.type ?? 'string', asOf),
  ])
  return {
    events(state) {
      const all = state.events.get(eventId)
      if (!all) return NO_EVENTS
      const end = countAtOrBefore(all, asOf)
      // Without filters the sorted list itself (or its part up to asOf) is the answer: no copy per entity.
      if (tests.length === 0) return end === all.length ? all : all.slice(0, end)
      const out: EventRecord[] = []
      for (let i = 0; i < end; i++) {
        const e = all[i]!
        let ok = true
        for (const [property, test] of tests) {
          if (!test(e.properties?.[property])) {
            ok = false
            break
          }
        }
        if (ok) out.push(e)
      }
      return out
    },
  }
}

function distinctKey(v: unknown): string {
  return `${typeof v}:${Array.isArray(v) ? JSON.stringify(v) : String(v)}`
}

/**
 * The measure over the events `[start, end)` of a list sorted by time; undefined
 * when it has no value (avg/min/max over nothing). Sums run in time order.
 */
export function measureOf(
  measure: Measure,
  events: readonly EventRecord[],
  start = 0,
  end = events.length,
): number | undefined {
  switch (measure.fn) {
    case 'count':
      return end - start
    case 'active_days': {
      // Sorted by time, so equal days are adjacent.
      let days = 0
      let previous = Number.NaN
      for (let i = start; i < end; i++) {
        const day = Math.floor(events[i]!.time / DAY_MS)
        if (day !== previous) days++
        previous = day
      }
      return days
    }
    case 'distinct': {
      const keys = new Set<string>()
      for (let i = start; i < end; i++) {
        const v = events[i]!.properties?.[measure.property]
        if (!isMissing(v)) keys.add(distinctKey(v))
      }
      return keys.size
    }
    case 'sum':
    case 'avg':
    case 'min':
    case 'max': {
      let n = 0
      let sum = 0
      let min = Number.POSITIVE_INFINITY
      let max = Number.NEGATIVE_INFINITY
      for (let i = start; i < end; i++) {
        const v = events[i]!.properties?.[measure.property]
        if (typeof v !== 'number' || !Number.isFinite(v)) continue
        n++
        sum += v
        if (v < min) min = v
        if (v > max) max = v
      }
      if (measure.fn === 'sum') return sum
      if (n === 0) return undefined
      return measure.fn === 'avg' ? sum / n : measure.fn === 'min' ? min : max
    }
    default: {
      measure satisfies never
      throw new Error('unknown measure')
    }
  }
}

/** The measure over the events (sorted by time) inside the bounds. */
export function measureIn(measure: Measure, events: readonly EventRecord[], bounds: Bounds): number | undefined {
  const [start, end] = rangeOf(events, bounds)
  return measureOf(measure, events, start, end)
}

/** A measure compared with a threshold; a missing measure makes every comparison false. */
export function compare(value: number | undefined, comparison: Comparison, a: number, b: number | undefined): boolean {
  if (value === undefined) return false
  switch (comparison) {
    case 'eq':
      return value === a
    case 'neq':
      return value !== a
    case 'gt':
      return value > a
    case 'gte':
      return value >= a
    case 'lt':
      return value < a
    case 'lte':
      return value <= a
    case 'between':
      return b !== undefined && a <= value && value <= b
    default: {
      comparison satisfies never
      throw new Error('unknown comparison')
    }
  }
}

/** What decided an event condition, for explanations. */
export interface EventOutcome {
  matched: boolean
  /** The measured number (count, sum…), when the form has one. */
  value?: number | undefined
  /** Times of the decisive events (first / last). */
  time?: number | undefined
}

function count(events: readonly EventRecord[], b: Bounds): number {
  const [start, end] = rangeOf(events, b)
  return end - start
}

/** A compiled event form: a test (no allocation, for evaluate) and the outcome with its numbers (for explain). */
export interface CompiledForm {
  test(events: readonly EventRecord[]): boolean
  outcome(events: readonly EventRecord[]): EventOutcome
}

/**
 * Compiles an event form at an instant: the windows become numeric bounds once,
 * and the returned functions run per entity over its matching events (cut at asOf).
 */
export function compileForm(form: EventForm, asOf: number): CompiledForm {
  switch (form.type) {
    case 'performed': {
      const b = windowBounds(form.window, asOf)
      return {
        test: (events) => count(events, b) > 0,
        outcome: (events) => {
          const n = count(events, b)
          return { matched: n > 0, value: n }
        },
      }
    }
    case 'not_performed': {
      const b = windowBounds(form.window, asOf)
      return {
        test: (events) => count(events, b) === 0,
        outcome: (events) => {
          const n = count(events, b)
          return { matched: n === 0, value: n }
        },
      }
    }
    case 'measure': {
      const b = windowBounds(form.window, asOf)
      const { measure, comparison, value: threshold, value2 } = form
      const measured = (events: readonly EventRecord[]) =>
        measure.fn === 'count' ? count(events, b) : measureIn(measure, events, b)
      return {
        test: (events) => compare(measured(events), comparison, threshold, value2),
        outcome: (events) => {
          const value = measured(events)
          return { matched: compare(value, comparison, threshold, value2), value }
        },
      }
    }
    case 'first_time': {
      const b = windowBounds(form.window, asOf)
      const test = (events: readonly EventRecord[]) => events.length > 0 && inBounds(events[0]!.time, b)
      return { test, outcome: (events) => ({ matched: test(events), time: events[0]?.time }) }
    }
    case 'last_time': {
      const b = windowBounds(form.window, asOf)
      const test = (events: readonly EventRecord[]) => events.length > 0 && inBounds(events[events.length - 1]!.time, b)
      return { test, outcome: (events) => ({ matched: test(events), time: events[events.length - 1]?.time }) }
    }
    case 'stopped': {
      const recentStart = asOf - durationMs(form.recent)
      const before = openClosed(recentStart - durationMs(form.baseline), recentStart)
      const recentBounds = openClosed(recentStart, asOf)
      const test = (events: readonly EventRecord[]) => count(events, recentBounds) === 0 && count(events, before) > 0
      return {
        test,
        outcome: (events) => ({
          matched: test(events),
          value: count(events, recentBounds),
          time: events[events.length - 1]?.time,
        }),
      }
    }
    case 'restarted': {
      const recentStart = asOf - durationMs(form.recent)
      const gapStart = recentStart - durationMs(form.inactive)
      const recentBounds = openClosed(recentStart, asOf)
      const gapBounds = openClosed(gapStart, recentStart)
      const earlierBounds: Bounds = { lo: Number.NEGATIVE_INFINITY, hi: gapStart, loIncluded: true, hiIncluded: true }
      const test = (events: readonly EventRecord[]) =>
        count(events, recentBounds) > 0 && count(events, gapBounds) === 0 && count(events, earlierBounds) > 0
      return { test, outcome: (events) => ({ matched: test(events), value: count(events, recentBounds) }) }
    }
    case 'regularly': {
      const p = durationMs(form.period)
      const periods = Array.from({ length: form.periods }, (_, i) => openClosed(asOf - (i + 1) * p, asOf - i * p))
      const { minPeriods } = form
      const active = (events: readonly EventRecord[]) => {
        let n = 0
        for (const b of periods) if (count(events, b) > 0) n++
        return n
      }
      return {
        test: (events) => active(events) >= minPeriods,
        outcome: (events) => {
          const n = active(events)
          return { matched: n >= minPeriods, value: n }
        },
      }
    }
    default: {
      form satisfies never
      throw new Error('unknown event form')
    }
  }
}
