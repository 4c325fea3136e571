/**
 * The inputs of the `nth_time` form: which time ("[2]nd time ever", before the window) and the
 * optional limit after the first ("within [30 days] of the first", after it).
 */
import { defaultDuration, type EventForm, type Issue } from '@segkit/core'
import { useId } from 'react'
import { useMessages } from '../context.ts'
import { issuesUnder } from '../fields/field-issues.ts'
import { NumberField } from '../fields/NumberField.tsx'
import { OptionalDurationField } from '../sequence/OptionalDurationField.tsx'

/** The n-th time form. */
export type NthTimeForm = Extract<EventForm, { type: 'nth_time' }>

/** Props of {@link NthTimeCount} and {@link NthTimeWithin}. */
export interface NthTimeFieldsProps {
  form: NthTimeForm
  onChange: (form: NthTimeForm) => void
  disabled?: boolean | undefined
  /** The node's issues (those under `form.n` / `form.withinOfFirst` are shown here). */
  issues: readonly Issue[]
}

/** "[2]nd time ever". */
export function NthTimeCount({ form, onChange, disabled, issues }: NthTimeFieldsProps) {
  const m = useMessages()
  const own = issuesUnder(issues, ['form', 'n'])
  return (
    <span data-segkit-part="event-form-fields" data-form="nth_time">
      <span data-segkit-part="field" data-field="n">
        <NumberField
          value={form.n}
          onChange={(n) => {
            if (n !== undefined) onChange({ ...form, n })
          }}
          label={m.eventNthLabel}
          integer
          min={1}
          disabled={disabled}
          invalid={own.length > 0}
          part="nth"
        />
      </span>
      <span data-segkit-part="words">{m.eventNthSuffix(form.n)}</span>
    </span>
  )
}

/** "within [30 days] of the first", or the button that adds it. */
export function NthTimeWithin({ form, onChange, disabled, issues }: NthTimeFieldsProps) {
  const m = useMessages()
  const id = useId()
  const { withinOfFirst: _within, ...without } = form
  return (
    <span data-segkit-part="nth-within-field">
      <OptionalDurationField
        part="nth-within"
        field="withinOfFirst"
        value={form.withinOfFirst}
        defaultValue={defaultDuration('nthWithinFirst')}
        onChange={(withinOfFirst) => onChange(withinOfFirst ? { ...form, withinOfFirst } : without)}
        words={m.eventNthWithin}
        label={`${m.eventNthWithin} … ${m.eventNthOfFirst}`}
        addText={m.eventNthAddWithin}
        removeText={m.eventNthRemoveWithin}
        removeLabel={m.eventNthRemoveWithin}
        readOnly={disabled === true}
        issues={issuesUnder(issues, ['form', 'withinOfFirst'])}
        issuesId={`${id}-within`}
      />
      {form.withinOfFirst && <span data-segkit-part="words">{m.eventNthOfFirst}</span>}
    </span>
  )
}
