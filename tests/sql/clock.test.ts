// @vitest-environment node
/**
 * asOf 'now' on the three engines: the SQL reads the engine's clock, so data
 * placed relative to the real current time lands on the right side of windows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SegmentData } from '../../packages/core/src/index.ts'
import { toSql } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { ENGINE_OPENERS, type Engine, type EngineName } from '../engines/engines.ts'
import { loadDataset, memberIds } from '../engines/load.ts'
import { DAY, days, event, HOUR, prop, seg } from './harness.ts'

const now = Date.now()
const data: SegmentData = {
  entities: {
    user: [
      { id: 'recent', last_seen_at: now - HOUR },
      { id: 'old', last_seen_at: now - 3 * DAY },
      // created a day from now: does not exist yet
      { id: 'unborn', last_seen_at: now - HOUR, created_at: now + DAY },
    ],
  },
  events: [
    { entity: 'user', entityId: 'recent', event: 'opened_app', time: now - HOUR },
    { entity: 'user', entityId: 'old', event: 'opened_app', time: now - 3 * DAY },
    { entity: 'user', entityId: 'old', event: 'opened_app', time: now + DAY },
  ],
}

describe.each(Object.entries(ENGINE_OPENERS))('%s', (name, open) => {
  let engine: Engine
  beforeAll(async () => {
    engine = await open()
    await loadDataset(engine, exampleCatalog, data)
  })
  afterAll(() => engine?.close())
  const run = (s: ReturnType<typeof seg>, inline: boolean) =>
    memberIds(engine, toSql(s, { catalog: exampleCatalog, dialect: name as EngineName, asOf: 'now', inline }))

  it("a property window is measured from the engine's clock", async () => {
    const s = seg([prop('last_seen_at', 'within_last', days(1))])
    expect(await run(s, false)).toEqual(['recent'])
    expect(await run(s, true)).toEqual(['recent'])
  })

  it("events after the engine's clock do not exist", async () => {
    const s = seg([event('opened_app', { type: 'performed', window: { type: 'last', duration: days(2) } })])
    expect(await run(s, false)).toEqual(['recent'])
    expect(await run(s, true)).toEqual(['recent'])
  })

  it("an entity created after the engine's clock is not a member", async () => {
    const s = seg([])
    expect(await run(s, false)).toEqual(['old', 'recent'])
  })
})
