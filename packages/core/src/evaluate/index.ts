/** @segkit/core/evaluate — the reference evaluator over in-memory data. */
export { DataError } from './data-index.ts'
export {
  createEvaluator,
  type EntityExplanation,
  type EvaluateOptions,
  type EvaluationResult,
  type Evaluator,
  type Instant,
} from './evaluator.ts'
export type { Explanation } from './explanation.ts'
