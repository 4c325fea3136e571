/** @segkit/core/evaluate — the reference evaluator over in-memory data. */
export type { NodeBreakdown } from './breakdown.ts'
export { DataError } from './data-index.ts'
export {
  type BulkMembership,
  createEvaluator,
  type EntityExplanation,
  type EvaluateOptions,
  type EvaluationResult,
  type Evaluator,
  type IndexStats,
  type Instant,
  type MembershipChange,
  type MembershipSubscription,
  type SubscribeOptions,
} from './evaluator.ts'
export type { Explanation } from './explanation.ts'
export type { TopValuesOptions, ValueCount } from './top-values.ts'
