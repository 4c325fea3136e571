/**
 * A compact single-choice select over a few fixed options: a styled native
 * `<select>`. Native on purpose: it mounts one `<option>` per choice and no
 * component tree, keeps the platform's keyboard behaviour and screen-reader
 * support, and opens the platform's own list (a sheet on mobile).
 */
import type { ChangeEvent } from 'react'

/** One option of a {@link SelectField}. */
export interface SelectOption<V extends string> {
  value: V
  label: string
}

/** Props of {@link SelectField}. */
export interface SelectFieldProps<V extends string> {
  options: readonly SelectOption<V>[]
  value: V
  onChange: (value: V) => void
  /** Accessible name. */
  label: string
  disabled?: boolean | undefined
  invalid?: boolean | undefined
  describedBy?: string | undefined
  /** `data-segkit-part` of the `<select>`. Default `select`. */
  part?: string | undefined
}

/**
 * A native `<select>` with the builder's parts. A value that is not among the
 * options (invalid data) stays shown as it is, as an extra option.
 */
export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { options, value, onChange, label, disabled, invalid, describedBy, part = 'select' } = props
  const known = options.some((o) => o.value === value)
  return (
    <select
      value={value}
      onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value as V)}
      disabled={disabled}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      data-segkit-part={part}
      data-invalid={invalid ? '' : undefined}
    >
      {!known && <option value={value}>{value}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  )
}
