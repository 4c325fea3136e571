/**
 * Messages between the demo and its two workers: the evaluator worker (dataset,
 * index, evaluate / explain / changes / compare) and the PGlite worker (the same
 * dataset loaded into PostgreSQL, queries).
 */
import type { Catalog, Issue, Segment } from '@segkit/core'
import type { EntityExplanation } from '@segkit/core/evaluate'

/** Dataset sizes the demo offers, in users. */
export const DATASET_SIZES = [1_000, 10_000, 100_000] as const
export type DatasetSize = (typeof DATASET_SIZES)[number]

/** The seed every worker uses, so both build the same dataset. */
export const DATASET_SEED = 1

/** A loading step reported while a worker prepares its data. */
export interface Progress {
  /** 0…1 */
  fraction: number
  label: string
}

export interface DatasetSummary {
  users: number
  accounts: number
  events: number
  /** Milliseconds spent generating and indexing. */
  generateMs: number
  indexMs: number
}

/** One member as shown in the sample table: id plus a few display properties. */
export interface MemberRow {
  id: string
  cells: Record<string, string | number | boolean | null>
}

export type EvaluatorRequest =
  | { type: 'load'; size: DatasetSize; catalog: Catalog }
  | { type: 'catalog'; catalog: Catalog }
  | { type: 'evaluate'; segment: Segment; asOf: string; sample: number }
  | { type: 'explain'; segment: Segment; entityId: string; asOf: string }
  | { type: 'changes'; segment: Segment; from: string; to: string }
  | { type: 'compare'; segments: Segment[]; asOf: string }
  /** The most common values of a property (an entity's, or an event's), for the builder's value suggestions. */
  | {
      type: 'topValues'
      target: { kind: 'entity'; entity: string; property: string } | { kind: 'event'; event: string; property: string }
      query: string
      limit: number
    }

export interface EvaluateAnswer {
  count: number
  ids: string[]
  sample: MemberRow[]
  ms: number
}

export interface CompareAnswer {
  sizes: { id: string; name: string; count: number }[]
  /** Pairwise overlaps, i < j. */
  overlaps: { a: string; b: string; both: number }[]
}

export type EvaluatorAnswer =
  | { type: 'loaded'; summary: DatasetSummary }
  | { type: 'catalog' }
  | ({ type: 'evaluate' } & EvaluateAnswer)
  | { type: 'explain'; explanation: EntityExplanation }
  | { type: 'changes'; entered: string[]; left: string[]; ms: number }
  | ({ type: 'compare' } & CompareAnswer)
  | { type: 'topValues'; values: { value: string | number | boolean; count: number }[] }

/** What a worker posts back for a request: progress steps, then one outcome. */
export type WorkerReply<A> =
  | { id: number; kind: 'progress'; progress: Progress }
  | { id: number; kind: 'ok'; answer: A }
  | { id: number; kind: 'error'; message: string; issues: Issue[] }
  /** A newer request of the same type made this one stale; it was never run. */
  | { id: number; kind: 'cancelled' }

export type SqlRequest =
  | { type: 'load'; size: DatasetSize; catalog: Catalog }
  | { type: 'query'; sql: string; params: unknown[] }

export type SqlAnswer = { type: 'loaded'; ms: number } | { type: 'query'; ids: string[]; ms: number }

/** Every request carries an id; the replies echo it. */
export interface WorkerMessage<R> {
  id: number
  request: R
}
