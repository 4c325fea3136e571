/** Picks an event performed by an entity type, searchable and grouped by the catalog's `group`. */
import { type EventDef, eventEntity } from '@segkit/core'
import { useMemo } from 'react'
import { useCatalog, useMessages } from '../context.ts'
import { Picker } from '../fields/Picker.tsx'

/** Props of {@link EventPicker}. */
export interface EventPickerProps {
  /** Entity type whose events are offered. */
  entity: string
  value: string
  onChange: (event: EventDef) => void
  /** Accessible name; default "Event". */
  label?: string | undefined
  disabled?: boolean | undefined
  invalid?: boolean | undefined
  describedBy?: string | undefined
}

/** A {@link Picker} over the catalog's events of one entity type. */
export function EventPicker({ entity, value, onChange, label, disabled, invalid, describedBy }: EventPickerProps) {
  const m = useMessages()
  const { catalog, index } = useCatalog()
  const options = useMemo(
    () =>
      catalog.events
        .filter((e) => eventEntity(e) === entity)
        .map((e) => ({ value: e.id, label: e.label, group: e.group, description: e.description })),
    [catalog, entity],
  )
  return (
    <Picker
      options={options}
      value={value === '' ? undefined : value}
      onChange={(id) => {
        const event = index.event(id)
        if (event) onChange(event)
      }}
      label={label ?? m.eventPicker}
      placeholder={m.eventPlaceholder}
      unknownLabel={m.eventUnknown}
      disabled={disabled}
      invalid={invalid}
      describedBy={describedBy}
      part="event-picker"
    />
  )
}
