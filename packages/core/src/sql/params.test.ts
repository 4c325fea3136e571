import { describe, expect, it } from 'vitest'
import { DIALECTS } from './dialect.ts'
import { literal, ParamCollector } from './params.ts'

describe('ParamCollector', () => {
  it('binds one parameter for a value given twice, and keeps types apart', () => {
    const p = new ParamCollector(DIALECTS.duckdb, false)
    const out = p.finish(`${p.add('1')} ${p.add(1)} ${p.add('1')} ${p.add(1, 'bigint')}`)
    expect(out.params).toEqual(['1', 1, 1])
    expect(out.sql).toBe('CAST($1 AS VARCHAR) CAST($2 AS DOUBLE) CAST($1 AS VARCHAR) CAST($3 AS BIGINT)')
  })

  it('keeps a boolean apart from its text, and -0 with 0', () => {
    const p = new ParamCollector(DIALECTS.postgres, false)
    const out = p.finish(`${p.add(true)} ${p.add('true')} ${p.add(0)} ${p.add(-0)}`)
    expect(out.params).toEqual([true, 'true', 0])
    expect(out.sql).toBe('$1::boolean $2::text $3::double precision $3::double precision')
  })

  it('given SQL text that holds the marker character itself (a catalog identifier could), numbers the real parameters all the same', () => {
    for (const dialect of [DIALECTS.postgres, DIALECTS.sqlite]) {
      const p = new ParamCollector(dialect, false)
      const a = p.add('a')
      const b = p.add('b')
      const out = p.finish(`"odd\u0001name" = ${b} AND y = ${a} AND z = ${b}`)
      expect(out.params).toEqual(dialect === DIALECTS.postgres ? ['b', 'a'] : ['b', 'a', 'b'])
      expect(out.sql).toContain('"odd\u0001name"')
      // Only the identifier's own marker character is left: every parameter marker became a placeholder.
      expect(out.sql.split('\u0001')).toHaveLength(2)
    }
  })

  it('numbers PostgreSQL placeholders by first use and reuses a number for a repeated value', () => {
    const p = new ParamCollector(DIALECTS.postgres, false)
    const dropped = p.add('never used')
    const a = p.add('a')
    const b = p.add(2, 'bigint')
    expect(dropped).not.toBe(a)
    const out = p.finish(`x = ${b} AND y = ${a} AND z = ${b}`)
    expect(out.sql).toBe('x = $1::bigint AND y = $2::text AND z = $1::bigint')
    expect(out.params).toEqual([2, 'a'])
  })

  it('writes one ? per occurrence, in text order, for SQLite and MySQL', () => {
    for (const dialect of [DIALECTS.sqlite, DIALECTS.mysql]) {
      const p = new ParamCollector(dialect, false)
      const a = p.add('a')
      const b = p.add('b')
      const out = p.finish(`${b} ${a} ${b}`)
      expect(out.params).toEqual(['b', 'a', 'b'])
    }
  })

  it('binds SQLite times as integers', () => {
    const p = new ParamCollector(DIALECTS.sqlite, false)
    expect(p.finish(p.add(5, 'bigint')).sql).toBe('CAST(? AS INTEGER)')
  })

  it('names BigQuery and ClickHouse parameters p1, p2 …', () => {
    const bq = new ParamCollector(DIALECTS.bigquery, false)
    expect(bq.finish(`${bq.add('x')} ${bq.add(1)}`)).toEqual({ sql: '@p1 @p2', params: { p1: 'x', p2: 1 } })
    const ch = new ParamCollector(DIALECTS.clickhouse, false)
    expect(ch.finish(`${ch.add('x')} ${ch.add(1, 'bigint')} ${ch.add(true)}`)).toEqual({
      sql: '{p1:String} {p2:Int64} {p3:Bool}',
      params: { p1: 'x', p2: 1, p3: true },
    })
  })

  it('with inline, writes literals and leaves text that looks like a marker alone', () => {
    const p = new ParamCollector(DIALECTS.postgres, true)
    const sql = `name = ${p.add('\u00010:text\u0001')}`
    expect(p.finish(sql)).toEqual({ sql: "name = '\u00010:text\u0001'", params: [] })
    expect(new ParamCollector(DIALECTS.bigquery, true).finish('x').params).toEqual({})
  })
})

describe('literal', () => {
  it('doubles quotes where backslash is plain (PostgreSQL, DuckDB, SQLite)', () => {
    for (const d of [DIALECTS.postgres, DIALECTS.duckdb, DIALECTS.sqlite]) {
      expect(literal(d, "O'Brien \\ x", 'text')).toBe("'O''Brien \\ x'")
    }
  })

  it('escapes backslash and doubles quotes for MySQL (one literal even under NO_BACKSLASH_ESCAPES)', () => {
    expect(literal(DIALECTS.mysql, "O'Brien \\ x", 'text')).toBe("'O''Brien \\\\ x'")
  })

  it('escapes backslash and quote where backslash escapes (BigQuery, Snowflake, ClickHouse)', () => {
    for (const d of [DIALECTS.bigquery, DIALECTS.snowflake, DIALECTS.clickhouse]) {
      expect(literal(d, "O'Brien \\ x", 'text')).toBe("'O\\'Brien \\\\ x'")
    }
  })

  it('keeps doubles typed as doubles and truncates big integers', () => {
    expect(literal(DIALECTS.postgres, 1, 'number')).toBe('1.0')
    expect(literal(DIALECTS.postgres, -2.5, 'number')).toBe('-2.5')
    expect(literal(DIALECTS.postgres, 1e-7, 'number')).toMatch(/^0\.0000001/)
    expect(literal(DIALECTS.postgres, 1765800000000.7, 'bigint')).toBe('1765800000000')
  })

  it('writes booleans per dialect', () => {
    expect(literal(DIALECTS.sqlite, true, 'boolean')).toBe('1')
    expect(literal(DIALECTS.postgres, false, 'boolean')).toBe('FALSE')
  })

  it('refuses non-finite numbers', () => {
    expect(() => literal(DIALECTS.postgres, Number.NaN, 'number')).toThrow()
    expect(() => literal(DIALECTS.postgres, Number.POSITIVE_INFINITY, 'bigint')).toThrow()
  })
})
