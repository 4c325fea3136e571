/**
 * Segment shapes that used to blow up the SQL (issue 15), timed on the engines
 * the tests execute: a 20-step sequence on 100 users (40 events each) on PGlite,
 * DuckDB, SQLite (sql.js) and MariaDB (when installed; through prepared
 * statements, as the tests run it), which must stay well under a second; and the
 * compile time of 10,000 conditions against twice that of 5,000 (a ratio near 1
 * is linear).
 */
import type { Segment } from '../../packages/core/src/index.ts'
import { toSql } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog, FIXTURE_AS_OF_MS } from '../../packages/core/src/testing/index.ts'
import { ENGINE_OPENERS } from '../engines/engines.ts'
import { loadDataset, memberIds } from '../engines/load.ts'
import { hasMariadb, openMariadbWith } from '../sql/mariadb.ts'
import { data, twentySteps, users } from '../sql/twenty-steps.ts'
import { measure, report, sameAnswer } from './harness.ts'
import { flatPropertySegment } from './segments.ts'

const segment: Segment = {
  version: 1,
  id: 'seq20',
  name: 'seq20',
  entity: 'user',
  root: { id: 'root', kind: 'group', combinator: 'and', children: [twentySteps] },
}
const section = 'SQL shapes'
/** The median of 5 runs after one untimed run. */
async function timeSequence(name: string, run: () => Promise<string[]>) {
  sameAnswer(`20-step sequence on ${name}`, await run(), users.slice(2))
  const samples: number[] = []
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now()
    await run()
    samples.push(performance.now() - t0)
  }
  samples.sort((a, b) => a - b)
  report({ section, case: `20-step sequence, 100 users × 40 events, ${name}`, unit: 'ms', segkit: samples[2]! })
}
for (const [name, open] of Object.entries(ENGINE_OPENERS)) {
  const engine = await open()
  await loadDataset(engine, exampleCatalog, data)
  const query = toSql(segment, { catalog: exampleCatalog, dialect: engine.name, asOf: FIXTURE_AS_OF_MS })
  await timeSequence(name, () => memberIds(engine, query))
  await engine.close()
}
if (hasMariadb()) {
  const maria = await openMariadbWith(exampleCatalog, data)
  try {
    const query = toSql(segment, { catalog: exampleCatalog, dialect: 'mariadb', asOf: FIXTURE_AS_OF_MS })
    await timeSequence('mariadb', async () => (await maria.query(query.sql, query.params)).map((r) => String(r.id)))
  } finally {
    await maria.close()
  }
}

const compile = (n: number) => {
  const s = flatPropertySegment(n)
  return measure(
    () => toSql(s, { catalog: exampleCatalog, dialect: 'postgres', asOf: FIXTURE_AS_OF_MS, maxNodes: 20_000 }),
    {
      warmup: 2,
      iterations: 7,
    },
  ).median
}
const half = compile(5_000)
const full = compile(10_000)
report({
  section,
  case: 'toSql of 10,000 conditions (peer: twice 5,000)',
  unit: 'ms',
  segkit: full,
  peer: '2 × 5,000 conditions',
  peerValue: 2 * half,
  ratio: (2 * half) / full,
})
