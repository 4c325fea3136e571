/**
 * Golden files for MySQL, BigQuery, Snowflake, ClickHouse and Trino: the compiled SQL
 * of representative segments, compared with `tests/sql/golden/<dialect>/<case>.golden.sql`.
 * A difference fails; `UPDATE_GOLDEN=1` rewrites the files (then review the diff).
 * Where node-sql-parser knows the dialect, every golden query must parse.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Parser } from 'node-sql-parser'
import { describe, expect, it } from 'vitest'
import { type BuiltinDialectName, createSchemaSql, toSql } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { formatSql, GOLDEN_CASES } from './golden-cases.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const update = process.env.UPDATE_GOLDEN === '1'
/**
 * node-sql-parser's `database` per dialect; ClickHouse has none, and its Trino grammar cannot read
 * standard string escapes or `ARRAY(VARCHAR)` casts, so Trino's goldens are reviewed, not parsed.
 */
const PARSER_DATABASE: Partial<Record<BuiltinDialectName, string>> = {
  mysql: 'mysql',
  bigquery: 'bigquery',
  snowflake: 'snowflake',
}
/**
 * node-sql-parser has no RANGE frames with offsets and no `n PRECEDING` as a frame's end: the parse
 * check reads them as ROWS frames ending at the current row (the same shape otherwise).
 */
const forParser = (sql: string) =>
  sql
    .replace(/RANGE BETWEEN (\d+) PRECEDING/g, 'ROWS BETWEEN $1 PRECEDING')
    .replace(/AND 1 PRECEDING/g, 'AND CURRENT ROW')
const DIALECTS: BuiltinDialectName[] = ['mysql', 'bigquery', 'snowflake', 'clickhouse', 'trino']

function render(dialect: BuiltinDialectName, c: (typeof GOLDEN_CASES)[number]): { text: string; sql: string } {
  const { sql, params } = toSql(c.segment, { catalog: exampleCatalog, dialect, asOf: c.asOf, inline: c.inline })
  return { sql, text: `-- params: ${JSON.stringify(params)}\n${formatSql(sql)}` }
}

describe.each(DIALECTS)('%s golden files', (dialect) => {
  it.each(GOLDEN_CASES.map((c) => [c.name, c] as const))('%s matches its golden file', (name, c) => {
    const file = path.join(here, 'golden', dialect, `${name}.golden.sql`)
    const { text } = render(dialect, c)
    if (update) {
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, text)
    }
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true)
    expect(text).toBe(readFileSync(file, 'utf8'))
  })

  it('the default schema DDL matches its golden file', () => {
    const file = path.join(here, 'golden', dialect, 'schema.golden.sql')
    const text = `${createSchemaSql(exampleCatalog, dialect).join(';\n')};\n`
    if (update) writeFileSync(file, text)
    expect(text).toBe(readFileSync(file, 'utf8'))
  })

  const database = PARSER_DATABASE[dialect]
  if (database) {
    it.each(GOLDEN_CASES.map((c) => [c.name, c] as const))(`%s parses as ${database}`, (name) => {
      const sql = readFileSync(path.join(here, 'golden', dialect, `${name}.golden.sql`), 'utf8')
      expect(() => new Parser().astify(forParser(sql), { database })).not.toThrow()
    })
  }
})

describe('formatSql', () => {
  it('never breaks a line inside a quoted string', () => {
    expect(formatSql("SELECT 1 FROM t WHERE a = ' AND x' AND b = 'it''s' AND c = 'x\\' AND y'")).toBe(
      "SELECT 1\nFROM t\nWHERE a = ' AND x'\nAND b = 'it''s'\nAND c = 'x\\' AND y'\n",
    )
  })
})
