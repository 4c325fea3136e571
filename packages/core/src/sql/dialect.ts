/**
 * The `Dialect` interface: everything that differs between SQL engines —
 * quoting, placeholders, literals, JSON access, arithmetic, the clock, text
 * tests, DDL and INSERT spelling. The compiler is shared; each built-in dialect
 * lives in one file of `dialects/`. A dialect of your own is an object of this
 * interface (often `{ ...DIALECTS.postgres, name: 'redshift', … }`) passed as
 * `toSql(segment, { dialect })`.
 *
 * Expression members take and return `SqlFragment`s: the values inside them stay
 * parameters until the query is finished. Text a dialect writes itself (keywords,
 * literals it escaped) is compiler text.
 */

import type { CalendarUnit } from '../model/time.ts'
import { raw, type SqlFragment, type SqlParameter, type SqlValue, sql } from './fragment.ts'
import type { RowValue } from './rows.ts'

/** Scalar SQL types of values and JSON reads. */
export type SqlScalarType = 'text' | 'number' | 'boolean' | 'bigint'

/** Column kinds of the default schema. */
export type ColumnKind = SqlScalarType | 'json'

/** The names of the seven dialects of the first release (see `BuiltinDialectName` for all built-ins). */
export type DialectName = 'postgres' | 'duckdb' | 'sqlite' | 'mysql' | 'bigquery' | 'snowflake' | 'clickhouse'

/** The names of every built-in dialect: the first seven, MariaDB and Trino. */
export type BuiltinDialectName = DialectName | 'mariadb' | 'trino'

/** How one engine spells SQL. */
export interface Dialect {
  /** A name for messages and goldens (a built-in name, or your own). */
  readonly name: string
  /** A quoted identifier that is exactly `name`, whatever characters it holds. */
  quoteIdent(name: string): string
  /** Placeholder for the n-th parameter (1-based) of a type. */
  placeholder(n: number, type: SqlScalarType): string
  /** Whether parameters are bound by name `p1, p2, …` (BigQuery `@p1`, ClickHouse `{p1:Type}`). */
  readonly namedParams: boolean
  /** A string literal that is exactly `value`, escaped for this engine. */
  stringLiteral(value: string): string
  booleanLiteral(value: boolean): string
  /** A value as an inline literal (`inline: true`). */
  literal(value: SqlValue, type: SqlScalarType): string
  /** A scalar of a JSON object column, as text / number / boolean. `key` may hold any character. */
  jsonScalar(column: SqlFragment, key: string, type: SqlScalarType): SqlFragment
  /** The whole JSON column, when it holds a JSON scalar, as a typed value (history values). */
  jsonRoot(column: SqlFragment, type: SqlScalarType): SqlFragment
  /**
   * Where the engine has lists of structs: the value of `key` in a list of
   * `STRUCT<key, value STRUCT<string_value, int_value, float_value, double_value>>` (GA4's
   * `event_params`) as `type`, NULL when the key is absent. Mappings with `propertiesFormat:
   * 'key_value'` need it.
   */
  keyValueScalar?(list: SqlFragment, key: string, type: SqlScalarType): SqlFragment
  /** The JSON type name of a key's value (to tell "1" from 1 in distinct counts). */
  jsonTypeOf(column: SqlFragment, key: string): SqlFragment
  /**
   * Where the engine can: the latest history values in one aggregate pass over `source` (`FROM … WHERE …`
   * of the property's history rows), as `SELECT <id> AS k, 1 AS m, <v> AS v … GROUP BY <id>`: `v` is the
   * JSON `value` read as `type` of the row where `upTo` holds with the greatest `from`, then the greatest
   * `seq` (a NULL `seq` lowest), NULL when `upTo` holds on none. Else one `ROW_NUMBER()` window pass.
   */
  latestValues?(lookup: {
    id: SqlFragment
    value: SqlFragment
    type: SqlScalarType
    from: SqlFragment
    seq: SqlFragment | undefined
    upTo: SqlFragment
    source: SqlFragment
  }): SqlFragment
  /** Where the generic `type:text` key does not work: one value per distinct non-missing JSON value (NULL when missing). */
  jsonDistinctValue?(column: SqlFragment, key: string): SqlFragment
  /** A FROM-clause source of the text elements of a JSON array column, and the expression of one element. */
  jsonArrayElements(column: SqlFragment, alias: string): { from: SqlFragment; value: SqlFragment }
  /**
   * Where the engine has array functions, `has_any` (`all` false) / `has_all` (`all` true) of a JSON
   * string array against value SQL, without a correlated subquery; `fold` lowercases ASCII in the elements.
   */
  jsonArrayHas?(column: SqlFragment, values: readonly SqlFragment[], all: boolean, fold: boolean): SqlFragment
  /**
   * A subquery body (`SELECT …`) giving one row per element of a JSON array held by one text value:
   * large `in` lists travel as one parameter, so no engine's parameter limit is reachable.
   */
  jsonListValues(list: SqlParameter, type: 'text' | 'number'): SqlFragment
  /** Integer division rounding toward negative infinity (days before 1970 count as the evaluator counts them). */
  floorDiv(a: SqlFragment, b: SqlFragment): SqlFragment
  /**
   * Rounds a double half away from zero to a whole number (sums at six decimals). Absent:
   * `CASE WHEN v < 0 THEN -FLOOR(0.5 - v) ELSE FLOOR(v + 0.5) END`.
   */
  roundHalfAway?(value: SqlFragment): SqlFragment
  /** Current time in epoch ms. */
  readonly nowMs: SqlFragment
  /**
   * The local calendar day (whole days since 1970-01-01) of epoch ms `ms` in the IANA time zone
   * `timeZone` (a string literal), by the engine's own time-zone functions. Absent (SQLite): the
   * compiler adds offsets found in TypeScript, as a CASE over the changes inside the window.
   */
  localDay?(ms: SqlFragment, timeZone: SqlFragment): SqlFragment
  /**
   * For `asOf: 'now'`: the epoch ms where a calendar period starts (a local midnight in `timeZone`, a
   * string literal): the period of `unit` holding the engine's clock, moved `shift` periods (negative:
   * back); weeks start on ISO weekday `weekStart` (1 Monday … 7 Sunday). Absent (SQLite): calendar
   * windows and periods need an instant asOf.
   */
  periodStartMs?(unit: CalendarUnit, shift: number, weekStart: number, timeZone: SqlFragment): SqlFragment
  /** A TIMESTAMP column as epoch ms (mappings whose times are timestamps). */
  timestampToMs(expr: SqlFragment): SqlFragment
  /**
   * Epoch ms as a TIMESTAMP, to compare a raw timestamp column with (partition pruning needs the
   * column bare). Absent: the column is converted with `timestampToMs` instead.
   */
  msToTimestamp?(expr: SqlFragment): SqlFragment
  /** Lowercases ASCII A–Z only. */
  asciiLower(expr: SqlFragment): SqlFragment
  /**
   * Text that groups and orders byte by byte (UTF-8, so by code point), where the engine's collation
   * of an expression may not (PostgreSQL's database collation, MySQL's JSON text). Absent: the text as
   * it is already compares that way.
   */
  binaryText?(expr: SqlFragment): SqlFragment
  /** `position of needle in haystack > 0`, literal (no wildcards). */
  contains(haystack: SqlFragment, needle: SqlFragment): SqlFragment
  /** Literal prefix / suffix tests (no LIKE, so `%` and `_` are plain characters). */
  startsWith(haystack: SqlFragment, needle: SqlFragment): SqlFragment
  endsWith(haystack: SqlFragment, needle: SqlFragment): SqlFragment
  concat(parts: readonly SqlFragment[]): SqlFragment
  /** SQL type names of the default schema's columns. */
  readonly types: Readonly<Record<ColumnKind, string>>
  /** DDL: the type of one column (keys and indexed text may need a bounded type). */
  columnType(kind: ColumnKind, column: { primaryKey: boolean; indexed: boolean }): string
  /** DDL: whether `PRIMARY KEY` is written on the key column. */
  readonly primaryKeys: boolean
  /** DDL: text after `CREATE TABLE name (…)` (ClickHouse's ENGINE clause), given the quoted key. */
  tableOptions?(primaryKey: string | undefined): string
  /** DDL: whether `CREATE INDEX` statements are written. */
  readonly indexes: boolean
  /**
   * `false` where the engine restricts correlated subqueries (ClickHouse, Snowflake): the compiler then
   * writes window forms instead of `NOT EXISTS` anti-joins (a sequence's negated steps with a gap).
   * Default: allowed. Everything else is correlation-free on every dialect.
   */
  readonly correlatedSubqueries?: boolean
  /** Whether the engine has DuckDB's `ASOF JOIN … ON a.k = b.k AND a.t > b.t` (sequence steps use it). */
  readonly asofJoins?: boolean
  /**
   * Whether a sequence's steps are written `q AS MATERIALIZED (…)`: DuckDB inlines a chain of common
   * table expressions into one plan whose cost grows much faster than the chain (20 window steps on
   * 100 users: 25 s inlined, under 1 s materialized). Default: the engine decides.
   */
  readonly materializedSteps?: boolean
  /**
   * `insertStatements`: the placeholder of the n-th value of a row batch and the value bound there;
   * absent where rows are loaded with the warehouse's own bulk loader.
   */
  readonly insert?: {
    placeholder(n: number, kind: ColumnKind): string
    value?(value: RowValue, kind: ColumnKind): RowValue
  }
}

/** `"name"`, quotes doubled (standard SQL). */
export const doubleQuote = (name: string) => `"${name.replace(/"/g, '""')}"`
/** `` `name` `` where backslash is plain (MySQL): backticks doubled. */
export const backtick = (name: string) => `\`${name.replace(/`/g, '``')}\``
/**
 * `` `name` `` where quoted identifiers take backslash escapes (BigQuery, ClickHouse): backslash and
 * backtick each escaped, so that `a\` stays one identifier.
 */
export const backtickBackslash = (name: string) => `\`${name.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``
/** `'value'`, quotes doubled (standard SQL: backslash is plain). */
export const standardString = (v: string) => `'${v.replace(/'/g, "''")}'`
/** Engines that treat backslash as an escape inside string literals (BigQuery, Snowflake, ClickHouse). */
export const backslashString = (v: string) => `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
/** A JSON string's content: backslash and double quote escaped (inside a JSON path's quoted member). */
export const jsonStringContent = (key: string) => key.replace(/\\/g, '\\\\').replace(/"/g, '\\"')
/** `$."key"` with the key escaped as a JSON string (SQLite, MySQL, BigQuery). */
export const quotedJsonPath = (key: string) => `$."${jsonStringContent(key)}"`

export const ALPHA_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
export const ALPHA_LOWER = 'abcdefghijklmnopqrstuvwxyz'

/** Floor division from truncating division and remainder (b > 0): one less when the remainder is negative. */
export function floorFromTrunc(
  div: (a: SqlFragment, b: SqlFragment) => SqlFragment,
  mod: (a: SqlFragment, b: SqlFragment) => SqlFragment,
): (a: SqlFragment, b: SqlFragment) => SqlFragment {
  return (a, b) => sql`(${div(a, b)} - CASE WHEN ${mod(a, b)} < 0 THEN 1 ELSE 0 END)`
}

/**
 * The typed value of one GA4 key/value struct `p` (numbers from any numeric field, text from
 * `string_value` or an integer, booleans from `true`/`false` or 1/0), given the engine's type names.
 */
export function keyValueField(p: string, t: SqlScalarType, names: { double: string; text: string }): SqlFragment {
  const v = (field: string) => raw(`${p}.value.${field}`)
  switch (t) {
    case 'text':
      return sql`COALESCE(${v('string_value')}, CAST(${v('int_value')} AS ${raw(names.text)}))`
    case 'number':
      return sql`COALESCE(CAST(${v('int_value')} AS ${raw(names.double)}), ${v('double_value')}, ${v('float_value')})`
    case 'bigint':
      return v('int_value')
    case 'boolean':
      return sql`CASE WHEN ${v('int_value')} IS NOT NULL THEN ${v('int_value')} <> 0 WHEN ${v('string_value')} = 'true' THEN TRUE WHEN ${v('string_value')} = 'false' THEN FALSE END`
    default: {
      t satisfies never
      throw new Error('unknown type')
    }
  }
}
