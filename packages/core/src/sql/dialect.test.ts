import { describe, expect, it } from 'vitest'
import { DIALECTS } from './dialect.ts'

describe('dialects', () => {
  it('quote identifiers and double the quote character inside them', () => {
    expect(DIALECTS.postgres.quoteIdent('a"b')).toBe('"a""b"')
    expect(DIALECTS.snowflake.quoteIdent('a"b')).toBe('"a""b"')
    expect(DIALECTS.mysql.quoteIdent('a`b')).toBe('`a``b`')
    expect(DIALECTS.bigquery.quoteIdent('a`b')).toBe('`a``b`')
    expect(DIALECTS.clickhouse.quoteIdent('a`b')).toBe('`a``b`')
  })

  it('write placeholders in each engine style', () => {
    expect(DIALECTS.postgres.placeholder(3, 'text')).toBe('$3::text')
    expect(DIALECTS.duckdb.placeholder(3, 'number')).toBe('CAST($3 AS DOUBLE)')
    expect(DIALECTS.sqlite.placeholder(3, 'text')).toBe('?')
    expect(DIALECTS.mysql.placeholder(3, 'text')).toBe('?')
    expect(DIALECTS.snowflake.placeholder(3, 'text')).toBe(':3')
    expect(DIALECTS.bigquery.placeholder(3, 'text')).toBe('@p3')
    expect(DIALECTS.clickhouse.placeholder(3, 'bigint')).toBe('{p3:Int64}')
  })

  it('fold ASCII letters only: translate where it exists, one REPLACE per letter in MySQL', () => {
    expect(DIALECTS.postgres.asciiLower('x')).toBe(
      "translate(x, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')",
    )
    const mysql = DIALECTS.mysql.asciiLower('x')
    expect(mysql.match(/REPLACE\(/g)).toHaveLength(26)
    expect(DIALECTS.sqlite.asciiLower('x')).toBe('lower(x)')
  })

  it('match text literally, without LIKE', () => {
    for (const d of Object.values(DIALECTS)) {
      for (const sql of [d.contains('h', 'n'), d.startsWith('h', 'n'), d.endsWith('h', 'n')]) {
        expect(sql).not.toMatch(/LIKE/i)
      }
    }
  })

  it('quote JSON keys inside the path', () => {
    expect(DIALECTS.duckdb.jsonScalar('c', 'a.b', 'text')).toBe(`json_extract_string(c, '$."a.b"')`)
    expect(DIALECTS.sqlite.jsonScalar('c', 'a.b', 'number')).toBe(`json_extract(c, '$."a.b"')`)
  })
})
