/**
 * MySQL 8 (and MariaDB 10.11, see docs/sql.md): `?` placeholders, backtick identifiers, JSON paths with
 * JSON-escaped quoted members inside literals that read the same whether or not NO_BACKSLASH_ESCAPES
 * is set.
 */
import { ALPHA_LOWER, ALPHA_UPPER, backtick, type Dialect, quotedJsonPath, type SqlScalarType } from '../dialect.ts'
import { join, raw, type SqlFragment, sql } from '../fragment.ts'
import { scalarLiteral } from '../literal.ts'
import { daysIntoWeek, shiftStep } from './calendar-sql.ts'

/**
 * A literal that reads the same with and without NO_BACKSLASH_ESCAPES: quotes doubled, and a text
 * holding a backslash written as its UTF-8 bytes (`CONVERT(X'…' USING utf8mb4)`), which no sql_mode
 * reads differently.
 */
const mysqlString = (v: string) =>
  v.includes('\\') ? `CONVERT(X'${utf8Hex(v)}' USING utf8mb4)` : `'${v.replace(/'/g, "''")}'`
/** The UTF-8 bytes of a text (well-formed by the text rule), as hex. */
function utf8Hex(v: string): string {
  let out = ''
  const byte = (b: number) => {
    out += b.toString(16).padStart(2, '0')
  }
  for (const ch of v) {
    const c = ch.codePointAt(0) as number
    if (c < 0x80) byte(c)
    else if (c < 0x800) {
      byte(0xc0 | (c >> 6))
      byte(0x80 | (c & 63))
    } else if (c < 0x10000) {
      byte(0xe0 | (c >> 12))
      byte(0x80 | ((c >> 6) & 63))
      byte(0x80 | (c & 63))
    } else {
      byte(0xf0 | (c >> 18))
      byte(0x80 | ((c >> 12) & 63))
      byte(0x80 | ((c >> 6) & 63))
      byte(0x80 | (c & 63))
    }
  }
  return out
}
const path = (key: string) => raw(mysqlString(quotedJsonPath(key)))
/** A JSON value as a typed scalar; a JSON null is missing (SQL NULL), as an absent key is. */
const jsonValue = (json: SqlFragment, t: SqlScalarType) => {
  // JSON_TYPE is 'NULL' for a JSON null (MariaDB has no CAST(… AS JSON) to compare with).
  const value = sql`CASE WHEN JSON_TYPE(${json}) = 'NULL' THEN NULL ELSE ${json} END`
  return t === 'text'
    ? sql`JSON_UNQUOTE(${value})`
    : sql`CAST(${value} AS ${raw(t === 'number' ? 'DOUBLE' : 'SIGNED')})`
}
/** MySQL has no translate(): fold A–Z one letter at a time so non-ASCII letters stay as they are. */
const lower = (e: SqlFragment): SqlFragment =>
  [...ALPHA_UPPER].reduce<SqlFragment>((acc, ch, i) => sql`REPLACE(${acc}, ${raw(`'${ch}', '${ALPHA_LOWER[i]}'`)})`, e)

/** Binary, NO PAD: 'a ' and 'a' differ, as in every other engine. */
const TEXT_COLLATION = 'COLLATE utf8mb4_0900_bin'

export const mysql: Dialect = {
  name: 'mysql',
  quoteIdent: backtick,
  placeholder: () => '?',
  namedParams: false,
  stringLiteral: mysqlString,
  booleanLiteral: (v) => (v ? 'TRUE' : 'FALSE'),
  literal: (v, t) => scalarLiteral(v, t, mysql),
  jsonScalar: (c, k, t) => jsonValue(sql`JSON_EXTRACT(${c}, ${path(k)})`, t),
  jsonRoot: (c, t) => jsonValue(c, t),
  jsonTypeOf: (c, k) => sql`JSON_TYPE(JSON_EXTRACT(${c}, ${path(k)}))`,
  // Type and text, compared as bytes: under the session's default collation (case-insensitive in
  // MySQL 8 and MariaDB) "Pro" and "pro" would count once.
  jsonDistinctValue: (c, k) =>
    sql`CAST(CONCAT(JSON_TYPE(JSON_EXTRACT(${c}, ${path(k)})), ':', ${jsonValue(sql`JSON_EXTRACT(${c}, ${path(k)})`, 'text')}) AS BINARY)`,
  jsonArrayElements: (c, a) => ({
    from: sql`JSON_TABLE(${c}, '$[*]' COLUMNS (value TEXT PATH '$')) AS ${raw(a)}`,
    value: raw(`${a}.value`),
  }),
  // Folding the JSON text is safe: JSON escapes are lowercase already (\n, \u00e9 ≡ \u00E9).
  jsonArrayHas: (c, values, all, fold) =>
    sql`${raw(all ? 'JSON_CONTAINS' : 'JSON_OVERLAPS')}(${fold ? lower(c) : c}, JSON_ARRAY(${join(values, ', ')}))`,
  jsonListValues: (list, t) =>
    sql`SELECT l.v FROM JSON_TABLE(${list}, '$[*]' COLUMNS (v ${raw(t === 'text' ? 'TEXT' : 'DOUBLE')} PATH '$')) AS l`,
  floorDiv: (a, b) => sql`FLOOR(${a} / ${b})`,
  nowMs: raw('CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)'),
  timestampToMs: (e) => sql`CAST(UNIX_TIMESTAMP(${e}) * 1000 AS SIGNED)`,
  // CONVERT_TZ needs the time-zone tables (mysql_tzinfo_to_sql); 719528 is TO_DAYS('1970-01-01').
  localDay: (ms, tz) =>
    sql`(TO_DAYS(CONVERT_TZ(TIMESTAMPADD(MICROSECOND, ${ms} * 1000, TIMESTAMP '1970-01-01 00:00:00'), '+00:00', ${tz})) - 719528)`,
  periodStartMs: (unit, shift, weekStart, tz) => {
    const local = sql`CONVERT_TZ(UTC_TIMESTAMP(3), '+00:00', ${tz})`
    const day = sql`DATE(${local})`
    const start =
      unit === 'day'
        ? day
        : unit === 'week'
          ? sql`(${day} - INTERVAL ${daysIntoWeek(sql`(WEEKDAY(${local}) + 1)`, weekStart)} DAY)`
          : unit === 'month'
            ? sql`(${day} - INTERVAL (DAYOFMONTH(${local}) - 1) DAY)`
            : unit === 'quarter'
              ? sql`(MAKEDATE(YEAR(${local}), 1) + INTERVAL (QUARTER(${local}) - 1) QUARTER)`
              : sql`MAKEDATE(YEAR(${local}), 1)`
    const step = shiftStep(unit, shift)
    const moved = sql`(CAST(${start} AS DATETIME) + INTERVAL ${raw(`${step.amount} ${step.unit.toUpperCase()}`)})`
    return sql`(TIMESTAMPDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', CONVERT_TZ(${moved}, ${tz}, '+00:00')) DIV 1000)`
  },
  asciiLower: lower,
  binaryText: (e) => sql`CAST(${e} AS BINARY)`,
  contains: (h, n) => sql`LOCATE(${n}, ${h}) > 0`,
  startsWith: (h, n) => sql`LEFT(${h}, CHAR_LENGTH(${n})) = ${n}`,
  endsWith: (h, n) => sql`RIGHT(${h}, CHAR_LENGTH(${n})) = ${n}`,
  concat: (parts) => sql`CONCAT(${join(parts, ', ')})`,
  types: {
    text: `TEXT ${TEXT_COLLATION}`,
    number: 'DOUBLE',
    boolean: 'BOOLEAN',
    bigint: 'BIGINT',
    json: 'JSON',
  },
  // MySQL cannot index TEXT: keys and indexed text columns are VARCHAR(191) (4 bytes a character).
  columnType: (kind, c) =>
    kind === 'text' && (c.primaryKey || c.indexed) ? `VARCHAR(191) ${TEXT_COLLATION}` : mysql.types[kind],
  primaryKeys: true,
  indexes: true,
  insert: { placeholder: () => '?' },
}
