// @vitest-environment node
/**
 * The differential suite in GA4's shape on DuckDB: the same random datasets with every time in epoch
 * µs (a sub-millisecond offset added, which the ms semantics round away), event properties as a list
 * of STRUCT(key, value STRUCT(string_value, int_value, float_value, double_value)) (integers in
 * `int_value`, fractions in `double_value`), and a `_TABLE_SUFFIX` column dated in UTC−8 that each
 * window's start bounds. Random segments must select the same members as the evaluator over the plain
 * data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultMapping, type SqlMapping } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { type Engine, openDuckdb } from '../engines/engines.ts'
import { diffRuns, diffSeed, diffTimeoutMs, runDifferential } from './harness.ts'

const base = defaultMapping(exampleCatalog)
const keys = [...new Set((exampleCatalog.events ?? []).flatMap((e) => (e.properties ?? []).map((p) => p.id)))]
const pointer = (key: string) => `'/${key}'`

/** One key/value struct per property key, NULL fields for a missing or null value (then filtered out). */
const params = `list_filter([${keys
  .map((k) => {
    const jt = `json_type(properties, ${pointer(k)})`
    const v = `json_extract(properties, ${pointer(k)})`
    return `{'key': '${k}', 'value': {
      'string_value': CASE WHEN ${jt} = 'VARCHAR' THEN json_extract_string(properties, ${pointer(k)}) END,
      'int_value': CASE WHEN ${jt} IN ('BIGINT', 'UBIGINT') THEN CAST(${v} AS BIGINT) END,
      'float_value': CAST(NULL AS DOUBLE),
      'double_value': CASE WHEN ${jt} = 'DOUBLE' THEN CAST(${v} AS DOUBLE) END}}`
  })
  .join(
    ', ',
  )}], p -> p.value.string_value IS NOT NULL OR p.value.int_value IS NOT NULL OR p.value.double_value IS NOT NULL)`

const us = (c: string, offset: number) => `CAST(${c} AS BIGINT) * 1000 + ${offset}`
const TABLES = [
  `CREATE OR REPLACE TABLE "events ga4" AS SELECT entity_type, entity_id, event, ${us('time', 321)} AS event_timestamp,
    strftime(epoch_ms(time - 8 * 3600000), '%Y%m%d') AS _TABLE_SUFFIX, ${params} AS event_params FROM events`,
  `CREATE OR REPLACE TABLE "users µs" AS SELECT * REPLACE (${us('created_at', 123)} AS created_at, ${us('last_seen_at', 999)} AS last_seen_at) FROM users`,
  `CREATE OR REPLACE TABLE "accounts µs" AS SELECT * REPLACE (${us('created_at', 1)} AS created_at) FROM accounts`,
  `CREATE OR REPLACE TABLE "lists µs" AS SELECT * REPLACE (${us('valid_from', 5)} AS valid_from, ${us('valid_to', 5)} AS valid_to) FROM list_memberships`,
  `CREATE OR REPLACE TABLE "tags µs" AS SELECT * REPLACE (${us('valid_from', 7)} AS valid_from, ${us('valid_to', 7)} AS valid_to) FROM tag_assignments`,
  `CREATE OR REPLACE TABLE "history µs" AS SELECT * REPLACE (${us('valid_from', 400)} AS valid_from) FROM property_history`,
]

const mapping: SqlMapping = {
  ...base,
  timeType: 'epoch_us',
  entities: {
    user: { ...base.entities.user!, table: 'users µs' },
    account: { ...base.entities.account!, table: 'accounts µs' },
  },
  events: {
    table: 'events ga4',
    columns: {
      entityType: 'entity_type',
      entityId: 'entity_id',
      event: 'event',
      time: 'event_timestamp',
      properties: 'event_params',
    },
    propertiesFormat: 'key_value',
    daySuffix: '_TABLE_SUFFIX',
  },
  lists: { ...base.lists, table: 'lists µs' },
  tags: { ...base.tags, table: 'tags µs' },
  history: { ...base.history, table: 'history µs' },
}

async function afterLoad(engine: Engine): Promise<void> {
  for (const statement of TABLES) await engine.exec(statement)
}

describe('evaluator versus DuckDB in GA4 shape (µs times, key/value parameters, day suffix)', () => {
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
      const report = await runDifferential(engine, exampleCatalog, { runs, seed, layout: { mapping, afterLoad } })
      console.info(
        `differential GA4 layout: ${report.cases} cases on ${report.datasets} datasets, seed ${seed}, outcomes ${JSON.stringify(report.outcomes)}`,
      )
      expect(report.cases).toBe(runs)
      expect(report.outcomes.some).toBeGreaterThan(report.cases / 4)
    },
    diffTimeoutMs(),
  )
})
