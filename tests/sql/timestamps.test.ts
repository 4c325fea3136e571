// @vitest-environment node
/**
 * A mapping with `timeType: 'timestamp'`: the same data seen through views whose
 * time columns are TIMESTAMPs (text in SQLite) instead of epoch milliseconds.
 * Window boundaries must hold to the millisecond after the conversion.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEvaluator } from '../../packages/core/src/evaluate/index.ts'
import type { SegmentData } from '../../packages/core/src/index.ts'
import { defaultMapping, type SqlMapping, toSql } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { ENGINE_OPENERS, type Engine, type EngineName } from '../engines/engines.ts'
import { loadDataset, memberIds } from '../engines/load.ts'
import { DAY, days, event, prop, type SqlCase, seg, T } from './harness.ts'

const data: SegmentData = {
  entities: {
    user: [
      { id: 't1', last_seen_at: T - 7 * DAY, created_at: T - 100 * DAY },
      { id: 't2', last_seen_at: T - 7 * DAY + 1, created_at: T - 100 * DAY },
      { id: 't3', created_at: T + 1 },
    ],
  },
  events: [
    { entity: 'user', entityId: 't1', event: 'opened_app', time: T - 30 * DAY },
    { entity: 'user', entityId: 't2', event: 'opened_app', time: T - 30 * DAY + 1 },
    { entity: 'user', entityId: 't2', event: 'opened_app', time: T },
  ],
  lists: [
    { list: 'beta', entityId: 't1', from: T, to: T + 1 },
    { list: 'beta', entityId: 't2', from: T + 1 },
  ],
}

/** Per engine: an expression turning epoch ms into that engine's timestamp. */
const TO_TIMESTAMP: Record<EngineName, (ms: string) => string> = {
  postgres: (ms) => `to_timestamp(${ms} / 1000.0)`,
  duckdb: (ms) => `epoch_ms(${ms})`,
  sqlite: (ms) => `strftime('%Y-%m-%d %H:%M:%f', ${ms} / 1000.0, 'unixepoch')`,
}

const cases: SqlCase[] = [
  {
    name: 'within_last: the far end is open',
    segment: seg([prop('last_seen_at', 'within_last', days(7))]),
    expected: ['t2'],
  },
  {
    name: 'event window: the far end is open, asOf itself counts',
    segment: seg([event('opened_app', { type: 'performed', window: { type: 'last', duration: days(30) } })]),
    expected: ['t2'],
  },
  {
    name: 'active days over timestamps',
    segment: seg([
      event('opened_app', {
        type: 'measure',
        measure: { fn: 'active_days' },
        comparison: 'eq',
        value: 2,
        window: { type: 'ever' },
      }),
    ]),
    expected: ['t2'],
  },
  {
    name: 'list membership bounds',
    segment: seg([{ id: 'l', kind: 'list', list: 'beta', operator: 'in' }]),
    expected: ['t1'],
  },
  { name: 'entities created after asOf', segment: seg([]), expected: ['t1', 't2'] },
]

describe('the reference evaluator', () => {
  const evaluator = createEvaluator(exampleCatalog, data)
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    expect(evaluator.evaluate(c.segment, { asOf: T }).ids).toEqual(c.expected)
  })
})

describe.each(Object.entries(ENGINE_OPENERS))('%s with timestamp columns', (name, open) => {
  let engine: Engine
  const base = defaultMapping(exampleCatalog)
  const mapping: SqlMapping = {
    ...base,
    timeType: 'timestamp',
    entities: { ...base.entities, user: { ...base.entities.user!, table: 'users_ts' } },
    events: { ...base.events, table: 'events_ts' },
    lists: { ...base.lists, table: 'lists_ts' },
  }
  beforeAll(async () => {
    engine = await open()
    await loadDataset(engine, exampleCatalog, data)
    const ts = TO_TIMESTAMP[name as EngineName]
    await engine.exec(
      `CREATE VIEW users_ts AS SELECT id, ${ts('last_seen_at')} AS last_seen_at, ${ts('created_at')} AS created_at FROM users`,
    )
    await engine.exec(
      `CREATE VIEW events_ts AS SELECT entity_type, entity_id, event, ${ts('time')} AS time, properties FROM events`,
    )
    await engine.exec(
      `CREATE VIEW lists_ts AS SELECT list_id, entity_id, ${ts('valid_from')} AS valid_from, ${ts('valid_to')} AS valid_to FROM list_memberships`,
    )
  })
  afterAll(() => engine?.close())
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const user = mapping.entities.user!
    const columns = { last_seen_at: 'last_seen_at', created_at: 'created_at' }
    const m = { ...mapping, entities: { ...mapping.entities, user: { ...user, columns } } }
    const query = toSql(c.segment, { catalog: exampleCatalog, dialect: name as EngineName, mapping: m, asOf: T })
    expect(await memberIds(engine, query)).toEqual(c.expected)
  })
})
