// @vitest-environment node
/**
 * The membership predicate embedded in a query of one's own, with one's own
 * parameter after segkit's, on the three engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SegmentData } from '../../packages/core/src/index.ts'
import { toSqlPredicate } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { ENGINE_OPENERS, type Engine, type EngineName } from '../engines/engines.ts'
import { loadDataset } from '../engines/load.ts'
import { DAY, event, prop, seg, T } from './harness.ts'

const data: SegmentData = {
  entities: {
    user: [
      { id: 'a', email: 'a@x.com', plan: 'pro', age: 20 },
      { id: 'b', email: 'b@x.com', plan: 'pro', age: 40 },
      { id: 'c', email: 'c@y.com', plan: 'free', age: 40 },
    ],
  },
  events: [{ entity: 'user', entityId: 'b', event: 'opened_app', time: T - DAY }],
}

describe.each(Object.entries(ENGINE_OPENERS))('%s', (name, open) => {
  let engine: Engine
  beforeAll(async () => {
    engine = await open()
    await loadDataset(engine, exampleCatalog, data)
  })
  afterAll(() => engine?.close())

  it('filters a query of my own, with my own parameter numbered after the predicate', async () => {
    const segment = seg([
      prop('plan', 'eq', 'pro'),
      event('opened_app', { type: 'not_performed', window: { type: 'ever' } }),
    ])
    const { sql: where, params } = toSqlPredicate(segment, {
      catalog: exampleCatalog,
      dialect: name as EngineName,
      alias: 'u',
      asOf: T,
    })
    const list = params as unknown[]
    const mine = name === 'sqlite' ? '?' : `$${list.length + 1}`
    const rows = await engine.query(
      `SELECT u.email AS email FROM users u WHERE u.age < ${mine} AND ${where} ORDER BY u.email`,
      name === 'sqlite' ? [30, ...list] : [...list, 30],
    )
    expect(rows.map((r) => r.email)).toEqual(['a@x.com'])
  })
})
