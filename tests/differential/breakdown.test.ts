// @vitest-environment node
/**
 * Breakdown and incremental membership against DuckDB: each top-level node's own
 * count and the count remaining after it must be what the SQL of that node (or of
 * the children up to it) selects; a subscription fed the data in two appends must
 * end with the members the SQL selects on the whole dataset.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { arbitraryDataset, arbitrarySegment } from '../../packages/core/src/arbitraries/index.ts'
import { createEvaluator } from '../../packages/core/src/evaluate/index.ts'
import type { Segment } from '../../packages/core/src/index.ts'
import { isActive } from '../../packages/core/src/model/segment.ts'
import { exampleCatalog, FIXTURE_AS_OF_MS } from '../../packages/core/src/testing/index.ts'
import { type Engine, openDuckdb } from '../engines/engines.ts'
import { diffSeed, loadDataset, sqlMembers } from './harness.ts'

const RUNS = Math.max(20, Math.floor(Number(process.env.SEGKIT_DIFF_RUNS ?? 600) / 10))

describe('breakdown and subscriptions versus DuckDB', () => {
  let engine: Engine
  beforeAll(async () => {
    engine = await openDuckdb()
  })
  afterAll(() => engine.close())

  it('counts each top-level node and what remains after it as the SQL of those nodes selects', async () => {
    const seed = diffSeed()
    const data = fc.sample(arbitraryDataset(exampleCatalog, { minUsers: 4, minEvents: 30 }), { seed, numRuns: 1 })[0]!
    await loadDataset(engine, exampleCatalog, data)
    const evaluator = createEvaluator(exampleCatalog, data)
    const asOf = FIXTURE_AS_OF_MS
    await fc.assert(
      fc.asyncProperty(arbitrarySegment(exampleCatalog, { withAsOf: false }), async (segment) => {
        const result = evaluator.evaluate(segment, { asOf, breakdown: true })
        const rows = new Map(result.breakdown!.map((b) => [b.nodeId, b]))
        expect(rows.get(segment.root.id)?.matches).toBe(result.count)
        const active = segment.root.children.filter(isActive)
        for (let i = 0; i < active.length; i++) {
          const child = active[i]!
          // The node's own count: the child by itself ("at least k" of one child would be no one).
          const { atLeast: _, ...plainRoot } = segment.root
          const alone: Segment = { ...segment, root: { ...plainRoot, negated: false, children: [child] } }
          const upTo: Segment = {
            ...segment,
            root: { ...segment.root, negated: false, children: active.slice(0, i + 1) },
          }
          const own = (await sqlMembers(engine, exampleCatalog, alone, asOf)).ids.length
          const remaining = (await sqlMembers(engine, exampleCatalog, upTo, asOf)).ids.length
          expect({
            node: child.id,
            matches: rows.get(child.id)?.matches,
            remaining: rows.get(child.id)?.remaining,
          }).toEqual({
            node: child.id,
            matches: own,
            remaining,
          })
        }
      }),
      { numRuns: RUNS, seed },
    )
  }, 120_000)

  it('ends a subscription fed in two appends with the members the SQL selects on all the data', async () => {
    const seed = diffSeed()
    await fc.assert(
      fc.asyncProperty(
        arbitraryDataset(exampleCatalog, { minUsers: 3, minEvents: 20 }),
        arbitrarySegment(exampleCatalog, { withAsOf: false }),
        async (data, segment) => {
          const half = Math.floor(data.events.length / 2)
          const evaluator = createEvaluator(exampleCatalog, { ...data, events: data.events.slice(0, half) })
          const subscription = evaluator.subscribe(segment, () => {}, { asOf: FIXTURE_AS_OF_MS })
          evaluator.append({ events: data.events.slice(half) })
          await loadDataset(engine, exampleCatalog, data)
          const sql = await sqlMembers(engine, exampleCatalog, segment, FIXTURE_AS_OF_MS)
          expect(subscription.members()).toEqual(sql.ids)
        },
      ),
      { numRuns: Math.max(10, RUNS >> 2), seed },
    )
  }, 120_000)
})
