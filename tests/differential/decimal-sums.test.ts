// @vitest-environment node
/**
 * Sums and averages of decimals that binary floating point cannot hold exactly (0.1, 0.2, 0.3;
 * 10.1, 20.2, 30.3), compared with `eq` / `gte` / `lt` at the exact decimal: hand-computed members,
 * and the evaluator, PostgreSQL, DuckDB, SQLite and MariaDB must all say the same. The semantics
 * (docs/semantics.md, "Numbers"): each value is taken at six decimals, sums are exact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEvaluator, DataError } from '../../packages/core/src/evaluate/index.ts'
import type { Comparison, EventRecord, SegmentData } from '../../packages/core/src/index.ts'
import type { Segment } from '../../packages/core/src/model/segment.ts'
import { exampleCatalog, FIXTURE_AS_OF_MS } from '../../packages/core/src/testing/index.ts'
import { openDuckdb, openPglite, openSqlite } from '../engines/engines.ts'
import { openMariadb } from '../sql/mariadb.ts'
import { type Engine, loadDataset, sqlMembers } from './harness.ts'

const D = 86_400_000
const NOW = FIXTURE_AS_OF_MS

/** Each user buys the given amounts, a day apart. */
function buyers(amounts: Readonly<Record<string, readonly number[]>>): SegmentData {
  const events: EventRecord[] = []
  for (const [id, list] of Object.entries(amounts)) {
    for (const [i, amount] of list.entries()) {
      events.push({ entity: 'user', entityId: id, event: 'purchased', time: NOW - (i + 1) * D, properties: { amount } })
    }
  }
  return {
    entities: { user: Object.keys(amounts).map((id) => ({ id, created_at: NOW - 400 * D })), account: [] },
    events,
  }
}

/** A segment of one condition. */
const only = (node: Segment['root']['children'][number]): Segment => ({
  ...{ version: 1, id: 'decimals', name: 'decimals', entity: 'user' },
  root: { id: 'root', kind: 'group', combinator: 'and', children: [node] },
})

const measured = (fn: 'sum' | 'avg', comparison: Comparison, value: number, value2?: number): Segment =>
  only({
    id: 'm',
    kind: 'event',
    event: 'purchased',
    filters: [],
    form: {
      type: 'measure',
      measure: { fn, property: 'amount' },
      comparison,
      value,
      ...(value2 === undefined ? {} : { value2 }),
      window: { type: 'ever' },
    },
  })

/** Purchased with an amount over 5. */
const bigPurchase = only({
  id: 'big',
  kind: 'event',
  event: 'purchased',
  filters: [{ id: 'f1', property: 'amount', operator: 'gt', value: 5 }],
  form: { type: 'performed', window: { type: 'ever' } },
})

/** The catalog's computed sum of amounts over 30 days (a joined derived table, not a semi-join). */
const revenue = (value: number): Segment =>
  only({ id: 'r', kind: 'property', property: 'revenue_30d', operator: 'eq', value })

const DATA = buyers({
  a: [0.1, 0.2, 0.3], // 0.6, although 0.1 + 0.2 + 0.3 is 0.6000000000000001 in doubles
  b: [0.3, 0.2, 0.1], // 0.6, although 0.3 + 0.2 + 0.1 is 0.6 in doubles
  c: [10.1, 20.2, 30.3], // 60.6 (60.599999999999994 in doubles, in this order)
  d: [30.3, 20.2, 10.1], // 60.6
  e: [0.7, 0.1, 0.1, 0.1], // 1.0
  f: [1.1, 2.2], // 3.3 (3.3000000000000003 in doubles); average 1.65
  g: [0.6], // plainly 0.6
  h: [-0.1, -0.2], // −0.3
  t: [0.0000025, 0.0000045, -0.0000025], // halves of a millionth round away from zero: 3 + 5 − 3
})

const CASES: readonly { segment: Segment; members: readonly string[] }[] = [
  { segment: measured('sum', 'eq', 0.6), members: ['a', 'b', 'g'] },
  { segment: measured('sum', 'gte', 60.6), members: ['c', 'd'] },
  { segment: measured('sum', 'lt', 60.6), members: ['a', 'b', 'e', 'f', 'g', 'h', 't'] },
  { segment: measured('sum', 'eq', 1), members: ['e'] },
  { segment: measured('sum', 'eq', 3.3), members: ['f'] },
  { segment: measured('sum', 'eq', -0.3), members: ['h'] },
  { segment: measured('sum', 'between', 0.6, 3.3), members: ['a', 'b', 'e', 'f', 'g'] },
  { segment: measured('avg', 'eq', 1.65), members: ['f'] },
  { segment: measured('avg', 'eq', 0.2), members: ['a', 'b'] },
  { segment: measured('avg', 'eq', 20.2), members: ['c', 'd'] },
  { segment: measured('avg', 'eq', 0.25), members: ['e'] },
  { segment: measured('avg', 'eq', -0.15), members: ['h'] },
  { segment: measured('sum', 'eq', 0.000005), members: ['t'] },
  { segment: bigPurchase, members: ['c', 'd'] },
  // Through a derived table MariaDB once kept five decimals of `/ 1000000.0` (0.000005 read 0.00001, −0.1 missed).
  { segment: revenue(0.000005), members: ['t'] },
  { segment: revenue(-0.3), members: ['h'] },
  { segment: revenue(60.6), members: ['c', 'd'] },
]

describe('decimal sums: the evaluator, PostgreSQL, DuckDB, SQLite and MariaDB agree at the exact decimal', () => {
  let engines: Engine[] = []
  beforeAll(async () => {
    engines = [await openPglite(), await openDuckdb(), await openSqlite(), await openMariadb()]
    for (const engine of engines) await loadDataset(engine, exampleCatalog, DATA)
  }, 120_000)
  afterAll(async () => {
    for (const engine of engines) await engine.close()
  }, 60_000)

  it('sums of 0.1 + 0.2 + 0.3 and 10.1 + 20.2 + 30.3 equal 0.6 and 60.6 in any order, averages equal theirs', async () => {
    const evaluator = createEvaluator(exampleCatalog, DATA)
    for (const { segment, members } of CASES) {
      const form = JSON.stringify(segment.root.children[0])
      expect(evaluator.evaluate(segment, { asOf: NOW }).ids, `evaluator: ${form}`).toEqual(members)
      for (const engine of engines) {
        const { ids, sql } = await sqlMembers(engine, exampleCatalog, segment, NOW)
        expect(ids, `${engine.name}: ${form}\n${sql}`).toEqual(members)
      }
    }
  })

  it('explain reports the decimal sum, not its binary rounding', () => {
    const evaluator = createEvaluator(exampleCatalog, DATA)
    for (const [id, sum] of [
      ['a', '0.6'],
      ['b', '0.6'],
      ['c', '60.6'],
      ['d', '60.6'],
      ['f', '3.3'],
    ] as const) {
      const text = JSON.stringify(evaluator.explain(measured('sum', 'gt', 0), id, { asOf: NOW }))
      expect(text, id).toContain(sum)
      expect(text, id).not.toMatch(/\d\.\d{8,}/)
    }
  })

  it('an infinite or NaN amount is refused with its path, not compared as a number (JSON cannot hold it either)', () => {
    for (const amount of [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN]) {
      const data = buyers({ i: [amount, 1] })
      let thrown: unknown
      try {
        createEvaluator(exampleCatalog, data)
      } catch (error) {
        thrown = error
      }
      expect(thrown, String(amount)).toBeInstanceOf(DataError)
      expect((thrown as DataError).issues[0]?.path, String(amount)).toEqual(['events', 0, 'properties', 'amount'])
    }
  })
})
