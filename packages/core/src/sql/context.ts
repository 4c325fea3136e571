/** The state of one compilation: dialect, catalog, resolved mapping, asOf, aliases, segments compiled once. */
import type { CatalogIndex } from '../catalog/index-catalog.ts'
import type { Calendar } from '../model/calendar.ts'
import type { Dialect } from './dialect.ts'
import { ident, param, raw, type SqlFragment, sql } from './fragment.ts'
import { clampTime } from './literal.ts'
import type { ResolvedMapping } from './resolved-mapping.ts'
import type { RowJoins } from './row-joins.ts'

export type AsOf = { kind: 'instant'; ms: number } | { kind: 'now' }

/** A referenced catalog segment compiled once, as a common table expression of its members' ids. */
export interface CompiledSegment {
  name: string
  body: SqlFragment
}

export interface SqlContext {
  dialect: Dialect
  catalog: CatalogIndex
  mapping: ResolvedMapping
  asOf: AsOf
  /** The calendar of the segment being compiled (time zone, week start). */
  calendar: Calendar
  /** The `timeZone` option, which overrides every segment's own. */
  timeZone: string | undefined
  aliases: { n: number }
  /**
   * Referenced segments by id, compiled once; `undefined` where no WITH clause can be written
   * (`toSqlPredicate`), so references are inlined there.
   */
  segments: Map<string, CompiledSegment> | undefined
  /** Derived tables LEFT JOINed to each entity row whose FROM clause the compiler writes. */
  rowJoins: RowJoins
}

export function nextAlias(ctx: SqlContext, prefix: string): string {
  ctx.aliases.n += 1
  return `${prefix}${ctx.aliases.n}`
}

/** An epoch-ms BIGINT parameter (clamped to the SQL time range). */
export function msParam(ms: number): SqlFragment {
  return sql`${param(clampTime(ms), 'bigint')}`
}

/** `asOf + offsetMs` as SQL (epoch ms): one parameter for an instant, the engine clock for 'now'. */
export function timeAt(ctx: SqlContext, offsetMs: number): SqlFragment {
  if (ctx.asOf.kind === 'instant') return msParam(ctx.asOf.ms + offsetMs)
  return offsetMs === 0 ? ctx.dialect.nowMs : sql`(${ctx.dialect.nowMs} + ${msParam(offsetMs)})`
}

/** `alias.column`, the column quoted by the dialect. */
export function column(alias: string, name: string): SqlFragment {
  return sql`${raw(alias)}.${ident(name)}`
}

/** A time column as epoch ms (epoch µs rounded down to the millisecond). */
export function timeColumn(ctx: SqlContext, alias: string, name: string): SqlFragment {
  const c = column(alias, name)
  switch (ctx.mapping.timeType) {
    case 'epoch_ms':
      return c
    case 'epoch_us':
      return ctx.dialect.floorDiv(c, raw('1000'))
    case 'timestamp':
      return ctx.dialect.timestampToMs(c)
    default: {
      ctx.mapping.timeType satisfies never
      throw new Error('unknown time type')
    }
  }
}

/**
 * A time column compared with an epoch-ms bound, the column left bare (so a warehouse can prune
 * partitions on it): with timestamp columns the bound becomes a timestamp, where the dialect can; with
 * epoch-µs columns the bound becomes µs — `floor(c / 1000) <= b` is `c <= b·1000 + 999`, `< b` is
 * `c < b·1000`. `knownMs` is the bound's value when it is a constant (one µs parameter then).
 */
export function timeCompare(
  ctx: SqlContext,
  alias: string,
  name: string,
  op: '<' | '<=' | '>' | '>=',
  boundMs: SqlFragment,
  knownMs?: number,
): SqlFragment {
  const c = column(alias, name)
  switch (ctx.mapping.timeType) {
    case 'epoch_ms':
      return sql`${c} ${raw(op)} ${boundMs}`
    case 'epoch_us': {
      const extra = op === '<=' || op === '>' ? 999 : 0
      const us =
        knownMs !== undefined
          ? msParam(knownMs * 1000 + extra)
          : sql`(${boundMs} * 1000${raw(extra === 0 ? '' : ' + 999')})`
      return sql`${c} ${raw(op)} ${us}`
    }
    case 'timestamp': {
      const toTs = ctx.dialect.msToTimestamp
      return toTs ? sql`${c} ${raw(op)} ${toTs(boundMs)}` : sql`${ctx.dialect.timestampToMs(c)} ${raw(op)} ${boundMs}`
    }
    default: {
      ctx.mapping.timeType satisfies never
      throw new Error('unknown time type')
    }
  }
}

/** `asOf + offsetMs` as a number when asOf is an instant (constant bounds), else undefined. */
export function knownTime(ctx: SqlContext, offsetMs: number): number | undefined {
  return ctx.asOf.kind === 'instant' ? ctx.asOf.ms + offsetMs : undefined
}

export function falseValue(ctx: SqlContext): SqlFragment {
  return raw(ctx.dialect.booleanLiteral(false))
}

/** Two-valued logic: a NULL comparison counts as false, so NOT never turns unknown into true. */
export function definite(ctx: SqlContext, expr: SqlFragment): SqlFragment {
  return sql`COALESCE(${expr}, ${falseValue(ctx)})`
}

export const TRUE_SQL = raw('1 = 1')
export const FALSE_SQL = raw('1 = 0')
