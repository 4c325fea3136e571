/**
 * Computed properties that take values (catalog `ValueMeasure`) in SQL, on every dialect with window
 * functions and grouped counts only: `first` / `last` is the row numbered 1 by time (ascending /
 * descending), then by value; `most_frequent` counts per (entity, value) and numbers the groups by
 * count descending, then value. Ties go to the smallest value, text compared byte by byte (the
 * dialect's `binaryText`: UTF-8 is code point order, the evaluator's rule). A `unique_list` is never
 * built as an array: its `string[]` operators become semi-joins on the events (`has_any`: some event
 * with one of the values; `has_all`: as many distinct values among them as asked; `is_set`: some
 * event with a value), so no dialect needs array aggregation.
 */
import type { ComputedProperty, PropertyDef } from '../catalog/schema.ts'
import type { ValueMeasure } from '../catalog/value-measure.ts'
import { asciiLower } from '../evaluate/predicate.ts'
import type { Predicate } from '../model/predicate.ts'
import { column, nextAlias, type SqlContext } from './context.ts'
import { boundsOnTime, computedWindowAt, entityId, eventProperty, eventRows, fromEvents } from './event.ts'
import { raw, type SqlFragment, sql } from './fragment.ts'
import { predicateSql, scalarType } from './property.ts'
import { joinedValue } from './row-joins.ts'

/** The matching events of a computed property at `time` with a value: their entity id and value. */
function valuedEvents(
  ctx: SqlContext,
  entity: string,
  c: ComputedProperty,
  property: string,
  time: SqlFragment,
): { ev: string; id: SqlFragment; value: SqlFragment; conditions: SqlFragment[] } {
  const ev = nextAlias(ctx, 'ev')
  const id = column(ev, ctx.mapping.events().entityId)
  const type = ctx.catalog.eventProperty(c.event, property)?.type ?? 'string'
  const value = eventProperty(ctx, ev, c.event, property, scalarType(type))
  const bounds = computedWindowAt(c.window, time)
  const conditions = [
    ...eventRows(ctx, entity, ev, c.event, c.filters ?? [], time),
    ...boundsOnTime(ctx, ev, bounds),
    sql`${id} IS NOT NULL`,
    sql`${value} IS NOT NULL`,
  ]
  return { ev, id, value, conditions }
}

/** The value of a `first`, `last` or `most_frequent` computed property on the entity row `alias` at `time`. */
export function valueMeasureAt(
  ctx: SqlContext,
  entity: string,
  alias: string,
  def: PropertyDef,
  c: ComputedProperty & { measure: ValueMeasure },
  time: SqlFragment,
): SqlFragment {
  const measure = c.measure
  const text = scalarType(def.type) === 'text'
  const bytes = (v: SqlFragment) => (text && ctx.dialect.binaryText ? ctx.dialect.binaryText(v) : v)
  const body = () => {
    const { ev, id, value, conditions } = valuedEvents(ctx, entity, c, measure.property, time)
    const from = fromEvents(ctx, ev, c.event, conditions)
    if (measure.fn === 'most_frequent') {
      // Grouped by the bytes of the value: a collation that folds case or pads must not merge values.
      const grouped = sql`SELECT ${id} AS k, MIN(${value}) AS v, COUNT(*) AS n ${from} GROUP BY ${id}, ${bytes(value)}`
      const ranked = sql`SELECT k, v, ROW_NUMBER() OVER (PARTITION BY k ORDER BY n DESC, ${bytes(raw('v'))}) AS rn FROM (${grouped}) g`
      return sql`SELECT k, 1 AS m, v FROM (${ranked}) r WHERE rn = 1`
    }
    const time0 = column(ev, ctx.mapping.events().time)
    const order = measure.fn === 'first' ? 'ASC' : 'DESC'
    const ranked = sql`SELECT ${id} AS k, ${value} AS v, ROW_NUMBER() OVER (PARTITION BY ${id} ORDER BY ${time0} ${raw(order)}, ${bytes(value)}) AS rn ${from}`
    return sql`SELECT k, 1 AS m, v FROM (${ranked}) r WHERE rn = 1`
  }
  const key = `values:${JSON.stringify([entity, c.event, c.filters ?? [], measure, c.window])}`
  const joined = joinedValue(ctx, alias, key, time, body)
  return sql`(CASE WHEN ${joined.matched} THEN ${joined.value} ELSE NULL END)`
}

/** A `string[]` predicate on a `unique_list` computed property of the entity row `alias` at `time`. */
export function uniqueListSql(
  ctx: SqlContext,
  entity: string,
  alias: string,
  c: ComputedProperty & { measure: ValueMeasure },
  pred: Predicate,
  time: SqlFragment,
): SqlFragment {
  const me = entityId(ctx, entity, alias)
  const fold = Boolean(pred.ignoreCase)
  const some = (values?: readonly string[], all = false): SqlFragment => {
    const { ev, id, value, conditions } = valuedEvents(ctx, entity, c, c.measure.property, time)
    const compared = fold ? ctx.dialect.asciiLower(value) : value
    // `in` folds both sides itself with ignoreCase; the distinct count of `has_all` counts folded values.
    if (values)
      conditions.push(
        predicateSql(ctx, value, 'string', { property: '', operator: 'in', value: [...values], ignoreCase: fold }),
      )
    const having =
      all && values ? sql` GROUP BY ${id} HAVING COUNT(DISTINCT ${compared}) = ${raw(String(values.length))}` : raw('')
    return sql`${me} IN (SELECT ${id} ${fromEvents(ctx, ev, c.event, conditions)}${having})`
  }
  const list = () => {
    const given = Array.isArray(pred.value) ? pred.value.filter((v): v is string => typeof v === 'string') : []
    return [...new Set(fold ? given.map(asciiLower) : given)]
  }
  switch (pred.operator) {
    case 'is_set':
      return some()
    case 'is_not_set':
      return sql`NOT (${some()})`
    case 'has_any':
      return some(list())
    case 'has_all':
      return some(list(), true)
    case 'has_none':
      return sql`NOT (${some(list())})`
    default:
      throw new Error(`validation lets no '${pred.operator}' through on a list`)
  }
}
