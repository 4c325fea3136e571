/**
 * The inputs of a calendar window: this period, the last N complete ones, or both, and the unit
 * ("this month", "the last 3 complete weeks"). In the builder's later chunk.
 */
import { CALENDAR_UNITS, type CalendarWindow, type Window } from '@segkit/core'
import { useMessages } from '../context.ts'
import { NumberField } from '../fields/NumberField.tsx'
import { SelectField } from '../fields/SelectField.tsx'

/** Props of {@link CalendarWindowFields}. */
export interface CalendarWindowFieldsProps {
  value: CalendarWindow
  onChange: (value: Window) => void
  disabled?: boolean | undefined
  invalid?: boolean | undefined
  describedBy?: string | undefined
}

type CalendarRange = 'current' | 'complete' | 'both'

const rangeOf = (w: CalendarWindow): CalendarRange => (w.complete === 0 ? 'current' : w.current ? 'both' : 'complete')

/** "this month", "the last 3 complete weeks", "this and the last 2 complete days". */
export function CalendarWindowFields({ value, onChange, disabled, invalid, describedBy }: CalendarWindowFieldsProps) {
  const m = useMessages()
  const range = rangeOf(value)
  const field = { disabled, invalid, describedBy }
  return (
    <>
      <SelectField<CalendarRange>
        options={(['current', 'complete', 'both'] as const).map((r) => ({ value: r, label: m.eventCalendarRanges[r] }))}
        value={range}
        onChange={(next) =>
          onChange({
            ...value,
            complete: next === 'current' ? 0 : Math.max(1, value.complete),
            current: next !== 'complete',
          })
        }
        label={m.eventCalendarRangeLabel}
        part="window-calendar-range"
        {...field}
      />
      {range !== 'current' && (
        <NumberField
          value={value.complete}
          onChange={(complete) => {
            if (complete !== undefined) onChange({ ...value, complete })
          }}
          label={m.eventCalendarCountLabel}
          integer
          min={1}
          part="window-calendar-count"
          {...field}
        />
      )}
      <SelectField
        options={CALENDAR_UNITS.map((unit) => ({ value: unit, label: m.eventCalendarUnits[unit] }))}
        value={value.unit}
        onChange={(unit) => onChange({ ...value, unit })}
        label={m.eventCalendarUnitLabel}
        part="window-calendar-unit"
        {...field}
      />
    </>
  )
}
