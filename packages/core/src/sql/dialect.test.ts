import { describe, expect, it } from 'vitest'
import { DIALECTS } from './dialects/index.ts'
import { raw, renderSql, type SqlFragment } from './fragment.ts'

const text = (f: SqlFragment, d = DIALECTS.postgres) => renderSql(f, d).sql
const x = raw('x')

describe('dialects', () => {
  it('quote identifiers and double the quote character inside them', () => {
    expect(DIALECTS.postgres.quoteIdent('a"b')).toBe('"a""b"')
    expect(DIALECTS.snowflake.quoteIdent('a"b')).toBe('"a""b"')
    expect(DIALECTS.trino.quoteIdent('a"b')).toBe('"a""b"')
    expect(DIALECTS.mysql.quoteIdent('a`b')).toBe('`a``b`')
    expect(DIALECTS.mysql.quoteIdent('a\\')).toBe('`a\\`')
  })

  it('escape backslash in BigQuery and ClickHouse identifiers, where it escapes the closing backtick', () => {
    for (const d of [DIALECTS.bigquery, DIALECTS.clickhouse]) {
      expect(d.quoteIdent('a\\')).toBe('`a\\\\`')
      expect(d.quoteIdent('a`b')).toBe('`a\\`b`')
      expect(d.quoteIdent('a\\`')).toBe('`a\\\\\\``')
    }
  })

  it('write placeholders in each engine style', () => {
    expect(DIALECTS.postgres.placeholder(3, 'text')).toBe('$3::text')
    expect(DIALECTS.duckdb.placeholder(3, 'number')).toBe('CAST($3 AS DOUBLE)')
    expect(DIALECTS.sqlite.placeholder(3, 'text')).toBe('?')
    expect(DIALECTS.mysql.placeholder(3, 'text')).toBe('?')
    expect(DIALECTS.snowflake.placeholder(3, 'text')).toBe(':3')
    expect(DIALECTS.bigquery.placeholder(3, 'text')).toBe('@p3')
    expect(DIALECTS.clickhouse.placeholder(3, 'bigint')).toBe('{p3:Int64}')
    expect(DIALECTS.trino.placeholder(3, 'bigint')).toBe('CAST(? AS BIGINT)')
  })

  it('fold ASCII letters only: translate where it exists, one REPLACE per letter in MySQL', () => {
    expect(text(DIALECTS.postgres.asciiLower(x))).toBe(
      "translate(x, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')",
    )
    expect(text(DIALECTS.mysql.asciiLower(x), DIALECTS.mysql).match(/REPLACE\(/g)).toHaveLength(26)
    expect(text(DIALECTS.sqlite.asciiLower(x), DIALECTS.sqlite)).toBe('lower(x)')
  })

  it('match text literally, without LIKE', () => {
    for (const d of Object.values(DIALECTS)) {
      for (const f of [d.contains(x, x), d.startsWith(x, x), d.endsWith(x, x)]) expect(text(f, d)).not.toMatch(/LIKE/i)
    }
  })

  it('read JSON keys exactly: DuckDB by JSON Pointer, the others with the key escaped for their literals', () => {
    expect(text(DIALECTS.duckdb.jsonScalar(x, 'a.b*', 'text'), DIALECTS.duckdb)).toBe(`json_extract_string(x, '/a.b*')`)
    expect(text(DIALECTS.duckdb.jsonScalar(x, 'a/b~', 'text'), DIALECTS.duckdb)).toBe(
      `json_extract_string(x, '/a~1b~0')`,
    )
    expect(text(DIALECTS.sqlite.jsonScalar(x, 'a"b\\', 'number'), DIALECTS.sqlite)).toBe(
      `json_extract(x, '$."a\\"b\\\\"')`,
    )
    // MySQL and MariaDB: a path holding a backslash as UTF-8 bytes, read the same with NO_BACKSLASH_ESCAPES.
    const hex = (s: string) => Buffer.from(s, 'utf8').toString('hex')
    const p = `CONVERT(X'${hex('$."x\\\\\' OR 1=1 -- "')}' USING utf8mb4)`
    expect(text(DIALECTS.mysql.jsonScalar(x, "x\\' OR 1=1 -- ", 'text'), DIALECTS.mysql)).toBe(
      `JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(x, ${p})) = 'NULL' THEN NULL ELSE JSON_EXTRACT(x, ${p}) END)`,
    )
    expect(text(DIALECTS.mariadb.jsonScalar(x, "it's", 'number'), DIALECTS.mariadb)).toContain(`'$."it''s"'`)
    expect(text(DIALECTS.bigquery.jsonScalar(x, "it's", 'text'), DIALECTS.bigquery)).toBe(`JSON_VALUE(x, '$."it\\'s"')`)
    expect(text(DIALECTS.clickhouse.jsonScalar(x, "a\\'", 'text'), DIALECTS.clickhouse)).toBe(
      `JSONExtract(x, 'a\\\\\\'', 'Nullable(String)')`,
    )
    expect(text(DIALECTS.snowflake.jsonScalar(x, "a\\'", 'text'), DIALECTS.snowflake)).toBe(
      `STRIP_NULL_VALUE(GET(x, 'a\\\\\\''))::STRING`,
    )
  })

  it('write inline numbers that every engine reads as the same double', () => {
    const d = DIALECTS.postgres
    expect(d.literal(1e-21, 'number')).toBe('1e-21')
    expect(d.literal(5e-324, 'number')).toBe('5e-324')
    expect(d.literal(-5e-324, 'number')).toBe('-5e-324')
    expect(d.literal(1e21, 'number')).toBe('1e+21')
    expect(d.literal(1, 'number')).toBe('1.0')
    expect(d.literal(1e300 * 10, 'bigint')).toBe('4000000000000000000')
    expect(d.literal(-9.5e18, 'bigint')).toBe('-4000000000000000000')
    expect(() => d.literal(Number.NaN, 'number')).toThrow(RangeError)
  })

  it('write booleans and strings per dialect', () => {
    expect(DIALECTS.sqlite.literal(true, 'boolean')).toBe('1')
    expect(DIALECTS.postgres.literal(false, 'boolean')).toBe('FALSE')
    for (const d of [DIALECTS.postgres, DIALECTS.duckdb, DIALECTS.sqlite, DIALECTS.trino]) {
      expect(d.literal("O'Brien \\ x", 'text')).toBe("'O''Brien \\ x'")
    }
    for (const d of [DIALECTS.mysql, DIALECTS.mariadb]) {
      expect(d.literal("O'Brien", 'text')).toBe("'O''Brien'")
      // A backslash as UTF-8 bytes: no sql_mode (NO_BACKSLASH_ESCAPES or not) reads it differently.
      expect(d.literal("O'Brien \\ x", 'text')).toBe(
        `CONVERT(X'${Buffer.from("O'Brien \\ x").toString('hex')}' USING utf8mb4)`,
      )
      for (const s of ['é \\', '日本 \\', '🎉\\', '\u07ff\u0800\uffff\\'])
        expect(d.literal(s, 'text')).toBe(`CONVERT(X'${Buffer.from(s).toString('hex')}' USING utf8mb4)`)
    }
    for (const d of [DIALECTS.bigquery, DIALECTS.snowflake, DIALECTS.clickhouse]) {
      expect(d.literal("O'Brien \\ x", 'text')).toBe("'O\\'Brien \\\\ x'")
    }
  })

  it('floor integer division in every dialect (days before 1970)', () => {
    for (const d of Object.values(DIALECTS)) expect(text(d.floorDiv(x, raw('86400000')), d)).not.toMatch(/^\(x \/\/ /)
  })
})
