/** Why an entity is in or out: the segment tree with each node's truth and the values that decided it. */
import type { NodeKind } from '../model/segment.ts'

/** One node of an explanation: its truth and the values that decided it, with its children for a group. */
export interface Explanation {
  nodeId: string
  kind: NodeKind
  matched: boolean
  /** Disabled nodes take no part; they are listed with `skipped: true`. */
  skipped?: boolean
  /** A sentence such as "Purchased 2 times in the last 30 days, needed at least 3". */
  reason: string
  /** The value that decided: a property value, a measure, event times. */
  actual?: unknown
  children?: Explanation[]
}
