/**
 * BigQuery (GoogleSQL): named `@pN` parameters; quoted identifiers and string literals both take
 * backslash escapes, so backslash is escaped in both.
 */
import {
  ALPHA_LOWER,
  ALPHA_UPPER,
  backslashString,
  backtickBackslash,
  type Dialect,
  floorFromTrunc,
  keyValueField,
  quotedJsonPath,
  type SqlScalarType,
} from '../dialect.ts'
import { join, raw, type SqlFragment, sql } from '../fragment.ts'
import { scalarLiteral } from '../literal.ts'
import { daysIntoWeek, shiftStep } from './calendar-sql.ts'

const TYPE: Record<SqlScalarType, string> = { text: 'STRING', number: 'FLOAT64', boolean: 'BOOL', bigint: 'INT64' }
const path = (key: string) => raw(backslashString(quotedJsonPath(key)))
const cast = (text: SqlFragment, t: SqlScalarType) => (t === 'text' ? text : sql`CAST(${text} AS ${raw(TYPE[t])})`)

export const bigquery: Dialect = {
  name: 'bigquery',
  quoteIdent: backtickBackslash,
  placeholder: (n) => `@p${n}`,
  namedParams: true,
  stringLiteral: backslashString,
  booleanLiteral: (v) => (v ? 'TRUE' : 'FALSE'),
  literal: (v, t) => scalarLiteral(v, t, bigquery),
  jsonScalar: (c, k, t) => cast(sql`JSON_VALUE(${c}, ${path(k)})`, t),
  jsonRoot: (c, t) => cast(sql`JSON_VALUE(${c})`, t),
  keyValueScalar: (list, key, t) =>
    sql`(SELECT ${keyValueField('p', t, { double: 'FLOAT64', text: 'STRING' })} FROM UNNEST(${list}) AS p WHERE p.key = ${raw(backslashString(key))} LIMIT 1)`,
  jsonTypeOf: (c, k) => sql`JSON_TYPE(JSON_QUERY(${c}, ${path(k)}))`,
  jsonArrayElements: (c, a) => ({ from: sql`UNNEST(JSON_VALUE_ARRAY(${c})) AS ${raw(a)}`, value: raw(a) }),
  jsonListValues: (list, t) => sql`SELECT ${cast(raw('l'), t)} FROM UNNEST(JSON_VALUE_ARRAY(${list})) AS l`,
  // ROUND of a double rounds half away from zero: one read of the value.
  roundHalfAway: (v) => sql`ROUND(${v})`,
  floorDiv: floorFromTrunc(
    (a, b) => sql`DIV(${a}, ${b})`,
    (a, b) => sql`MOD(${a}, ${b})`,
  ),
  nowMs: raw('UNIX_MILLIS(CURRENT_TIMESTAMP())'),
  timestampToMs: (e) => sql`UNIX_MILLIS(${e})`,
  localDay: (ms, tz) => sql`UNIX_DATE(DATE(TIMESTAMP_MILLIS(${ms}), ${tz}))`,
  periodStartMs: (unit, shift, weekStart, tz) => {
    const day = sql`DATE(CURRENT_TIMESTAMP(), ${tz})`
    // DAYOFWEEK is 1 on Sunday: its ISO weekday is MOD(DAYOFWEEK + 5, 7) + 1.
    const iso = sql`(MOD(EXTRACT(DAYOFWEEK FROM ${day}) + 5, 7) + 1)`
    const start =
      unit === 'day'
        ? day
        : unit === 'week'
          ? sql`DATE_SUB(${day}, INTERVAL ${daysIntoWeek(iso, weekStart)} DAY)`
          : sql`DATE_TRUNC(${day}, ${raw(unit.toUpperCase())})`
    const step = shiftStep(unit, shift)
    return sql`UNIX_MILLIS(TIMESTAMP(DATE_ADD(${start}, INTERVAL ${raw(`${step.amount} ${step.unit.toUpperCase()}`)}), ${tz}))`
  },
  msToTimestamp: (e) => sql`TIMESTAMP_MILLIS(${e})`,
  asciiLower: (e) => sql`TRANSLATE(${e}, ${raw(`'${ALPHA_UPPER}', '${ALPHA_LOWER}'`)})`,
  contains: (h, n) => sql`STRPOS(${h}, ${n}) > 0`,
  startsWith: (h, n) => sql`STARTS_WITH(${h}, ${n})`,
  endsWith: (h, n) => sql`ENDS_WITH(${h}, ${n})`,
  concat: (parts) => sql`CONCAT(${join(parts, ', ')})`,
  types: { text: 'STRING', number: 'FLOAT64', boolean: 'BOOL', bigint: 'INT64', json: 'JSON' },
  columnType: (kind) => bigquery.types[kind],
  primaryKeys: false,
  indexes: false,
}
