/**
 * Property + operator + value: the editor of a property condition and of an
 * event (or sequence-step) filter. It works on any list of properties (an
 * entity's or an event's) and changes predicates only through core's
 * `changeProperty` / `changeOperator`, so values stay valid for their type.
 */
import {
  CASE_OPERATORS,
  changeOperator,
  changeProperty,
  type Issue,
  type Operator,
  type PredicateValue,
  type PropertyDef,
} from '@segkit/core'
import { useId } from 'react'
import { useComponents, useMessages } from '../context.ts'
import { splitIssues } from './field-issues.ts'
import { OperatorSelect } from './OperatorSelect.tsx'
import { PropertyPicker } from './PropertyPicker.tsx'
import { ValueEditor } from './ValueEditor.tsx'

/** The predicate fields a {@link PredicateEditor} edits. */
export interface PredicateFieldsValue {
  property: string
  operator: Operator
  value?: PredicateValue | undefined
  ignoreCase?: boolean | undefined
}

/** Props of {@link PredicateEditor}. */
export interface PredicateEditorProps<P extends PredicateFieldsValue> {
  predicate: P
  /** The properties that may be picked (entity properties, or an event's properties). */
  properties: readonly PropertyDef[]
  onChange: (next: P) => void
  disabled?: boolean | undefined
  /** Issues of this predicate; each is shown under the field its path names (property, operator, value). */
  issues?: readonly Issue[] | undefined
}

const FIELDS = ['property', 'operator', 'value', 'ignoreCase'] as const

/** Property picker, operator select, value editor and (for strings) an ignore-case switch. */
export function PredicateEditor<P extends PredicateFieldsValue>(props: PredicateEditorProps<P>) {
  const { predicate, properties, onChange, disabled, issues = [] } = props
  const m = useMessages()
  const { IssueList } = useComponents()
  const id = useId()
  const property = properties.find((p) => p.id === predicate.property)
  const byField = splitIssues(issues, FIELDS)
  const issueId = (field: string) => `${id}-${field}-issues`
  const describe = (field: 'property' | 'operator' | 'value') =>
    byField[field].length > 0 ? issueId(field) : undefined
  return (
    <span data-segkit-part="predicate">
      <span data-segkit-part="field" data-field="property">
        <PropertyPicker
          properties={properties}
          value={predicate.property}
          onChange={(next) => onChange(changeProperty(predicate, next, property))}
          disabled={disabled}
          invalid={byField.property.length > 0}
          describedBy={describe('property')}
        />
        {IssueList && <IssueList issues={byField.property} id={issueId('property')} />}
      </span>
      {property && (
        <span data-segkit-part="field" data-field="operator">
          <OperatorSelect
            property={property}
            value={predicate.operator}
            onChange={(operator) => onChange(changeOperator(predicate, operator, property))}
            disabled={disabled}
            invalid={byField.operator.length > 0}
            describedBy={describe('operator')}
          />
          {IssueList && <IssueList issues={byField.operator} id={issueId('operator')} />}
        </span>
      )}
      {property && (
        <span data-segkit-part="field" data-field="value">
          <ValueEditor
            property={property}
            operator={predicate.operator}
            value={predicate.value}
            onChange={(value) => {
              const next = { ...predicate, value }
              if (value === undefined) delete next.value
              onChange(next)
            }}
            disabled={disabled}
            invalid={byField.value.length > 0}
            describedBy={describe('value')}
          />
          {IssueList && <IssueList issues={byField.value} id={issueId('value')} />}
        </span>
      )}
      {property &&
        (property.type === 'string' || property.type === 'string[]' || predicate.ignoreCase === true) &&
        CASE_OPERATORS.has(predicate.operator) && (
          <label data-segkit-part="ignore-case">
            <input
              type="checkbox"
              checked={predicate.ignoreCase === true}
              disabled={disabled}
              onChange={(event) => {
                const next = { ...predicate, ignoreCase: event.target.checked || undefined }
                if (!event.target.checked) delete next.ignoreCase
                onChange(next)
              }}
            />
            {m.ignoreCase}
          </label>
        )}
      {IssueList && <IssueList issues={[...byField.ignoreCase, ...byField.other]} />}
    </span>
  )
}
