/** Picks the editor of a condition kind from the components map (opaque nodes get a read-only view). */
import type { Condition, Issue, OpaqueNode } from '@segkit/core'
import { useComponents } from '../context.ts'

/** Props of {@link ConditionEditor}. */
export interface ConditionEditorSwitchProps {
  node: Condition | OpaqueNode
  entity: string
  onChange: (next: Condition) => void
  readOnly: boolean
  issues: readonly Issue[]
}

/** Renders the editor slot for the node's kind. */
export function ConditionEditor({ node, entity, onChange, readOnly, issues }: ConditionEditorSwitchProps) {
  const c = useComponents()
  const common = { entity, onChange, readOnly, issues }
  switch (node.kind) {
    case 'property':
      return <c.PropertyCondition node={node} {...common} />
    case 'event':
      return <c.EventCondition node={node} {...common} />
    case 'sequence':
      return <c.SequenceCondition node={node} {...common} />
    case 'list':
      return <c.ListCondition node={node} {...common} />
    case 'tag':
      return <c.TagCondition node={node} {...common} />
    case 'segment':
      return <c.SegmentCondition node={node} {...common} />
    case 'related':
      return <c.RelatedCondition node={node} {...common} />
    case 'opaque':
      return (
        <>
          <c.OpaqueCondition node={node} issues={issues} />
          {c.IssueList && <c.IssueList issues={issues} />}
        </>
      )
    default: {
      node satisfies never
      return null
    }
  }
}
