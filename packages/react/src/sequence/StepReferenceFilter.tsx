/**
 * A sequence step's filter that compares with an earlier step (a `StepReference`): the filter's
 * property, "is the same as", and a select of the earlier steps' properties it can equal (core's
 * `stepReferenceCandidates`): "Product is the same as Product of step 1 (Viewed Product)".
 */
import {
  type CatalogIndex,
  compareWithStep,
  compareWithValue,
  type EventFilter,
  type Issue,
  isStepReference,
  type PropertyDef,
  type SequenceStep,
  type StepReference,
  type StepReferenceCandidate,
  stepReferenceCandidates,
} from '@segkit/core'
import { useCatalog, useComponents, useMessages } from '../context.ts'
import type { FilterOverride } from '../event/EventFilters.tsx'
import { splitIssues } from '../fields/field-issues.ts'
import { SelectField } from '../fields/SelectField.tsx'
import { PropertyPickerSlot as PropertyPicker } from '../fields/slots.tsx'

/** Props of {@link StepReferenceFilter}. */
export interface StepReferenceFilterProps {
  filter: EventFilter & { value: StepReference }
  /** The step's event properties. */
  properties: readonly PropertyDef[]
  /** The earlier steps' properties a property of this step can equal. */
  candidates: (property: PropertyDef) => StepReferenceCandidate[]
  onChange: (next: EventFilter) => void
  disabled?: boolean | undefined
  issues?: readonly Issue[] | undefined
}

const keyOf = (index: number, property: string) => `${index}:${property}`

/** Edits "the same value as an earlier step" on a sequence step's filter. */
export function StepReferenceFilter(props: StepReferenceFilterProps) {
  const { filter, properties, candidates, onChange, disabled, issues = [] } = props
  const m = useMessages()
  const { index } = useCatalog()
  const { IssueList } = useComponents()
  const own = properties.find((p) => p.id === filter.property)
  const choices = own ? candidates(own) : []
  const current = choices.find((c) => c.step.id === filter.value.step && c.property.id === filter.value.property)
  const byField = splitIssues(issues, ['property', 'value'])
  const eventLabel = (id: string) => index.event(id)?.label ?? id
  return (
    <span data-segkit-part="step-reference">
      <span data-segkit-part="field" data-field="property">
        <PropertyPicker
          properties={properties}
          value={filter.property}
          onChange={(next) => {
            // Keep comparing where the new property can equal something earlier, else back to a value.
            const first = candidates(next)[0]
            const moved = { ...filter, property: next.id }
            onChange(first ? compareWithStep(moved, first) : compareWithValue(moved, next))
          }}
          disabled={disabled}
          invalid={byField.property.length > 0}
          issues={byField.property}
        />
      </span>
      <span data-segkit-part="step-reference-words">{m.sameAsStep}</span>
      <span data-segkit-part="field" data-field="value">
        <SelectField
          options={choices.map((c) => ({
            value: keyOf(c.index, c.property.id),
            label: m.stepReferenceOption(c.property.label, c.index + 1, eventLabel(c.event)),
          }))}
          value={current ? keyOf(current.index, current.property.id) : `${filter.value.step}:${filter.value.property}`}
          onChange={(key) => {
            const chosen = choices.find((c) => keyOf(c.index, c.property.id) === key)
            if (chosen) onChange(compareWithStep(filter, chosen))
          }}
          label={m.stepReferenceLabel}
          disabled={disabled}
          invalid={byField.value.length > 0}
          part="step-reference-select"
        />
        {IssueList && <IssueList issues={[...byField.value, ...byField.other]} />}
      </span>
    </span>
  )
}

/** "Same as an earlier step" / "Compare with a value" after a step's filter, where an earlier step has a property it can equal. */
function StepReferenceToggle({
  filter,
  properties,
  candidates,
  onChange,
}: {
  filter: EventFilter
  properties: readonly PropertyDef[]
  candidates: (property: PropertyDef) => StepReferenceCandidate[]
  onChange: (next: EventFilter) => void
}) {
  const m = useMessages()
  const property = properties.find((p) => p.id === filter.property)
  const first = property ? candidates(property)[0] : undefined
  const referenced = isStepReference(filter.value)
  if (!property || (!referenced && !first)) return null
  return (
    <button
      type="button"
      data-segkit-part="step-reference-toggle"
      aria-pressed={referenced}
      onClick={() =>
        onChange(referenced || !first ? compareWithValue(filter, property) : compareWithStep(filter, first))
      }
    >
      {referenced ? m.compareWithValue : m.compareWithStep}
    </button>
  )
}

/** The filter override of step `at` of `steps` (EventFilters' `override`): comparisons with earlier steps. */
export function stepFilterOverride(
  steps: readonly SequenceStep[],
  at: number,
  properties: readonly PropertyDef[],
  index: CatalogIndex,
  disabled: boolean,
): FilterOverride {
  const candidates = (property: PropertyDef) => stepReferenceCandidates(steps, at, property, index)
  return {
    editor: (filter, onChange, issues) =>
      isStepReference(filter.value) ? (
        <StepReferenceFilter
          filter={{ ...filter, value: filter.value }}
          properties={properties}
          candidates={candidates}
          onChange={onChange}
          disabled={disabled}
          issues={issues}
        />
      ) : null,
    extra: (filter, onChange) => (
      <StepReferenceToggle filter={filter} properties={properties} candidates={candidates} onChange={onChange} />
    ),
  }
}
