/**
 * ClickHouse: typed named parameters `{pN:Type}`; its lexer takes backslash escapes in quoted
 * identifiers and strings alike, so backslash is escaped in both. Columns are not nullable unless
 * declared so.
 */
import { backslashString, backtickBackslash, type Dialect, floorFromTrunc, type SqlScalarType } from '../dialect.ts'
import { join, raw, sql } from '../fragment.ts'
import { scalarLiteral } from '../literal.ts'
import { daysIntoWeek, shiftStep } from './calendar-sql.ts'

const TYPE: Record<SqlScalarType, string> = { text: 'String', number: 'Float64', boolean: 'Bool', bigint: 'Int64' }
const key = (k: string) => raw(backslashString(k))

export const clickhouse: Dialect = {
  name: 'clickhouse',
  quoteIdent: backtickBackslash,
  placeholder: (n, type) => `{p${n}:${TYPE[type]}}`,
  namedParams: true,
  correlatedSubqueries: false,
  stringLiteral: backslashString,
  booleanLiteral: (v) => (v ? 'true' : 'false'),
  literal: (v, t) => scalarLiteral(v, t, clickhouse),
  jsonScalar: (c, k, t) => sql`JSONExtract(${c}, ${key(k)}, ${raw(`'Nullable(${TYPE[t]})'`)})`,
  jsonRoot: (c, t) => sql`JSONExtract(${c}, ${raw(`'Nullable(${TYPE[t]})'`)})`,
  jsonTypeOf: (c, k) => sql`toString(JSONType(${c}, ${key(k)}))`,
  // The raw JSON text tells "1" from 1; '' is a missing key, 'null' a JSON null.
  jsonDistinctValue: (c, k) => sql`nullIf(nullIf(JSONExtractRaw(${c}, ${key(k)}), ''), 'null')`,
  jsonArrayElements: (c, a) => ({
    from: sql`(SELECT arrayJoin(JSONExtract(${c}, 'Array(String)')) AS value) AS ${raw(a)}`,
    value: raw(`${a}.value`),
  }),
  jsonArrayHas: (c, values, all, fold) => {
    const array = sql`JSONExtract(${c}, 'Array(String)')`
    return sql`${raw(all ? 'hasAll' : 'hasAny')}(${fold ? sql`arrayMap(x -> lower(x), ${array})` : array}, [${join(values, ', ')}])`
  },
  jsonListValues: (list, t) =>
    sql`SELECT arrayJoin(JSONExtract(${list}, ${raw(t === 'text' ? `'Array(String)'` : `'Array(Float64)'`)}))`,
  floorDiv: floorFromTrunc(
    (a, b) => sql`intDiv(${a}, ${b})`,
    (a, b) => sql`modulo(${a}, ${b})`,
  ),
  nowMs: raw('toUnixTimestamp64Milli(now64(3))'),
  timestampToMs: (e) => sql`toUnixTimestamp64Milli(${e})`,
  // toRelativeDayNum counts days from a fixed point: distinct days and differences are what count.
  localDay: (ms, tz) => sql`toRelativeDayNum(fromUnixTimestamp64Milli(toInt64(${ms}), 'UTC'), ${tz})`,
  periodStartMs: (unit, shift, weekStart, tz) => {
    const day = sql`toDate32(now(), ${tz})`
    const start =
      unit === 'day'
        ? day
        : unit === 'week'
          ? sql`subtractDays(${day}, ${daysIntoWeek(sql`toDayOfWeek(${day})`, weekStart)})`
          : sql`${raw(unit === 'month' ? 'toStartOfMonth' : unit === 'quarter' ? 'toStartOfQuarter' : 'toStartOfYear')}(${day})`
    const step = shiftStep(unit, shift)
    const add = step.unit === 'day' ? 'addDays' : step.unit === 'month' ? 'addMonths' : 'addYears'
    return sql`(toInt64(toUnixTimestamp(toDateTime(${raw(add)}(${start}, ${raw(String(step.amount))}), ${tz}))) * 1000)`
  },
  msToTimestamp: (e) => sql`fromUnixTimestamp64Milli(${e})`,
  // ClickHouse's lower() folds ASCII only (lowerUTF8 folds the rest).
  asciiLower: (e) => sql`lower(${e})`,
  contains: (h, n) => sql`position(${h}, ${n}) > 0`,
  startsWith: (h, n) => sql`startsWith(${h}, ${n})`,
  endsWith: (h, n) => sql`endsWith(${h}, ${n})`,
  concat: (parts) => sql`concat(${join(parts, ', ')})`,
  types: { text: 'String', number: 'Float64', boolean: 'Bool', bigint: 'Int64', json: 'String' },
  columnType: (kind, c) => (c.primaryKey ? clickhouse.types[kind] : `Nullable(${clickhouse.types[kind]})`),
  primaryKeys: false,
  tableOptions: (key) => ` ENGINE = MergeTree ORDER BY ${key ?? 'tuple()'}`,
  indexes: false,
}
