/**
 * segkit's evaluator against DuckDB running segkit's own SQL, on the same 100k
 * users and their events: properties only, an event count in a window, a 3-step
 * sequence, and a mix. Index build and DuckDB load are reported on their own.
 */
import { type DuckDBAppender, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api'
import { createEvaluator } from '../../packages/core/src/evaluate/index.ts'
import type { Catalog, SegmentData } from '../../packages/core/src/index.ts'
import { createSchemaSql, datasetToRows, type RowValue, toSql } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog, FIXTURE_AS_OF, generateDataset } from '../../packages/core/src/testing/index.ts'
import { compare, measure, measureAsync, once, report, sameAnswer } from './harness.ts'
import { engineCases } from './segments.ts'

const USERS = 100_000
const data = generateDataset({ users: USERS })
const section = `Evaluator vs DuckDB, ${USERS / 1000}k users / ${(data.events.length / 1e6).toFixed(2)}M events`

function appendValue(appender: DuckDBAppender, type: string, value: RowValue): void {
  if (value === null) appender.appendNull()
  else if (type === 'BIGINT') appender.appendBigInt(BigInt(value as number))
  else if (type === 'DOUBLE') appender.appendDouble(value as number)
  else if (type === 'BOOLEAN') appender.appendBoolean(value as boolean)
  else appender.appendVarchar(String(value))
}

/** Creates the default schema and bulk-loads the dataset with DuckDB's appender; indexes are built after the load. */
async function loadDuckdb(catalog: Catalog, dataset: SegmentData) {
  const instance = await DuckDBInstance.create(':memory:')
  const connection = await instance.connect()
  const statements = createSchemaSql(catalog, 'duckdb')
  for (const statement of statements.filter((s) => s.startsWith('CREATE TABLE'))) await connection.run(statement)
  for (const table of datasetToRows(dataset, catalog)) {
    const described = await connection.runAndReadAll(
      'SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position',
      [table.table],
    )
    const types = new Map(described.getRows().map(([name, type]) => [String(name), String(type)]))
    const columnTypes = table.columns.map((c) => types.get(c) ?? 'VARCHAR')
    const appender = await connection.createAppender(table.table)
    for (const row of table.rows) {
      for (let i = 0; i < row.length; i++) appendValue(appender, columnTypes[i]!, row[i]!)
      appender.endRow()
    }
    appender.closeSync()
  }
  for (const statement of statements.filter((s) => !s.startsWith('CREATE TABLE'))) await connection.run(statement)
  return { instance, connection }
}

const built = await once(() => createEvaluator(exampleCatalog, data))
const evaluator = built.value
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
  const options = { warmup: 2, iterations: 7 }
  const segkit = measure(viaEvaluator, options)
  const duck = await measureAsync(viaDuckdb, options)
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
  section,
  case: 'DuckDB load: schema, appender, indexes (once)',
  unit: 'ms',
  peer: 'DuckDB',
  peerValue: loaded.ms,
})
connection.closeSync()
instance.closeSync()
