/** Editor of a `property` condition: predicate on an entity property, optionally "as it was" at a past time. */
import {
  compareWithProperty,
  compareWithValue,
  defaultPastReference,
  isPropertyReference,
  type PropertyCondition,
} from '@segkit/core'
import type { ConditionEditorProps } from '../condition-editor-props.ts'
import { useCatalog, useComponents, useMessages } from '../context.ts'
import { useFocusAfterChange } from '../event/use-focus-after-change.ts'
import { splitIssues } from '../fields/field-issues.ts'
import { PredicateEditor } from '../fields/PredicateEditor.tsx'
import { DateValueInputSlot as DateValueInput } from '../fields/slots.tsx'

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
  const referenced = isPropertyReference(node.value)
  // "Compare with a property" where one compares with this one; back to a value from a comparison.
  const toggled =
    property && (referenced ? compareWithValue(node, property) : compareWithProperty(node, property, properties))
  // Adding the past time focuses its amount; removing it focuses "Compare with a past value".
  const { containerRef, focusAfterChange } = useFocusAfterChange<HTMLDivElement>()
  return (
    <div ref={containerRef} data-segkit-part="property-condition">
      <PredicateEditor
        predicate={node}
        properties={properties}
        onChange={onChange}
        disabled={readOnly}
        issues={other}
        source={{ entity }}
      />
      {toggled && !readOnly && (
        <button
          type="button"
          data-segkit-part="reference-toggle"
          aria-pressed={referenced}
          onClick={() => {
            onChange(toggled)
            focusAfterChange(['[data-field="value"] button', '[data-field="value"] input'])
          }}
        >
          {referenced ? m.compareWithValue : m.compareWithProperty}
        </button>
      )}
      {node.at !== undefined ? (
        <span data-segkit-part="at-time" data-field="at">
          <span data-segkit-part="at-label">{m.atTime}</span>
          <DateValueInput
            value={node.at}
            onChange={(value) => onChange({ ...node, at: value })}
            label={m.atTime}
            disabled={readOnly}
            invalid={at.length > 0}
            issues={at}
          />
          {!readOnly && (
            <button
              type="button"
              data-segkit-part="at-remove"
              aria-label={m.removeAtTimeLabel}
              title={m.removeAtTime}
              onClick={() => {
                const { at: _removed, ...rest } = node
                onChange(rest)
                focusAfterChange(['[data-segkit-part="at-add"]'])
              }}
            >
              <span aria-hidden="true">×</span>
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
            onClick={() => {
              onChange({ ...node, at: defaultPastReference() })
              focusAfterChange(['[data-field="at"] input'])
            }}
          >
            <span aria-hidden="true">+</span>
            {m.addAtTime}
          </button>
        )
      )}
    </div>
  )
}
