/**
 * Property + operator + value: the editor of a property condition and of an
 * event (or sequence-step) filter. It works on any list of properties (an
 * entity's or an event's) and changes predicates only through core's
 * `changeProperty` / `changeOperator`, so values stay valid for their type.
 * Its fields are the components map's `PropertyPicker`, `OperatorSelect` and
 * `ValueEditor`; given its `source`, values get the builder's `loadValues`
 * and an entity's property picker its `searchCatalog`.
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
import { memo, useId, useMemo } from 'react'
import { useCatalogSearch, useComponents, useLoadValues, useMessages } from '../context.ts'
import { splitIssues } from './field-issues.ts'
import { bindLoadValues, type PredicateSource } from './load-values.ts'
import type { OperatorSelectProps } from './OperatorSelect.tsx'
import type { PropertyPickerProps } from './PropertyPicker.tsx'
import {
  OperatorSelectSlot as OperatorSelect,
  PropertyPickerSlot as PropertyPicker,
  ValueEditorSlot as ValueEditor,
} from './slots.tsx'
import { useEventCallback } from './use-event-callback.ts'

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
  /**
   * Where the properties live: `{ entity }` for an entity's properties, `{ entity, event }` for an
   * event's. Value suggestions (`loadValues`) and the server search of properties (`searchCatalog`)
   * need it; without it the fields have neither.
   */
  source?: PredicateSource | undefined
}

const FIELDS = ['property', 'operator', 'value', 'ignoreCase'] as const

/** The property field (picker + its issues), memoised: typing a value does not re-render it. */
const PropertyField = memo(function PropertyField({
  issues,
  issuesId,
  ...picker
}: PropertyPickerProps & { issues: readonly Issue[]; issuesId: string }) {
  const { IssueList } = useComponents()
  return (
    <span data-segkit-part="field" data-field="property">
      <PropertyPicker {...picker} issues={issues} />
      {IssueList && <IssueList issues={issues} id={issuesId} />}
    </span>
  )
})

/** The operator field (select + its issues), memoised like {@link PropertyField}. */
const OperatorField = memo(function OperatorField({
  issues,
  issuesId,
  ...select
}: OperatorSelectProps & { issues: readonly Issue[]; issuesId: string }) {
  const { IssueList } = useComponents()
  return (
    <span data-segkit-part="field" data-field="operator">
      <OperatorSelect {...select} issues={issues} />
      {IssueList && <IssueList issues={issues} id={issuesId} />}
    </span>
  )
})

/** Property picker, operator select, value editor and (for strings) an ignore-case switch. */
export function PredicateEditor<P extends PredicateFieldsValue>(props: PredicateEditorProps<P>) {
  const { predicate, properties, onChange, disabled, issues = [], source } = props
  const m = useMessages()
  const { IssueList } = useComponents()
  const loadValues = useLoadValues()
  const remote = useCatalogSearch()
  const id = useId()
  const property = properties.find((p) => p.id === predicate.property)
  const entity = source?.entity
  const event = source?.event
  const suggest = useMemo(
    () =>
      bindLoadValues(
        loadValues,
        entity === undefined ? undefined : event === undefined ? { entity } : { entity, event },
        predicate.property,
      ),
    [loadValues, entity, event, predicate.property],
  )
  // Only an entity's properties come from the server; an event's arrive with the event's definition.
  const search = remote && entity !== undefined && event === undefined ? remote.properties(entity) : undefined
  const resolve = useMemo(
    () =>
      remote && entity !== undefined && event === undefined
        ? (pid: string) => remote.resolveProperty(entity, pid)
        : undefined,
    [remote, entity, event],
  )
  const byField = splitIssues(issues, FIELDS)
  const issueId = (field: string) => `${id}-${field}-issues`
  const describe = (field: 'property' | 'operator' | 'value') =>
    byField[field].length > 0 ? issueId(field) : undefined
  // Stable callbacks, so that the memoised property and operator fields skip a value edit.
  const onProperty = useEventCallback((next: PropertyDef) => onChange(changeProperty(predicate, next, property)))
  const onOperator = useEventCallback((operator: Operator) => {
    if (property) onChange(changeOperator(predicate, operator, property))
  })
  const rest = byField.ignoreCase.length + byField.other.length > 0 ? [...byField.ignoreCase, ...byField.other] : null
  return (
    <span data-segkit-part="predicate">
      <PropertyField
        properties={properties}
        value={predicate.property}
        onChange={onProperty}
        disabled={disabled}
        invalid={byField.property.length > 0}
        describedBy={describe('property')}
        search={search}
        resolve={resolve}
        issues={byField.property}
        issuesId={issueId('property')}
      />
      {property && (
        <OperatorField
          property={property}
          value={predicate.operator}
          onChange={onOperator}
          disabled={disabled}
          invalid={byField.operator.length > 0}
          describedBy={describe('operator')}
          issues={byField.operator}
          issuesId={issueId('operator')}
        />
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
            issues={byField.value}
            source={source}
            suggest={suggest}
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
      {IssueList && rest && <IssueList issues={rest} />}
    </span>
  )
}
