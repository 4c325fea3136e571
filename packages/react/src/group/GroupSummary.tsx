/**
 * A folded group as one sentence (core's `describeNode` of the group), not "2 items hidden"; in the
 * later chunk with core's describe module and its English words.
 */
import { describeNode } from '@segkit/core'
import { useBuilderStore, useCatalog, useMessages } from '../context.ts'

/** Props of {@link GroupSummary}. */
export interface GroupSummaryProps {
  groupId: string
  entity: string
}

/** The words of a folded group: its description, or how many items it hides when it is not a group. */
export function GroupSummary({ groupId, entity }: GroupSummaryProps) {
  const { catalog } = useCatalog()
  const m = useMessages()
  const summary = useBuilderStore((s) => {
    const g = s.nodes.get(groupId)
    return g?.kind === 'group' ? describeNode(g, catalog, entity, m.describe) : undefined
  })
  return summary ?? null
}
