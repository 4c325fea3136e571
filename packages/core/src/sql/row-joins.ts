/**
 * Per-entity values read from other tables (a history property's latest value,
 * a computed property's aggregate) as derived tables with one row per entity
 * id, `SELECT <id> AS k, 1 AS m, <value> AS v … GROUP BY <id>`, LEFT JOINed to
 * the entity row: one set-based pass per value, no correlated subquery, so it
 * runs on warehouses that restrict correlation (ClickHouse, Snowflake). `m` is
 * 1 on a matched row (a marker that also survives ClickHouse's default-filled
 * LEFT JOINs).
 */
import type { SqlContext } from './context.ts'
import { join, raw, renderSql, type SqlFragment, sql } from './fragment.ts'

/** One derived table joined to a row: its alias and body (`SELECT k, m, v …`). */
interface RowJoin {
  alias: string
  body: SqlFragment
}

/** The joins of each row alias whose FROM clause the compiler writes, in first-use order, by key. */
export type RowJoins = Map<string, Map<string, RowJoin>>

/** A derived table's value on the row, and whether the row's entity has a row in it. */
export interface JoinedValue {
  /** True when the entity has a row in the derived table (never NULL). */
  matched: SqlFragment
  /** The `v` column of that row (read only where `matched`). */
  value: SqlFragment
}

/** Registers a row alias whose FROM clause the compiler writes: derived tables can be joined to it. */
export function openRow(ctx: SqlContext, alias: string): void {
  ctx.rowJoins.set(alias, new Map())
}

/**
 * The value of a derived table (`body()`: `SELECT k, 1 AS m, v …`, one row per entity id) on the row
 * `alias` (joined on its entity id by `rowJoinsSql`). `key` names what the table computes (`time` is its instant): the
 * same key on the same row is joined once, however many conditions read it.
 */
export function joinedValue(
  ctx: SqlContext,
  alias: string,
  key: string,
  time: SqlFragment,
  body: () => SqlFragment,
): JoinedValue {
  const joins = ctx.rowJoins.get(alias)
  // Every row the compiler reads is opened first (`toSqlPredicate` too: it wraps joins in a row of its own).
  if (joins === undefined) throw new Error(`internal: row ${alias} was not opened`)
  // The instant's inline rendering names it exactly (a parameter, the clock, an offset from either).
  const fullKey = `${key}@${renderSql(time, ctx.dialect, true).sql}`
  let found = joins.get(fullKey)
  if (found === undefined) {
    found = { alias: `j${++ctx.aliases.n}`, body: body() }
    joins.set(fullKey, found)
  }
  return { matched: sql`${raw(found.alias)}.m = 1`, value: sql`${raw(found.alias)}.v` }
}

/** ` LEFT JOIN (…) j1 ON j1.k = <id> …` of the derived tables joined to the row (empty when none). */
export function rowJoinsSql(ctx: SqlContext, alias: string, id: SqlFragment): SqlFragment {
  const joins = [...(ctx.rowJoins.get(alias)?.values() ?? [])]
  if (joins.length === 0) return raw('')
  return sql` ${join(
    joins.map((j) => sql`LEFT JOIN (${j.body}) ${raw(j.alias)} ON ${raw(j.alias)}.k = ${id}`),
    ' ',
  )}`
}
