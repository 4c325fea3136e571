/**
 * What is measured over the matching events and how it compares: "sum of
 * Amount at least 100", "active days between 3 and 10".
 */
import {
  changeMeasure,
  type EventDef,
  type EventForm,
  type Issue,
  MEASURE_FNS,
  measurePropertiesFor,
  measuresFor,
} from '@segkit/core'
import { useId } from 'react'
import { useComponents, useMessages } from '../context.ts'
import { routeIssues } from '../fields/field-issues.ts'
import { SelectField } from '../fields/SelectField.tsx'
import { PropertyPickerSlot as PropertyPicker } from '../fields/slots.tsx'
import { ComparisonEditor } from './ComparisonEditor.tsx'

type MeasureForm = Extract<EventForm, { type: 'measure' }>

/** Props of {@link MeasureEditor}. */
export interface MeasureEditorProps {
  form: MeasureForm
  event: EventDef | undefined
  onChange: (form: MeasureForm) => void
  disabled?: boolean | undefined
  /** The node's issues (those under `form.measure`, `form.value`, `form.value2` are shown here). */
  issues: readonly Issue[]
}

/** Measure function, measured property, comparison and threshold. */
export function MeasureEditor({ form, event, onChange, disabled, issues }: MeasureEditorProps) {
  const m = useMessages()
  const { IssueList } = useComponents()
  const id = useId()
  const { measure } = form
  const offered = measuresFor(event)
  // The current function stays listed even when the event cannot support it (its issue says why).
  const fns = MEASURE_FNS.filter((fn) => offered.includes(fn) || fn === measure.fn)
  const byField = routeIssues(issues, {
    property: ['form', 'measure', 'property'],
    value2: ['form', 'value2'],
    value: ['form', 'value'],
  })
  const isCount = measure.fn === 'count' || measure.fn === 'distinct' || measure.fn === 'active_days'
  const properties = measurePropertiesFor(measure.fn, event)
  return (
    <span data-segkit-part="measure" data-measure={measure.fn}>
      <SelectField
        options={fns.map((fn) => ({ value: fn, label: m.eventMeasures[fn] }))}
        value={measure.fn}
        onChange={(fn) => {
          const next = changeMeasure(measure, fn, event)
          if (next) onChange({ ...form, measure: next })
        }}
        label={m.eventMeasure}
        disabled={disabled}
        part="measure-fn"
      />
      {'property' in measure && (
        <span data-segkit-part="field" data-field="measure-property">
          <PropertyPicker
            properties={properties}
            value={measure.property}
            onChange={(property) => onChange({ ...form, measure: { ...measure, property: property.id } })}
            disabled={disabled}
            invalid={byField.property.length > 0}
            describedBy={byField.property.length > 0 ? `${id}-property` : undefined}
          />
          {IssueList && <IssueList issues={byField.property} id={`${id}-property`} />}
        </span>
      )}
      <ComparisonEditor
        compared={form}
        onChange={onChange}
        integer={isCount}
        comparisonLabel={m.eventComparison}
        valueLabel={m.eventThreshold}
        value2Label={m.eventThresholdUpper}
        disabled={disabled}
        valueIssues={byField.value}
        value2Issues={byField.value2}
      />
      {IssueList && <IssueList issues={byField.other} />}
    </span>
  )
}
