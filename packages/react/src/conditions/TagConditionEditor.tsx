/** Editor of a `tag` condition: has / has not a tag. */
import type { TagCondition } from '@segkit/core'
import { useMemo } from 'react'
import type { ConditionEditorProps } from '../condition-editor-props.ts'
import { useCatalog, useMessages } from '../context.ts'
import { ReferenceConditionEditor } from './ReferenceConditionEditor.tsx'

/** The default tag condition editor. */
export function TagConditionEditor({ node, entity, onChange, readOnly, issues }: ConditionEditorProps<TagCondition>) {
  const m = useMessages()
  const { catalog } = useCatalog()
  const options = useMemo(
    () =>
      (catalog.tags ?? [])
        .filter((t) => t.entity === entity)
        .map((t) => ({ value: t.id, label: t.label, description: t.description })),
    [catalog, entity],
  )
  return (
    <ReferenceConditionEditor
      part="tag-condition"
      field="tag"
      operator={node.operator}
      operators={[
        { value: 'has', label: m.tagOperators.has },
        { value: 'not_has', label: m.tagOperators.not_has },
      ]}
      onOperatorChange={(operator) => onChange({ ...node, operator })}
      value={node.tag}
      options={options}
      onValueChange={(tag) => onChange({ ...node, tag })}
      label={m.tag}
      placeholder={m.tagPlaceholder}
      unknownLabel={m.unknownReference}
      readOnly={readOnly}
      issues={issues}
    />
  )
}
