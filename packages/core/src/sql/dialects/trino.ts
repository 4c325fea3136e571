/**
 * Trino (and Presto, Athena): positional `?` parameters, standard quoting, JSON held as VARCHAR
 * text and read with `json_extract_scalar` over a bracketed, JSON-escaped key path.
 */
import {
  ALPHA_LOWER,
  ALPHA_UPPER,
  type Dialect,
  doubleQuote,
  floorFromTrunc,
  jsonStringContent,
  type SqlScalarType,
  standardString,
} from '../dialect.ts'
import { join, raw, type SqlFragment, sql } from '../fragment.ts'
import { scalarLiteral } from '../literal.ts'
import { shiftStep, truncLocal } from './calendar-sql.ts'

const TYPE: Record<SqlScalarType, string> = { text: 'VARCHAR', number: 'DOUBLE', boolean: 'BOOLEAN', bigint: 'BIGINT' }
const path = (key: string) => raw(standardString(`$["${jsonStringContent(key)}"]`))
const cast = (v: SqlFragment, t: SqlScalarType) => (t === 'text' ? v : sql`TRY_CAST(${v} AS ${raw(TYPE[t])})`)

export const trino: Dialect = {
  name: 'trino',
  quoteIdent: doubleQuote,
  // Trino casts an untyped parameter where it is compared; the explicit cast keeps bigint times exact.
  placeholder: (_, type) => (type === 'bigint' ? 'CAST(? AS BIGINT)' : '?'),
  namedParams: false,
  stringLiteral: standardString,
  booleanLiteral: (v) => (v ? 'TRUE' : 'FALSE'),
  literal: (v, t) => scalarLiteral(v, t, trino),
  jsonScalar: (c, k, t) => cast(sql`json_extract_scalar(${c}, ${path(k)})`, t),
  jsonRoot: (c, t) => cast(sql`json_extract_scalar(${c}, '$')`, t),
  jsonTypeOf: (c, k) =>
    sql`CASE WHEN json_extract(${c}, ${path(k)}) IS NULL THEN NULL ELSE substr(json_format(json_extract(${c}, ${path(k)})), 1, 1) END`,
  jsonArrayElements: (c, a) => ({
    from: sql`UNNEST(CAST(json_parse(${c}) AS ARRAY(VARCHAR))) AS ${raw(a)}(value)`,
    value: raw(`${a}.value`),
  }),
  jsonArrayHas: (c, values, all, fold) => {
    const array = sql`CAST(json_parse(${c}) AS ARRAY(VARCHAR))`
    const elements = fold ? sql`transform(${array}, x -> lower(x))` : array
    return all
      ? sql`cardinality(array_except(ARRAY[${join(values, ', ')}], ${elements})) = 0`
      : sql`arrays_overlap(${elements}, ARRAY[${join(values, ', ')}])`
  },
  jsonListValues: (list, t) =>
    sql`SELECT l.value FROM UNNEST(CAST(json_parse(${list}) AS ARRAY(${raw(TYPE[t === 'text' ? 'text' : 'number'])}))) AS l(value)`,
  // ROUND of a double rounds half away from zero: one read of the value.
  roundHalfAway: (v) => sql`ROUND(${v})`,
  floorDiv: floorFromTrunc(
    (a, b) => sql`(${a} / ${b})`,
    (a, b) => sql`mod(${a}, ${b})`,
  ),
  nowMs: raw('CAST(to_unixtime(current_timestamp) * 1000 AS BIGINT)'),
  timestampToMs: (e) => sql`CAST(to_unixtime(${e}) * 1000 AS BIGINT)`,
  localDay: (ms, tz) => sql`date_diff('day', DATE '1970-01-01', CAST(from_unixtime(${ms} / 1000.0, ${tz}) AS DATE))`,
  periodStartMs: (unit, shift, weekStart, tz) => {
    const start = truncLocal(
      sql`(current_timestamp AT TIME ZONE ${tz})`,
      unit,
      weekStart,
      (x) => sql`day_of_week(${x})`,
      (x, days) => sql`date_add('day', -${days}, ${x})`,
    )
    const step = shiftStep(unit, shift)
    return sql`CAST(to_unixtime(date_add(${raw(`'${step.unit}', ${step.amount}`)}, ${start})) * 1000 AS BIGINT)`
  },
  msToTimestamp: (e) => sql`from_unixtime(${e} / 1000.0)`,
  asciiLower: (e) => sql`translate(${e}, ${raw(`'${ALPHA_UPPER}', '${ALPHA_LOWER}'`)})`,
  contains: (h, n) => sql`strpos(${h}, ${n}) > 0`,
  startsWith: (h, n) => sql`starts_with(${h}, ${n})`,
  endsWith: (h, n) =>
    sql`substr(${h}, greatest(length(${h}) - length(${n}) + 1, 1)) = ${n} AND length(${h}) >= length(${n})`,
  concat: (parts) => sql`(${join(parts, ' || ')})`,
  types: { text: 'VARCHAR', number: 'DOUBLE', boolean: 'BOOLEAN', bigint: 'BIGINT', json: 'VARCHAR' },
  columnType: (kind) => trino.types[kind],
  primaryKeys: false,
  indexes: false,
}
