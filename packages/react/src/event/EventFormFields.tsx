/** The inputs of the forms without a window: stopped, restarted, regularly. */
import { calendarUnitOf, type EventForm, type Issue } from '@segkit/core'
import { useId } from 'react'
import { useComponents, useMessages } from '../context.ts'
import { routeIssues } from '../fields/field-issues.ts'
import { NumberField } from '../fields/NumberField.tsx'
import { DurationInputSlot as DurationInput } from '../fields/slots.tsx'

/** An event form measured in periods rather than a window. */
export type PeriodForm = Extract<EventForm, { type: 'stopped' | 'restarted' | 'regularly' }>

/** Props of {@link EventFormFields}. */
export interface EventFormFieldsProps {
  form: PeriodForm
  onChange: (form: PeriodForm) => void
  disabled?: boolean | undefined
  /** The node's issues (those under `form.*` are shown next to their field). */
  issues: readonly Issue[]
}

/** "not in the last 30 days but in the 60 days before", "after a break of …", "in at least 3 of the last 4 …". */
export function EventFormFields({ form, onChange, disabled, issues }: EventFormFieldsProps) {
  const m = useMessages()
  const { IssueList } = useComponents()
  const id = useId()
  switch (form.type) {
    case 'stopped':
      return (
        <span data-segkit-part="event-form-fields" data-form="stopped">
          <span data-segkit-part="words">{m.eventStoppedRecent}</span>
          <DurationInput
            value={form.recent}
            onChange={(recent) => onChange({ ...form, recent })}
            label={m.eventRecentLabel}
            disabled={disabled}
          />
          <span data-segkit-part="words">{m.eventStoppedBaseline}</span>
          <DurationInput
            value={form.baseline}
            onChange={(baseline) => onChange({ ...form, baseline })}
            label={m.eventBaselineLabel}
            disabled={disabled}
          />
          <span data-segkit-part="words">{m.eventStoppedBaselineSuffix}</span>
        </span>
      )
    case 'restarted':
      return (
        <span data-segkit-part="event-form-fields" data-form="restarted">
          <span data-segkit-part="words">{m.eventRestartedRecent}</span>
          <DurationInput
            value={form.recent}
            onChange={(recent) => onChange({ ...form, recent })}
            label={m.eventRecentLabel}
            disabled={disabled}
          />
          <span data-segkit-part="words">{m.eventRestartedInactive}</span>
          <DurationInput
            value={form.inactive}
            onChange={(inactive) => onChange({ ...form, inactive })}
            label={m.eventInactiveLabel}
            disabled={disabled}
          />
        </span>
      )
    case 'regularly': {
      const byField = routeIssues(issues, {
        minPeriods: ['form', 'minPeriods'],
        periods: ['form', 'periods'],
        calendar: ['form', 'period'],
      })
      const minIssues = [...byField.minPeriods, ...byField.periods]
      return (
        <span data-segkit-part="event-form-fields" data-form="regularly">
          <NumberField
            value={form.minPerPeriod ?? 1}
            onChange={(perPeriod) => {
              if (perPeriod === undefined) return
              const { minPerPeriod: _, ...plain } = form
              onChange(perPeriod === 1 ? plain : { ...plain, minPerPeriod: perPeriod })
            }}
            label={m.eventPerPeriodLabel}
            integer
            min={1}
            disabled={disabled}
            part="per-period"
          />
          <span data-segkit-part="words">{m.eventRegularlyTimes}</span>
          <span data-segkit-part="words">{m.eventRegularlyMin}</span>
          <span data-segkit-part="field" data-field="minPeriods">
            <NumberField
              value={form.minPeriods}
              onChange={(minPeriods) => {
                if (minPeriods !== undefined) onChange({ ...form, minPeriods })
              }}
              label={m.eventMinPeriodsLabel}
              integer
              min={1}
              disabled={disabled}
              invalid={minIssues.length > 0}
              describedBy={minIssues.length > 0 ? `${id}-periods` : undefined}
              part="min-periods"
            />
          </span>
          <span data-segkit-part="words">{m.eventRegularlyPeriods}</span>
          <NumberField
            value={form.periods}
            onChange={(periods) => {
              if (periods !== undefined) onChange({ ...form, periods })
            }}
            label={m.eventPeriodsLabel}
            integer
            min={1}
            disabled={disabled}
            part="periods"
          />
          <span data-segkit-part="words">{m.eventRegularlyPeriod}</span>
          <DurationInput
            value={form.period}
            onChange={(period) => onChange({ ...form, period })}
            label={m.eventPeriodLabel}
            disabled={disabled}
          />
          <label data-segkit-part="regularly-calendar">
            <input
              type="checkbox"
              checked={form.calendar === true}
              disabled={disabled}
              onChange={(event) => {
                const { calendar: _, ...plain } = form
                // A calendar period is one day, week, month or year: keep the unit where it is one.
                const period =
                  calendarUnitOf({ ...form.period, amount: 1 }) !== undefined
                    ? { ...form.period, amount: 1 }
                    : { amount: 1, unit: 'week' as const }
                onChange(event.target.checked ? { ...plain, period, calendar: true } : plain)
              }}
            />
            {m.eventRegularlyCalendar}
          </label>
          {IssueList && <IssueList issues={byField.calendar} />}
          {IssueList && <IssueList issues={minIssues} id={`${id}-periods`} />}
          {IssueList && <IssueList issues={byField.other} />}
        </span>
      )
    }
    default: {
      form satisfies never
      return null
    }
  }
}
