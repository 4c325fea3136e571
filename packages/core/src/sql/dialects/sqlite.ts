/** SQLite: `?` placeholders, JSON1 paths with JSON-escaped quoted members, booleans as 0/1. */
import { type Dialect, doubleQuote, floorFromTrunc, quotedJsonPath, standardString } from '../dialect.ts'
import { join, raw, sql } from '../fragment.ts'
import { scalarLiteral } from '../literal.ts'

const path = (key: string) => raw(standardString(quotedJsonPath(key)))

export const sqlite: Dialect = {
  name: 'sqlite',
  quoteIdent: doubleQuote,
  // sql.js and others bind large JS integers as REAL; times must stay INTEGER for `/` to divide exactly.
  placeholder: (_, type) => (type === 'bigint' ? 'CAST(? AS INTEGER)' : '?'),
  namedParams: false,
  stringLiteral: standardString,
  booleanLiteral: (v) => (v ? '1' : '0'),
  literal: (v, t) => scalarLiteral(v, t, sqlite),
  jsonScalar: (c, k) => sql`json_extract(${c}, ${path(k)})`,
  jsonRoot: (c) => sql`json_extract(${c}, '$')`,
  jsonTypeOf: (c, k) => sql`json_type(${c}, ${path(k)})`,
  jsonArrayElements: (c, a) => ({ from: sql`json_each(${c}) AS ${raw(a)}`, value: raw(`${a}.value`) }),
  jsonListValues: (list) => sql`SELECT value FROM json_each(${list})`,
  floorDiv: floorFromTrunc(
    (a, b) => sql`(${a} / ${b})`,
    (a, b) => sql`(${a} % ${b})`,
  ),
  // round() of a double: half away from zero (FLOOR is an optional SQLite function).
  roundHalfAway: (v) => sql`round(${v})`,
  // ROUND, not truncation: a Julian day is a double, and x.999… ms must not become x.
  nowMs: raw(`CAST(ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER)`),
  timestampToMs: (e) => sql`CAST(ROUND((julianday(${e}) - 2440587.5) * 86400000) AS INTEGER)`,
  // SQLite's built-in lower() folds ASCII letters only.
  asciiLower: (e) => sql`lower(${e})`,
  contains: (h, n) => sql`instr(${h}, ${n}) > 0`,
  startsWith: (h, n) => sql`substr(${h}, 1, length(${n})) = ${n}`,
  endsWith: (h, n) => sql`substr(${h}, length(${h}) - length(${n}) + 1) = ${n}`,
  concat: (parts) => sql`(${join(parts, ' || ')})`,
  types: { text: 'TEXT', number: 'REAL', boolean: 'INTEGER', bigint: 'INTEGER', json: 'TEXT' },
  columnType: (kind) => sqlite.types[kind],
  primaryKeys: true,
  indexes: true,
  insert: {
    placeholder: () => '?',
    value: (v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v),
  },
}
