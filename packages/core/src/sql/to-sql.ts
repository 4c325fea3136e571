/**
 * `toSql`: a segment as one SQL query selecting the ids of its members, or as a
 * bare predicate to embed in a query of one's own.
 */
import { indexCatalog } from '../catalog/index-catalog.ts'
import type { Catalog } from '../catalog/schema.ts'
import { SegmentError } from '../errors.ts'
import { calendarOf } from '../model/calendar.ts'
import { parseInstant } from '../model/instant.ts'
import type { SegmentLimits } from '../model/limits.ts'
import type { Segment } from '../model/segment.ts'
import { isTimeZone } from '../model/time-zone-name.ts'
import { issue, unknownTimeZone } from '../validate/issues.ts'
import { parseCatalog } from '../validate/parse-catalog.ts'
import { requireValidSegment } from '../validate/validate-segment.ts'
import { checkMapping } from './check-mapping.ts'
import type { AsOf, SqlContext } from './context.ts'
import { column } from './context.ts'
import type { BuiltinDialectName, Dialect } from './dialect.ts'
import { resolveDialect } from './dialects/index.ts'
import { join, type RenderedSql, raw, renderSql, type SqlFragment, sql } from './fragment.ts'
import { defaultMapping, type SqlMapping } from './mapping.ts'
import { existsSql, groupSql } from './node.ts'
import { resolveMapping } from './resolved-mapping.ts'
import { openRow, rowJoinsSql } from './row-joins.ts'

/** Options of `toSql`: the catalog, the mapping to your tables, the dialect and the evaluation instant. */
export interface ToSqlOptions {
  catalog: Catalog
  /** A built-in dialect by name, or a `Dialect` object of your own. */
  dialect: BuiltinDialectName | Dialect
  /** Where the data lives; default `defaultMapping(catalog)`. */
  mapping?: SqlMapping | undefined
  /** Evaluation instant (Date, epoch ms, ISO 8601 with an offset) or 'now' for the engine's clock; default the segment's asOf, else 'now'. */
  asOf?: Date | number | string | undefined
  /**
   * IANA time zone of the calendar (calendar windows, active days), overriding the segment's
   * `timeZone` and those of the segments it references; unknown: `SegmentError` (`unknown_time_zone`).
   */
  timeZone?: string | undefined
  /** Write values as escaped literals instead of parameters. */
  inline?: boolean | undefined
  /**
   * Most conditions and groups accepted (default `SEGMENT_LIMITS.maxNodes`, 5,000; up to the ceiling
   * of `SEGMENT_LIMIT_CEILINGS`). The SQL grows linearly with the segment and nests logarithmically.
   */
  maxNodes?: number | undefined
  /** Deepest nesting of groups accepted (default `SEGMENT_LIMITS.maxDepth`). */
  maxDepth?: number | undefined
  /** Any other validation limit to change (steps, list values, …), within `SEGMENT_LIMIT_CEILINGS`. */
  limits?: Partial<SegmentLimits> | undefined
}

/** A compiled query: SQL text with placeholders and the values to bind to them. */
export interface SqlQuery {
  sql: string
  /** Positional values (`$1`, `?`) or named ones (`p1` for BigQuery `@p1` / ClickHouse `{p1:Type}`). */
  params: unknown[] | Record<string, unknown>
}

/** 'now', or an instant by the one strict rule of `parseInstant` (ISO 8601 with seconds and an offset). */
function resolveAsOf(value: Date | number | string | undefined): AsOf {
  if (value === undefined || value === 'now') return { kind: 'now' }
  const ms = parseInstant(value)
  if (ms === undefined) {
    throw new SegmentError('Invalid asOf', [
      issue('value_type', ['asOf'], `Not an ISO 8601 instant with an offset: ${String(value)}`),
    ])
  }
  return { kind: 'instant', ms }
}

/** Catalogs already checked with `parseCatalog` (a catalog object is taken as immutable once given). */
const checkedCatalogs = new WeakSet<Catalog>()

function requireValidCatalog(catalog: Catalog): void {
  if (typeof catalog === 'object' && catalog !== null && checkedCatalogs.has(catalog)) return
  const parsed = parseCatalog(catalog)
  if (!parsed.ok) {
    const errors = parsed.issues.filter((i) => i.severity === 'error')
    if (errors.length > 0) throw new SegmentError('The catalog is not valid', errors)
  }
  checkedCatalogs.add(catalog)
}

function context(segment: Segment, options: ToSqlOptions, withClause: boolean): SqlContext {
  const dialect = resolveDialect(options.dialect)
  requireValidCatalog(options.catalog)
  requireValidSegment(segment, options.catalog, {
    maxNodes: options.maxNodes,
    maxDepth: options.maxDepth,
    limits: options.limits,
  })
  if (options.timeZone !== undefined && !isTimeZone(options.timeZone))
    throw new SegmentError('Invalid timeZone', [unknownTimeZone(options.timeZone, ['timeZone'])])
  const catalog = indexCatalog(options.catalog)
  const mapping = options.mapping ?? defaultMapping(options.catalog)
  const gaps = checkMapping(catalog, mapping, segment.entity, segment.root, dialect)
  if (gaps.length > 0) throw new SegmentError(`The mapping cannot hold segment '${segment.name || segment.id}'`, gaps)
  return {
    dialect,
    catalog,
    mapping: resolveMapping(mapping),
    asOf: resolveAsOf(options.asOf ?? segment.asOf),
    calendar: calendarOf(segment, options.timeZone),
    timeZone: options.timeZone,
    aliases: { n: 0 },
    segments: withClause ? new Map() : undefined,
    rowJoins: new Map(),
  }
}

function finish(ctx: SqlContext, fragment: SqlFragment, inline: boolean | undefined): RenderedSql {
  return renderSql(fragment, ctx.dialect, Boolean(inline))
}

/** `SELECT <id> AS id FROM <entity table> e <joins> WHERE <membership>`: the members, over a row of our own. */
function membersSql(ctx: SqlContext, segment: Segment): SqlFragment {
  const entity = ctx.mapping.entity(segment.entity)
  const alias = 'e'
  openRow(ctx, alias)
  const where = sql`${existsSql(ctx, segment.entity, alias)} AND ${groupSql(ctx, { ...segment.root, disabled: undefined }, segment.entity, alias)}`
  const id = column(alias, entity.id)
  return sql`SELECT ${id} AS id FROM ${entity.table} ${raw(alias)}${rowJoinsSql(ctx, alias, id)} WHERE ${where}`
}

/**
 * The segment's members as `[WITH …] SELECT <id> AS id FROM <entity table> … ORDER BY 1`; referenced
 * catalog segments are compiled once each, in the WITH clause.
 * Throws SegmentError when the segment or the catalog is not valid, or the mapping lacks a part.
 */
export function toSql(segment: Segment, options: ToSqlOptions): SqlQuery {
  const ctx = context(segment, options, true)
  const select = sql`${membersSql(ctx, segment)} ORDER BY 1`
  const ctes = [...(ctx.segments?.values() ?? [])].map((s) => sql`${raw(s.name)} AS (${s.body})`)
  return finish(ctx, ctes.length > 0 ? sql`WITH ${join(ctes, ', ')} ${select}` : select, options.inline)
}

/**
 * The membership predicate alone, over an entity row aliased `alias` (default `e`) in your own query.
 * Referenced catalog segments are inlined (a bare predicate has no WITH clause). Where a condition
 * reads a value joined from another table (a history property, a computed property), the predicate
 * is `alias.id IN (SELECT … FROM <entity table> e LEFT JOIN …)` over a row of its own: no subquery
 * is correlated with your row.
 */
export function toSqlPredicate(segment: Segment, options: ToSqlOptions & { alias?: string }): SqlQuery {
  const alias = options.alias ?? 'e'
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(alias)) {
    throw new SegmentError('Invalid alias', [issue('value_unexpected', ['alias'], `Not a plain SQL alias: ${alias}`)])
  }
  const ctx = context(segment, options, false)
  openRow(ctx, alias)
  const bare = sql`(${existsSql(ctx, segment.entity, alias)} AND ${groupSql(ctx, { ...segment.root, disabled: undefined }, segment.entity, alias)})`
  if (ctx.rowJoins.get(alias)?.size === 0) return finish(ctx, bare, options.inline)
  // The joins need a FROM clause: compiled again over a row of our own.
  const own: SqlContext = { ...ctx, aliases: { n: 0 }, rowJoins: new Map() }
  const id = column(alias, ctx.mapping.entity(segment.entity).id)
  return finish(own, sql`(${id} IN (${membersSql(own, segment)}))`, options.inline)
}
