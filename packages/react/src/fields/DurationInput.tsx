/** A duration: a whole amount and a unit (minutes … years). */
import type { Duration, TimeUnit } from '@segkit/core'
import { useMessages } from '../context.ts'
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
}

/** Amount and unit of a duration. */
export function DurationInput({ value, onChange, label, disabled, invalid, describedBy }: DurationInputProps) {
  const m = useMessages()
  const prefix = label ? `${label}: ` : ''
  return (
    <span data-segkit-part="duration" data-invalid={invalid ? '' : undefined}>
      <input
        type="number"
        min={0}
        step={1}
        inputMode="numeric"
        aria-label={`${prefix}${m.durationAmount}`}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        disabled={disabled}
        value={Number.isFinite(value.amount) ? value.amount : ''}
        data-segkit-part="duration-amount"
        onChange={(event) => {
          const amount = event.target.valueAsNumber
          onChange({ ...value, amount: Number.isFinite(amount) ? Math.max(0, Math.trunc(amount)) : 0 })
        }}
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
