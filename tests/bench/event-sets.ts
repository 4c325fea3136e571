/**
 * Event sets and the n-th time on the evaluator, as ratios measured in one run on generated data
 * (default 20k users): a count over two events (`anyOf`) against the same count over one, the first
 * evaluation (which merges the two events' rows) and the next ones (merged rows kept); any event;
 * the 2nd time against the first time. Self-contained, not part of the default test run.
 *
 *   npx tsx tests/bench/event-sets.ts [users]
 */
import { createEvaluator } from '../../packages/core/src/evaluate/index.ts'
import type { EventForm } from '../../packages/core/src/model/conditions.ts'
import type { EventRef } from '../../packages/core/src/model/event-ref.ts'
import type { Segment } from '../../packages/core/src/model/segment.ts'
import { exampleCatalog, FIXTURE_AS_OF, generateDataset } from '../../packages/core/src/testing/index.ts'
import { measure } from './harness.ts'

const users = Number(process.argv[2] ?? 20_000)
const last30 = { type: 'last', duration: { amount: 30, unit: 'day' } } as const
const count3: EventForm = { type: 'measure', measure: { fn: 'count' }, comparison: 'gte', value: 3, window: last30 }
const seg = (id: string, event: EventRef, form: EventForm): Segment => ({
  version: 1,
  id,
  name: id,
  entity: 'user',
  root: { id: 'r', kind: 'group', combinator: 'and', children: [{ id: 'e', kind: 'event', event, filters: [], form }] },
})

const data = generateDataset({ users })
const asOf = FIXTURE_AS_OF
const one = seg('one', 'viewed_product', count3)
const two = seg('two', { anyOf: ['viewed_product', 'added_to_cart'] }, count3)
const any = seg('any', { any: true }, count3)
const first = seg('first', 'purchased', { type: 'first_time', window: last30 })
const second = seg('second', 'purchased', { type: 'nth_time', n: 2, window: last30 })

// The first evaluation of a set merges its events' rows: measured on a fresh evaluator, once.
const fresh = createEvaluator(exampleCatalog, data)
const t0 = performance.now()
fresh.evaluate(two, { asOf })
const firstSet = performance.now() - t0
const t1 = performance.now()
fresh.evaluate(one, { asOf })
const firstOne = performance.now() - t1

const evaluator = createEvaluator(exampleCatalog, data)
const rows: [string, number, string][] = []
const run = (name: string, s: Segment) => {
  const ms = measure(() => evaluator.evaluate(s, { asOf }), { iterations: 9 }).median
  rows.push([name, ms, `${evaluator.evaluate(s, { asOf }).count} members`])
  return ms
}
const msOne = run('count ≥ 3 of viewed_product', one)
const msTwo = run('count ≥ 3 of viewed_product or added_to_cart (merged rows kept)', two)
const msAny = run('count ≥ 3 of any event (merged rows kept)', any)
const msFirst = run('first purchase in the last 30 days', first)
const msSecond = run('2nd purchase in the last 30 days', second)
console.log(`${data.events.length} events, ${users} users`)
for (const [name, ms, result] of rows) console.log(`${name.padEnd(66)} ${ms.toFixed(2).padStart(8)} ms  ${result}`)
console.log(`first evaluation: set of two ${firstSet.toFixed(1)} ms, one event ${firstOne.toFixed(1)} ms`)
console.log(
  `ratios: two events / one ${(msTwo / msOne).toFixed(2)}, any / one ${(msAny / msOne).toFixed(2)}, 2nd time / first time ${(msSecond / msFirst).toFixed(2)}, first set evaluation / cached ${(firstSet / msTwo).toFixed(1)}`,
)
