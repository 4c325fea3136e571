/**
 * `toSql`: a segment as one SQL query selecting the ids of its members, or as a
 * bare predicate to embed in a query of one's own.
 */
import { indexCatalog } from '../catalog/index-catalog.ts'
import type { Catalog } from '../catalog/schema.ts'
import { SegmentError } from '../errors.ts'
import type { Segment } from '../model/segment.ts'
import { issue } from '../validate/issues.ts'
import { requireValidSegment } from '../validate/validate-segment.ts'
import { checkMapping } from './check-mapping.ts'
import type { AsOf, SqlContext } from './context.ts'
import { column, table } from './context.ts'
import { DIALECTS, type DialectName } from './dialect.ts'
import { defaultMapping, type SqlMapping } from './mapping.ts'
import { existsSql, groupSql } from './node.ts'
import { ParamCollector } from './params.ts'

export interface ToSqlOptions {
  catalog: Catalog
  dialect: DialectName
  /** Where the data lives; default `defaultMapping(catalog)`. */
  mapping?: SqlMapping | undefined
  /** Evaluation instant (Date, epoch ms, ISO) or 'now' for the engine's clock; default the segment's asOf, else 'now'. */
  asOf?: Date | number | string | undefined
  /** Write values as escaped literals instead of parameters. */
  inline?: boolean | undefined
}

export interface SqlQuery {
  sql: string
  /** Positional values (`$1`, `?`) or named ones (`p1` for BigQuery `@p1` / ClickHouse `{p1:Type}`). */
  params: unknown[] | Record<string, unknown>
}

function resolveAsOf(value: Date | number | string | undefined): AsOf {
  if (value === undefined || value === 'now') return { kind: 'now' }
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value)
  if (!Number.isFinite(ms)) {
    throw new SegmentError('Invalid asOf', [issue('value_type', ['asOf'], `Not an instant: ${String(value)}`)])
  }
  return { kind: 'instant', ms }
}

function context(segment: Segment, options: ToSqlOptions): SqlContext {
  requireValidSegment(segment, options.catalog)
  const dialect = DIALECTS[options.dialect]
  if (!dialect) {
    throw new SegmentError('Unknown dialect', [
      issue('value_unexpected', ['dialect'], `Unknown SQL dialect: ${String(options.dialect)}`),
    ])
  }
  const catalog = indexCatalog(options.catalog)
  const mapping = options.mapping ?? defaultMapping(options.catalog)
  const gaps = checkMapping(catalog, mapping, segment.entity, segment.root)
  if (gaps.length > 0) throw new SegmentError(`The mapping cannot hold segment '${segment.name || segment.id}'`, gaps)
  return {
    dialect,
    catalog,
    mapping,
    params: new ParamCollector(dialect, Boolean(options.inline)),
    asOf: resolveAsOf(options.asOf ?? segment.asOf),
    aliases: { n: 0 },
  }
}

/**
 * The segment's members as `SELECT <id> AS id FROM <entity table> … ORDER BY id`.
 * Throws SegmentError when the segment is not valid for the catalog.
 */
export function toSql(segment: Segment, options: ToSqlOptions): SqlQuery {
  const ctx = context(segment, options)
  const entity = ctx.mapping.entities[segment.entity]
  if (!entity) throw new Error(`The mapping has no table for ${segment.entity}`)
  const alias = 'e'
  const where = `${existsSql(ctx, segment.entity, alias)} AND ${groupSql(ctx, { ...segment.root, disabled: undefined }, segment.entity, alias)}`
  const sql = `SELECT ${column(ctx, alias, entity.id)} AS id FROM ${table(ctx, entity.table)} ${alias} WHERE ${where} ORDER BY 1`
  return ctx.params.finish(sql)
}

/** The membership predicate alone, over an entity row aliased `alias` (default `e`) in your own query. */
export function toSqlPredicate(segment: Segment, options: ToSqlOptions & { alias?: string }): SqlQuery {
  const ctx = context(segment, options)
  const alias = options.alias ?? 'e'
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(alias)) throw new Error(`Not a plain SQL alias: ${alias}`)
  return ctx.params.finish(
    `(${existsSql(ctx, segment.entity, alias)} AND ${groupSql(ctx, { ...segment.root, disabled: undefined }, segment.entity, alias)})`,
  )
}
