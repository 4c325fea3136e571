// @vitest-environment node
/**
 * The differential suite over typed event columns: the same random datasets, laid out on DuckDB with
 * half the catalog's events in a table of their own (Segment's layout) and the other half as typed
 * columns of a wide events table, every property a typed column; their JSON `properties` are NULL, so only
 * the typed columns can give the right members (the example catalog has no string[] event property).
 * Random segments must select the same members as the evaluator over the plain data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PropertyType } from '../../packages/core/src/model/operators.ts'
import {
  defaultMapping,
  type EventPropertyColumn,
  type EventTableMapping,
  type SqlMapping,
} from '../../packages/core/src/sql/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { type Engine, openDuckdb } from '../engines/engines.ts'
import { diffRuns, diffSeed, diffTimeoutMs, runDifferential } from './harness.ts'

const q = (name: string) => `"${name.replace(/"/g, '""')}"`
const pointer = (key: string) => `'/${key.replace(/~/g, '~0').replace(/\//g, '~1').replace(/'/g, "''")}'`

/** A JSON property as a typed column: NULL when missing or of another JSON type. */
function typedRead(key: string, t: PropertyType): string | undefined {
  const jt = `json_type(properties, ${pointer(key)})`
  const value = `json_extract(properties, ${pointer(key)})`
  switch (t) {
    case 'string':
    case 'enum':
      return `CASE WHEN ${jt} = 'VARCHAR' THEN json_extract_string(properties, ${pointer(key)}) END`
    case 'number':
      return `CASE WHEN ${jt} IN ('DOUBLE', 'BIGINT', 'UBIGINT') THEN CAST(${value} AS DOUBLE) END`
    case 'boolean':
      return `CASE WHEN ${jt} = 'BOOLEAN' THEN CAST(${value} AS BOOLEAN) END`
    case 'datetime':
      return `CASE WHEN ${jt} IN ('DOUBLE', 'BIGINT', 'UBIGINT') THEN CAST(${value} AS BIGINT) END`
    case 'string[]':
      return undefined
    default: {
      t satisfies never
      return undefined
    }
  }
}

const base = defaultMapping(exampleCatalog)
const byEvent: Record<string, EventTableMapping> = {}
const wideColumns: string[] = []
const ownTables: string[] = []
for (const [i, event] of (exampleCatalog.events ?? []).entries()) {
  const own = i % 2 === 0
  const columns: Record<string, EventPropertyColumn> = {}
  const selects: string[] = []
  for (const p of event.properties ?? []) {
    const read = typedRead(p.id, p.type)
    if (!read) continue
    // Column names that need quoting, so that the typed columns are identifiers like any other.
    const name = own ? `c ${p.id}` : `w ${event.id}.${p.id}`
    columns[p.id] = name
    selects.push(`${own ? read : `CASE WHEN event = '${event.id}' THEN ${read} END`} AS ${q(name)}`)
  }
  byEvent[event.id] = own ? { table: `ev ${event.id}`, columns } : { columns }
  if (own) {
    ownTables.push(
      `CREATE OR REPLACE TABLE ${q(`ev ${event.id}`)} AS SELECT entity_type, entity_id, time, CAST(NULL AS JSON) AS properties${selects.map((s) => `, ${s}`).join('')} FROM events WHERE event = '${event.id}'`,
    )
  } else wideColumns.push(...selects)
}
const mapping: SqlMapping = { ...base, events: { ...base.events, table: 'events wide', byEvent } }

async function afterLoad(engine: Engine): Promise<void> {
  await engine.exec(
    `CREATE OR REPLACE TABLE "events wide" AS SELECT entity_type, entity_id, event, time, CAST(NULL AS JSON) AS properties${wideColumns.map((s) => `, ${s}`).join('')} FROM events`,
  )
  for (const statement of ownTables) await engine.exec(statement)
}

describe('evaluator versus DuckDB, events in tables of their own and typed columns', () => {
  let engine: Engine
  beforeAll(async () => {
    engine = await openDuckdb()
  })
  afterAll(() => engine.close())

  it(
    'selects the same members for random segments on random datasets',
    async () => {
      const seed = diffSeed()
      const runs = Math.ceil(diffRuns() / 2)
      const report = await runDifferential(engine, exampleCatalog, {
        runs,
        seed,
        layout: { mapping, afterLoad, eventSets: false },
      })
      console.info(
        `differential typed columns: ${report.cases} cases on ${report.datasets} datasets, seed ${seed}, outcomes ${JSON.stringify(report.outcomes)}`,
      )
      expect(report.cases).toBe(runs)
      expect(report.outcomes.some).toBeGreaterThan(report.cases / 4)
    },
    diffTimeoutMs(),
  )
})
