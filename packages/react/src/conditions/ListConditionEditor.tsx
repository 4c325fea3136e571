/** Editor of a `list` condition: member / not a member of a static list. */
import type { ListCondition } from '@segkit/core'
import { useMemo } from 'react'
import type { ConditionEditorProps } from '../condition-editor-props.ts'
import { useCatalog, useMessages } from '../context.ts'
import { ReferenceConditionEditor } from './ReferenceConditionEditor.tsx'

/** The default list condition editor. */
export function ListConditionEditor({ node, entity, onChange, readOnly, issues }: ConditionEditorProps<ListCondition>) {
  const m = useMessages()
  const { catalog } = useCatalog()
  const options = useMemo(
    () =>
      (catalog.lists ?? [])
        .filter((l) => l.entity === entity)
        .map((l) => ({ value: l.id, label: l.label, description: l.description })),
    [catalog, entity],
  )
  return (
    <ReferenceConditionEditor
      part="list-condition"
      field="list"
      operator={node.operator}
      operators={[
        { value: 'in', label: m.listOperators.in },
        { value: 'not_in', label: m.listOperators.not_in },
      ]}
      onOperatorChange={(operator) => onChange({ ...node, operator })}
      value={node.list}
      options={options}
      onValueChange={(list) => onChange({ ...node, list })}
      label={m.list}
      placeholder={m.listPlaceholder}
      unknownLabel={m.unknownReference}
      readOnly={readOnly}
      issues={issues}
    />
  )
}
