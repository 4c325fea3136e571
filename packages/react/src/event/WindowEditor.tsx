/**
 * Which events count: ever, in the last N, more than N ago, between N and M
 * ago, or between two UTC dates. Absolute windows are edited as whole UTC days,
 * the second date included ("through"): the model's half-open `[from, to)` ends
 * at the start of the day after it. Calendar windows (today, this month, the last 3 complete weeks)
 * choose this period, the last N complete ones, or both, and a unit.
 */
import { changeWindowType, WINDOW_TYPES, type Window } from '@segkit/core'
import { useMessages } from '../context.ts'
import { SelectField } from '../fields/SelectField.tsx'
import { DurationInputSlot as DurationInput } from '../fields/slots.tsx'
import { LaterCalendarWindowFields } from '../later/later-editors.tsx'

const DAY_MS = 86_400_000

/** Props of {@link WindowEditor}. */
export interface WindowEditorProps {
  value: Window
  onChange: (value: Window) => void
  /** Accessible name of the window type select; default "When". */
  label?: string | undefined
  disabled?: boolean | undefined
  invalid?: boolean | undefined
  describedBy?: string | undefined
}

/** `2026-11-01T00:00:00Z` → `2026-11-01` (UTC day). */
function dayOf(instant: string, offsetMs = 0): string {
  const time = Date.parse(instant)
  return Number.isNaN(time) ? '' : new Date(time + offsetMs).toISOString().slice(0, 10)
}

/** `2026-11-01` → `2026-11-01T00:00:00.000Z` plus `offsetMs`; undefined for an incomplete date. */
function instantOf(day: string, offsetMs = 0): string | undefined {
  const time = Date.parse(`${day}T00:00:00Z`)
  return Number.isNaN(time) ? undefined : new Date(time + offsetMs).toISOString()
}

/** The window type select and the inputs of the chosen type. */
export function WindowEditor({ value, onChange, label, disabled, invalid, describedBy }: WindowEditorProps) {
  const m = useMessages()
  const name = label ?? m.eventWindow
  const field = { disabled, invalid, describedBy }
  return (
    <span data-segkit-part="window" data-window={value.type} data-invalid={invalid ? '' : undefined}>
      <SelectField
        options={WINDOW_TYPES.map((type) => ({ value: type, label: m.eventWindows[type] }))}
        value={value.type}
        onChange={(type) => onChange(changeWindowType(value, type, Date.now()))}
        label={name}
        disabled={disabled}
        invalid={invalid}
        describedBy={describedBy}
        part="window-type"
      />
      {value.type === 'last' && (
        <DurationInput
          value={value.duration}
          onChange={(duration) => onChange({ ...value, duration })}
          label={name}
          {...field}
        />
      )}
      {value.type === 'before' && (
        <>
          <DurationInput
            value={value.duration}
            onChange={(duration) => onChange({ ...value, duration })}
            label={name}
            {...field}
          />
          <span data-segkit-part="window-suffix">{m.eventWindowAgo}</span>
        </>
      )}
      {value.type === 'relative_range' && (
        <>
          <DurationInput
            value={value.start}
            onChange={(start) => onChange({ ...value, start })}
            label={m.eventWindowStart}
            {...field}
          />
          <span data-segkit-part="window-joiner">{m.eventWindowAnd}</span>
          <DurationInput
            value={value.end}
            onChange={(end) => onChange({ ...value, end })}
            label={m.eventWindowEnd}
            {...field}
          />
          <span data-segkit-part="window-suffix">{m.eventWindowAgo}</span>
        </>
      )}
      {value.type === 'calendar' && (
        <LaterCalendarWindowFields
          value={value}
          onChange={onChange}
          disabled={disabled}
          invalid={invalid}
          describedBy={describedBy}
        />
      )}
      {value.type === 'between' && (
        <>
          <input
            type="date"
            aria-label={`${m.eventWindowFrom} (UTC)`}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            disabled={disabled}
            value={dayOf(value.from)}
            data-segkit-part="window-from"
            onChange={(event) => {
              const from = instantOf(event.target.value)
              if (from) onChange({ ...value, from })
            }}
          />
          <span data-segkit-part="window-joiner">{m.eventWindowAnd}</span>
          <input
            type="date"
            aria-label={`${m.eventWindowTo} (UTC)`}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            disabled={disabled}
            value={dayOf(value.to, -1)}
            data-segkit-part="window-to"
            onChange={(event) => {
              const to = instantOf(event.target.value, DAY_MS)
              if (to) onChange({ ...value, to })
            }}
          />
        </>
      )}
    </span>
  )
}
