/** A condition as a sentence, in the later chunk (with core's describe module and its English words). */
import { describeNode } from '@segkit/core'
import { memo } from 'react'
import { useBuilderOptions, useCatalog, useMessages } from '../context.ts'
import { useNode } from '../store/hooks.ts'

/**
 * A condition as one readable sentence (core's `describeNode`): read-only builders, and advanced
 * conditions in the simple mode. Text, not disabled controls: full contrast, read by screen readers,
 * and one tab stop per row so that keyboard users can walk the segment.
 */
export const ConditionText = memo(function ConditionText({ id, entity }: { id: string; entity: string }) {
  const node = useNode(id)
  const { catalog } = useCatalog()
  const { mode, onOpenFullMode } = useBuilderOptions()
  const m = useMessages()
  if (node === undefined || node.kind === 'group') return null
  const text = describeNode(node, catalog, entity, m.describe)
  return (
    <>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a read-only row is reachable by keyboard, as text */}
      <p data-segkit-part="condition-text" tabIndex={0}>
        {text}
      </p>
      {mode === 'simple' && onOpenFullMode && (
        <button type="button" data-segkit-part="open-full-mode" onClick={onOpenFullMode}>
          {m.openInFullMode}
        </button>
      )}
    </>
  )
})
