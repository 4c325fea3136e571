/** A point in time: an absolute UTC date-time, or a duration ago / from now (relative to asOf). */
import { type DateValue, defaultDuration, type Issue } from '@segkit/core'
import { useMessages } from '../context.ts'
import { SelectField } from './SelectField.tsx'
import { DurationInputSlot as DurationInput } from './slots.tsx'

/** Props of {@link DateValueInput}. */
export interface DateValueInputProps {
  value: DateValue
  onChange: (value: DateValue) => void
  label: string
  disabled?: boolean | undefined
  invalid?: boolean | undefined
  describedBy?: string | undefined
  /** The field's own issues (shown next to it by the builder; a replacement may show them itself). */
  issues?: readonly Issue[] | undefined
}

/** `2026-11-24T10:30:00.000Z` → `2026-11-24T10:30` (the input shows UTC). */
function toLocalInput(instant: string): string {
  const time = Date.parse(instant)
  return Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 16)
}

/** `2026-11-24T10:30` (UTC) → `2026-11-24T10:30:00.000Z`. */
function fromLocalInput(text: string): string | undefined {
  const time = Date.parse(`${text}:00Z`)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

/** Mode select plus the matching input. */
export function DateValueInput({ value, onChange, label, disabled, invalid, describedBy }: DateValueInputProps) {
  const m = useMessages()
  const switchMode = (type: DateValue['type']) => {
    if (type === value.type) return
    if (type === 'absolute') {
      onChange({ type, value: new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000).toISOString() })
    } else {
      onChange({ type, duration: value.type === 'absolute' ? defaultDuration('relativeDate') : value.duration })
    }
  }
  const mode = (
    <SelectField
      options={[
        { value: 'ago', label: m.dateAgo },
        { value: 'from_now', label: m.dateFromNow },
        { value: 'absolute', label: m.dateAbsolute },
      ]}
      value={value.type}
      onChange={switchMode}
      label={`${label}: ${m.dateMode}`}
      disabled={disabled}
      part="date-mode"
    />
  )
  // Reads as a phrase: "7 days [ago ▾]", "[on a date ▾] 2026-11-24 10:30".
  return (
    <span data-segkit-part="date-value" data-mode={value.type}>
      {value.type === 'absolute' ? (
        <>
          {mode}
          <input
            type="datetime-local"
            aria-label={`${label} (UTC)`}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            disabled={disabled}
            value={toLocalInput(value.value)}
            data-segkit-part="date-input"
            onChange={(event) => {
              const instant = fromLocalInput(event.target.value)
              if (instant) onChange({ type: 'absolute', value: instant })
            }}
          />
        </>
      ) : (
        <>
          <DurationInput
            value={value.duration}
            onChange={(duration) => onChange({ type: value.type, duration })}
            label={label}
            disabled={disabled}
            invalid={invalid}
            describedBy={describedBy}
          />
          {mode}
        </>
      )}
    </span>
  )
}
