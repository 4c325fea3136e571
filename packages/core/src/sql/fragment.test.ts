import { describe, expect, it } from 'vitest'
import { DIALECTS } from './dialects/index.ts'
import { ident, join, param, raw, renderSql, sql } from './fragment.ts'

describe('SQL fragments', () => {
  it('bind one parameter for a value given twice, and keep types apart', () => {
    const out = renderSql(sql`${param('1')} ${param(1)} ${param('1')} ${param(1, 'bigint')}`, DIALECTS.duckdb)
    expect(out.params).toEqual(['1', 1, 1])
    expect(out.sql).toBe('CAST($1 AS VARCHAR) CAST($2 AS DOUBLE) CAST($1 AS VARCHAR) CAST($3 AS BIGINT)')
  })

  it('keep a boolean apart from its text, and -0 with 0', () => {
    const out = renderSql(sql`${param(true)} ${param('true')} ${param(0)} ${param(-0)}`, DIALECTS.postgres)
    expect(out.params).toEqual([true, 'true', 0])
    expect(out.sql).toBe('$1::boolean $2::text $3::double precision $3::double precision')
  })

  it('number parameters in text order, whatever order the fragments were built in', () => {
    const a = param('a')
    const b = param(2, 'bigint')
    const out = renderSql(sql`x = ${b} AND y = ${a} AND z = ${b}`, DIALECTS.postgres)
    expect(out.sql).toBe('x = $1::bigint AND y = $2::text AND z = $1::bigint')
    expect(out.params).toEqual([2, 'a'])
  })

  it('write one ? per occurrence, in text order, for SQLite and MySQL', () => {
    for (const dialect of [DIALECTS.sqlite, DIALECTS.mysql]) {
      const out = renderSql(sql`${param('b')} ${param('a')} ${param('b')}`, dialect)
      expect(out.params).toEqual(['b', 'a', 'b'])
      expect(out.sql).toBe('? ? ?')
    }
  })

  it('name BigQuery and ClickHouse parameters p1, p2 …', () => {
    expect(renderSql(sql`${param('x')} ${param(1)}`, DIALECTS.bigquery)).toEqual({
      sql: '@p1 @p2',
      params: { p1: 'x', p2: 1 },
    })
    expect(renderSql(sql`${param('x')} ${param(1, 'bigint')} ${param(true)}`, DIALECTS.clickhouse)).toEqual({
      sql: '{p1:String} {p2:Int64} {p3:Bool}',
      params: { p1: 'x', p2: 1, p3: true },
    })
  })

  it('leave an identifier that holds the old parameter marker as an identifier (#16.13)', () => {
    for (const dialect of [DIALECTS.postgres, DIALECTS.sqlite]) {
      const odd = ident('odd\u00010:text\u0001name')
      const out = renderSql(sql`${odd} = ${param('b')} AND y = ${param('a')} AND z = ${param('b')}`, dialect)
      expect(out.params).toEqual(dialect === DIALECTS.postgres ? ['b', 'a'] : ['b', 'a', 'b'])
      expect(out.sql.startsWith('"odd\u00010:text\u0001name" = ')).toBe(true)
    }
  })

  it('with inline, write literals and no parameters', () => {
    expect(renderSql(sql`name = ${param('\u00010:text\u0001')}`, DIALECTS.postgres, true)).toEqual({
      sql: "name = '\u00010:text\u0001'",
      params: [],
    })
    expect(renderSql(raw('x'), DIALECTS.bigquery, true).params).toEqual({})
  })

  it('quote qualified identifiers part by part', () => {
    expect(renderSql(sql`FROM ${ident('raw WHERE events', 'a"b')}`, DIALECTS.postgres).sql).toBe(
      'FROM "raw WHERE events"."a""b"',
    )
  })

  it('render deep nesting without recursion', () => {
    let f = raw('x')
    for (let i = 0; i < 100_000; i++) f = sql`(${f})`
    expect(renderSql(f, DIALECTS.postgres).sql).toHaveLength(200_001)
    expect(renderSql(join([raw('a'), raw('b'), raw('c')], ' AND '), DIALECTS.postgres).sql).toBe('a AND b AND c')
  })
})
