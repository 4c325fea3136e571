/**
 * segkit's evaluator against DuckDB running segkit's own SQL, on the same 100k
 * users and their events: properties only, an event count in a window, a 3-step
 * sequence, and a mix. Index build and DuckDB load are reported on their own.
 */
import { createWriteStream, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api'
import { createEvaluator } from '../../packages/core/src/evaluate/index.ts'
import type { Catalog, SegmentData } from '../../packages/core/src/index.ts'
import { createSchemaSql, datasetToRows, type RowValue, toSql } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog, FIXTURE_AS_OF, generateDataset } from '../../packages/core/src/testing/index.ts'
import { compare, measurePair, once, report, sameAnswer, settledBytes } from './harness.ts'
import { engineCases } from './segments.ts'

const USERS = 100_000
const data = generateDataset({ users: USERS })
const scratch = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  `../../.consumer-bench-duckdb-${process.pid}`,
)
const section = `Evaluator vs DuckDB, ${USERS / 1000}k users / ${(data.events.length / 1e6).toFixed(2)}M events`

const csvField = (value: RowValue): string =>
  value === null ? '\\N' : typeof value === 'string' ? `"${value.replaceAll('"', '""')}"` : String(value)

/**
 * Creates the default schema and bulk-loads the dataset: each table written as
 * CSV and read with COPY (far faster than row-by-row inserts).
 */
async function loadDuckdb(catalog: Catalog, dataset: SegmentData) {
  const instance = await DuckDBInstance.create(':memory:')
  const connection = await instance.connect()
  const statements = createSchemaSql(catalog, 'duckdb')
  for (const statement of statements.filter((s) => s.startsWith('CREATE TABLE'))) await connection.run(statement)
  mkdirSync(scratch, { recursive: true })
  for (const table of datasetToRows(dataset, catalog)) {
    const file = path.join(scratch, `${table.table}.csv`)
    const out = createWriteStream(file)
    let chunk = ''
    for (const row of table.rows) {
      chunk += `${row.map(csvField).join(',')}\n`
      if (chunk.length > 1 << 20) {
        if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
        chunk = ''
      }
    }
    await new Promise<void>((resolve, reject) => out.end(chunk, () => resolve()).on('error', reject))
    const columns = table.columns.map((c) => `"${c}"`).join(', ')
    await connection.run(
      `COPY "${table.table}" (${columns}) FROM '${file}' (FORMAT csv, HEADER false, NULLSTR '\\N', QUOTE '"', ESCAPE '"')`,
    )
  }
  // The default schema's CREATE INDEX statements are left out: DuckDB answers these scans and joins
  // from its columnar storage and zone maps, not from ART indexes, which cost ~15 s to build here.
  rmSync(scratch, { recursive: true, force: true })
  return { instance, connection }
}

// Memory: what the index adds on top of the raw dataset (DuckDB, loaded after, lives outside the JS heap).
const withData = settledBytes()
const built = await once(() => createEvaluator(exampleCatalog, data))
const evaluator = built.value
const indexBytes = settledBytes() - withData
const loaded = await once(() => loadDuckdb(exampleCatalog, data))
const { instance, connection } = loaded.value
const threads = (await connection.runAndReadAll("SELECT current_setting('threads')")).getRows()[0]?.[0]

const asOf = FIXTURE_AS_OF
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
for (const { name, segment } of engineCases()) {
  const query = toSql(segment, { catalog: exampleCatalog, dialect: 'duckdb', asOf })
  const params = query.params as DuckDBValue[]
  const viaDuckdb = async () => (await connection.runAndReadAll(query.sql, params)).getRows().map((r) => String(r[0]))
  const viaEvaluator = () => evaluator.evaluate(segment, { asOf }).ids
  const members = viaEvaluator()
  sameAnswer(`members of "${name}"`, [...members].sort(byCodeUnit), (await viaDuckdb()).sort(byCodeUnit))
  const options = { warmup: 1, iterations: 5 }
  const [segkit, duck] = await measurePair(viaEvaluator, viaDuckdb, options)
  compare(
    section,
    `${name}, ${members.length} members`,
    'ms',
    segkit.median,
    `DuckDB (${threads} threads)`,
    duck.median,
  )
}
report({ section, case: 'evaluator index build (once)', unit: 'ms', segkit: built.ms })
report({
  section: 'Memory',
  case: 'evaluator index, per million events (JS heap added by createEvaluator)',
  unit: 'MB',
  segkit: indexBytes / (1024 * 1024) / (data.events.length / 1e6),
})
report({
  section,
  case: 'DuckDB load: tables, dataset written as CSV and COPY (once)',
  unit: 'ms',
  peer: 'DuckDB',
  peerValue: loaded.ms,
})
connection.closeSync()
instance.closeSync()
