/**
 * segkit's SQL against the best hand-written SQL for the same meaning, on the
 * same tables (issue 15): the seven evaluator cases on DuckDB at 100k users
 * (1M with `SEGKIT_BENCH_1M=1`), the 3-step sequence at 8× / 16× per-user
 * density (10k users), and PGlite at 100k for count, sequence and the
 * negative-step sequence. The same ids are checked before timing; the two
 * sides run interleaved and the medians are compared.
 */
import { createWriteStream, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api'
import { PGlite } from '@electric-sql/pglite'
import type { Catalog, SegmentData } from '../../packages/core/src/index.ts'
import { createSchemaSql, datasetToRows, type RowValue, toSql } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog, FIXTURE_AS_OF, generateDataset } from '../../packages/core/src/testing/index.ts'
import { compare, measurePair, sameAnswer } from './harness.ts'
import { evaluatorCases } from './segments.ts'

const asOf = Date.parse(FIXTURE_AS_OF)
const DAY = 86_400_000
const scratch = path.resolve(path.dirname(fileURLToPath(import.meta.url)), `../../.sql-bench-${process.pid}`)

const csvField = (value: RowValue): string =>
  value === null ? '\\N' : typeof value === 'string' ? `"${value.replaceAll('"', '""')}"` : String(value)

function csvOf(rows: readonly RowValue[][]): string[] {
  const chunks: string[] = []
  let chunk = ''
  for (const row of rows) {
    chunk += `${row.map(csvField).join(',')}\n`
    if (chunk.length > 1 << 20) {
      chunks.push(chunk)
      chunk = ''
    }
  }
  chunks.push(chunk)
  return chunks
}

async function loadDuckdb(catalog: Catalog, dataset: SegmentData) {
  const instance = await DuckDBInstance.create(':memory:')
  const connection = await instance.connect()
  for (const s of createSchemaSql(catalog, 'duckdb').filter((s) => s.startsWith('CREATE TABLE')))
    await connection.run(s)
  mkdirSync(scratch, { recursive: true })
  for (const table of datasetToRows(dataset, catalog)) {
    const file = path.join(scratch, `${table.table}.csv`)
    const out = createWriteStream(file)
    for (const chunk of csvOf(table.rows)) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
    }
    await new Promise<void>((resolve, reject) => out.end(() => resolve()).on('error', reject))
    const columns = table.columns.map((c) => `"${c}"`).join(', ')
    await connection.run(
      `COPY "${table.table}" (${columns}) FROM '${file}' (FORMAT csv, HEADER false, NULLSTR '\\N', QUOTE '"', ESCAPE '"')`,
    )
  }
  rmSync(scratch, { recursive: true, force: true })
  return { instance, connection }
}

async function loadPglite(catalog: Catalog, dataset: SegmentData) {
  const db = await PGlite.create()
  for (const s of createSchemaSql(catalog, 'postgres')) if (!s.startsWith('CREATE INDEX')) await db.exec(s)
  for (const table of datasetToRows(dataset, catalog)) {
    const columns = table.columns.map((c) => `"${c}"`).join(', ')
    await db.query(`COPY "${table.table}" (${columns}) FROM '/dev/blob' WITH (FORMAT csv, NULL '\\N')`, [], {
      blob: new Blob(csvOf(table.rows)),
    })
  }
  for (const s of createSchemaSql(catalog, 'postgres')) if (s.startsWith('CREATE INDEX')) await db.exec(s)
  await db.exec('ANALYZE')
  return db
}

/** Every event repeated `k` times, each copy a few minutes earlier: heavy users for the density case. */
function denser(data: SegmentData, k: number): SegmentData {
  const events = data.events.flatMap((e) => Array.from({ length: k }, (_, i) => ({ ...e, time: e.time - i * 211_000 })))
  return { ...data, events }
}

// ---- The hand-written queries: $1 is asOf (epoch ms); the rest are literals of the case. ----

const inWindow = (event: string, days: number) =>
  `entity_type = 'user' AND event = '${event}' AND time > $1 - ${days * DAY} AND time <= $1`
const live = `(u.created_at IS NULL OR u.created_at <= $1)`

const duckHistory = `h AS (SELECT entity_id, property,
    arg_max_null(value, (valid_from, seq)) FILTER (WHERE valid_from <= $1) AS v
  FROM property_history WHERE entity_type = 'user' AND property IN ('plan', 'ltv') GROUP BY ALL)`
const duckPlan = `(CASE WHEN hp.entity_id IS NULL THEN u.plan ELSE json_extract_string(hp.v, '$') END) IN ('pro', 'enterprise')`
const duckLtv = `(CASE WHEN hl.entity_id IS NULL THEN u.ltv ELSE CAST(json_extract(hl.v, '$') AS DOUBLE) END) > 200`
const duckHistoryJoins = `LEFT JOIN h hp ON hp.entity_id = u.id AND hp.property = 'plan'
  LEFT JOIN h hl ON hl.entity_id = u.id AND hl.property = 'ltv'`

/** The 3-step sequence: ASOF joins on DuckDB (the latest start before each step is monotone in time). */
const duckSequence = `(WITH v AS (SELECT entity_id, time FROM events WHERE ${inWindow('viewed_product', 90)}),
  c AS (SELECT entity_id, time FROM events WHERE ${inWindow('added_to_cart', 90)}),
  p AS (SELECT entity_id, time FROM events WHERE ${inWindow('purchased', 90)}),
  c2 AS (SELECT c.entity_id, c.time, v.time AS sb FROM c ASOF JOIN v ON c.entity_id = v.entity_id AND c.time > v.time)
  SELECT p.entity_id FROM p ASOF JOIN c2 ON p.entity_id = c2.entity_id AND p.time > c2.time
  WHERE p.time - c2.sb <= ${7 * DAY})`

/** Two windows over one scan (PostgreSQL has no ASOF join): the latest start strictly before each row. */
const windowSequence = `(SELECT entity_id FROM (
    SELECT entity_id, time, k, MAX(CASE WHEN k = 2 THEN sb END) OVER (PARTITION BY entity_id ORDER BY time RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS sc
    FROM (SELECT entity_id, time, k, MAX(CASE WHEN k = 1 THEN time END) OVER (PARTITION BY entity_id ORDER BY time RANGE BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS sb
      FROM (SELECT entity_id, time, CASE event WHEN 'viewed_product' THEN 1 WHEN 'added_to_cart' THEN 2 ELSE 3 END AS k
        FROM events WHERE entity_type = 'user' AND event IN ('viewed_product', 'added_to_cart', 'purchased') AND time > $1 - ${90 * DAY} AND time <= $1) s) t) w
  WHERE k = 3 AND time - sc <= ${7 * DAY})`

/**
 * Cart with no purchase in the following day, then app opened later (the negated step's gap is after
 * the cart, and must have passed by asOf).
 */
const negated = (antiJoin: string) => `(SELECT g.entity_id FROM
    (SELECT a.entity_id, MIN(a.time) AS t FROM events a WHERE a.${inWindow('added_to_cart', 30).replaceAll(' AND ', ' AND a.')}
      AND a.time <= $1 - ${DAY} AND ${antiJoin} GROUP BY 1) g
    JOIN (SELECT entity_id, MAX(time) AS t FROM events WHERE ${inWindow('opened_app', 30)} GROUP BY 1) o
    ON o.entity_id = g.entity_id WHERE o.t > g.t)`
const noPurchaseAfter = `NOT EXISTS (SELECT 1 FROM events p WHERE p.entity_type = 'user' AND p.event = 'purchased'
  AND p.entity_id = a.entity_id AND p.time > a.time AND p.time <= a.time + ${DAY} AND p.time <= $1)`

const countIds = `(SELECT entity_id FROM events WHERE ${inWindow('opened_app', 30)} GROUP BY 1 HAVING COUNT(*) >= 5)`
const sumIds = (days: number, cmp: string) =>
  `(SELECT entity_id FROM events WHERE ${inWindow('purchased', days)} GROUP BY 1
    HAVING SUM(CAST(json_extract(properties, '$.amount') AS DOUBLE)) ${cmp})`

const duckdbHand: Record<string, string> = {
  props: `WITH ${duckHistory} SELECT u.id FROM users u ${duckHistoryJoins}
    WHERE ${live} AND ${duckPlan} AND (u.country IS NULL OR u.country <> 'JP') AND ${duckLtv} ORDER BY 1`,
  count: `SELECT u.id FROM users u WHERE ${live} AND u.id IN ${countIds} ORDER BY 1`,
  sum: `SELECT u.id FROM users u WHERE ${live} AND u.id IN ${sumIds(90, '>= 200')} ORDER BY 1`,
  sequence: `SELECT u.id FROM users u WHERE ${live} AND u.id IN ${duckSequence} ORDER BY 1`,
  negated: `SELECT u.id FROM users u WHERE ${live} AND u.id IN ${negated(noPurchaseAfter)} ORDER BY 1`,
  lapsed: `SELECT u.id FROM users u WHERE ${live}
    AND u.id NOT IN (SELECT entity_id FROM events WHERE ${inWindow('opened_app', 40)}) ORDER BY 1`,
  mix: `WITH ${duckHistory} SELECT u.id FROM users u ${duckHistoryJoins}
    WHERE ${live} AND ${duckPlan} AND ${duckLtv} AND u.id IN ${countIds} AND u.id IN ${sumIds(60, '> 100')}
    AND u.id IN ${duckSequence} ORDER BY 1`,
}

const pgHand: Record<string, string> = {
  count: `SELECT u.id FROM users u WHERE ${live} AND u.id IN ${countIds} ORDER BY 1`,
  sequence: `SELECT u.id FROM users u WHERE ${live} AND u.id IN ${windowSequence} ORDER BY 1`,
  negated: `SELECT u.id FROM users u WHERE ${live} AND u.id IN ${negated(noPurchaseAfter)} ORDER BY 1`,
}

const keys = ['props', 'count', 'sum', 'sequence', 'negated', 'lapsed', 'mix'] as const
const cases = evaluatorCases().map((c, i) => ({ ...c, key: keys[i]! }))
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const options = { warmup: 1, iterations: 5 }

async function duckdbSection(users: number, density: number, only?: readonly string[]) {
  const base = generateDataset({ users })
  const data = density > 1 ? denser(base, density) : base
  const { instance, connection } = await loadDuckdb(exampleCatalog, data)
  const section = `segkit SQL vs hand-written, DuckDB, ${users / 1000}k users / ${(data.events.length / 1e6).toFixed(2)}M events${density > 1 ? ` (${density}× per-user density)` : ''}`
  const run = (text: string, params: DuckDBValue[]) => async () =>
    (await connection.runAndReadAll(text, params)).getRows().map((r) => String(r[0]))
  for (const c of cases) {
    if (only && !only.includes(c.key)) continue
    const query = toSql(c.segment, { catalog: exampleCatalog, dialect: 'duckdb', asOf: FIXTURE_AS_OF })
    const segkit = run(query.sql, query.params as DuckDBValue[])
    const hand = run(duckdbHand[c.key]!, [BigInt(asOf)])
    const ids = await segkit()
    sameAnswer(`${section}: "${c.name}"`, ids.sort(byCodeUnit), (await hand()).sort(byCodeUnit))
    const [a, b] = await measurePair(segkit, hand, options)
    compare(section, `${c.name}, ${ids.length} members`, 'ms', a.median, 'hand-written SQL', b.median)
  }
  connection.closeSync()
  instance.closeSync()
}

async function pgliteSection(users: number) {
  const data = generateDataset({ users })
  const db = await loadPglite(exampleCatalog, data)
  const section = `segkit SQL vs hand-written, PGlite, ${users / 1000}k users / ${(data.events.length / 1e6).toFixed(2)}M events`
  const run = (text: string, params: unknown[]) => async () =>
    (await db.query<{ id: string }>(text, params, { rowMode: 'object' })).rows.map((r) => String(r.id))
  for (const c of cases) {
    const handText = pgHand[c.key]
    if (handText === undefined) continue
    const query = toSql(c.segment, { catalog: exampleCatalog, dialect: 'postgres', asOf: FIXTURE_AS_OF })
    const segkit = run(query.sql, query.params as unknown[])
    const hand = run(handText, [asOf])
    const ids = await segkit()
    sameAnswer(`${section}: "${c.name}"`, ids.sort(byCodeUnit), (await hand()).sort(byCodeUnit))
    const [a, b] = await measurePair(segkit, hand, options)
    compare(section, `${c.name}, ${ids.length} members`, 'ms', a.median, 'hand-written SQL', b.median)
  }
  await db.close()
}

const only = process.env.SEGKIT_BENCH_SQL_CASES?.split(',')
/** `SEGKIT_BENCH_SQL_USERS` scales the 100k runs down for a quick check. */
const users = Number(process.env.SEGKIT_BENCH_SQL_USERS ?? 100_000)
/** `SEGKIT_BENCH_1M=1` adds the 1M-user DuckDB run; `only` runs it alone. */
const million = process.env.SEGKIT_BENCH_1M
if (million !== 'only') {
  await duckdbSection(users, 1, only)
  if (!only || only.includes('sequence')) {
    await duckdbSection(users / 10, 8, ['sequence'])
    await duckdbSection(users / 10, 16, ['sequence'])
  }
  if (process.env.SEGKIT_BENCH_SQL_PGLITE !== '0') await pgliteSection(users)
}
if (million === '1' || million === 'only') await duckdbSection(1_000_000, 1, only)
