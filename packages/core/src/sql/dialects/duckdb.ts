/** DuckDB: `CAST($n AS type)` placeholders, JSON read by JSON Pointer (no key character is special there). */
import {
  ALPHA_LOWER,
  ALPHA_UPPER,
  type Dialect,
  doubleQuote,
  keyValueField,
  type SqlScalarType,
  standardString,
} from '../dialect.ts'
import { join, raw, type SqlFragment, sql } from '../fragment.ts'
import { scalarLiteral } from '../literal.ts'
import { shiftStep, truncLocal } from './calendar-sql.ts'

const TYPE: Record<SqlScalarType, string> = { text: 'VARCHAR', number: 'DOUBLE', boolean: 'BOOLEAN', bigint: 'BIGINT' }
/** A JSON Pointer (RFC 6901): `~` and `/` escaped, every other character literal (a JSONPath reads `*` as a wildcard). */
const pointer = (key: string) => raw(standardString(`/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`))
const typed = (c: SqlFragment, path: SqlFragment, t: SqlScalarType) =>
  t === 'text' ? sql`json_extract_string(${c}, ${path})` : sql`CAST(json_extract(${c}, ${path}) AS ${raw(TYPE[t])})`

export const duckdb: Dialect = {
  name: 'duckdb',
  quoteIdent: doubleQuote,
  placeholder: (n, type) => `CAST($${n} AS ${TYPE[type]})`,
  namedParams: false,
  asofJoins: true,
  materializedSteps: true,
  stringLiteral: standardString,
  booleanLiteral: (v) => (v ? 'TRUE' : 'FALSE'),
  literal: (v, t) => scalarLiteral(v, t, duckdb),
  jsonScalar: (c, k, t) => typed(c, pointer(k), t),
  jsonRoot: (c, t) => typed(c, raw(`'$'`), t),
  // One arg_max_null pass; the JSON is read once, from the winning row only.
  latestValues: ({ id, value, type, from, seq, upTo, source }) => {
    const key = seq ? sql`row(${from}, COALESCE(${seq}, -9223372036854775808))` : from
    const v = typed(sql`arg_max_null(${value}, ${key}) FILTER (WHERE ${upTo})`, raw(`'$'`), type)
    return sql`SELECT ${id} AS k, 1 AS m, ${v} AS v ${source} GROUP BY ${id}`
  },
  keyValueScalar: (list, key, t) =>
    sql`(SELECT ${keyValueField('kv.p', t, { double: 'DOUBLE', text: 'VARCHAR' })} FROM unnest(${list}) AS kv(p) WHERE kv.p.key = ${raw(standardString(key))} LIMIT 1)`,
  jsonTypeOf: (c, k) => sql`json_type(${c}, ${pointer(k)})`,
  jsonArrayElements: (c, a) => ({
    from: sql`unnest(from_json(${c}, '["VARCHAR"]')) AS ${raw(a)}(value)`,
    value: raw(`${a}.value`),
  }),
  jsonListValues: (list, t) =>
    sql`SELECT unnest(from_json(${list}, ${raw(t === 'text' ? `'["VARCHAR"]'` : `'["DOUBLE"]'`)}))`,
  // ROUND of a double rounds half away from zero: one read of the value.
  roundHalfAway: (v) => sql`ROUND(${v})`,
  floorDiv: (a, b) => sql`fdiv(${a}, ${b})`,
  nowMs: raw('epoch_ms(now())'),
  timestampToMs: (e) => sql`epoch_ms(${e})`,
  // timezone(zone, TIMESTAMPTZ) is the local TIMESTAMP there; timezone(zone, TIMESTAMP) the instant back.
  localDay: (ms, tz) =>
    sql`date_diff('day', DATE '1970-01-01', CAST(timezone(${tz}, to_timestamp(${ms} / 1000.0)) AS DATE))`,
  periodStartMs: (unit, shift, weekStart, tz) => {
    const start = truncLocal(
      sql`timezone(${tz}, now())`,
      unit,
      weekStart,
      (x) => sql`isodow(${x})`,
      (x, days) => sql`(${x} - to_days(CAST(${days} AS INTEGER)))`,
    )
    const step = shiftStep(unit, shift)
    return sql`epoch_ms(timezone(${tz}, ${start} + ${raw(`INTERVAL (${step.amount}) ${step.unit.toUpperCase()}`)}))`
  },
  msToTimestamp: (e) => sql`epoch_ms(${e})`,
  asciiLower: (e) => sql`translate(${e}, ${raw(`'${ALPHA_UPPER}', '${ALPHA_LOWER}'`)})`,
  contains: (h, n) => sql`strpos(${h}, ${n}) > 0`,
  startsWith: (h, n) => sql`starts_with(${h}, ${n})`,
  endsWith: (h, n) => sql`ends_with(${h}, ${n})`,
  concat: (parts) => sql`(${join(parts, ' || ')})`,
  types: { text: 'VARCHAR', number: 'DOUBLE', boolean: 'BOOLEAN', bigint: 'BIGINT', json: 'JSON' },
  columnType: (kind) => duckdb.types[kind],
  primaryKeys: true,
  indexes: true,
  insert: { placeholder: (n) => `$${n}` },
}
