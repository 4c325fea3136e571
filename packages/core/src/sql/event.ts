/**
 * Event conditions in SQL, set-based: each condition is a semi-join (`id IN
 * (SELECT entity_id FROM events … [GROUP BY entity_id HAVING …])`) or the anti-join
 * of its complement, never a subquery per entity. A measure whose comparison
 * holds at zero (`count < 3`) is the anti-join of the entities where it fails;
 * otherwise the semi-join of those where it holds.
 */

import { periodStarts } from '../model/calendar.ts'
import type { EventForm, Measure } from '../model/conditions.ts'
import { type EventRef, eventIdsOf } from '../model/event-ref.ts'
import type { Comparison } from '../model/operators.ts'
import type { EventFilter } from '../model/predicate.ts'
import { type CalendarWindow, calendarUnitOf, type Duration, durationMs, type Window } from '../model/time.ts'
import { calendarWindowBounds, localDaySql, periodStartSql } from './calendar.ts'
import {
  column,
  definite,
  knownTime,
  msParam,
  nextAlias,
  type SqlContext,
  TRUE_SQL,
  timeAt,
  timeColumn,
  timeCompare,
} from './context.ts'
import { decimalAvg, decimalSum } from './decimal.ts'
import type { SqlScalarType } from './dialect.ts'
import { join, param, raw, type SqlFragment, sql } from './fragment.ts'
import { clampTime } from './literal.ts'
import { nthTimeSql } from './nth-time.ts'
import { predicateSql, scalarType } from './property.ts'
import { joinedValue } from './row-joins.ts'

const DAY_MS = 86_400_000

/** One bound of a time range: `time op bound`; `ms` is the bound's value when it is a constant. */
export interface TimeBound {
  op: '<' | '<=' | '>' | '>='
  bound: SqlFragment
  ms?: number | undefined
}

/**
 * The bounds of a window evaluated at `at` (SQL epoch ms), `offset(ms)` being `at + ms`; `known(ms)`
 * is `at + ms` as a number where `at` is a constant; `calendar` gives those of a calendar window.
 */
export function windowBounds(
  window: Window,
  at: SqlFragment,
  offset: (ms: number) => SqlFragment,
  known: (ms: number) => number | undefined,
  calendar: (window: CalendarWindow) => TimeBound[],
): TimeBound[] {
  const rel = (op: TimeBound['op'], ms: number): TimeBound => ({
    op,
    bound: ms === 0 ? at : offset(ms),
    ms: known(ms),
  })
  switch (window.type) {
    case 'ever':
      return [rel('<=', 0)]
    case 'last':
      return [rel('>', -durationMs(window.duration)), rel('<=', 0)]
    case 'before':
      return [rel('<=', -durationMs(window.duration))]
    case 'relative_range':
      return [rel('>', -durationMs(window.start)), rel('<=', -durationMs(window.end))]
    case 'between': {
      const from = Date.parse(window.from)
      const to = Date.parse(window.to)
      return [
        { op: '>=', bound: msParam(from), ms: clampTime(from) },
        { op: '<', bound: msParam(to), ms: clampTime(to) },
        rel('<=', 0),
      ]
    }
    case 'calendar':
      return calendar(window)
    default: {
      window satisfies never
      throw new Error('unknown window')
    }
  }
}

/** The greatest constant lower bound and the least constant upper bound of a range, where known. */
function knownRange(bounds: readonly TimeBound[]): [number | undefined, number | undefined] {
  let lo: number | undefined
  let hi: number | undefined
  for (const b of bounds) {
    if (b.ms === undefined) continue
    if (b.op === '>' || b.op === '>=') lo = lo === undefined ? b.ms : Math.max(lo, b.ms)
    else hi = hi === undefined ? b.ms : Math.min(hi, b.ms)
  }
  return [lo, hi]
}

/** Bounds on an expression (an aggregate such as MIN(t)). */
export function boundsOn(expr: SqlFragment, bounds: readonly TimeBound[]): SqlFragment[] {
  return bounds.map((b) => sql`${expr} ${raw(b.op)} ${b.bound}`)
}

const LAST_SUFFIX_MS = Date.UTC(9999, 11, 30)

/**
 * Bounds on the events table's time column of alias `ev` (left bare), and, with a daily-table suffix
 * column, the suffix of each constant lower bound a day early (`_TABLE_SUFFIX >= '20261130'`).
 */
export function boundsOnTime(ctx: SqlContext, ev: string, bounds: readonly TimeBound[]): SqlFragment[] {
  const e = ctx.mapping.events()
  const out = bounds.map((b) => timeCompare(ctx, ev, e.time, b.op, b.bound, b.ms))
  if (e.daySuffix) {
    for (const b of bounds) {
      if ((b.op !== '>' && b.op !== '>=') || b.ms === undefined) continue
      const day = b.ms - DAY_MS
      if (day < 0 || day > LAST_SUFFIX_MS) continue
      const suffix = new Date(day).toISOString().slice(0, 10).replace(/-/g, '')
      out.push(sql`${column(ev, e.daySuffix)} >= ${raw(ctx.dialect.stringLiteral(suffix))}`)
    }
  }
  return out
}

/**
 * The window of a computed property read at `time` (the evaluation instant or a past one): offsets
 * from that instant. parseCatalog lets no calendar window into a computed property.
 */
export function computedWindowAt(window: Window, time: SqlFragment): TimeBound[] {
  return windowBounds(
    window,
    time,
    (ms) => sql`(${time} + ${msParam(ms)})`,
    () => undefined,
    () => {
      throw new Error('parseCatalog lets no calendar window into a computed property')
    },
  )
}

/** The window at the evaluation instant. */
export function windowAtAsOf(ctx: SqlContext, window: Window): TimeBound[] {
  return windowBounds(
    window,
    timeAt(ctx, 0),
    (ms) => timeAt(ctx, ms),
    (ms) => knownTime(ctx, ms),
    (w) => calendarWindowBounds(ctx, w),
  )
}

/**
 * WHERE conditions over alias `ev` selecting the entity type's events of one id that pass the
 * filters, at or before `upTo`.
 */
export function eventRows(
  ctx: SqlContext,
  entity: string,
  ev: string,
  events: string | readonly string[],
  filters: readonly EventFilter[],
  upTo: SqlFragment,
  upToMs?: number,
): SqlFragment[] {
  const e = ctx.mapping.events()
  // A set of events lives in one shared table and reads its properties as its first event does (checkMapping).
  const ids = typeof events === 'string' ? [events] : events
  const eventId = ids[0] ?? ''
  const conditions: SqlFragment[] = []
  if (e.entityType) conditions.push(sql`${column(ev, e.entityType)} = ${raw(ctx.dialect.stringLiteral(entity))}`)
  // An event's own table holds that event only.
  if (ids.length === 0) conditions.push(raw('1 = 0'))
  else if (!e.tableOf(eventId).own) {
    if (e.event === undefined)
      throw new Error('checkMapping lets no shared events table through without an event column')
    const name = column(ev, e.event)
    conditions.push(
      ids.length === 1
        ? sql`${name} = ${param(e.storedName(eventId), 'text')}`
        : sql`${name} IN (${join(
            ids.map((id) => param(e.storedName(id), 'text')),
            ', ',
          )})`,
    )
  }
  conditions.push(timeCompare(ctx, ev, e.time, '<=', upTo, upToMs))
  for (const f of filters) {
    const type = ctx.catalog.eventProperty(eventId, f.property)?.type ?? 'string'
    conditions.push(predicateSql(ctx, eventProperty(ctx, ev, eventId, f.property, scalarType(type)), type, f))
  }
  return conditions
}

/**
 * An event property of the row `ev` read as `type`: its typed column where the mapping names one,
 * else from the `properties` column (a JSON object, or GA4's list of key/value structs).
 */
export function eventProperty(
  ctx: SqlContext,
  ev: string,
  eventId: string,
  property: string,
  type: SqlScalarType,
): SqlFragment {
  const e = ctx.mapping.events()
  const typed = e.propertyColumn(eventId, property)
  if (typed) return type === 'bigint' ? timeColumn(ctx, ev, typed.column) : column(ev, typed.column)
  if (e.properties === undefined) throw new Error('checkMapping lets no event property through without a column')
  if (e.propertiesFormat === 'key_value') {
    const read = ctx.dialect.keyValueScalar
    if (!read) throw new Error('checkMapping lets no key/value properties through without keyValueScalar')
    return read(column(ev, e.properties), e.propertyKey(property), type)
  }
  return ctx.dialect.jsonScalar(column(ev, e.properties), e.propertyKey(property), type)
}

/** `FROM <the event's table> ev WHERE …` of the given conditions. */
export function fromEvents(
  ctx: SqlContext,
  ev: string,
  eventId: string,
  conditions: readonly SqlFragment[],
): SqlFragment {
  return sql`FROM ${ctx.mapping.events().tableOf(eventId).table} ${raw(ev)} WHERE ${join(conditions, ' AND ')}`
}

/** The entity's id column on its row `alias`. */
export function entityId(ctx: SqlContext, entity: string, alias: string): SqlFragment {
  return column(alias, ctx.mapping.entity(entity).id)
}

/**
 * `alias.id IN (SELECT ev.entity_id FROM events ev WHERE … [GROUP BY … HAVING …])`: two-valued, since
 * the subquery never yields NULL.
 */
function inEvents(
  ctx: SqlContext,
  entity: string,
  alias: string,
  ev: string,
  eventId: string,
  conditions: readonly SqlFragment[],
  having?: SqlFragment,
): SqlFragment {
  const id = column(ev, ctx.mapping.events().entityId)
  const where = [...conditions, sql`${id} IS NOT NULL`]
  const group = having ? sql` GROUP BY ${id} HAVING ${having}` : raw('')
  return sql`${entityId(ctx, entity, alias)} IN (SELECT ${id} ${fromEvents(ctx, ev, eventId, where)}${group})`
}

/**
 * The aggregate of a measure over the events of alias `ev`, whose times lie within `bounds` (local
 * days on SQLite read the zone's offsets between the constant ones).
 */
function aggregate(
  ctx: SqlContext,
  measure: Measure,
  ev: string,
  eventId: string,
  bounds: readonly TimeBound[],
): SqlFragment {
  const e = ctx.mapping.events()
  const time = timeColumn(ctx, ev, e.time)
  const d = ctx.dialect
  const num = (property: string) => eventProperty(ctx, ev, eventId, property, 'number')
  // A typed column may be an integer or a decimal type: sums scale it as a double, as JSON reads are.
  const double = (property: string) =>
    e.propertyColumn(eventId, property) ? sql`CAST(${num(property)} AS ${raw(d.types.number)})` : num(property)
  switch (measure.fn) {
    case 'count':
      return raw('COUNT(*)')
    case 'active_days':
      return sql`COUNT(DISTINCT ${localDaySql(ctx, time, ...knownRange(bounds))})`
    case 'distinct': {
      const p = measure.property
      // A typed column or GA4 parameter holds one type: its distinct values as the catalog types them.
      if (e.propertyColumn(eventId, p) || e.propertiesFormat === 'key_value') {
        const type = ctx.catalog.eventProperty(eventId, p)?.type ?? 'string'
        return sql`COUNT(DISTINCT ${eventProperty(ctx, ev, eventId, p, scalarType(type))})`
      }
      if (e.properties === undefined) throw new Error('checkMapping lets no measure of a property through without one')
      const props = column(ev, e.properties)
      const key = e.propertyKey(p)
      if (d.jsonDistinctValue) return sql`COUNT(DISTINCT ${d.jsonDistinctValue(props, key)})`
      // Type and text together: "1" and 1 are different values.
      return sql`COUNT(DISTINCT ${d.concat([d.jsonTypeOf(props, key), raw("':'"), d.jsonScalar(props, key, 'text')])})`
    }
    case 'sum':
      return decimalSum(d, double(measure.property))
    case 'avg':
      return decimalAvg(d, double(measure.property))
    case 'min':
      return sql`MIN(${num(measure.property)})`
    case 'max':
      return sql`MAX(${num(measure.property)})`
    default: {
      measure satisfies never
      throw new Error('unknown measure')
    }
  }
}

/** The measure's value over no events: 0 for counts and sums, missing (undefined) for avg/min/max. */
function valueOverNone(measure: Measure): number | undefined {
  return measure.fn === 'avg' || measure.fn === 'min' || measure.fn === 'max' ? undefined : 0
}

/** The comparison on plain numbers (to know whether a measure's condition holds at zero). */
export function compareNumbers(v: number, comparison: Comparison, a: number, b: number | undefined): boolean {
  switch (comparison) {
    case 'eq':
      return v === a
    case 'neq':
      return v !== a
    case 'gt':
      return v > a
    case 'gte':
      return v >= a
    case 'lt':
      return v < a
    case 'lte':
      return v <= a
    case 'between':
      return v >= a && v <= (b ?? a)
    default: {
      comparison satisfies never
      throw new Error('unknown comparison')
    }
  }
}

export function comparisonSql(
  value: SqlFragment,
  comparison: Comparison,
  a: number,
  b: number | undefined,
): SqlFragment {
  const p = (n: number) => param(n, 'number')
  switch (comparison) {
    case 'eq':
      return sql`${value} = ${p(a)}`
    case 'neq':
      return sql`${value} <> ${p(a)}`
    case 'gt':
      return sql`${value} > ${p(a)}`
    case 'gte':
      return sql`${value} >= ${p(a)}`
    case 'lt':
      return sql`${value} < ${p(a)}`
    case 'lte':
      return sql`${value} <= ${p(a)}`
    case 'between':
      return sql`${value} >= ${p(a)} AND ${value} <= ${p(b ?? a)}`
    default: {
      comparison satisfies never
      throw new Error('unknown comparison')
    }
  }
}

/**
 * A measure over the matching events in a window at instant `time` (SQL epoch ms) on the entity row
 * `alias` (computed properties): one grouped pass over the events, joined to the row; the measure's
 * value over no events (0, or NULL for avg/min/max) where the entity has none.
 */
export function measureAt(
  ctx: SqlContext,
  entity: string,
  alias: string,
  eventId: string,
  filters: readonly EventFilter[],
  measure: Measure,
  window: Window,
  time: SqlFragment,
): SqlFragment {
  const body = () => {
    const ev = nextAlias(ctx, 'ev')
    const id = column(ev, ctx.mapping.events().entityId)
    const bounds = computedWindowAt(window, time)
    const conditions = [
      ...eventRows(ctx, entity, ev, eventId, filters, time),
      ...boundsOnTime(ctx, ev, bounds),
      sql`${id} IS NOT NULL`,
    ]
    return sql`SELECT ${id} AS k, 1 AS m, ${aggregate(ctx, measure, ev, eventId, bounds)} AS v ${fromEvents(ctx, ev, eventId, conditions)} GROUP BY ${id}`
  }
  const key = `measure:${JSON.stringify([entity, eventId, filters, measure, window])}`
  const joined = joinedValue(ctx, alias, key, time, body)
  const zero = valueOverNone(measure)
  return sql`(CASE WHEN ${joined.matched} THEN ${joined.value} ELSE ${zero === undefined ? raw('NULL') : raw(String(zero))} END)`
}

/**
 * Calendar periods of `regularly`: the start of the oldest as a bound, and the period of time `t` (0 the
 * current one) as a CASE over the period starts, newest first.
 */
function calendarPeriods(
  ctx: SqlContext,
  period: Duration,
  periods: number,
  t: SqlFragment,
): { from: TimeBound; bucket: SqlFragment } {
  const unit = calendarUnitOf(period) ?? 'day'
  // An instant asOf: the evaluator's own starts as parameters; 'now': the dialect's clock.
  const known = ctx.asOf.kind === 'instant' ? periodStarts(ctx.calendar, ctx.asOf.ms, unit, periods) : undefined
  const starts = known
    ? known.map((ms) => msParam(ms))
    : Array.from({ length: periods }, (_, i) => periodStartSql(ctx, unit, -i))
  const cases = starts.map((s, i) => sql`WHEN ${t} >= ${s} THEN ${raw(String(i))}`)
  return {
    from: { op: '>=', bound: starts[periods - 1]!, ms: known?.[periods - 1] },
    bucket: sql`CASE ${join(cases, ' ')} END`,
  }
}

/** The whole event condition as a two-valued boolean over the entity row `alias`. */
export function eventConditionSql(
  ctx: SqlContext,
  entity: string,
  alias: string,
  ref: EventRef,
  filters: readonly EventFilter[],
  form: EventForm,
): SqlFragment {
  // A set of events is one table's rows of those names; its first event stands for the table and the properties.
  const ids = eventIdsOf(ref, ctx.catalog, entity)
  const eventId = ids[0] ?? ''
  /** The entities with a matching event inside the bounds. */
  const performed = (bounds: readonly TimeBound[]) => {
    const ev = nextAlias(ctx, 'ev')
    return inEvents(ctx, entity, alias, ev, eventId, [
      ...eventRows(ctx, entity, ev, ids, filters, timeAt(ctx, 0), knownTime(ctx, 0)),
      ...boundsOnTime(ctx, ev, bounds),
    ])
  }
  /** `(asOf + lo, asOf + hi]`. */
  const range = (lo: number, hi: number): TimeBound[] => [
    { op: '>', bound: timeAt(ctx, lo), ms: knownTime(ctx, lo) },
    { op: '<=', bound: timeAt(ctx, hi), ms: knownTime(ctx, hi) },
  ]
  switch (form.type) {
    case 'performed':
      return performed(windowAtAsOf(ctx, form.window))
    case 'not_performed':
      return sql`NOT (${performed(windowAtAsOf(ctx, form.window))})`
    case 'measure': {
      const ev = nextAlias(ctx, 'ev')
      const bounds = windowAtAsOf(ctx, form.window)
      const window = [...bounds, { op: '<=' as const, bound: timeAt(ctx, 0), ms: knownTime(ctx, 0) }]
      const rows = [
        ...eventRows(ctx, entity, ev, ids, filters, timeAt(ctx, 0), knownTime(ctx, 0)),
        ...boundsOnTime(ctx, ev, bounds),
      ]
      const holds = definite(
        ctx,
        sql`(${comparisonSql(aggregate(ctx, form.measure, ev, eventId, window), form.comparison, form.value, form.value2)})`,
      )
      const zero = valueOverNone(form.measure)
      if (zero !== undefined && compareNumbers(zero, form.comparison, form.value, form.value2)) {
        // Holds for an entity without events: every entity but those whose events make it fail.
        return sql`NOT (${inEvents(ctx, entity, alias, ev, eventId, rows, sql`NOT ${holds}`)})`
      }
      return inEvents(ctx, entity, alias, ev, eventId, rows, holds)
    }
    case 'first_time':
    case 'last_time': {
      // One group per entity over its matching events up to asOf; the first (last) time in the window.
      const ev = nextAlias(ctx, 'ev')
      const t = timeColumn(ctx, ev, ctx.mapping.events().time)
      const agg = sql`${raw(form.type === 'first_time' ? 'MIN' : 'MAX')}(${t})`
      const having = join(boundsOn(agg, windowAtAsOf(ctx, form.window)), ' AND ')
      const rows = eventRows(ctx, entity, ev, ids, filters, timeAt(ctx, 0), knownTime(ctx, 0))
      return inEvents(ctx, entity, alias, ev, eventId, rows, having)
    }
    case 'stopped': {
      const recent = durationMs(form.recent)
      const baseline = durationMs(form.baseline)
      return sql`(${performed(range(-recent - baseline, -recent))} AND NOT (${performed(range(-recent, 0))}))`
    }
    case 'restarted': {
      const recent = durationMs(form.recent)
      const gap = recent + durationMs(form.inactive)
      const before: TimeBound = { op: '<=', bound: timeAt(ctx, -gap), ms: knownTime(ctx, -gap) }
      return sql`(${performed(range(-recent, 0))} AND NOT (${performed(range(-gap, -recent))}) AND ${performed([before])})`
    }
    case 'regularly': {
      if (form.minPeriods <= 0) return TRUE_SQL
      const p = durationMs(form.period)
      const ev = nextAlias(ctx, 'ev')
      const t = timeColumn(ctx, ev, ctx.mapping.events().time)
      const asOf = timeAt(ctx, 0)
      const calendar = form.calendar ? calendarPeriods(ctx, form.period, form.periods, t) : undefined
      const start = -form.periods * p
      const rows = [
        ...eventRows(ctx, entity, ev, ids, filters, asOf, knownTime(ctx, 0)),
        ...boundsOnTime(ctx, ev, [
          calendar ? calendar.from : { op: '>', bound: timeAt(ctx, start), ms: knownTime(ctx, start) },
        ]),
      ]
      const bucket = calendar ? calendar.bucket : ctx.dialect.floorDiv(sql`(${asOf} - ${t})`, msParam(p))
      const enough = param(form.minPeriods, 'number')
      const perPeriod = form.minPerPeriod ?? 1
      if (perPeriod <= 1)
        return inEvents(ctx, entity, alias, ev, eventId, rows, sql`COUNT(DISTINCT ${bucket}) >= ${enough}`)
      // Periods holding enough events, per entity; then entities with enough such periods.
      const id = column(ev, ctx.mapping.events().entityId)
      const busy = raw(nextAlias(ctx, 'pp'))
      const where = [...rows, sql`${id} IS NOT NULL`]
      const full = sql`SELECT ${id} AS sid ${fromEvents(ctx, ev, eventId, where)} GROUP BY ${id}, ${bucket} HAVING COUNT(*) >= ${param(perPeriod, 'number')}`
      return sql`${entityId(ctx, entity, alias)} IN (SELECT ${busy}.sid FROM (${full}) ${busy} GROUP BY ${busy}.sid HAVING COUNT(*) >= ${enough})`
    }
    case 'nth_time': {
      const ev = nextAlias(ctx, 'ev')
      const id = column(ev, ctx.mapping.events().entityId)
      const rows = [
        ...eventRows(ctx, entity, ev, ids, filters, timeAt(ctx, 0), knownTime(ctx, 0)),
        sql`${id} IS NOT NULL`,
      ]
      const inWindow = (t: SqlFragment) => boundsOn(t, windowAtAsOf(ctx, form.window))
      return nthTimeSql(ctx, entityId(ctx, entity, alias), ev, fromEvents(ctx, ev, eventId, rows), form, inWindow)
    }
    default: {
      form satisfies never
      throw new Error('unknown event form')
    }
  }
}
