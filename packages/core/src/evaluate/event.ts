/**
 * Event conditions over the columnar index: an entity's matching events (one
 * event id, filters, t <= asOf) as an index range of its block, measures over
 * them, and the eight forms. Nothing allocates per entity except `distinct`.
 */

import type { CatalogIndex } from '../catalog/index-catalog.ts'
import { type Calendar, periodStarts, UTC_CALENDAR } from '../model/calendar.ts'
import type { EventForm, Measure } from '../model/conditions.ts'
import { averageFromMillionths, sumFromMillionths, toMillionths } from '../model/decimal.ts'
import type { Comparison } from '../model/operators.ts'
import type { EventFilter } from '../model/predicate.ts'
import { calendarUnitOf, durationMs } from '../model/time.ts'
import type { ZoneOffsets } from '../model/time-zone.ts'
import { Bitset } from './bitset.ts'
import type { DataIndex } from './data-index.ts'
import { compileNthTime } from './nth-time.ts'
import { type ColumnTest, compileColumnTest } from './predicate.ts'
import { firstAfter } from './search.ts'
import type { Block, TimedRows } from './timed-rows.ts'
import { type Bounds, openClosed, windowBounds } from './window.ts'

const DAY_MS = 86_400_000

/**
 * The matching events of one entity at a time: `at(e)` places the cursor on e's events
 * up to asOf (`[lo, hi)` of `block`); `passes(i)` applies the filters.
 */
export class EventSource {
  block!: Block
  lo = 0
  hi = 0
  /** The result of the last `range`. */
  start = 0
  end = 0
  private readonly columns: number[]
  private readonly tests: ColumnTest[]
  readonly filtered: boolean
  private readonly distinctSeen = new Set<unknown>()

  constructor(
    readonly rows: TimedRows,
    readonly eventId: string,
    filters: { column: number; test: ColumnTest }[],
    readonly asOf: number,
  ) {
    this.columns = filters.map((f) => f.column)
    this.tests = filters.map((f) => f.test)
    this.filtered = filters.length > 0
  }

  /** Places the cursor on e's events up to asOf. */
  at(e: number): void {
    const rows = this.rows
    this.block = rows.locate(e)
    this.lo = rows.lo
    this.hi = firstAfter(this.block.times, rows.lo, rows.hi, this.asOf)
  }

  /**
   * Places the cursor on all of e's events, without cutting at asOf: enough for `range`,
   * `count` and `measure`, whose bounds never reach past asOf (every window stops there).
   */
  locate(e: number): void {
    const rows = this.rows
    this.block = rows.locate(e)
    this.lo = rows.lo
    this.hi = rows.hi
  }

  passes(i: number): boolean {
    const cols = this.block.cols
    for (let f = 0; f < this.tests.length; f++) if (!this.tests[f]!(cols[this.columns[f]!]!, i)) return false
    return true
  }

  /** Sets `[start, end)`: the part of the located events inside the bounds (filters not applied). */
  range(b: Bounds): void {
    const times = this.block.times
    const start = firstAfter(times, this.lo, this.hi, b.lo, b.loIncluded)
    const end = firstAfter(times, start, this.hi, b.hi, !b.hiIncluded)
    this.start = start
    this.end = end
  }

  /** Matching events inside the bounds. */
  count(b: Bounds): number {
    this.range(b)
    if (!this.filtered) return this.end - this.start
    let n = 0
    for (let i = this.start; i < this.end; i++) if (this.passes(i)) n++
    return n
  }

  /** The first matching event's index up to asOf, or -1. */
  first(): number {
    for (let i = this.lo; i < this.hi; i++) if (!this.filtered || this.passes(i)) return i
    return -1
  }

  /** The last matching event's index up to asOf, or -1. */
  last(): number {
    for (let i = this.hi - 1; i >= this.lo; i--) if (!this.filtered || this.passes(i)) return i
    return -1
  }

  /** The measure over the matching events inside the bounds; undefined when it has no value. */
  measure(measure: Measure, column: number, b: Bounds, zone: ZoneOffsets): number | undefined {
    this.range(b)
    const { start, end } = this
    const times = this.block.times
    switch (measure.fn) {
      case 'count': {
        if (!this.filtered) return end - start
        let n = 0
        for (let i = start; i < end; i++) if (this.passes(i)) n++
        return n
      }
      case 'active_days': {
        // Sorted by time, so equal days are adjacent (local days too: offsets change by less than a day).
        const utc = zone.isUtc
        let days = 0
        let previous = Number.NaN
        for (let i = start; i < end; i++) {
          if (this.filtered && !this.passes(i)) continue
          const day = utc ? Math.floor(times[i]! / DAY_MS) : zone.localDay(times[i]!)
          if (day !== previous) days++
          previous = day
        }
        return days
      }
      case 'distinct': {
        const seen = this.distinctSeen
        seen.clear()
        const col = this.block.cols[column]!
        const isList = Array.isArray(col)
        for (let i = start; i < end; i++) {
          if (this.filtered && !this.passes(i)) continue
          if (isList) {
            const v = col[i]
            if (v) seen.add(JSON.stringify(v))
          } else {
            // NaN (numbers) and -1 (codes, booleans) are missing.
            const v = (col as Float64Array)[i]!
            if (col instanceof Float64Array ? !Number.isNaN(v) : v >= 0) seen.add(v)
          }
        }
        return seen.size
      }
      case 'sum':
      case 'avg':
      case 'min':
      case 'max': {
        const col = this.block.cols[column] as Float64Array
        let n = 0
        let sum = 0
        let min = Number.POSITIVE_INFINITY
        let max = Number.NEGATIVE_INFINITY
        for (let i = start; i < end; i++) {
          const v = col[i]!
          if (!Number.isFinite(v)) continue
          if (this.filtered && !this.passes(i)) continue
          n++
          sum += toMillionths(v)
          if (v < min) min = v
          if (v > max) max = v
        }
        if (measure.fn === 'sum') return sumFromMillionths(sum)
        if (n === 0) return undefined
        return measure.fn === 'avg' ? averageFromMillionths(sum, n) : measure.fn === 'min' ? min : max
      }
      default: {
        measure satisfies never
        throw new Error('unknown measure')
      }
    }
  }
}

/** Prepares the matching events of an event id with filters (and `extra` column tests), at an instant. */
export function eventSource(
  catalog: CatalogIndex,
  data: DataIndex,
  eventId: string,
  filters: readonly EventFilter[],
  asOf: number,
  extra: readonly { column: number; test: ColumnTest }[] = [],
): EventSource {
  const rows = data.eventRows(eventId)
  const props = catalog.event(eventId)?.properties ?? []
  const prepared = filters.map((f) => {
    const column = props.findIndex((p) => p.id === f.property)
    const type = props[column]?.type ?? 'string'
    return { column, test: compileColumnTest(f, type, asOf, rows.dicts[column] ?? null) }
  })
  return new EventSource(rows, eventId, [...prepared, ...extra], asOf)
}

/** The column of an event property (for measures), or -1. */
export function eventColumn(catalog: CatalogIndex, eventId: string, property: string): number {
  return (catalog.event(eventId)?.properties ?? []).findIndex((p) => p.id === property)
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
  /** Times of the decisive events (first / last / n-th). */
  time?: number | undefined
  /** Time of the first matching event, where the form compares with it (`nth_time`). */
  first?: number | undefined
}

/** A compiled event form over a located source: a test (no allocation) and the outcome with its numbers. */
export interface CompiledForm {
  /** The form reads the first / last event or walks back from asOf: place the source with `at`, not `locate`. */
  readonly cut: boolean
  test(src: EventSource): boolean
  outcome(src: EventSource): EventOutcome
  /**
   * The members of `candidates` that match, in one loop over the columns (no call per entity),
   * or null when this source cannot take the fast path (filters, patched rows): use `test` then.
   */
  scan?(src: EventSource, candidates: Bitset): Bitset | null
}

/** Fewest events in a window for which a count comparison can hold (0: no shortcut). */
function fewestNeeded(comparison: Comparison, a: number): number {
  switch (comparison) {
    case 'gte':
    case 'eq':
    case 'between':
      return Math.max(0, Math.ceil(a))
    case 'gt':
      return Math.max(0, Math.floor(a) + 1)
    case 'neq':
    case 'lt':
    case 'lte':
      return 0
    default: {
      comparison satisfies never
      return 0
    }
  }
}

/**
 * An unfiltered measure over the bulk columns: for every candidate, its events inside the
 * bounds by two binary searches on the entity's run, then the comparison on the count or the
 * aggregate of `column` (sum / avg / min / max; missing values skipped). Entities with
 * fewer events in all than `fewest` are rejected without a search.
 */
function scanMeasure(
  src: EventSource,
  candidates: Bitset,
  b: Bounds,
  fn: 'count' | 'sum' | 'avg' | 'min' | 'max',
  column: number,
  fewest: number,
  comparison: Comparison,
  threshold: number,
  threshold2: number | undefined,
): Bitset | null {
  const bulk = src.rows.bulk()
  if (!bulk || src.filtered) return null
  const { block, starts, ends } = bulk
  const times = block.times
  const col = fn === 'count' ? null : block.cols[column]
  if (col !== null && !(col instanceof Float64Array)) return null
  const values = col
  const entities = starts.length
  const lo = b.lo
  const hi = b.hi
  const loIncluded = b.loIncluded
  const hiIncluded = b.hiIncluded
  const keepsZero = compare(fn === 'count' || fn === 'sum' ? 0 : undefined, comparison, threshold, threshold2)
  const out = new Bitset(candidates.size)
  const w = candidates.words
  const o = out.words
  for (let k = 0; k < w.length; k++) {
    let word = w[k]!
    let kept = 0
    while (word !== 0) {
      const low = word & -word
      word ^= low
      const e = (k << 5) + 31 - Math.clz32(low)
      if (e >= entities) {
        if (keepsZero) kept |= low
        continue
      }
      const z = ends[e]!
      if (z - starts[e]! < fewest) continue
      const a = firstAfter(times, starts[e]!, z, lo, loIncluded)
      const end = firstAfter(times, a, z, hi, !hiIncluded)
      if (values === null) {
        if (compare(end - a, comparison, threshold, threshold2)) kept |= low
        continue
      }
      let value: number | undefined
      {
        let n = 0
        let sum = 0
        let min = Number.POSITIVE_INFINITY
        let max = Number.NEGATIVE_INFINITY
        for (let i = a; i < end; i++) {
          const v = values[i]!
          if (!Number.isFinite(v)) continue
          n++
          sum += toMillionths(v)
          if (v < min) min = v
          if (v > max) max = v
        }
        value =
          fn === 'sum'
            ? sumFromMillionths(sum)
            : n === 0
              ? undefined
              : fn === 'avg'
                ? averageFromMillionths(sum, n)
                : fn === 'min'
                  ? min
                  : max
      }
      if (compare(value, comparison, threshold, threshold2)) kept |= low
    }
    o[k] = kept
  }
  return out
}

const timeAt = (src: EventSource, i: number) => (i < 0 ? undefined : src.block.times[i])

function inBounds(t: number, b: Bounds): boolean {
  return (b.loIncluded ? t >= b.lo : t > b.lo) && (b.hiIncluded ? t <= b.hi : t < b.hi)
}

/**
 * Compiles an event form at an instant: the windows become numeric bounds once,
 * and the returned functions run per entity over its located events.
 */
export function compileForm(
  form: EventForm,
  asOf: number,
  columnOf: (property: string) => number,
  calendar: Calendar = UTC_CALENDAR,
): CompiledForm {
  switch (form.type) {
    case 'performed': {
      const b = windowBounds(form.window, asOf, calendar)
      return {
        cut: false,
        test: (src) => src.count(b) > 0,
        outcome: (src) => {
          const n = src.count(b)
          return { matched: n > 0, value: n }
        },
        scan: (src, candidates) => scanMeasure(src, candidates, b, 'count', -1, 1, 'gte', 1, undefined),
      }
    }
    case 'not_performed': {
      const b = windowBounds(form.window, asOf, calendar)
      return {
        cut: false,
        test: (src) => src.count(b) === 0,
        outcome: (src) => {
          const n = src.count(b)
          return { matched: n === 0, value: n }
        },
        scan: (src, candidates) => scanMeasure(src, candidates, b, 'count', -1, 0, 'eq', 0, undefined),
      }
    }
    case 'measure': {
      const b = windowBounds(form.window, asOf, calendar)
      const { measure, comparison, value: threshold, value2 } = form
      const column = measure.fn === 'count' || measure.fn === 'active_days' ? -1 : columnOf(measure.property)
      return {
        cut: false,
        test: (src) => compare(src.measure(measure, column, b, calendar.zone), comparison, threshold, value2),
        outcome: (src) => {
          const value = src.measure(measure, column, b, calendar.zone)
          return { matched: compare(value, comparison, threshold, value2), value }
        },
        scan: (src, candidates) => {
          const fn = measure.fn
          if (fn === 'distinct' || fn === 'active_days') return null
          const fewest = fn === 'count' ? fewestNeeded(comparison, threshold) : 0
          return scanMeasure(src, candidates, b, fn, column, fewest, comparison, threshold, value2)
        },
      }
    }
    case 'first_time': {
      const b = windowBounds(form.window, asOf, calendar)
      const test = (src: EventSource) => {
        const i = src.first()
        return i >= 0 && inBounds(src.block.times[i]!, b)
      }
      return { cut: true, test, outcome: (src) => ({ matched: test(src), time: timeAt(src, src.first()) }) }
    }
    case 'last_time': {
      const b = windowBounds(form.window, asOf, calendar)
      const test = (src: EventSource) => {
        const i = src.last()
        return i >= 0 && inBounds(src.block.times[i]!, b)
      }
      return { cut: true, test, outcome: (src) => ({ matched: test(src), time: timeAt(src, src.last()) }) }
    }
    case 'stopped': {
      const recentStart = asOf - durationMs(form.recent)
      const before = openClosed(recentStart - durationMs(form.baseline), recentStart)
      const recentBounds = openClosed(recentStart, asOf)
      const test = (src: EventSource) => src.count(recentBounds) === 0 && src.count(before) > 0
      return {
        cut: false,
        test,
        outcome: (src) => ({
          matched: test(src),
          value: src.count(recentBounds),
          time: timeAt(src, src.last()),
        }),
      }
    }
    case 'restarted': {
      const recentStart = asOf - durationMs(form.recent)
      const gapStart = recentStart - durationMs(form.inactive)
      const recentBounds = openClosed(recentStart, asOf)
      const gapBounds = openClosed(gapStart, recentStart)
      const earlierBounds: Bounds = { lo: Number.NEGATIVE_INFINITY, hi: gapStart, loIncluded: true, hiIncluded: true }
      const test = (src: EventSource) =>
        src.count(recentBounds) > 0 && src.count(gapBounds) === 0 && src.count(earlierBounds) > 0
      return {
        cut: false,
        test,
        outcome: (src) => ({ matched: test(src), value: src.count(recentBounds) }),
      }
    }
    case 'regularly': {
      // Period i is (asOf - (i+1)p, asOf - ip]: walk the events back from asOf and count the distinct
      // periods they fall in — no array of periods, so `periods` costs nothing however large.
      // A period counts once it holds `minPerPeriod` events.
      const p = durationMs(form.period)
      const { periods, minPeriods } = form
      const perPeriod = form.minPerPeriod ?? 1
      // Calendar periods: period i starts at starts[i] (newest first); walking back, the period only grows.
      const starts = form.calendar
        ? periodStarts(calendar, asOf, calendarUnitOf(form.period) ?? 'day', periods)
        : undefined
      const active = (src: EventSource, stopAt: number) => {
        let n = 0
        let previous = -1
        let inPeriod = 0
        let k = 0
        const times = src.block.times
        for (let i = src.hi - 1; i >= src.lo; i--) {
          const t = times[i]!
          if (starts) while (k < periods && t < starts[k]!) k++
          const period = starts ? k : Math.floor((asOf - t) / p)
          if (!(period < periods)) break
          if (src.filtered && !src.passes(i)) continue
          if (period !== previous) {
            previous = period
            inPeriod = 0
          }
          if (++inPeriod !== perPeriod) continue
          if (++n >= stopAt) break
        }
        return n
      }
      return {
        cut: true,
        test: (src) => active(src, minPeriods) >= minPeriods,
        outcome: (src) => {
          const n = active(src, Number.POSITIVE_INFINITY)
          return { matched: n >= minPeriods, value: n }
        },
      }
    }
    case 'nth_time':
      return compileNthTime(form, asOf, calendar)
    default: {
      form satisfies never
      throw new Error('unknown event form')
    }
  }
}
