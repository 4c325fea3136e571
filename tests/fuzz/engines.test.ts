// @vitest-environment node
/**
 * Hostile names and values executed on the real engines — PostgreSQL (PGlite), DuckDB, SQLite
 * (sql.js), MariaDB with and without NO_BACKSLASH_ESCAPES — and compared with the reference
 * evaluator: hostile identifiers in every mapping slot with the presets, and hostile texts in every
 * text value slot, parameterized and inline. Counts wrong results and values found in SQL text.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEvaluator } from '../../packages/core/src/evaluate/index.ts'
import type { Catalog, Segment, SegmentData, SegmentNode } from '../../packages/core/src/index.ts'
import {
  createSchemaSql,
  datasetToRows,
  type InsertDialect,
  insertStatements,
  type SqlMapping,
  toSql,
} from '../../packages/core/src/sql/index.ts'
import { exampleCatalog, FIXTURE_AS_OF_MS, generateDataset } from '../../packages/core/src/testing/index.ts'
import { ENGINE_OPENERS, type SqlParams } from '../engines/engines.ts'
import { openMariadb } from '../sql/mariadb.ts'
import { area, FUZZ_SEGMENTS, LONG, runs } from './fuzz.ts'
import { checkLexed, hostileMapping, SENTINEL } from './hostile-sql.ts'

interface Target {
  label: string
  dialect: InsertDialect
  lexMode: Parameters<typeof checkLexed>[1]
  exec(sql: string): Promise<void>
  query(sql: string, params?: SqlParams): Promise<Record<string, unknown>[]>
  /** Runs before this target's queries (MariaDB's sql_mode). */
  enter?(): Promise<void>
}

const targets: Target[] = []
const closers: (() => Promise<void>)[] = []

beforeAll(async () => {
  for (const name of ['postgres', 'duckdb', 'sqlite'] as const) {
    const engine = await ENGINE_OPENERS[name]()
    closers.push(() => engine.close())
    targets.push({ label: name, dialect: name, lexMode: name, exec: engine.exec, query: engine.query })
  }
  const maria = await openMariadb()
  closers.push(() => maria.close())
  // The two modes use two databases of one server.
  await maria.exec('CREATE DATABASE segkit_nbe CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin')
  const mode = (m: string, db: string) => async () => maria.exec(`USE ${db}; SET SESSION sql_mode = '${m}'`)
  const base = 'STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'
  targets.push({
    label: 'mariadb',
    dialect: 'mariadb',
    lexMode: 'mariadb',
    exec: maria.exec,
    query: maria.query,
    enter: mode(base, 'segkit'),
  })
  targets.push({
    label: 'mariadb NO_BACKSLASH_ESCAPES',
    dialect: 'mariadb',
    lexMode: 'mariadb-nbe',
    exec: maria.exec,
    query: maria.query,
    enter: mode(`${base},NO_BACKSLASH_ESCAPES`, 'segkit_nbe'),
  })
}, 180_000)

afterAll(async () => {
  for (const close of closers) await close()
}, 60_000)

async function load(t: Target, catalog: Catalog, data: SegmentData, mapping: SqlMapping | undefined): Promise<void> {
  await t.enter?.()
  for (const statement of createSchemaSql(catalog, t.dialect, mapping)) await t.exec(statement)
  for (const { sql, params } of insertStatements(datasetToRows(data, catalog, mapping), t.dialect)) {
    await t.query(sql, params)
  }
}

const sorted = (ids: unknown[]) => ids.map(String).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))

/** Hostile identifiers the engines all accept (no NUL, short enough for PostgreSQL's 63 bytes). */
const NAMES = [
  'q"',
  'b`t',
  "s'q",
  'bs\\',
  'x\\"',
  'sp ace',
  '--c',
  'semi;',
  'é日',
  '$1?',
  '@p1',
  'x`\\`',
  '{p1:String}',
]

describe('hostile identifiers in every mapping slot, executed', () => {
  const figures = area('engines: hostile identifiers')
  const data = generateDataset({ seed: 11, users: 40 })
  const evaluator = createEvaluator(exampleCatalog, data)
  const names = LONG ? NAMES : NAMES.slice(0, 3)
  it.each(names.map((n, i) => [n, i] as const))(
    'name %s: the presets give the evaluator’s members',
    async (name, i) => {
      const mapping = hostileMapping(exampleCatalog, (slot) => `${i}_${slot}${name}${SENTINEL}`)
      for (const t of targets) {
        await load(t, exampleCatalog, data, mapping)
        for (const { segment } of FUZZ_SEGMENTS) {
          const expected = evaluator.evaluate(segment, { asOf: FIXTURE_AS_OF_MS }).ids
          for (const inline of [false, true]) {
            figures.inputs += 1
            const q = toSql(segment, {
              catalog: exampleCatalog,
              dialect: t.dialect,
              mapping,
              asOf: FIXTURE_AS_OF_MS,
              inline,
            })
            const got = sorted((await t.query(q.sql, q.params)).map((r) => r.id))
            if (JSON.stringify(got) !== JSON.stringify(expected)) figures.wrong += 1
            expect(got, `${t.label} ${segment.id} inline=${inline}`).toEqual(expected)
          }
        }
      }
    },
  )
})

describe('hostile values in every text slot, executed', () => {
  const figures = area('engines: hostile values')
  const pieces = fc.constantFrom(
    "'",
    "''",
    '\\',
    "\\'",
    '"',
    '`',
    '%',
    '_',
    '--',
    ';',
    '/*',
    '$1',
    '?',
    '@p1',
    '{p1:String}',
    '\u00010:text\u0001',
    'é',
    'e\u0301',
    '🎉',
    '\t\n\r',
    ' ',
    'NULL',
    'a',
  )
  const text = fc.oneof(
    fc.array(pieces, { minLength: 1, maxLength: 6 }).map((p) => p.join('')),
    fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => s.length > 0 && !s.includes('\0')),
  )
  // Every other text carries the sentinel: found in SQL code, it is an injection; in parameterized SQL, a leak.
  const values = (
    fc.sample(fc.uniqueArray(text, { minLength: runs(10), maxLength: runs(10) }), {
      seed: 20_261_202,
      numRuns: 1,
    })[0] as string[]
  ).map((s, i) => (i % 2 === 0 ? `${s}${SENTINEL}` : s))
  const ids = values.map((_, i) => `h${String(i).padStart(4, '0')}`)
  const data: SegmentData = {
    entities: { user: values.map((s, i) => ({ id: ids[i] as string, name: s, email: `<${s}>`, interests: [s] })) },
    events: values.map((s, i) => ({
      entity: 'user',
      entityId: ids[i] as string,
      event: 'viewed_product',
      time: FIXTURE_AS_OF_MS - 86_400_000,
      properties: { product: s },
    })),
  }
  const evaluator = createEvaluator(exampleCatalog, data)
  let n = 0
  const prop = (property: string, operator: string, value: unknown): SegmentNode =>
    ({ id: `p${n++}`, kind: 'property', property, operator, value }) as SegmentNode
  const seg = (child: SegmentNode): Segment => ({
    version: 1,
    id: 's',
    name: 's',
    entity: 'user',
    root: { id: 'r', kind: 'group', combinator: 'and', children: [child] },
  })
  const cases = values.flatMap((s) => [
    seg(prop('name', 'eq', s)),
    seg(prop('name', 'neq', s)),
    seg(prop('name', 'in', [s, 'zz'])),
    seg(prop('email', 'contains', s)),
    seg(prop('email', 'starts_with', `<${s}`)),
    seg(prop('email', 'ends_with', `${s}>`)),
    seg(prop('interests', 'has_any', [s])),
    seg({
      id: `e${n++}`,
      kind: 'event',
      event: 'viewed_product',
      filters: [{ id: `f${n++}`, property: 'product', operator: 'eq', value: s }],
      form: { type: 'performed', window: { type: 'ever' } },
    } as SegmentNode),
  ])

  it(`${values.length} hostile texts × ${8} slots give the evaluator's members on every engine, and never reach SQL text`, async () => {
    for (const t of targets) {
      await t.enter?.()
      for (const statement of createSchemaSql(exampleCatalog, t.dialect))
        await t.exec(
          statement
            .replace(/^CREATE TABLE /, 'CREATE TABLE IF NOT EXISTS ')
            .replace(/^CREATE INDEX /, 'CREATE INDEX IF NOT EXISTS '),
        )
      for (const { sql, params } of insertStatements(datasetToRows(data, exampleCatalog), t.dialect))
        await t.query(sql, params)
      for (const segment of cases) {
        const expected = evaluator.evaluate(segment, { asOf: FIXTURE_AS_OF_MS }).ids
        for (const inline of [false, true]) {
          figures.inputs += 1
          const q = toSql(segment, { catalog: exampleCatalog, dialect: t.dialect, asOf: FIXTURE_AS_OF_MS, inline })
          const lexed = checkLexed(q.sql, t.lexMode, new Set())
          figures.inputs += 0
          figures.injections += lexed.injections
          expect(lexed.detail).toBeUndefined()
          if (!inline && q.sql.includes(SENTINEL)) figures.injections += 1
          if (!inline) expect(q.sql).not.toContain(SENTINEL)
          const got = sorted((await t.query(q.sql, q.params)).map((r) => r.id))
          if (JSON.stringify(got) !== JSON.stringify(expected)) figures.wrong += 1
          expect(got, `${t.label} ${JSON.stringify(segment.root.children[0])} inline=${inline}`).toEqual(expected)
        }
      }
    }
  })
})
