'use client'
/**
 * The event condition row, as a sentence: `[Purchased ▾] [at least ▾] [2] times [in the last ▾]
 * [30] [days ▾]  + where…`. Which event; how (at least once, not at all, a number of times, a
 * measure, first or last time, stopped, started again, regularly); when; and filters on the
 * event's properties as chips. Every change goes through core's pure helpers (`changeEvent`,
 * `changeEventForm`, …).
 */
import {
  changeEventRef,
  EVENT_FORM_TYPES,
  type EventCondition,
  type EventForm,
  eventIdsOf,
  eventRefDef,
} from '@segkit/core'
import { useId, useRef } from 'react'
import type { ConditionEditorProps } from '../condition-editor-props.ts'
import { useCatalog, useComponents, useMessages } from '../context.ts'
import { routeIssues } from '../fields/field-issues.ts'
import {
  LaterEventFormFields as EventFormFields,
  LaterMeasureEditor as MeasureEditor,
  LaterNthTimeCount as NthTimeCount,
  LaterNthTimeWithin as NthTimeWithin,
} from '../later/later-editors.tsx'
import { ComparisonEditor } from './ComparisonEditor.tsx'
import { EventFilters } from './EventFilters.tsx'
import { EventRefPicker } from './EventRefPicker.tsx'
import { COUNT_COMPARISONS, type EventHow, formForHow, howOf } from './event-how.ts'
import { WindowEditor } from './WindowEditor.tsx'

/** The default event condition editor. */
export function EventConditionEditor({
  node,
  entity,
  onChange,
  readOnly,
  issues,
}: ConditionEditorProps<EventCondition>) {
  const m = useMessages()
  const { index } = useCatalog()
  const { IssueList } = useComponents()
  const id = useId()
  // A set of events offers the properties they share, as one event would.
  const event = eventRefDef(index, node.event, entity)
  const { form } = node
  // What each "how" held when the user left it: arrowing through the closed select (each option a
  // change in Chromium) and back restores it instead of rebuilding it from defaults.
  const visited = useRef(new Map<EventHow, EventForm>())
  const byField = routeIssues(issues, {
    event: ['event'],
    filters: ['filters'],
    window: ['form', 'window'],
    value2: ['form', 'value2'],
    value: ['form', 'value'],
    form: ['form'],
  })
  const setForm = (next: EventForm) => onChange({ ...node, form: next })
  const how = howOf(form)
  const windowIssues = byField.window
  const counted = form.type === 'measure' && form.measure.fn === 'count'
  return (
    <div data-segkit-part="event-condition" data-form={form.type}>
      <span data-segkit-part="field" data-field="event">
        <EventRefPicker
          entity={entity}
          value={node.event}
          onChange={(ref, picked) => onChange(changeEventRef(node, ref, index, entity, picked))}
          disabled={readOnly}
          describedBy={byField.event.length > 0 ? `${id}-event` : undefined}
          issues={byField.event}
          at={['event']}
        />
        {IssueList && <IssueList issues={byField.event} id={`${id}-event`} />}
      </span>
      <select
        value={how}
        aria-label={m.eventForm}
        disabled={readOnly}
        data-segkit-part="event-form"
        onChange={(change) => {
          const next = change.target.value as EventHow
          visited.current.set(how, form)
          setForm(visited.current.get(next) ?? formForHow(form, next, event))
        }}
      >
        <optgroup label={m.eventHowCountGroup}>
          {COUNT_COMPARISONS.map((comparison) => (
            <option key={comparison} value={`count:${comparison}`}>
              {m.eventComparisons[comparison]}
            </option>
          ))}
        </optgroup>
        <optgroup label={m.eventHowOtherGroup}>
          {EVENT_FORM_TYPES.map((other) => (
            <option key={other} value={other}>
              {other === 'measure' ? m.eventHowMeasure : m.eventForms[other]}
            </option>
          ))}
        </optgroup>
      </select>
      {counted && (
        <ComparisonEditor
          compared={form}
          onChange={setForm}
          integer
          hideComparison
          comparisonLabel={m.eventComparison}
          valueLabel={m.eventThreshold}
          value2Label={m.eventThresholdUpper}
          disabled={readOnly}
          valueIssues={byField.value}
          value2Issues={byField.value2}
        />
      )}
      {counted && <span data-segkit-part="times">{m.eventTimes}</span>}
      {form.type === 'measure' && !counted && (
        <MeasureEditor
          form={form}
          event={event}
          onChange={setForm}
          disabled={readOnly}
          issues={[...byField.form, ...byField.value, ...byField.value2]}
        />
      )}
      {(form.type === 'stopped' || form.type === 'restarted' || form.type === 'regularly') && (
        <EventFormFields form={form} onChange={setForm} disabled={readOnly} issues={byField.form} />
      )}
      {form.type === 'nth_time' && (
        <NthTimeCount form={form} onChange={setForm} disabled={readOnly} issues={byField.form} />
      )}
      {'window' in form && (
        <span data-segkit-part="field" data-field="window">
          <WindowEditor
            value={form.window}
            onChange={(window) => setForm({ ...form, window })}
            disabled={readOnly}
            invalid={windowIssues.length > 0}
            describedBy={windowIssues.length > 0 ? `${id}-window` : undefined}
          />
          {IssueList && <IssueList issues={windowIssues} id={`${id}-window`} />}
        </span>
      )}
      {form.type === 'nth_time' && (
        <NthTimeWithin form={form} onChange={setForm} disabled={readOnly} issues={byField.form} />
      )}
      <EventFilters
        event={event}
        eventId={eventIdsOf(node.event, index, entity)[0] ?? ''}
        filters={node.filters}
        onChange={(filters) => onChange({ ...node, filters })}
        readOnly={readOnly}
        issues={byField.filters}
      />
      {IssueList && (
        <IssueList
          issues={[
            ...byField.other,
            // Form issues that no field above showed (measure and regularly route their own).
            ...(form.type === 'measure' || form.type === 'regularly' || form.type === 'nth_time' ? [] : byField.form),
          ]}
        />
      )}
    </div>
  )
}
