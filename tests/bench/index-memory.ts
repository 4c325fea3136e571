/**
 * Memory: how much the evaluator's index adds on top of the raw dataset, per
 * million events. Run with `--expose-gc` (scripts/bench.mjs does).
 */
import { createEvaluator } from '../../packages/core/src/evaluate/index.ts'
import { exampleCatalog, generateDataset } from '../../packages/core/src/testing/index.ts'
import { report } from './harness.ts'

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with node --expose-gc')

function settledBytes(): number {
  for (let i = 0; i < 3; i++) gc?.()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return heapUsed + arrayBuffers
}

const USERS = 100_000
const before = settledBytes()
const data = generateDataset({ users: USERS })
const withData = settledBytes()
const evaluator = createEvaluator(exampleCatalog, data)
const withIndex = settledBytes()
const millions = data.events.length / 1e6
const MB = 1024 * 1024
const section = `Memory, ${USERS / 1000}k users / ${millions.toFixed(2)}M events`

report({
  section,
  case: 'evaluator index, per million events',
  unit: 'MB',
  segkit: (withIndex - withData) / MB / millions,
})
report({
  section,
  case: 'raw dataset (JS objects), per million events',
  unit: 'MB',
  segkit: (withData - before) / MB / millions,
  note: 'for scale: the input the index is built from',
})
// Keeps the evaluator alive until the heap was measured.
if (evaluator.entityIds('user').length !== USERS) throw new Error('the evaluator lost users')
