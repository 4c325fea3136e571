'use client'
/**
 * The event condition row: which event, how (performed, did not perform, a
 * measure, first or last time, stopped, restarted, regularly), when, and
 * filters on the event's properties. Every change goes through core's pure
 * helpers (`changeEvent`, `changeEventForm`, …).
 */
import { changeEvent, changeEventForm, EVENT_FORM_TYPES, type EventCondition, type EventForm } from '@segkit/core'
import { useId } from 'react'
import type { ConditionEditorProps } from '../condition-editor-props.ts'
import { useCatalog, useComponents, useMessages } from '../context.ts'
import { SelectField } from '../fields/SelectField.tsx'
import { EventFilters } from './EventFilters.tsx'
import { EventFormFields } from './EventFormFields.tsx'
import { EventPicker } from './EventPicker.tsx'
import { routeIssues } from './issue-routing.ts'
import { MeasureEditor } from './MeasureEditor.tsx'
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
  const event = index.event(node.event)
  const { form } = node
  const byField = routeIssues(issues, {
    event: ['event'],
    filters: ['filters'],
    window: ['form', 'window'],
    form: ['form'],
  })
  const setForm = (next: EventForm) => onChange({ ...node, form: next })
  const windowIssues = byField.window
  return (
    <div data-segkit-part="event-condition" data-form={form.type}>
      <span data-segkit-part="field" data-field="event">
        <EventPicker
          entity={entity}
          value={node.event}
          onChange={(next) => onChange(changeEvent(node, next, event))}
          disabled={readOnly}
          invalid={byField.event.length > 0}
          describedBy={byField.event.length > 0 ? `${id}-event` : undefined}
        />
        {IssueList && <IssueList issues={byField.event} id={`${id}-event`} />}
      </span>
      <SelectField
        options={EVENT_FORM_TYPES.map((type) => ({ value: type, label: m.eventForms[type] }))}
        value={form.type}
        onChange={(type) => setForm(changeEventForm(form, type))}
        label={m.eventForm}
        disabled={readOnly}
        part="event-form"
      />
      {form.type === 'measure' && (
        <MeasureEditor form={form} event={event} onChange={setForm} disabled={readOnly} issues={byField.form} />
      )}
      {(form.type === 'stopped' || form.type === 'restarted' || form.type === 'regularly') && (
        <EventFormFields form={form} onChange={setForm} disabled={readOnly} issues={byField.form} />
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
      <EventFilters
        event={event}
        eventId={node.event}
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
            ...(form.type === 'measure' || form.type === 'regularly' ? [] : byField.form),
          ]}
        />
      )}
    </div>
  )
}
