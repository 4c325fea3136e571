/** The state of one compilation: dialect, catalog, mapping, parameters, asOf, alias counter. */
import type { CatalogIndex } from '../catalog/index-catalog.ts'
import type { Dialect } from './dialect.ts'
import type { SqlMapping } from './mapping.ts'
import type { ParamCollector } from './params.ts'

export type AsOf = { kind: 'instant'; ms: number } | { kind: 'now' }

export interface SqlContext {
  dialect: Dialect
  catalog: CatalogIndex
  mapping: SqlMapping
  params: ParamCollector
  asOf: AsOf
  aliases: { n: number }
}

export function nextAlias(ctx: SqlContext, prefix: string): string {
  ctx.aliases.n += 1
  return `${prefix}${ctx.aliases.n}`
}

/** `asOf + offsetMs` as SQL (epoch ms): one parameter for an instant, the engine clock for 'now'. */
export function timeAt(ctx: SqlContext, offsetMs: number): string {
  if (ctx.asOf.kind === 'instant') return ctx.params.add(ctx.asOf.ms + offsetMs, 'bigint')
  return offsetMs === 0 ? ctx.dialect.nowMs : `(${ctx.dialect.nowMs} + ${ctx.params.add(offsetMs, 'bigint')})`
}

export function table(ctx: SqlContext, name: string): string {
  const q = ctx.dialect.quoteIdent(name)
  return ctx.mapping.schema ? `${ctx.dialect.quoteIdent(ctx.mapping.schema)}.${q}` : q
}

export function column(ctx: SqlContext, alias: string, name: string): string {
  return `${alias}.${ctx.dialect.quoteIdent(name)}`
}

/** A time column as epoch ms. */
export function timeColumn(ctx: SqlContext, alias: string, name: string): string {
  const c = column(ctx, alias, name)
  return ctx.mapping.timeType === 'timestamp' ? ctx.dialect.timestampToMs(c) : c
}

export function falseValue(ctx: SqlContext): string {
  return ctx.dialect.booleanLiteral(false)
}

/** Two-valued logic: a NULL comparison counts as false, so NOT never turns unknown into true. */
export function definite(ctx: SqlContext, expr: string): string {
  return `COALESCE(${expr}, ${falseValue(ctx)})`
}
