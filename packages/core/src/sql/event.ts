/**
 * Event conditions in SQL: correlated subqueries over the events table —
 * EXISTS for performed / not performed, aggregates for measures, MIN/MAX for
 * first and last time, and period counting for "regularly".
 */
import type { EventForm, Measure } from '../model/conditions.ts'
import type { Comparison } from '../model/operators.ts'
import type { EventFilter } from '../model/predicate.ts'
import { durationMs, type Window } from '../model/time.ts'
import { column, definite, nextAlias, type SqlContext, table, timeAt, timeColumn } from './context.ts'
import { predicateSql, scalarType } from './property.ts'

const DAY_MS = 86_400_000

/** `FROM events ev WHERE …`: the entity's events of one id that pass the filters, up to `upTo`. */
export function eventSource(
  ctx: SqlContext,
  entity: string,
  alias: string,
  ev: string,
  eventId: string,
  filters: readonly EventFilter[],
  upTo: string,
): string {
  const e = ctx.mapping.events
  const idColumn = ctx.mapping.entities[entity]?.id ?? 'id'
  const conditions = [
    `${column(ctx, ev, e.columns.entityType!)} = ${ctx.dialect.stringLiteral(entity)}`,
    `${column(ctx, ev, e.columns.entityId!)} = ${column(ctx, alias, idColumn)}`,
    `${column(ctx, ev, e.columns.event!)} = ${ctx.params.add(eventId, 'text')}`,
    `${timeColumn(ctx, ev, e.columns.time!)} <= ${upTo}`,
    ...filters.map((f) => {
      const def = ctx.catalog.eventProperty(eventId, f.property)
      const type = def?.type ?? 'string'
      const value = ctx.dialect.jsonScalar(column(ctx, ev, e.columns.properties!), f.property, scalarType(type))
      return predicateSql(ctx, value, type, f)
    }),
  ]
  return `FROM ${table(ctx, e.table)} ${ev} WHERE ${conditions.join(' AND ')}`
}

/** SQL bounds of a window evaluated at `asOf` (SQL epoch ms) on a time expression. */
export function windowSql(
  ctx: SqlContext,
  window: Window,
  t: string,
  asOf: string,
  offset: (ms: number) => string,
): string {
  switch (window.type) {
    case 'ever':
      return `${t} <= ${asOf}`
    case 'last':
      return `${t} > ${offset(-durationMs(window.duration))} AND ${t} <= ${asOf}`
    case 'before':
      return `${t} <= ${offset(-durationMs(window.duration))}`
    case 'relative_range':
      return `${t} > ${offset(-durationMs(window.start))} AND ${t} <= ${offset(-durationMs(window.end))}`
    case 'between':
      return `${t} >= ${ctx.params.add(Date.parse(window.from), 'bigint')} AND ${t} < ${ctx.params.add(Date.parse(window.to), 'bigint')} AND ${t} <= ${asOf}`
    default: {
      window satisfies never
      throw new Error('unknown window')
    }
  }
}

/** Offsets from the evaluation instant, or from another instant expression (computed properties at `at`). */
function offsets(ctx: SqlContext, time: string | undefined): { at: string; offset: (ms: number) => string } {
  if (time === undefined) return { at: timeAt(ctx, 0), offset: (ms) => timeAt(ctx, ms) }
  return { at: time, offset: (ms) => `(${time} + ${ctx.params.add(ms, 'bigint')})` }
}

function aggregate(ctx: SqlContext, measure: Measure, ev: string): string {
  const props = column(ctx, ev, ctx.mapping.events.columns.properties!)
  const time = timeColumn(ctx, ev, ctx.mapping.events.columns.time!)
  switch (measure.fn) {
    case 'count':
      return 'COUNT(*)'
    case 'active_days':
      return `COUNT(DISTINCT ${ctx.dialect.intDiv(time, String(DAY_MS))})`
    case 'distinct':
      if (ctx.dialect.jsonDistinctValue)
        return `COUNT(DISTINCT ${ctx.dialect.jsonDistinctValue(props, measure.property)})`
      // Type and text together: "1" and 1 are different values.
      return `COUNT(DISTINCT ${ctx.dialect.concat([ctx.dialect.jsonTypeOf(props, measure.property), "':'", ctx.dialect.jsonScalar(props, measure.property, 'text')])})`
    case 'sum':
      return `COALESCE(SUM(${ctx.dialect.jsonScalar(props, measure.property, 'number')}), 0)`
    case 'avg':
      return `AVG(${ctx.dialect.jsonScalar(props, measure.property, 'number')})`
    case 'min':
      return `MIN(${ctx.dialect.jsonScalar(props, measure.property, 'number')})`
    case 'max':
      return `MAX(${ctx.dialect.jsonScalar(props, measure.property, 'number')})`
    default: {
      measure satisfies never
      throw new Error('unknown measure')
    }
  }
}

/** A measure over the matching events in a window, as a scalar subquery (NULL for avg/min/max over none). */
export function measureSubquery(
  ctx: SqlContext,
  entity: string,
  alias: string,
  eventId: string,
  filters: readonly EventFilter[],
  measure: Measure,
  window: Window,
  time?: string,
): string {
  const ev = nextAlias(ctx, 'ev')
  const { at, offset } = offsets(ctx, time)
  const t = timeColumn(ctx, ev, ctx.mapping.events.columns.time!)
  return `(SELECT ${aggregate(ctx, measure, ev)} ${eventSource(ctx, entity, alias, ev, eventId, filters, at)} AND ${windowSql(ctx, window, t, at, offset)})`
}

export function comparisonSql(
  ctx: SqlContext,
  value: string,
  comparison: Comparison,
  a: number,
  b: number | undefined,
): string {
  const p = (n: number) => ctx.params.add(n, 'number')
  switch (comparison) {
    case 'eq':
      return `${value} = ${p(a)}`
    case 'neq':
      return `${value} <> ${p(a)}`
    case 'gt':
      return `${value} > ${p(a)}`
    case 'gte':
      return `${value} >= ${p(a)}`
    case 'lt':
      return `${value} < ${p(a)}`
    case 'lte':
      return `${value} <= ${p(a)}`
    case 'between':
      return `${value} >= ${p(a)} AND ${value} <= ${p(b ?? a)}`
    default: {
      comparison satisfies never
      throw new Error('unknown comparison')
    }
  }
}

/** The whole event condition as a two-valued boolean. */
export function eventConditionSql(
  ctx: SqlContext,
  entity: string,
  alias: string,
  eventId: string,
  filters: readonly EventFilter[],
  form: EventForm,
): string {
  const exists = (window: (t: string) => string) => {
    const ev = nextAlias(ctx, 'ev')
    const t = timeColumn(ctx, ev, ctx.mapping.events.columns.time!)
    return `EXISTS (SELECT 1 ${eventSource(ctx, entity, alias, ev, eventId, filters, timeAt(ctx, 0))} AND ${window(t)})`
  }
  const inWindow = (w: Window) => (t: string) => windowSql(ctx, w, t, timeAt(ctx, 0), (ms) => timeAt(ctx, ms))
  /** `(asOf + lo, asOf + hi]` as offsets. */
  const range = (lo: number, hi: number) => (t: string) => `${t} > ${timeAt(ctx, lo)} AND ${t} <= ${timeAt(ctx, hi)}`
  switch (form.type) {
    case 'performed':
      return exists(inWindow(form.window))
    case 'not_performed':
      return `NOT ${exists(inWindow(form.window))}`
    case 'measure': {
      const m = measureSubquery(ctx, entity, alias, eventId, filters, form.measure, form.window)
      return definite(ctx, `(${comparisonSql(ctx, m, form.comparison, form.value, form.value2)})`)
    }
    case 'first_time':
    case 'last_time': {
      // One group over the entity's matching events; no events, no group, so EXISTS is false.
      const ev = nextAlias(ctx, 'ev')
      const t = timeColumn(ctx, ev, ctx.mapping.events.columns.time!)
      const agg = `${form.type === 'first_time' ? 'MIN' : 'MAX'}(${t})`
      return `EXISTS (SELECT ${agg} ${eventSource(ctx, entity, alias, ev, eventId, filters, timeAt(ctx, 0))} HAVING ${inWindow(form.window)(agg)})`
    }
    case 'stopped': {
      const recent = durationMs(form.recent)
      const baseline = durationMs(form.baseline)
      return `(${exists(range(-recent - baseline, -recent))} AND NOT ${exists(range(-recent, 0))})`
    }
    case 'restarted': {
      const recent = durationMs(form.recent)
      const gap = recent + durationMs(form.inactive)
      return `(${exists(range(-recent, 0))} AND NOT ${exists(range(-gap, -recent))} AND ${exists((t) => `${t} <= ${timeAt(ctx, -gap)}`)})`
    }
    case 'regularly': {
      const p = durationMs(form.period)
      const ev = nextAlias(ctx, 'ev')
      const t = timeColumn(ctx, ev, ctx.mapping.events.columns.time!)
      const asOf = timeAt(ctx, 0)
      const periods = `(SELECT COUNT(DISTINCT ${ctx.dialect.intDiv(`(${asOf} - ${t})`, ctx.params.add(p, 'bigint'))}) ${eventSource(ctx, entity, alias, ev, eventId, filters, asOf)} AND ${t} > ${timeAt(ctx, -form.periods * p)})`
      return definite(ctx, `(${periods} >= ${ctx.params.add(form.minPeriods, 'number')})`)
    }
    default: {
      form satisfies never
      throw new Error('unknown event form')
    }
  }
}
