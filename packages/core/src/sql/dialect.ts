/**
 * SQL dialects: only what differs between engines — identifier quoting,
 * placeholders, string literals, JSON extraction, integer division, the current
 * time, ASCII case folding, JSON array elements. The compiler is shared.
 * Every time is compared as epoch milliseconds (BIGINT); see `timeToMs`.
 */

export type DialectName = 'postgres' | 'duckdb' | 'sqlite' | 'mysql' | 'bigquery' | 'snowflake' | 'clickhouse'

export type SqlScalarType = 'text' | 'number' | 'boolean' | 'bigint'

export interface Dialect {
  readonly name: DialectName
  quoteIdent(name: string): string
  /** Placeholder for the n-th parameter (1-based) of a type. */
  placeholder(n: number, type: SqlScalarType): string
  /** Whether parameters are bound by name (BigQuery `@p1`, ClickHouse `{p1:Type}`). */
  readonly namedParams: boolean
  /** A string literal, escaped for this engine. */
  stringLiteral(value: string): string
  booleanLiteral(value: boolean): string
  /** A scalar of a JSON object column, as text / number / boolean. `key` comes from the catalog. */
  jsonScalar(column: string, key: string, type: SqlScalarType): string
  /** The whole JSON column, when it holds a JSON scalar, as a typed value (history values). */
  jsonRoot(column: string, type: SqlScalarType): string
  /** The JSON type name of a key's value (to tell "1" from 1 in distinct counts). */
  jsonTypeOf(column: string, key: string): string
  /**
   * Where the engine has one, an aggregate giving `value` of the row with the greatest `keys`
   * (compared in order); else history lookups use `ORDER BY … DESC LIMIT 1`.
   */
  latestBy?(value: string, keys: readonly string[]): string
  /** Where the generic `type:text` key does not work: one value per distinct non-missing JSON value (NULL when missing). */
  jsonDistinctValue?(column: string, key: string): string
  /** A FROM-clause source of the text elements of a JSON array column, and the expression of one element. */
  jsonArrayElements(column: string, alias: string): { from: string; value: string }
  /**
   * Where the engine has array functions, `has_any` (`all` false) / `has_all` (`all` true) of a JSON
   * string array against value SQL, without a correlated subquery; `fold` lowercases ASCII in the elements.
   */
  jsonArrayHas?(column: string, values: readonly string[], all: boolean, fold: boolean): string
  intDiv(a: string, b: string): string
  /** Current time in epoch ms. */
  readonly nowMs: string
  /** A TIMESTAMP column as epoch ms (mappings whose times are timestamps). */
  timestampToMs(expr: string): string
  /** Lowercases ASCII A–Z only. */
  asciiLower(expr: string): string
  /** `position of needle in haystack > 0`, literal (no wildcards). */
  contains(haystack: string, needle: string): string
  /** Literal prefix / suffix tests (no LIKE, so `%` and `_` are plain characters). */
  startsWith(haystack: string, needle: string): string
  endsWith(haystack: string, needle: string): string
  concat(parts: string[]): string
  /** SQL type names for the default schema. */
  readonly types: { text: string; number: string; boolean: string; bigint: string; json: string }
}

const doubleQuote = (name: string) => `"${name.replace(/"/g, '""')}"`
const backtick = (name: string) => `\`${name.replace(/`/g, '``')}\``
const standardString = (v: string) => `'${v.replace(/'/g, "''")}'`
/**
 * MySQL: backslash escaped and quotes doubled, so that a literal stays one literal
 * even under NO_BACKSLASH_ESCAPES (where only its backslashes would read doubled).
 */
const mysqlString = (v: string) => `'${v.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`
/** Engines that treat backslash as an escape inside string literals. */
const backslashString = (v: string) => `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
const jsonPath = (key: string) => `$."${key.replace(/"/g, '\\"')}"`
const ALPHA_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const ALPHA_LOWER = 'abcdefghijklmnopqrstuvwxyz'
const translateLower = (expr: string) => `translate(${expr}, '${ALPHA_UPPER}', '${ALPHA_LOWER}')`
/** The same as translateLower, spelled in capitals for the warehouses. */
const translateLowerStd = (expr: string) => `TRANSLATE(${expr}, '${ALPHA_UPPER}', '${ALPHA_LOWER}')`
const snowflakeCast = (v: string, t: SqlScalarType) =>
  `${v}::${t === 'text' ? 'STRING' : t === 'number' ? 'DOUBLE' : t === 'boolean' ? 'BOOLEAN' : 'NUMBER'}`
/** A MySQL JSON value as a typed scalar; a JSON null is missing (SQL NULL), as an absent key is. */
const mysqlJsonValue = (json: string, t: SqlScalarType) => {
  const value = `NULLIF(${json}, CAST('null' AS JSON))`
  return t === 'text' ? `JSON_UNQUOTE(${value})` : `CAST(${value} AS ${t === 'number' ? 'DOUBLE' : 'SIGNED'})`
}
/** MySQL has no translate(): fold A–Z one letter at a time so non-ASCII letters stay as they are. */
const mysqlLower = (e: string) =>
  [...ALPHA_UPPER].reduce((acc, ch, i) => `REPLACE(${acc}, '${ch}', '${ALPHA_LOWER[i]}')`, e)
const substrContains = (h: string, n: string) => `strpos(${h}, ${n}) > 0`

export const postgres: Dialect = {
  name: 'postgres',
  quoteIdent: doubleQuote,
  placeholder: (n, type) =>
    type === 'bigint'
      ? `$${n}::bigint`
      : type === 'number'
        ? `$${n}::double precision`
        : type === 'boolean'
          ? `$${n}::boolean`
          : `$${n}::text`,
  namedParams: false,
  stringLiteral: standardString,
  booleanLiteral: (v) => (v ? 'TRUE' : 'FALSE'),
  jsonScalar: (c, k, t) => {
    const text = `(${c}->>${standardString(k)})`
    return t === 'number'
      ? `${text}::double precision`
      : t === 'boolean'
        ? `${text}::boolean`
        : t === 'bigint'
          ? `${text}::bigint`
          : text
  },
  jsonRoot: (c, t) => {
    const text = `(${c}#>>'{}')`
    return t === 'number'
      ? `${text}::double precision`
      : t === 'boolean'
        ? `${text}::boolean`
        : t === 'bigint'
          ? `${text}::bigint`
          : text
  },
  jsonTypeOf: (c, k) => `jsonb_typeof(${c}->${standardString(k)})`,
  jsonArrayElements: (c, a) => ({ from: `jsonb_array_elements_text(${c}) AS ${a}(value)`, value: `${a}.value` }),
  intDiv: (a, b) => `div(${a}, ${b})`,
  nowMs: `(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::bigint`,
  timestampToMs: (e) => `(EXTRACT(EPOCH FROM ${e}) * 1000)::bigint`,
  asciiLower: translateLower,
  contains: substrContains,
  startsWith: (h, n) => `starts_with(${h}, ${n})`,
  endsWith: (h, n) => `right(${h}, length(${n})) = ${n}`,
  concat: (parts) => `(${parts.join(' || ')})`,
  types: { text: 'TEXT', number: 'DOUBLE PRECISION', boolean: 'BOOLEAN', bigint: 'BIGINT', json: 'JSONB' },
}

export const duckdb: Dialect = {
  name: 'duckdb',
  quoteIdent: doubleQuote,
  placeholder: (n, type) =>
    type === 'bigint'
      ? `CAST($${n} AS BIGINT)`
      : type === 'number'
        ? `CAST($${n} AS DOUBLE)`
        : type === 'boolean'
          ? `CAST($${n} AS BOOLEAN)`
          : `CAST($${n} AS VARCHAR)`,
  namedParams: false,
  stringLiteral: standardString,
  booleanLiteral: (v) => (v ? 'TRUE' : 'FALSE'),
  jsonScalar: (c, k, t) =>
    t === 'text'
      ? `json_extract_string(${c}, ${standardString(jsonPath(k))})`
      : `CAST(json_extract(${c}, ${standardString(jsonPath(k))}) AS ${t === 'number' ? 'DOUBLE' : t === 'boolean' ? 'BOOLEAN' : 'BIGINT'})`,
  jsonRoot: (c, t) =>
    t === 'text'
      ? `json_extract_string(${c}, '$')`
      : `CAST(json_extract(${c}, '$') AS ${t === 'number' ? 'DOUBLE' : t === 'boolean' ? 'BOOLEAN' : 'BIGINT'})`,
  jsonTypeOf: (c, k) => `json_type(${c}, ${standardString(jsonPath(k))})`,
  jsonArrayElements: (c, a) => ({ from: `unnest(from_json(${c}, '["VARCHAR"]')) AS ${a}(value)`, value: `${a}.value` }),
  intDiv: (a, b) => `(${a} // ${b})`,
  nowMs: 'epoch_ms(now())',
  timestampToMs: (e) => `epoch_ms(${e})`,
  asciiLower: translateLower,
  contains: (h, n) => `strpos(${h}, ${n}) > 0`,
  startsWith: (h, n) => `starts_with(${h}, ${n})`,
  endsWith: (h, n) => `ends_with(${h}, ${n})`,
  concat: (parts) => `(${parts.join(' || ')})`,
  types: { text: 'VARCHAR', number: 'DOUBLE', boolean: 'BOOLEAN', bigint: 'BIGINT', json: 'JSON' },
}

export const sqlite: Dialect = {
  name: 'sqlite',
  quoteIdent: doubleQuote,
  // sql.js and others bind large JS integers as REAL; times must stay INTEGER for `/` to divide exactly.
  placeholder: (_, type) => (type === 'bigint' ? 'CAST(? AS INTEGER)' : '?'),
  namedParams: false,
  stringLiteral: standardString,
  booleanLiteral: (v) => (v ? '1' : '0'),
  jsonScalar: (c, k) => `json_extract(${c}, ${standardString(jsonPath(k))})`,
  jsonRoot: (c) => `json_extract(${c}, '$')`,
  jsonTypeOf: (c, k) => `json_type(${c}, ${standardString(jsonPath(k))})`,
  jsonArrayElements: (c, a) => ({ from: `json_each(${c}) AS ${a}`, value: `${a}.value` }),
  intDiv: (a, b) => `(${a} / ${b})`,
  // ROUND, not truncation: a Julian day is a double, and x.999… ms must not become x.
  nowMs: `CAST(ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER)`,
  timestampToMs: (e) => `CAST(ROUND((julianday(${e}) - 2440587.5) * 86400000) AS INTEGER)`,
  // SQLite's built-in lower() folds ASCII letters only.
  asciiLower: (e) => `lower(${e})`,
  contains: (h, n) => `instr(${h}, ${n}) > 0`,
  startsWith: (h, n) => `substr(${h}, 1, length(${n})) = ${n}`,
  endsWith: (h, n) => `substr(${h}, length(${h}) - length(${n}) + 1) = ${n}`,
  concat: (parts) => `(${parts.join(' || ')})`,
  types: { text: 'TEXT', number: 'REAL', boolean: 'INTEGER', bigint: 'INTEGER', json: 'TEXT' },
}

export const mysql: Dialect = {
  name: 'mysql',
  quoteIdent: backtick,
  placeholder: () => '?',
  namedParams: false,
  stringLiteral: mysqlString,
  booleanLiteral: (v) => (v ? 'TRUE' : 'FALSE'),
  jsonScalar: (c, k, t) => mysqlJsonValue(`JSON_EXTRACT(${c}, ${standardString(jsonPath(k))})`, t),
  jsonRoot: (c, t) => mysqlJsonValue(c, t),
  jsonTypeOf: (c, k) => `JSON_TYPE(JSON_EXTRACT(${c}, ${standardString(jsonPath(k))}))`,
  jsonArrayElements: (c, a) => ({
    from: `JSON_TABLE(${c}, '$[*]' COLUMNS (value TEXT PATH '$')) AS ${a}`,
    value: `${a}.value`,
  }),
  // Folding the JSON text is safe: JSON escapes are lowercase already (\n, \u00e9 ≡ \u00E9).
  jsonArrayHas: (c, values, all, fold) =>
    `${all ? 'JSON_CONTAINS' : 'JSON_OVERLAPS'}(${fold ? `CAST(${mysqlLower(`CAST(${c} AS CHAR)`)} AS JSON)` : c}, JSON_ARRAY(${values.join(', ')}))`,
  intDiv: (a, b) => `(${a} DIV ${b})`,
  nowMs: 'CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)',
  timestampToMs: (e) => `CAST(UNIX_TIMESTAMP(${e}) * 1000 AS SIGNED)`,
  asciiLower: mysqlLower,
  contains: (h, n) => `LOCATE(${n}, ${h}) > 0`,
  startsWith: (h, n) => `LEFT(${h}, CHAR_LENGTH(${n})) = ${n}`,
  endsWith: (h, n) => `RIGHT(${h}, CHAR_LENGTH(${n})) = ${n}`,
  concat: (parts) => `CONCAT(${parts.join(', ')})`,
  types: {
    text: 'TEXT COLLATE utf8mb4_0900_bin',
    number: 'DOUBLE',
    boolean: 'BOOLEAN',
    bigint: 'BIGINT',
    json: 'JSON',
  },
}

export const bigquery: Dialect = {
  name: 'bigquery',
  quoteIdent: backtick,
  placeholder: (n) => `@p${n}`,
  namedParams: true,
  stringLiteral: backslashString,
  booleanLiteral: (v) => (v ? 'TRUE' : 'FALSE'),
  jsonScalar: (c, k, t) => {
    const text = `JSON_VALUE(${c}, ${standardString(jsonPath(k))})`
    return t === 'text' ? text : `CAST(${text} AS ${t === 'number' ? 'FLOAT64' : t === 'boolean' ? 'BOOL' : 'INT64'})`
  },
  jsonRoot: (c, t) =>
    t === 'text'
      ? `JSON_VALUE(${c})`
      : `CAST(JSON_VALUE(${c}) AS ${t === 'number' ? 'FLOAT64' : t === 'boolean' ? 'BOOL' : 'INT64'})`,
  jsonTypeOf: (c, k) => `JSON_TYPE(JSON_QUERY(${c}, ${standardString(jsonPath(k))}))`,
  jsonArrayElements: (c, a) => ({ from: `UNNEST(JSON_VALUE_ARRAY(${c})) AS ${a}`, value: a }),
  intDiv: (a, b) => `DIV(${a}, ${b})`,
  nowMs: 'UNIX_MILLIS(CURRENT_TIMESTAMP())',
  timestampToMs: (e) => `UNIX_MILLIS(${e})`,
  asciiLower: translateLowerStd,
  contains: (h, n) => `STRPOS(${h}, ${n}) > 0`,
  startsWith: (h, n) => `STARTS_WITH(${h}, ${n})`,
  endsWith: (h, n) => `ENDS_WITH(${h}, ${n})`,
  concat: (parts) => `CONCAT(${parts.join(', ')})`,
  types: { text: 'STRING', number: 'FLOAT64', boolean: 'BOOL', bigint: 'INT64', json: 'JSON' },
}

export const snowflake: Dialect = {
  name: 'snowflake',
  quoteIdent: doubleQuote,
  // Numbered binds (`:1`): a value used twice is bound once.
  placeholder: (n) => `:${n}`,
  namedParams: false,
  stringLiteral: backslashString,
  booleanLiteral: (v) => (v ? 'TRUE' : 'FALSE'),
  // STRIP_NULL_VALUE: a JSON null is missing (SQL NULL), as an absent key is.
  jsonScalar: (c, k, t) => snowflakeCast(`STRIP_NULL_VALUE(GET(${c}, ${standardString(k)}))`, t),
  jsonRoot: (c, t) => snowflakeCast(`STRIP_NULL_VALUE(${c})`, t),
  // One numeric key: (from, seq) as from·10^15 + seq in NUMBER(38), exact.
  latestBy: (v, keys) =>
    `MAX_BY(${v}, ${keys.length > 1 ? `${keys[0]} * 1000000000000000 + COALESCE(${keys[1]}, 0)` : keys[0]})`,
  jsonTypeOf: (c, k) => `TYPEOF(GET(${c}, ${standardString(k)}))`,
  jsonArrayElements: (c, a) => ({ from: `TABLE(FLATTEN(input => ${c})) AS ${a}`, value: `${a}.value::STRING` }),
  jsonArrayHas: (c, values, all, fold) => {
    const array = `TO_ARRAY(${fold ? `PARSE_JSON(${translateLowerStd(`TO_JSON(${c})`)})` : c})`
    return all
      ? values.map((v) => `ARRAY_CONTAINS(TO_VARIANT(${v}), ${array})`).join(' AND ')
      : `ARRAYS_OVERLAP(${array}, ARRAY_CONSTRUCT(${values.join(', ')}))`
  },
  intDiv: (a, b) => `FLOOR(${a} / ${b})`,
  nowMs: 'DATE_PART(epoch_millisecond, CURRENT_TIMESTAMP())',
  timestampToMs: (e) => `DATE_PART(epoch_millisecond, ${e})`,
  asciiLower: translateLowerStd,
  contains: (h, n) => `POSITION(${n}, ${h}) > 0`,
  startsWith: (h, n) => `STARTSWITH(${h}, ${n})`,
  endsWith: (h, n) => `ENDSWITH(${h}, ${n})`,
  concat: (parts) => `(${parts.join(' || ')})`,
  types: { text: 'VARCHAR', number: 'DOUBLE', boolean: 'BOOLEAN', bigint: 'NUMBER(19,0)', json: 'VARIANT' },
}

export const clickhouse: Dialect = {
  name: 'clickhouse',
  quoteIdent: backtick,
  placeholder: (n, type) =>
    `{p${n}:${type === 'bigint' ? 'Int64' : type === 'number' ? 'Float64' : type === 'boolean' ? 'Bool' : 'String'}}`,
  namedParams: true,
  stringLiteral: backslashString,
  booleanLiteral: (v) => (v ? 'true' : 'false'),
  jsonScalar: (c, k, t) =>
    t === 'text'
      ? `JSONExtract(${c}, ${standardString(k)}, 'Nullable(String)')`
      : `JSONExtract(${c}, ${standardString(k)}, '${t === 'number' ? 'Nullable(Float64)' : t === 'boolean' ? 'Nullable(Bool)' : 'Nullable(Int64)'}')`,
  jsonRoot: (c, t) =>
    `JSONExtract(${c}, '${t === 'text' ? 'Nullable(String)' : t === 'number' ? 'Nullable(Float64)' : t === 'boolean' ? 'Nullable(Bool)' : 'Nullable(Int64)'}')`,
  // A tuple is never NULL, so a history row whose value is null still wins (and reads as missing).
  latestBy: (v, keys) => `tupleElement(argMax(tuple(${v}), tuple(${keys.join(', ')})), 1)`,
  jsonTypeOf: (c, k) => `toString(JSONType(${c}, ${standardString(k)}))`,
  // The raw JSON text tells "1" from 1; '' is a missing key, 'null' a JSON null.
  jsonDistinctValue: (c, k) => `nullIf(nullIf(JSONExtractRaw(${c}, ${standardString(k)}), ''), 'null')`,
  jsonArrayElements: (c, a) => ({
    from: `(SELECT arrayJoin(JSONExtract(${c}, 'Array(String)')) AS value) AS ${a}`,
    value: `${a}.value`,
  }),
  jsonArrayHas: (c, values, all, fold) => {
    const array = `JSONExtract(${c}, 'Array(String)')`
    return `${all ? 'hasAll' : 'hasAny'}(${fold ? `arrayMap(x -> lower(x), ${array})` : array}, [${values.join(', ')}])`
  },
  intDiv: (a, b) => `intDiv(${a}, ${b})`,
  nowMs: 'toUnixTimestamp64Milli(now64(3))',
  timestampToMs: (e) => `toUnixTimestamp64Milli(${e})`,
  // ClickHouse's lower() folds ASCII only (lowerUTF8 folds the rest).
  asciiLower: (e) => `lower(${e})`,
  contains: (h, n) => `position(${h}, ${n}) > 0`,
  startsWith: (h, n) => `startsWith(${h}, ${n})`,
  endsWith: (h, n) => `endsWith(${h}, ${n})`,
  concat: (parts) => `concat(${parts.join(', ')})`,
  types: { text: 'String', number: 'Float64', boolean: 'Bool', bigint: 'Int64', json: 'String' },
}

export const DIALECTS: Readonly<Record<DialectName, Dialect>> = {
  postgres,
  duckdb,
  sqlite,
  mysql,
  bigquery,
  snowflake,
  clickhouse,
}
