/** What every condition editor (a `components` slot per kind) receives. */
import type { Condition, Issue } from '@segkit/core'

/** A validation issue from core (`validateSegment` / `parseSegment`). */
export type SegmentIssue = Issue

/**
 * Props of a condition editor. It receives plain data and callbacks and never
 * touches the store, so a replacement stays simple.
 */
export interface ConditionEditorProps<C extends Condition = Condition> {
  /** The condition being edited. */
  node: C
  /** Entity type of the group holding the condition (e.g. `user`, or `account` inside a related row). */
  entity: string
  /** Replace the condition (same id and kind); use core's pure helpers to build `next`. */
  onChange: (next: C) => void
  /** True when the builder is read-only or the node (or a group holding it) is locked. */
  readOnly: boolean
  /** Core validation issues of this node; show each next to the field its `path` ends with. */
  issues: readonly SegmentIssue[]
}
