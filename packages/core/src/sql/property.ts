/**
 * Property values and predicates in SQL: the value of a property at a time
 * (column, history, computed aggregate) and the operator semantics of
 * docs/semantics.md, with missing values handled explicitly.
 */
import type { PropertyDef } from '../catalog/schema.ts'
import { isValueMeasure } from '../catalog/value-measure.ts'
import { asciiLower } from '../evaluate/predicate.ts'
import { caseFoldable, type PropertyType } from '../model/operators.ts'
import type { Predicate, PropertyReference } from '../model/predicate.ts'
import { type DateValue, type Duration, durationMs, offsetMs } from '../model/time.ts'
import { valueMeasureAt } from './computed-values.ts'
import { column, definite, msParam, nextAlias, type SqlContext, timeAt, timeColumn } from './context.ts'
import type { SqlScalarType } from './dialect.ts'
import { measureAt } from './event.ts'
import { join, param, raw, type SqlFragment, sql } from './fragment.ts'
import { joinedValue } from './row-joins.ts'

/** Value lists longer than this travel as one JSON-array parameter (no engine's parameter limit is reachable). */
export const LIST_PARAMETER_THRESHOLD = 100

export function scalarType(propertyType: PropertyType): SqlScalarType {
  switch (propertyType) {
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'datetime':
      return 'bigint'
    case 'string':
    case 'enum':
    case 'string[]':
      return 'text'
    default: {
      propertyType satisfies never
      throw new Error('unknown property type')
    }
  }
}

/**
 * The value of a property of the entity row `alias` at `time` (SQL epoch ms): its column; for a history
 * property, the latest history value at `time` (NULL when none is that old) of an entity with history
 * rows, else the column; for a computed property, its aggregate. History and aggregates are derived
 * tables joined to the row (`row-joins.ts`).
 */
export function propertyValue(
  ctx: SqlContext,
  entity: string,
  alias: string,
  def: PropertyDef,
  time: SqlFragment,
): SqlFragment {
  if (def.computed) {
    const c = def.computed
    const measure = c.measure
    if (!isValueMeasure(measure))
      return measureAt(ctx, entity, alias, c.event, c.filters ?? [], measure, c.window, time)
    // A list is never a value here: its predicates are semi-joins (node.ts, uniqueListSql).
    if (measure.fn === 'unique_list') throw new Error(`a unique list is compared through uniqueListSql: ${def.id}`)
    return valueMeasureAt(ctx, entity, alias, def, { ...c, measure }, time)
  }
  const mapping = ctx.mapping.entity(entity)
  const name = mapping.column(def.id)
  if (name === undefined) throw new Error(`checkMapping lets no property through without a column: ${def.id}`)
  const current = def.type === 'datetime' ? timeColumn(ctx, alias, name) : column(alias, name)
  if (!def.history) return current
  const latest = joinedValue(ctx, alias, `history:${def.id}`, time, () => latestValues(ctx, entity, def, time))
  return sql`(CASE WHEN ${latest.matched} THEN ${latest.value} ELSE ${current} END)`
}

/**
 * `SELECT k, 1 AS m, v …`: one row per entity with history rows of the property, `v` the value of the
 * latest row at or before `time` (the greatest `from`, then the greatest `seq`, a NULL `seq` lowest), NULL
 * when none is. The dialect's `latestValues` (one aggregate pass), else one window pass.
 */
function latestValues(ctx: SqlContext, entity: string, def: PropertyDef, time: SqlFragment): SqlFragment {
  const h = ctx.mapping.history()
  const b = nextAlias(ctx, 'h')
  const where = [
    sql`${column(b, h.property)} = ${raw(ctx.dialect.stringLiteral(def.id))}`,
    sql`${column(b, h.entityId)} IS NOT NULL`,
  ]
  if (h.entityType) where.unshift(sql`${column(b, h.entityType)} = ${raw(ctx.dialect.stringLiteral(entity))}`)
  const from = timeColumn(ctx, b, h.from)
  const seq = h.seq ? column(b, h.seq) : undefined
  const lookup = {
    id: column(b, h.entityId),
    value: column(b, h.value),
    type: scalarType(def.type),
    from,
    seq,
    upTo: sql`${from} <= ${time}`,
    source: sql`FROM ${h.table} ${raw(b)} WHERE ${join(where, ' AND ')}`,
  }
  if (ctx.dialect.latestValues) return ctx.dialect.latestValues(lookup)
  const order = [sql`CASE WHEN ${lookup.upTo} THEN 0 ELSE 1 END`, sql`${from} DESC`]
  if (seq) order.push(sql`CASE WHEN ${seq} IS NULL THEN 1 ELSE 0 END`, sql`${seq} DESC`)
  const v = ctx.dialect.jsonRoot(lookup.value, lookup.type)
  return sql`SELECT k, m, v FROM (SELECT ${lookup.id} AS k, 1 AS m, CASE WHEN ${lookup.upTo} THEN ${v} END AS v, ROW_NUMBER() OVER (PARTITION BY ${lookup.id} ORDER BY ${join(order, ', ')}) AS n ${lookup.source}) ${raw(`${b}w`)} WHERE n = 1`
}

function dateSql(ctx: SqlContext, value: DateValue): SqlFragment {
  switch (value.type) {
    case 'absolute':
      return msParam(Date.parse(value.value))
    case 'ago':
      return timeAt(ctx, -durationMs(value.duration))
    case 'from_now':
      return timeAt(ctx, durationMs(value.duration))
    default: {
      value satisfies never
      throw new Error('unknown date value')
    }
  }
}

/**
 * The predicate on a value expression `v` (repeated where it is used twice; callers pass a column or a
 * subquery). Always two-valued: never NULL.
 */
export function predicateSql(ctx: SqlContext, v: SqlFragment, type: PropertyType, spec: Predicate): SqlFragment {
  const { dialect } = ctx
  const { operator } = spec
  const fold = Boolean(spec.ignoreCase) && caseFoldable(type, operator)
  const fv = fold ? dialect.asciiLower(v) : v
  const sqlType = scalarType(type)
  const text = (s: string) => sql`${param(fold ? asciiLower(s) : s, 'text')}`
  const scalar = (x: unknown): SqlFragment =>
    typeof x === 'string' ? text(x) : sql`${param(x as number, sqlType === 'bigint' ? 'bigint' : 'number')}`
  // A missing value makes `expr` NULL (never true); COALESCE makes that false once, without
  // repeating `v` (a history lookup or an aggregate subquery) in an `IS NULL` test.
  const pos = (expr: SqlFragment) => definite(ctx, sql`(${expr})`)
  const neg = (expr: SqlFragment) => sql`NOT ${definite(ctx, sql`(${expr})`)}`
  const raw_ = spec.value
  const elements = () => {
    const a = nextAlias(ctx, 'x')
    const { from, value } = dialect.jsonArrayElements(v, a)
    return { from, value: fold ? dialect.asciiLower(value) : value }
  }
  /** `x IN (…)`: a list of parameters, or one JSON-array parameter for a long list. */
  const inList = (x: SqlFragment, values: readonly (string | number)[]): SqlFragment => {
    if (values.length > LIST_PARAMETER_THRESHOLD) {
      const isText = values.every((w) => typeof w === 'string')
      const json = JSON.stringify(values.map((w) => (typeof w === 'string' && fold ? asciiLower(w) : w)))
      return sql`${x} IN (${dialect.jsonListValues(param(json, 'text'), isText ? 'text' : 'number')})`
    }
    return sql`${x} IN (${join(values.map(scalar), ', ')})`
  }
  switch (operator) {
    case 'is_set':
      return sql`(${v} IS NOT NULL)`
    case 'is_not_set':
      return sql`(${v} IS NULL)`
    case 'is_true':
      return pos(sql`${v} = ${raw(dialect.booleanLiteral(true))}`)
    case 'is_false':
      return pos(sql`${v} = ${raw(dialect.booleanLiteral(false))}`)
    case 'eq':
      return pos(sql`${fv} = ${scalar(raw_)}`)
    case 'neq':
      return neg(sql`${fv} = ${scalar(raw_)}`)
    case 'lt':
      return pos(sql`${v} < ${scalar(raw_)}`)
    case 'lte':
      return pos(sql`${v} <= ${scalar(raw_)}`)
    case 'gt':
      return pos(sql`${v} > ${scalar(raw_)}`)
    case 'gte':
      return pos(sql`${v} >= ${scalar(raw_)}`)
    case 'between':
    case 'not_between': {
      let expr: SqlFragment
      if (type === 'datetime') {
        const [from, to] = raw_ as [DateValue, DateValue]
        expr = sql`${v} >= ${dateSql(ctx, from)} AND ${v} < ${dateSql(ctx, to)}`
      } else {
        const [lo, hi] = raw_ as [number, number]
        expr = sql`${v} >= ${scalar(lo)} AND ${v} <= ${scalar(hi)}`
      }
      return operator === 'between' ? pos(expr) : neg(expr)
    }
    case 'in':
    case 'not_in': {
      const expr = inList(fv, raw_ as readonly (string | number)[])
      return operator === 'in' ? pos(expr) : neg(expr)
    }
    case 'contains':
      return pos(dialect.contains(fv, text(String(raw_))))
    case 'not_contains':
      return neg(dialect.contains(fv, text(String(raw_))))
    case 'starts_with':
      return pos(dialect.startsWith(fv, text(String(raw_))))
    case 'ends_with':
      return pos(dialect.endsWith(fv, text(String(raw_))))
    case 'before':
      return pos(sql`${v} < ${dateSql(ctx, raw_ as DateValue)}`)
    case 'after':
      return pos(sql`${v} > ${dateSql(ctx, raw_ as DateValue)}`)
    case 'within_last':
    case 'not_within_last': {
      const expr = sql`${v} > ${timeAt(ctx, -durationMs(raw_ as Duration))} AND ${v} <= ${timeAt(ctx, 0)}`
      return operator === 'within_last' ? pos(expr) : neg(expr)
    }
    case 'within_next':
      return pos(sql`${v} > ${timeAt(ctx, 0)} AND ${v} <= ${timeAt(ctx, durationMs(raw_ as Duration))}`)
    case 'has_any':
    case 'has_none': {
      const words = raw_ as readonly string[]
      if (dialect.jsonArrayHas && words.length <= LIST_PARAMETER_THRESHOLD) {
        const expr = dialect.jsonArrayHas(v, words.map(text), false, fold)
        return operator === 'has_any' ? pos(expr) : neg(expr)
      }
      const e = elements()
      const expr = sql`EXISTS (SELECT 1 FROM ${e.from} WHERE ${inList(e.value, words)})`
      return operator === 'has_any' ? pos(expr) : neg(expr)
    }
    case 'has_all': {
      const words = raw_ as readonly string[]
      if (dialect.jsonArrayHas) return pos(dialect.jsonArrayHas(v, words.map(text), true, fold))
      const parts = words.map((w) => {
        const e = elements()
        return sql`EXISTS (SELECT 1 FROM ${e.from} WHERE ${e.value} = ${text(w)})`
      })
      return pos(join(parts, ' AND '))
    }
    default: {
      operator satisfies never
      throw new Error('unknown operator')
    }
  }
}

/**
 * A property `left` compared with another property `right` of the same row (docs/semantics.md,
 * "Comparing two properties"): false when either is missing (NULL), `neq` its negation. Datetimes are
 * epoch ms in every dialect, so an offset is one BIGINT parameter added to `right`. Always two-valued.
 */
export function pairSql(
  ctx: SqlContext,
  left: SqlFragment,
  right: SqlFragment,
  type: PropertyType,
  spec: Predicate,
  ref: PropertyReference,
): SqlFragment {
  const fold = Boolean(spec.ignoreCase) && caseFoldable(type, spec.operator)
  const a = fold ? ctx.dialect.asciiLower(left) : left
  const shift = type === 'datetime' ? offsetMs(ref.offset) : 0
  const b0 = fold ? ctx.dialect.asciiLower(right) : right
  const b = shift === 0 ? b0 : sql`(${b0} + ${param(shift, 'bigint')})`
  const pos = (op: string) => definite(ctx, sql`(${a} ${raw(op)} ${b})`)
  switch (spec.operator) {
    case 'eq':
      return pos('=')
    case 'neq':
      return sql`NOT ${pos('=')}`
    case 'lt':
    case 'before':
      return pos('<')
    case 'lte':
      return pos('<=')
    case 'gt':
    case 'after':
      return pos('>')
    case 'gte':
      return pos('>=')
    default:
      throw new Error(`validation lets no '${spec.operator}' through with a property reference`)
  }
}
