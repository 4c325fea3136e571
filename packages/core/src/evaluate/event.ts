/**
 * Event conditions: the matching events of an entity (event id, filters,
 * t <= asOf), measures over them, and the eight forms.
 */
import type { CatalogIndex } from '../catalog/index-catalog.ts'
import type { EventRecord } from '../data/types.ts'
import type { EventForm, Measure } from '../model/conditions.ts'
import type { Comparison } from '../model/operators.ts'
import type { EventFilter } from '../model/predicate.ts'
import { durationMs, type Window } from '../model/time.ts'
import type { EntityState } from './data-index.ts'
import { compilePredicate, isMissing, type ValueTest } from './predicate.ts'
import { type Bounds, inBounds, openClosed, windowBounds } from './window.ts'

const DAY_MS = 86_400_000

/** A prepared event matcher: the entity's events of one id that pass the filters, up to asOf. */
export interface EventMatcher {
  /** Matching events at or before asOf, sorted by time. */
  events(state: EntityState): EventRecord[]
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
      if (!all) return []
      const out: EventRecord[] = []
      for (const e of all) {
        if (e.time > asOf) break
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

export function inWindow(events: readonly EventRecord[], bounds: Bounds): EventRecord[] {
  return events.filter((e) => inBounds(e.time, bounds))
}

function distinctKey(v: unknown): string {
  return `${typeof v}:${Array.isArray(v) ? JSON.stringify(v) : String(v)}`
}

/** The measure over events; undefined when it has no value (avg/min/max over nothing). */
export function measureOf(measure: Measure, events: readonly EventRecord[]): number | undefined {
  switch (measure.fn) {
    case 'count':
      return events.length
    case 'active_days':
      return new Set(events.map((e) => Math.floor(e.time / DAY_MS))).size
    case 'distinct': {
      const keys = new Set<string>()
      for (const e of events) {
        const v = e.properties?.[measure.property]
        if (!isMissing(v)) keys.add(distinctKey(v))
      }
      return keys.size
    }
    case 'sum':
    case 'avg':
    case 'min':
    case 'max': {
      const values: number[] = []
      for (const e of events) {
        const v = e.properties?.[measure.property]
        if (typeof v === 'number' && Number.isFinite(v)) values.push(v)
      }
      if (measure.fn === 'sum') return values.reduce((a, b) => a + b, 0)
      if (values.length === 0) return undefined
      if (measure.fn === 'avg') return values.reduce((a, b) => a + b, 0) / values.length
      return measure.fn === 'min' ? Math.min(...values) : Math.max(...values)
    }
    default: {
      measure satisfies never
      throw new Error('unknown measure')
    }
  }
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
  let n = 0
  for (const e of events) if (inBounds(e.time, b)) n++
  return n
}

/** Evaluates an event form over the entity's matching events (already cut at asOf). */
export function evaluateForm(form: EventForm, events: readonly EventRecord[], asOf: number): EventOutcome {
  const bounds = (w: Window) => windowBounds(w, asOf)
  switch (form.type) {
    case 'performed': {
      const n = count(events, bounds(form.window))
      return { matched: n > 0, value: n }
    }
    case 'not_performed': {
      const n = count(events, bounds(form.window))
      return { matched: n === 0, value: n }
    }
    case 'measure': {
      const value = measureOf(form.measure, inWindow(events, bounds(form.window)))
      return { matched: compare(value, form.comparison, form.value, form.value2), value }
    }
    case 'first_time': {
      const first = events[0]
      return { matched: first !== undefined && inBounds(first.time, bounds(form.window)), time: first?.time }
    }
    case 'last_time': {
      const last = events[events.length - 1]
      return { matched: last !== undefined && inBounds(last.time, bounds(form.window)), time: last?.time }
    }
    case 'stopped': {
      const recentStart = asOf - durationMs(form.recent)
      const before = count(events, openClosed(recentStart - durationMs(form.baseline), recentStart))
      const recent = count(events, openClosed(recentStart, asOf))
      return { matched: before > 0 && recent === 0, value: recent, time: events[events.length - 1]?.time }
    }
    case 'restarted': {
      const recentStart = asOf - durationMs(form.recent)
      const gapStart = recentStart - durationMs(form.inactive)
      const recent = count(events, openClosed(recentStart, asOf))
      const gap = count(events, openClosed(gapStart, recentStart))
      const earlier = count(events, { lo: Number.NEGATIVE_INFINITY, hi: gapStart, loIncluded: true, hiIncluded: true })
      return { matched: recent > 0 && gap === 0 && earlier > 0, value: recent }
    }
    case 'regularly': {
      const p = durationMs(form.period)
      let active = 0
      for (let i = 0; i < form.periods; i++)
        if (count(events, openClosed(asOf - (i + 1) * p, asOf - i * p)) > 0) active++
      return { matched: active >= form.minPeriods, value: active }
    }
    default: {
      form satisfies never
      throw new Error('unknown event form')
    }
  }
}
