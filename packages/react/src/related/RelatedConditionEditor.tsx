/** Placeholder editor of the `related` condition (replaced by the full editor). */
import type { RelatedCondition } from '@segkit/core'
import type { ConditionEditorProps } from '../condition-editor-props.ts'

/** Edits a `related` condition. */
export function RelatedConditionEditor({ node }: ConditionEditorProps<RelatedCondition>) {
  return <div data-segkit-part="related-condition">{node.kind}</div>
}
