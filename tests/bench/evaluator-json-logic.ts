/**
 * segkit's evaluator against json-logic-js on property rules over 100k users:
 * the same rule, the same users, the same members.
 */
import jsonLogic from 'json-logic-js'
import { createEvaluator } from '../../packages/core/src/evaluate/index.ts'
import { exampleCatalog, FIXTURE_AS_OF, generateDataset } from '../../packages/core/src/testing/index.ts'
import { compare, measurePair, once, report, sameAnswer } from './harness.ts'
import { propertyRuleSets } from './segments.ts'

const USERS = 100_000
const section = `Evaluator vs json-logic-js, ${USERS / 1000}k users`
// Property history is left out: JSON Logic sees only current values, so the
// evaluator must too (with history it takes each property's value at asOf).
const data = { ...generateDataset({ users: USERS }), history: [] }
const users = data.entities.user ?? []

const built = await once(() => createEvaluator(exampleCatalog, data))
const evaluator = built.value
const asOf = FIXTURE_AS_OF

const options = { warmup: 2, iterations: 9 }
for (const { rules, segment, jsonLogic: rule } of propertyRuleSets()) {
  const viaEvaluator = () => evaluator.evaluate(segment, { asOf }).count
  const viaJsonLogic = () => {
    let n = 0
    for (const user of users) if (jsonLogic.apply(rule, user)) n++
    return n
  }
  sameAnswer(`members of the ${rules} property rules`, viaEvaluator(), viaJsonLogic())
  const [segkit, peer] = await measurePair(viaEvaluator, viaJsonLogic, options)
  compare(
    section,
    `${rules} property rules, ${viaEvaluator()} members`,
    'ms',
    segkit.median,
    'json-logic-js apply per user',
    peer.median,
  )
}
report({
  section,
  case: `index build, ${USERS / 1000}k users + ${(data.events.length / 1e6).toFixed(2)}M events (once)`,
  unit: 'ms',
  segkit: built.ms,
  note: 'json-logic-js needs no index; it walks the raw records',
})
