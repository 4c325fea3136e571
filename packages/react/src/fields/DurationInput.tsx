/** A duration: a whole amount and a unit (minutes … years). */
import type { Duration, Issue, TimeUnit } from '@segkit/core'
import { useMessages } from '../context.ts'
import { NumberField } from './NumberField.tsx'
import { SelectField } from './SelectField.tsx'

const UNITS: readonly TimeUnit[] = ['minute', 'hour', 'day', 'week', 'month', 'year']

/** Props of {@link DurationInput}. */
export interface DurationInputProps {
  value: Duration
  onChange: (value: Duration) => void
  /** Accessible name prefix (e.g. "Within"). */
  label?: string | undefined
  disabled?: boolean | undefined
  invalid?: boolean | undefined
  describedBy?: string | undefined
  /** The field's own issues (shown next to it by the builder; a replacement may show them itself). */
  issues?: readonly Issue[] | undefined
}

/** Amount and unit of a duration. */
export function DurationInput({ value, onChange, label, disabled, invalid, describedBy }: DurationInputProps) {
  const m = useMessages()
  const prefix = label ? `${label}: ` : ''
  return (
    <span data-segkit-part="duration" data-invalid={invalid ? '' : undefined}>
      <NumberField
        value={Number.isFinite(value.amount) ? value.amount : undefined}
        onChange={(amount) => {
          if (amount !== undefined) onChange({ ...value, amount })
        }}
        label={`${prefix}${m.durationAmount}`}
        integer
        min={0}
        disabled={disabled}
        invalid={invalid}
        describedBy={describedBy}
        part="duration-amount"
      />
      <SelectField
        options={UNITS.map((unit) => ({ value: unit, label: m.units[unit] }))}
        value={value.unit}
        onChange={(unit) => onChange({ ...value, unit })}
        label={`${prefix}${m.durationUnit}`}
        disabled={disabled}
        part="duration-unit"
      />
    </span>
  )
}
