/** Editor of a `property` condition: predicate on an entity property, optionally "as it was" at a past time. */
import type { PropertyCondition } from '@segkit/core'
import type { ConditionEditorProps } from '../condition-editor-props.ts'
import { useCatalog, useComponents, useMessages } from '../context.ts'
import { DateValueInput } from '../fields/DateValueInput.tsx'
import { splitIssues } from '../fields/field-issues.ts'
import { PredicateEditor } from '../fields/PredicateEditor.tsx'

const NO_PROPERTIES = [] as const

/** The default property condition editor. */
export function PropertyConditionEditor({
  node,
  entity,
  onChange,
  readOnly,
  issues,
}: ConditionEditorProps<PropertyCondition>) {
  const m = useMessages()
  const { index } = useCatalog()
  const { IssueList } = useComponents()
  const properties = index.entity(entity)?.properties ?? NO_PROPERTIES
  const property = index.property(entity, node.property)
  const { at, other } = splitIssues(issues, ['at'])
  return (
    <div data-segkit-part="property-condition">
      <PredicateEditor
        predicate={node}
        properties={properties}
        onChange={onChange}
        disabled={readOnly}
        issues={other}
      />
      {node.at !== undefined ? (
        <span data-segkit-part="field" data-field="at">
          <span data-segkit-part="at-label">{m.atTime}</span>
          <DateValueInput
            value={node.at}
            onChange={(value) => onChange({ ...node, at: value })}
            label={m.atTime}
            disabled={readOnly}
            invalid={at.length > 0}
          />
          {!readOnly && (
            <button
              type="button"
              data-segkit-part="at-remove"
              onClick={() => {
                const { at: _removed, ...rest } = node
                onChange(rest)
              }}
            >
              {m.removeAtTime}
            </button>
          )}
          {IssueList && <IssueList issues={at} />}
        </span>
      ) : (
        property?.history === true &&
        !readOnly && (
          <button
            type="button"
            data-segkit-part="at-add"
            onClick={() => onChange({ ...node, at: { type: 'ago', duration: { amount: 7, unit: 'day' } } })}
          >
            {m.addAtTime}
          </button>
        )
      )}
    </div>
  )
}
