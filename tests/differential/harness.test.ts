// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEvaluator } from '../../packages/core/src/evaluate/index.ts'
import type { SegmentData } from '../../packages/core/src/index.ts'
import type { Segment } from '../../packages/core/src/model/segment.ts'
import { exampleCatalog, FIXTURE_AS_OF_MS } from '../../packages/core/src/testing/index.ts'
import { type Engine, openSqlite } from '../engines/engines.ts'
import { checkSegment, loadDataset } from './harness.ts'

const buyers: Segment = {
  version: 1,
  id: 'buyers',
  name: 'Buyers',
  entity: 'user',
  root: {
    id: 'r',
    kind: 'group',
    combinator: 'and',
    children: [
      {
        id: 'p',
        kind: 'event',
        event: 'purchased',
        filters: [],
        form: { type: 'performed', window: { type: 'ever' } },
      },
    ],
  },
}

const loaded: SegmentData = {
  entities: { user: [{ id: 'u1' }, { id: 'u2' }], account: [] },
  events: [{ entity: 'user', entityId: 'u1', event: 'purchased', time: FIXTURE_AS_OF_MS - 1000 }],
}

describe('the differential harness', () => {
  let engine: Engine
  beforeAll(async () => {
    engine = await openSqlite()
    await loadDataset(engine, exampleCatalog, loaded)
  })
  afterAll(() => engine.close())

  it('given the same data on both sides, when the segment agrees, then it reports an informative case', async () => {
    const evaluator = createEvaluator(exampleCatalog, loaded)
    await expect(checkSegment(engine, exampleCatalog, evaluator, loaded, buyers, FIXTURE_AS_OF_MS)).resolves.toBe(
      'some',
    )
  })

  it('given an evaluator that sees one more purchase, then the report names the segment, the SQL and both member sets', async () => {
    const other: SegmentData = {
      ...loaded,
      events: [...loaded.events, { entity: 'user', entityId: 'u2', event: 'purchased', time: FIXTURE_AS_OF_MS - 5 }],
    }
    const evaluator = createEvaluator(exampleCatalog, other)
    const error = await checkSegment(engine, exampleCatalog, evaluator, other, buyers, FIXTURE_AS_OF_MS).catch(
      (e: unknown) => e as Error,
    )
    expect(error).toBeInstanceOf(Error)
    const message = (error as Error).message
    expect(message).toContain('only the evaluator: ["u2"]; only sqlite: []')
    expect(message).toContain('evaluator members: ["u1","u2"]')
    expect(message).toContain('sqlite members: ["u1"]')
    expect(message).toContain(`segment: ${JSON.stringify(buyers)}`)
    expect(message).toContain('SQL: SELECT')
    expect(message).toContain('dataset: {')
  })
})
