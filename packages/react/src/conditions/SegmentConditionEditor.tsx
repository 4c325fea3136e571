/** Editor of a `segment` condition: in / not in another segment of the catalog. */
import type { SegmentRefCondition } from '@segkit/core'
import { useMemo } from 'react'
import type { ConditionEditorProps } from '../condition-editor-props.ts'
import { useCatalog, useMessages } from '../context.ts'
import { ReferenceConditionEditor } from './ReferenceConditionEditor.tsx'

/** The default segment-reference condition editor. */
export function SegmentConditionEditor({
  node,
  entity,
  onChange,
  readOnly,
  issues,
}: ConditionEditorProps<SegmentRefCondition>) {
  const m = useMessages()
  const { catalog } = useCatalog()
  const options = useMemo(
    () =>
      (catalog.segments ?? [])
        .filter((s) => s.definition.entity === entity)
        .map((s) => ({ value: s.id, label: s.label, description: s.description })),
    [catalog, entity],
  )
  return (
    <ReferenceConditionEditor
      part="segment-condition"
      field="segment"
      operator={node.operator}
      operators={[
        { value: 'in', label: m.segmentOperators.in },
        { value: 'not_in', label: m.segmentOperators.not_in },
      ]}
      onOperatorChange={(operator) => onChange({ ...node, operator })}
      value={node.segment}
      options={options}
      onValueChange={(segment) => onChange({ ...node, segment })}
      label={m.segment}
      placeholder={m.segmentPlaceholder}
      unknownLabel={m.unknownReference}
      readOnly={readOnly}
      issues={issues}
    />
  )
}
