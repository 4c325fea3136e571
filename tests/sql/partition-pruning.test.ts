// @vitest-environment node
/**
 * Partition-friendly time on a warehouse-shaped layout: events written as
 * Hive-partitioned Parquet (`day=YYYY-MM-DD/…parquet`, a TIMESTAMP `ts`
 * column) and read by DuckDB through `read_parquet(…, hive_partitioning)`.
 * With `timeType: 'timestamp'` every bound on the time column is the raw column
 * compared with a timestamp computed from asOf, so DuckDB's plan shows the
 * filter pushed into the Parquet scan as a constant range on `ts` (what
 * row-group statistics and zone maps prune on), never `epoch_ms(ts)`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Segment } from '../../packages/core/src/index.ts'
import { type SqlMapping, toSql } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { DAY, days, event, HOUR, seg, T } from './harness.ts'

const mapping: SqlMapping = {
  timeType: 'timestamp',
  entities: { user: { table: 'users', id: 'id', columns: { created_at: 'created_at' } } },
  events: {
    table: 'events',
    columns: { entityId: 'user_id', event: 'event', time: 'ts', properties: 'properties' },
  },
  lists: { table: 'lists', columns: { list: 'list_id', entityId: 'user_id' } },
  tags: { table: 'tags', columns: { tag: 'tag_id', entityId: 'user_id' } },
  history: {
    table: 'history',
    columns: { entityId: 'user_id', property: 'property', value: 'value', from: 'valid_from' },
  },
}

// 30 days of events, one file per day: u<k> opens the app every (k + 1) days, at 10:00 UTC;
// u0 also buys something at asOf − 50 h (outside a 2-day window) and u1 at asOf − 12 h.
const DAYS = 30
const USERS = 6
const firstDay = T - (T % DAY) - (DAYS - 1) * DAY

let dir: string
let instance: DuckDBInstance
let db: DuckDBConnection

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'segkit-hive-'))
  instance = await DuckDBInstance.create(':memory:')
  db = await instance.connect()
  await db.run(`CREATE TABLE raw_events AS
    SELECT 'u' || k AS user_id, 'opened_app' AS event, epoch_ms(${firstDay} + d * ${DAY} + ${10 * HOUR}) AS ts, NULL::JSON AS properties
    FROM range(0, ${DAYS}) AS days(d), range(0, ${USERS}) AS users(k) WHERE d % (k + 1) = 0
    UNION ALL SELECT 'u0', 'purchased', epoch_ms(${T - 50 * HOUR}), '{"amount": 10}'::JSON
    UNION ALL SELECT 'u1', 'purchased', epoch_ms(${T - 12 * HOUR}), '{"amount": 20}'::JSON`)
  await db.run(
    `COPY (SELECT *, CAST(ts AS DATE) AS day FROM raw_events) TO '${dir}' (FORMAT parquet, PARTITION_BY (day))`,
  )
  await db.run(
    `CREATE VIEW events AS SELECT * FROM read_parquet('${path.join(dir, '*', '*.parquet')}', hive_partitioning = true)`,
  )
  await db.run(
    `CREATE TABLE users AS SELECT 'u' || k AS id, CAST(NULL AS TIMESTAMP) AS created_at FROM range(0, ${USERS}) AS users(k)`,
  )
})

afterAll(() => {
  db?.closeSync()
  instance?.closeSync()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

interface PlanNode {
  name: string
  children: PlanNode[]
  extra_info: Record<string, string | string[]>
}

/** The filters DuckDB pushed into each Parquet scan of the plan of `text`. */
async function parquetFilters(text: string, params: DuckDBValue[] = []): Promise<string[]> {
  const json = String((await db.runAndReadAll(`EXPLAIN (FORMAT json) ${text}`, params)).getRows()[0]![1])
  const out: string[] = []
  const walk = (n: PlanNode) => {
    if (n.extra_info.Function === 'READ_PARQUET') {
      const f = n.extra_info.Filters
      out.push(Array.isArray(f) ? f.join(' AND ') : (f ?? ''))
    }
    n.children.forEach(walk)
  }
  ;(JSON.parse(json) as PlanNode[]).forEach(walk)
  return out
}

async function members(segment: Segment): Promise<{ ids: string[]; filters: string[]; sql: string }> {
  const q = toSql(segment, { catalog: exampleCatalog, dialect: 'duckdb', mapping, asOf: T })
  const params = q.params as DuckDBValue[]
  const ids = (await db.runAndReadAll(q.sql, params)).getRows().map((r) => String(r[0]))
  return { ids, filters: await parquetFilters(q.sql, params), sql: q.sql }
}

describe('a Hive-partitioned Parquet layout with TIMESTAMP times on DuckDB', () => {
  it('has one Parquet file per day', async () => {
    const files = (await db.runAndReadAll(`SELECT count(*) FROM glob('${path.join(dir, '*', '*.parquet')}')`)).getRows()
    expect(Number(files[0]![0])).toBe(DAYS)
  })

  it('performed in the last 2 days: the raw ts column is compared with timestamps, pushed into the scan', async () => {
    const r = await members(
      seg([event('purchased', { type: 'performed', window: { type: 'last', duration: days(2) } })]),
    )
    expect(r.ids).toEqual(['u1'])
    // The bounds are the column itself against epoch_ms(<parameter>), never a function of the column.
    expect(r.sql).toMatch(/ev\d+\."ts" > epoch_ms\(CAST\(\$\d+ AS BIGINT\)\)/)
    expect(r.sql).not.toMatch(/epoch_ms\(ev\d+\."ts"\)/)
    // DuckDB folds the bounds to TIMESTAMP constants and pushes them into READ_PARQUET.
    expect(r.filters).toHaveLength(1)
    expect(r.filters[0]).toContain("ts>'2026-12-13 12:00:00'::TIMESTAMP")
    expect(r.filters[0]).not.toContain('epoch_ms(ts)')
  })

  it('a count over 10 days reads the same bare bounds', async () => {
    const r = await members(
      seg([
        event('opened_app', {
          type: 'measure',
          measure: { fn: 'count' },
          comparison: 'gte',
          value: 5,
          window: { type: 'last', duration: days(10) },
        }),
      ]),
    )
    // Days firstDay+20 … firstDay+29 fall in the window (asOf is 12:00, the events 10:00): u0 has 10, u1 5.
    expect(r.ids).toEqual(['u0', 'u1'])
    expect(r.sql).not.toMatch(/epoch_ms\(ev\d+\."ts"\)/)
    expect(r.filters).toEqual([expect.stringContaining("ts>'2026-12-05 12:00:00'::TIMESTAMP")])
  })

  it('a function of the column would not be pushed down as a range (the check can fail)', async () => {
    const filters = await parquetFilters(
      `SELECT user_id FROM events WHERE epoch_ms(ts) > ${T - 2 * DAY} AND epoch_ms(ts) <= ${T}`,
    )
    expect(filters).toHaveLength(1)
    expect(filters[0]).not.toContain("ts>'2026-12-13 12:00:00'::TIMESTAMP")
    expect(filters[0]).toContain('epoch_ms(ts)')
  })
})
