/** Snowflake: numbered `:n` binds, VARIANT JSON read with GET, backslash-escaping string literals. */
import { ALPHA_LOWER, ALPHA_UPPER, backslashString, type Dialect, doubleQuote, type SqlScalarType } from '../dialect.ts'
import { join, raw, type SqlFragment, sql } from '../fragment.ts'
import { scalarLiteral } from '../literal.ts'
import { daysIntoWeek, shiftStep } from './calendar-sql.ts'

const TYPE: Record<SqlScalarType, string> = { text: 'STRING', number: 'DOUBLE', boolean: 'BOOLEAN', bigint: 'NUMBER' }
const cast = (v: SqlFragment, t: SqlScalarType) => sql`${v}::${raw(TYPE[t])}`
const lower = (e: SqlFragment) => sql`TRANSLATE(${e}, ${raw(`'${ALPHA_UPPER}', '${ALPHA_LOWER}'`)})`
const key = (k: string) => raw(backslashString(k))

export const snowflake: Dialect = {
  name: 'snowflake',
  quoteIdent: doubleQuote,
  // Numbered binds (`:1`): a value used twice is bound once.
  placeholder: (n) => `:${n}`,
  namedParams: false,
  // Snowflake runs only some correlated subqueries: the window forms are written instead.
  correlatedSubqueries: false,
  stringLiteral: backslashString,
  booleanLiteral: (v) => (v ? 'TRUE' : 'FALSE'),
  literal: (v, t) => scalarLiteral(v, t, snowflake),
  // STRIP_NULL_VALUE: a JSON null is missing (SQL NULL), as an absent key is.
  jsonScalar: (c, k, t) => cast(sql`STRIP_NULL_VALUE(GET(${c}, ${key(k)}))`, t),
  jsonRoot: (c, t) => cast(sql`STRIP_NULL_VALUE(${c})`, t),
  jsonTypeOf: (c, k) => sql`TYPEOF(GET(${c}, ${key(k)}))`,
  jsonArrayElements: (c, a) => ({
    from: sql`TABLE(FLATTEN(input => ${c})) AS ${raw(a)}`,
    value: raw(`${a}.value::STRING`),
  }),
  jsonArrayHas: (c, values, all, fold) => {
    const array = sql`TO_ARRAY(${fold ? sql`PARSE_JSON(${lower(sql`TO_JSON(${c})`)})` : c})`
    return all
      ? join(
          values.map((v) => sql`ARRAY_CONTAINS(TO_VARIANT(${v}), ${array})`),
          ' AND ',
        )
      : sql`ARRAYS_OVERLAP(${array}, ARRAY_CONSTRUCT(${join(values, ', ')}))`
  },
  jsonListValues: (list, t) =>
    sql`SELECT ${cast(raw('l.value'), t)} FROM TABLE(FLATTEN(input => PARSE_JSON(${list}))) AS l`,
  // ROUND of a double rounds half away from zero: one read of the value.
  roundHalfAway: (v) => sql`ROUND(${v})`,
  floorDiv: (a, b) => sql`FLOOR(${a} / ${b})`,
  nowMs: raw('DATE_PART(epoch_millisecond, CURRENT_TIMESTAMP())'),
  timestampToMs: (e) => sql`DATE_PART(epoch_millisecond, ${e})`,
  localDay: (ms, tz) =>
    sql`DATEDIFF(day, '1970-01-01'::DATE, TO_DATE(CONVERT_TIMEZONE('UTC', ${tz}, TO_TIMESTAMP_NTZ(${ms}, 3))))`,
  periodStartMs: (unit, shift, weekStart, tz) => {
    const local = sql`CONVERT_TIMEZONE(${tz}, CURRENT_TIMESTAMP())::TIMESTAMP_NTZ`
    const day = sql`DATE_TRUNC('day', ${local})`
    const start =
      unit === 'day'
        ? day
        : unit === 'week'
          ? sql`DATEADD(day, -${daysIntoWeek(sql`DAYOFWEEKISO(${local})`, weekStart)}, ${day})`
          : sql`DATE_TRUNC(${raw(`'${unit}'`)}, ${local})`
    const step = shiftStep(unit, shift)
    return sql`DATE_PART(epoch_millisecond, CONVERT_TIMEZONE(${tz}, 'UTC', DATEADD(${raw(`${step.unit}, ${step.amount}`)}, ${start})))`
  },
  msToTimestamp: (e) => sql`TO_TIMESTAMP(${e}, 3)`,
  asciiLower: lower,
  contains: (h, n) => sql`POSITION(${n}, ${h}) > 0`,
  startsWith: (h, n) => sql`STARTSWITH(${h}, ${n})`,
  endsWith: (h, n) => sql`ENDSWITH(${h}, ${n})`,
  concat: (parts) => sql`(${join(parts, ' || ')})`,
  types: { text: 'VARCHAR', number: 'DOUBLE', boolean: 'BOOLEAN', bigint: 'NUMBER(19,0)', json: 'VARIANT' },
  columnType: (kind) => snowflake.types[kind],
  primaryKeys: true,
  indexes: false,
}
