/**
 * Event conditions in SQL, set-based: each condition is a semi-join (`id IN
 * (SELECT entity_id FROM events … [GROUP BY entity_id HAVING …])`) or the anti-join
 * of its complement, never a subquery per entity. A measure whose comparison
 * holds at zero (`count < 3`) is the anti-join of the entities where it fails;
 * otherwise the semi-join of those where it holds.
 */
import type { EventForm, Measure } from '../model/conditions.ts'
import type { Comparison } from '../model/operators.ts'
import type { EventFilter } from '../model/predicate.ts'
import { durationMs, type Window } from '../model/time.ts'
import {
  column,
  definite,
  msParam,
  nextAlias,
  type SqlContext,
  TRUE_SQL,
  timeAt,
  timeColumn,
  timeCompare,
} from './context.ts'
import { join, param, raw, type SqlFragment, sql } from './fragment.ts'
import { predicateSql, scalarType } from './property.ts'

const DAY_MS = 86_400_000

/** One bound of a time range: `time op bound`. */
export interface TimeBound {
  op: '<' | '<=' | '>' | '>='
  bound: SqlFragment
}

/** The bounds of a window evaluated at `at` (SQL epoch ms), `offset(ms)` being `at + ms`. */
export function windowBounds(window: Window, at: SqlFragment, offset: (ms: number) => SqlFragment): TimeBound[] {
  switch (window.type) {
    case 'ever':
      return [{ op: '<=', bound: at }]
    case 'last':
      return [
        { op: '>', bound: offset(-durationMs(window.duration)) },
        { op: '<=', bound: at },
      ]
    case 'before':
      return [{ op: '<=', bound: offset(-durationMs(window.duration)) }]
    case 'relative_range':
      return [
        { op: '>', bound: offset(-durationMs(window.start)) },
        { op: '<=', bound: offset(-durationMs(window.end)) },
      ]
    case 'between':
      return [
        { op: '>=', bound: msParam(Date.parse(window.from)) },
        { op: '<', bound: msParam(Date.parse(window.to)) },
        { op: '<=', bound: at },
      ]
    default: {
      window satisfies never
      throw new Error('unknown window')
    }
  }
}

/** Bounds on an expression (an aggregate such as MIN(t)). */
export function boundsOn(expr: SqlFragment, bounds: readonly TimeBound[]): SqlFragment[] {
  return bounds.map((b) => sql`${expr} ${raw(b.op)} ${b.bound}`)
}

/** Bounds on the events table's time column of alias `ev` (left bare for timestamp columns). */
export function boundsOnTime(ctx: SqlContext, ev: string, bounds: readonly TimeBound[]): SqlFragment[] {
  const time = ctx.mapping.events().time
  return bounds.map((b) => timeCompare(ctx, ev, time, b.op, b.bound))
}

/** The window at the evaluation instant. */
export function windowAtAsOf(ctx: SqlContext, window: Window): TimeBound[] {
  return windowBounds(window, timeAt(ctx, 0), (ms) => timeAt(ctx, ms))
}

/**
 * WHERE conditions over alias `ev` selecting the entity type's events of one id that pass the
 * filters, at or before `upTo`.
 */
export function eventRows(
  ctx: SqlContext,
  entity: string,
  ev: string,
  eventId: string,
  filters: readonly EventFilter[],
  upTo: SqlFragment,
): SqlFragment[] {
  const e = ctx.mapping.events()
  const conditions: SqlFragment[] = []
  if (e.entityType) conditions.push(sql`${column(ev, e.entityType)} = ${raw(ctx.dialect.stringLiteral(entity))}`)
  conditions.push(
    sql`${column(ev, e.event)} = ${param(e.storedName(eventId), 'text')}`,
    timeCompare(ctx, ev, e.time, '<=', upTo),
  )
  for (const f of filters) {
    const type = ctx.catalog.eventProperty(eventId, f.property)?.type ?? 'string'
    const props = e.properties
    if (props === undefined) throw new Error('checkMapping lets no filter through without a properties column')
    const value = ctx.dialect.jsonScalar(column(ev, props), f.property, scalarType(type))
    conditions.push(predicateSql(ctx, value, type, f))
  }
  return conditions
}

/** `FROM events ev WHERE …` of the given conditions. */
export function fromEvents(ctx: SqlContext, ev: string, conditions: readonly SqlFragment[]): SqlFragment {
  return sql`FROM ${ctx.mapping.events().table} ${raw(ev)} WHERE ${join(conditions, ' AND ')}`
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
  conditions: readonly SqlFragment[],
  having?: SqlFragment,
): SqlFragment {
  const id = column(ev, ctx.mapping.events().entityId)
  const where = [...conditions, sql`${id} IS NOT NULL`]
  const group = having ? sql` GROUP BY ${id} HAVING ${having}` : raw('')
  return sql`${entityId(ctx, entity, alias)} IN (SELECT ${id} ${fromEvents(ctx, ev, where)}${group})`
}

/** The aggregate of a measure over the events of alias `ev`. */
function aggregate(ctx: SqlContext, measure: Measure, ev: string): SqlFragment {
  const e = ctx.mapping.events()
  const props = () => {
    if (e.properties === undefined) throw new Error('checkMapping lets no measure of a property through without one')
    return column(ev, e.properties)
  }
  const time = timeColumn(ctx, ev, e.time)
  const d = ctx.dialect
  switch (measure.fn) {
    case 'count':
      return raw('COUNT(*)')
    case 'active_days':
      return sql`COUNT(DISTINCT ${d.floorDiv(time, raw(String(DAY_MS)))})`
    case 'distinct':
      if (d.jsonDistinctValue) return sql`COUNT(DISTINCT ${d.jsonDistinctValue(props(), measure.property)})`
      // Type and text together: "1" and 1 are different values.
      return sql`COUNT(DISTINCT ${d.concat([d.jsonTypeOf(props(), measure.property), raw("':'"), d.jsonScalar(props(), measure.property, 'text')])})`
    case 'sum':
      return sql`COALESCE(SUM(${d.jsonScalar(props(), measure.property, 'number')}), 0)`
    case 'avg':
      return sql`AVG(${d.jsonScalar(props(), measure.property, 'number')})`
    case 'min':
      return sql`MIN(${d.jsonScalar(props(), measure.property, 'number')})`
    case 'max':
      return sql`MAX(${d.jsonScalar(props(), measure.property, 'number')})`
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
 * A measure over the matching events in a window at instant `time` (SQL epoch ms), as a scalar
 * subquery correlated on the entity (NULL for avg/min/max over none): computed properties.
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
  const ev = nextAlias(ctx, 'ev')
  const bounds = windowBounds(window, time, (ms) => sql`(${time} + ${msParam(ms)})`)
  const conditions = [
    sql`${column(ev, ctx.mapping.events().entityId)} = ${entityId(ctx, entity, alias)}`,
    ...eventRows(ctx, entity, ev, eventId, filters, time),
    ...boundsOnTime(ctx, ev, bounds),
  ]
  return sql`(SELECT ${aggregate(ctx, measure, ev)} ${fromEvents(ctx, ev, conditions)})`
}

/** The whole event condition as a two-valued boolean over the entity row `alias`. */
export function eventConditionSql(
  ctx: SqlContext,
  entity: string,
  alias: string,
  eventId: string,
  filters: readonly EventFilter[],
  form: EventForm,
): SqlFragment {
  /** The entities with a matching event inside the bounds. */
  const performed = (bounds: readonly TimeBound[]) => {
    const ev = nextAlias(ctx, 'ev')
    return inEvents(ctx, entity, alias, ev, [
      ...eventRows(ctx, entity, ev, eventId, filters, timeAt(ctx, 0)),
      ...boundsOnTime(ctx, ev, bounds),
    ])
  }
  /** `(asOf + lo, asOf + hi]`. */
  const range = (lo: number, hi: number): TimeBound[] => [
    { op: '>', bound: timeAt(ctx, lo) },
    { op: '<=', bound: timeAt(ctx, hi) },
  ]
  switch (form.type) {
    case 'performed':
      return performed(windowAtAsOf(ctx, form.window))
    case 'not_performed':
      return sql`NOT (${performed(windowAtAsOf(ctx, form.window))})`
    case 'measure': {
      const ev = nextAlias(ctx, 'ev')
      const rows = [
        ...eventRows(ctx, entity, ev, eventId, filters, timeAt(ctx, 0)),
        ...boundsOnTime(ctx, ev, windowAtAsOf(ctx, form.window)),
      ]
      const holds = definite(
        ctx,
        sql`(${comparisonSql(aggregate(ctx, form.measure, ev), form.comparison, form.value, form.value2)})`,
      )
      const zero = valueOverNone(form.measure)
      if (zero !== undefined && compareNumbers(zero, form.comparison, form.value, form.value2)) {
        // Holds for an entity without events: every entity but those whose events make it fail.
        return sql`NOT (${inEvents(ctx, entity, alias, ev, rows, sql`NOT ${holds}`)})`
      }
      return inEvents(ctx, entity, alias, ev, rows, holds)
    }
    case 'first_time':
    case 'last_time': {
      // One group per entity over its matching events up to asOf; the first (last) time in the window.
      const ev = nextAlias(ctx, 'ev')
      const t = timeColumn(ctx, ev, ctx.mapping.events().time)
      const agg = sql`${raw(form.type === 'first_time' ? 'MIN' : 'MAX')}(${t})`
      const having = join(boundsOn(agg, windowAtAsOf(ctx, form.window)), ' AND ')
      return inEvents(ctx, entity, alias, ev, eventRows(ctx, entity, ev, eventId, filters, timeAt(ctx, 0)), having)
    }
    case 'stopped': {
      const recent = durationMs(form.recent)
      const baseline = durationMs(form.baseline)
      return sql`(${performed(range(-recent - baseline, -recent))} AND NOT (${performed(range(-recent, 0))}))`
    }
    case 'restarted': {
      const recent = durationMs(form.recent)
      const gap = recent + durationMs(form.inactive)
      return sql`(${performed(range(-recent, 0))} AND NOT (${performed(range(-gap, -recent))}) AND ${performed([{ op: '<=', bound: timeAt(ctx, -gap) }])})`
    }
    case 'regularly': {
      if (form.minPeriods <= 0) return TRUE_SQL
      const p = durationMs(form.period)
      const ev = nextAlias(ctx, 'ev')
      const t = timeColumn(ctx, ev, ctx.mapping.events().time)
      const asOf = timeAt(ctx, 0)
      const rows = [
        ...eventRows(ctx, entity, ev, eventId, filters, asOf),
        ...boundsOnTime(ctx, ev, [{ op: '>', bound: timeAt(ctx, -form.periods * p) }]),
      ]
      const periods = sql`COUNT(DISTINCT ${ctx.dialect.floorDiv(sql`(${asOf} - ${t})`, msParam(p))})`
      return inEvents(ctx, entity, alias, ev, rows, sql`${periods} >= ${param(form.minPeriods, 'number')}`)
    }
    default: {
      form satisfies never
      throw new Error('unknown event form')
    }
  }
}
