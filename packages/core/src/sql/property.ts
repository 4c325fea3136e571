/**
 * Property values and predicates in SQL: the value of a property at a time
 * (column, history, computed aggregate) and the operator semantics of
 * docs/semantics.md, with missing values handled explicitly.
 */
import type { PropertyDef } from '../catalog/schema.ts'
import { asciiLower } from '../evaluate/predicate.ts'
import type { Operator, PropertyType } from '../model/operators.ts'
import type { PredicateValue } from '../model/predicate.ts'
import { type DateValue, type Duration, durationMs } from '../model/time.ts'
import { column, definite, nextAlias, type SqlContext, table, timeAt, timeColumn } from './context.ts'
import type { SqlScalarType } from './dialect.ts'
import { measureSubquery } from './event.ts'

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

/** `time` is SQL for an epoch-ms instant. */
export function propertyValue(ctx: SqlContext, entity: string, alias: string, def: PropertyDef, time: string): string {
  if (def.computed) {
    const c = def.computed
    return measureSubquery(ctx, entity, alias, c.event, c.filters ?? [], c.measure, c.window, time)
  }
  const mapping = ctx.mapping.entities[entity]
  const name = mapping?.columns[def.id]
  if (!mapping || !name) throw new Error(`The mapping has no column for ${entity}.${def.id}`)
  const current = def.type === 'datetime' ? timeColumn(ctx, alias, name) : column(ctx, alias, name)
  if (!def.history) return current
  const h = ctx.mapping.history
  const a = nextAlias(ctx, 'h')
  const b = nextAlias(ctx, 'h')
  const where = (x: string) =>
    `${column(ctx, x, h.columns.entityType!)} = ${ctx.dialect.stringLiteral(entity)} AND ${column(ctx, x, h.columns.entityId!)} = ${column(ctx, alias, mapping.id)} AND ${column(ctx, x, h.columns.property!)} = ${ctx.dialect.stringLiteral(def.id)}`
  const value = ctx.dialect.jsonRoot(column(ctx, b, h.columns.value!), scalarType(def.type))
  const from = timeColumn(ctx, b, h.columns.from!)
  const keys = h.columns.seq ? [from, column(ctx, b, h.columns.seq)] : [from]
  const latest = ctx.dialect.latestBy
    ? // An aggregate: warehouses that only take aggregate correlated scalar subqueries accept it.
      `SELECT ${ctx.dialect.latestBy(value, keys)} FROM ${table(ctx, h.table)} ${b} WHERE ${where(b)} AND ${from} <= ${time}`
    : `SELECT ${value} FROM ${table(ctx, h.table)} ${b} WHERE ${where(b)} AND ${from} <= ${time} ORDER BY ${keys.map((k) => `${k} DESC`).join(', ')} LIMIT 1`
  return `(CASE WHEN EXISTS (SELECT 1 FROM ${table(ctx, h.table)} ${a} WHERE ${where(a)}) THEN (${latest}) ELSE ${current} END)`
}

export interface PredicateSpec {
  operator: Operator
  value?: PredicateValue | undefined
  ignoreCase?: boolean | undefined
}

function dateSql(ctx: SqlContext, value: DateValue): string {
  switch (value.type) {
    case 'absolute':
      return ctx.params.add(Date.parse(value.value), 'bigint')
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
 * The predicate on a value expression `v` (evaluated once per use; callers pass
 * a column or a subquery). Always two-valued: never NULL.
 */
export function predicateSql(ctx: SqlContext, v: string, type: PropertyType, spec: PredicateSpec): string {
  const { dialect, params } = ctx
  const { operator } = spec
  const fold = Boolean(spec.ignoreCase) && (type === 'string' || type === 'enum' || type === 'string[]')
  const fv = fold ? dialect.asciiLower(v) : v
  const sqlType = scalarType(type)
  const text = (s: string) => params.add(fold ? asciiLower(s) : s, 'text')
  const scalar = (x: unknown) =>
    typeof x === 'string' ? text(x) : params.add(x as number, sqlType === 'bigint' ? 'bigint' : 'number')
  // A missing value makes `expr` NULL (never true); COALESCE makes that false once, without
  // repeating `v` (a history lookup or an aggregate subquery) in an `IS NULL` test.
  const pos = (expr: string) => definite(ctx, `(${expr})`)
  const neg = (expr: string) => `NOT ${definite(ctx, `(${expr})`)}`
  const raw = spec.value
  const elements = () => {
    const a = nextAlias(ctx, 'x')
    const { from, value } = dialect.jsonArrayElements(v, a)
    return { from, value: fold ? dialect.asciiLower(value) : value }
  }
  switch (operator) {
    case 'is_set':
      return `(${v} IS NOT NULL)`
    case 'is_not_set':
      return `(${v} IS NULL)`
    case 'is_true':
      return pos(`${v} = ${dialect.booleanLiteral(true)}`)
    case 'is_false':
      return pos(`${v} = ${dialect.booleanLiteral(false)}`)
    case 'eq':
      return pos(`${fv} = ${scalar(raw)}`)
    case 'neq':
      return neg(`${fv} = ${scalar(raw)}`)
    case 'lt':
      return pos(`${v} < ${scalar(raw)}`)
    case 'lte':
      return pos(`${v} <= ${scalar(raw)}`)
    case 'gt':
      return pos(`${v} > ${scalar(raw)}`)
    case 'gte':
      return pos(`${v} >= ${scalar(raw)}`)
    case 'between':
    case 'not_between': {
      let expr: string
      if (type === 'datetime') {
        const [from, to] = raw as [DateValue, DateValue]
        expr = `${v} >= ${dateSql(ctx, from)} AND ${v} < ${dateSql(ctx, to)}`
      } else {
        const [lo, hi] = raw as [number, number]
        expr = `${v} >= ${scalar(lo)} AND ${v} <= ${scalar(hi)}`
      }
      return operator === 'between' ? pos(expr) : neg(expr)
    }
    case 'in':
    case 'not_in': {
      const list = (raw as readonly (string | number)[]).map(scalar).join(', ')
      return operator === 'in' ? pos(`${fv} IN (${list})`) : neg(`${fv} IN (${list})`)
    }
    case 'contains':
      return pos(dialect.contains(fv, text(String(raw))))
    case 'not_contains':
      return neg(dialect.contains(fv, text(String(raw))))
    case 'starts_with':
      return pos(dialect.startsWith(fv, text(String(raw))))
    case 'ends_with':
      return pos(dialect.endsWith(fv, text(String(raw))))
    case 'before':
      return pos(`${v} < ${dateSql(ctx, raw as DateValue)}`)
    case 'after':
      return pos(`${v} > ${dateSql(ctx, raw as DateValue)}`)
    case 'within_last':
    case 'not_within_last': {
      const expr = `${v} > ${timeAt(ctx, -durationMs(raw as Duration))} AND ${v} <= ${timeAt(ctx, 0)}`
      return operator === 'within_last' ? pos(expr) : neg(expr)
    }
    case 'within_next':
      return pos(`${v} > ${timeAt(ctx, 0)} AND ${v} <= ${timeAt(ctx, durationMs(raw as Duration))}`)
    case 'has_any':
    case 'has_none': {
      if (dialect.jsonArrayHas) {
        const expr = dialect.jsonArrayHas(v, (raw as readonly string[]).map(text), false, fold)
        return operator === 'has_any' ? pos(expr) : neg(expr)
      }
      const e = elements()
      const expr = `EXISTS (SELECT 1 FROM ${e.from} WHERE ${e.value} IN (${(raw as readonly string[]).map(text).join(', ')}))`
      return operator === 'has_any' ? pos(expr) : neg(expr)
    }
    case 'has_all': {
      if (dialect.jsonArrayHas) return pos(dialect.jsonArrayHas(v, (raw as readonly string[]).map(text), true, fold))
      const parts = (raw as readonly string[]).map((w) => {
        const e = elements()
        return `EXISTS (SELECT 1 FROM ${e.from} WHERE ${e.value} = ${text(w)})`
      })
      return pos(parts.join(' AND '))
    }
    default: {
      operator satisfies never
      throw new Error('unknown operator')
    }
  }
}
