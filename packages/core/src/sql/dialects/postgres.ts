/** PostgreSQL (and PGlite): `$n::type` placeholders, JSONB, standard strings. */
import {
  ALPHA_LOWER,
  ALPHA_UPPER,
  type Dialect,
  doubleQuote,
  floorFromTrunc,
  type SqlScalarType,
  standardString,
} from '../dialect.ts'
import { join, raw, type SqlFragment, sql } from '../fragment.ts'
import { scalarLiteral } from '../literal.ts'
import { shiftStep, truncLocal } from './calendar-sql.ts'

const CAST: Record<SqlScalarType, string> = {
  text: 'text',
  number: 'double precision',
  boolean: 'boolean',
  bigint: 'bigint',
}
const cast = (text: SqlFragment, t: SqlScalarType) => (t === 'text' ? text : sql`${text}::${raw(CAST[t])}`)

export const postgres: Dialect = {
  name: 'postgres',
  quoteIdent: doubleQuote,
  placeholder: (n, type) => `$${n}::${CAST[type]}`,
  namedParams: false,
  stringLiteral: standardString,
  booleanLiteral: (v) => (v ? 'TRUE' : 'FALSE'),
  literal: (v, t) => scalarLiteral(v, t, postgres),
  jsonScalar: (c, k, t) => cast(sql`(${c}->>${raw(standardString(k))})`, t),
  jsonRoot: (c, t) => cast(sql`(${c}#>>'{}')`, t),
  jsonTypeOf: (c, k) => sql`jsonb_typeof(${c}->${raw(standardString(k))})`,
  jsonArrayElements: (c, a) => ({
    from: sql`jsonb_array_elements_text(${c}) AS ${raw(a)}(value)`,
    value: raw(`${a}.value`),
  }),
  jsonListValues: (list, t) => sql`SELECT ${cast(sql`jsonb_array_elements_text(${list}::jsonb)`, t)}`,
  floorDiv: floorFromTrunc(
    (a, b) => sql`div(${a}, ${b})`,
    (a, b) => sql`mod(${a}, ${b})`,
  ),
  nowMs: raw('(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::bigint'),
  timestampToMs: (e) => sql`(EXTRACT(EPOCH FROM ${e}) * 1000)::bigint`,
  localDay: (ms, tz) => sql`(CAST((to_timestamp(${ms} / 1000.0) AT TIME ZONE ${tz}) AS date) - DATE '1970-01-01')`,
  periodStartMs: (unit, shift, weekStart, tz) => {
    const local = sql`(clock_timestamp() AT TIME ZONE ${tz})`
    const start = truncLocal(
      local,
      unit,
      weekStart,
      (x) => sql`CAST(EXTRACT(ISODOW FROM ${x}) AS integer)`,
      (x, days) => sql`(${x} - ${days} * INTERVAL '1 day')`,
    )
    const step = shiftStep(unit, shift)
    const moved = sql`(${start} + ${raw(`${step.amount} * INTERVAL '1 ${step.unit}'`)})`
    return sql`(EXTRACT(EPOCH FROM (${moved} AT TIME ZONE ${tz})) * 1000)::bigint`
  },
  msToTimestamp: (e) => sql`to_timestamp(${e} / 1000.0)`,
  asciiLower: (e) => sql`translate(${e}, ${raw(`'${ALPHA_UPPER}', '${ALPHA_LOWER}'`)})`,
  binaryText: (e) => sql`(${e} COLLATE "C")`,
  contains: (h, n) => sql`strpos(${h}, ${n}) > 0`,
  startsWith: (h, n) => sql`starts_with(${h}, ${n})`,
  endsWith: (h, n) => sql`right(${h}, length(${n})) = ${n}`,
  concat: (parts) => sql`(${join(parts, ' || ')})`,
  types: { text: 'TEXT', number: 'DOUBLE PRECISION', boolean: 'BOOLEAN', bigint: 'BIGINT', json: 'JSONB' },
  columnType: (kind) => postgres.types[kind],
  primaryKeys: true,
  indexes: true,
  insert: { placeholder: (n, kind) => (kind === 'json' ? `$${n}::jsonb` : `$${n}`) },
}
