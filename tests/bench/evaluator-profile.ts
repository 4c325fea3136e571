/**
 * A profiling driver (not part of `pnpm bench`): builds the index over the bench
 * dataset and evaluates each bench segment many times, for `node --cpu-prof`.
 *
 *   node --cpu-prof --expose-gc --import tsx --import ./tests/bench/use-dist.mjs tests/bench/evaluator-profile.ts [case-substring]
 */
import { createEvaluator } from '../../packages/core/src/evaluate/index.ts'
import { exampleCatalog, FIXTURE_AS_OF, generateDataset } from '../../packages/core/src/testing/index.ts'
import { evaluatorCases } from './segments.ts'

const USERS = Number(process.env.SEGKIT_BENCH_USERS ?? 100_000)
const ROUNDS = Number(process.env.SEGKIT_PROFILE_ROUNDS ?? 50)
const only = process.argv[2]
const data = generateDataset({ users: USERS })
let t0 = performance.now()
const evaluator = createEvaluator(exampleCatalog, data)
console.log(`build ${(performance.now() - t0).toFixed(0)} ms for ${data.events.length} events`)
if (only === 'append') {
  const segment = evaluatorCases()[1]!.segment
  const asOfMs = Date.parse(FIXTURE_AS_OF)
  evaluator.subscribe(segment, () => {}, { asOf: FIXTURE_AS_OF })
  t0 = performance.now()
  for (let round = 0; round < ROUNDS; round++) {
    const events = Array.from({ length: 1000 }, (_, i) => ({
      entity: 'user',
      entityId: `u${((i * 97 + round * 13) % USERS) + 1}`,
      event: 'opened_app',
      time: asOfMs - (i + round * 1000) * 60_000,
      properties: { platform: 'web' },
    }))
    const a = performance.now()
    evaluator.append({ events })
    if (process.env.SEGKIT_PROFILE_EACH) console.log(`  round ${round}: ${(performance.now() - a).toFixed(2)} ms`)
  }
  console.log(`append: ${((performance.now() - t0) / ROUNDS).toFixed(2)} ms`)
}
for (const { name, segment } of evaluatorCases()) {
  if (only === 'append') break
  if (only && !name.includes(only) && only !== 'breakdown') continue
  const breakdown = only === 'breakdown'
  t0 = performance.now()
  for (let i = 0; i < ROUNDS; i++) evaluator.evaluate(segment, { asOf: FIXTURE_AS_OF, breakdown })
  console.log(`${name}: ${((performance.now() - t0) / ROUNDS).toFixed(2)} ms`)
}
