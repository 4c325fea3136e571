/** Placeholder editor of the `sequence` condition (replaced by the full editor). */
import type { SequenceCondition } from '@segkit/core'
import type { ConditionEditorProps } from '../condition-editor-props.ts'

/** Edits a `sequence` condition. */
export function SequenceConditionEditor({ node }: ConditionEditorProps<SequenceCondition>) {
  return <div data-segkit-part="sequence-condition">{node.kind}</div>
}
