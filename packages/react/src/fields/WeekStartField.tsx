/**
 * The segment's week start: a native select over the days of the week, Monday (the ISO default) first
 * for no week start. Shown when the segment reads calendar weeks (core's `usesWeeks`).
 */
import { WEEKDAYS, type Weekday } from '@segkit/core'
import { SelectField } from './SelectField.tsx'

/** Props of {@link WeekStartField}. */
export interface WeekStartFieldProps {
  /** The first day of a week, or `undefined` for Monday (the ISO week, the default). */
  value: Weekday | undefined
  onChange: (value: Weekday | undefined) => void
  label: string
  /** The names of the days, by day. */
  days: Readonly<Record<Weekday, string>>
  /** The label of the default choice ("Monday (default)"). */
  defaultLabel: string
  disabled?: boolean | undefined
}

/** A labelled week-start select; the empty choice is Monday, the default. */
export function WeekStartField({ value, onChange, label, days, defaultLabel, disabled }: WeekStartFieldProps) {
  const options = [
    { value: '', label: defaultLabel },
    ...WEEKDAYS.filter((d) => d !== 'monday').map((d) => ({ value: d, label: days[d] })),
  ]
  return (
    <SelectField
      options={options}
      value={value === 'monday' || value === undefined ? '' : value}
      onChange={(next) => onChange(WEEKDAYS.find((d) => d === next))}
      label={label}
      disabled={disabled}
      part="week-start"
    />
  )
}
