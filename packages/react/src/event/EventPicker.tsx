/** Picks an event performed by an entity type, searchable and grouped by the catalog's `group`. */
import { type Catalog, type EventDef, eventEntity, type Issue } from '@segkit/core'
import { useCatalog, useMessages } from '../context.ts'
import { Picker, type PickerOption } from '../fields/Picker.tsx'
import type { PickerSearch } from '../search/option-values.ts'

const optionsCache = new WeakMap<Catalog, Map<string, readonly PickerOption[]>>()

/** The options of an entity's events, built once per catalog (every row shares them). */
function eventOptions(catalog: Catalog, entity: string): readonly PickerOption[] {
  let perEntity = optionsCache.get(catalog)
  if (!perEntity) {
    perEntity = new Map()
    optionsCache.set(catalog, perEntity)
  }
  let options = perEntity.get(entity)
  if (!options) {
    options = catalog.events
      .filter((e) => eventEntity(e) === entity)
      .map((e) => ({ value: e.id, label: e.label, group: e.group, description: e.description }))
    perEntity.set(entity, options)
  }
  return options
}

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
  /** The field's own issues (shown next to it by the builder; a replacement may show them itself). */
  issues?: readonly Issue[] | undefined
  /** Async search for events the catalog does not hold; a chosen result reaches `onChange` once `resolve` gives its definition. */
  search?: PickerSearch | undefined
  /** Finds the definition of an event chosen from `search` results. */
  resolve?: ((id: string) => EventDef | undefined) | undefined
}

/** A {@link Picker} over the catalog's events of one entity type. */
export function EventPicker(props: EventPickerProps) {
  const { entity, value, onChange, label, disabled, invalid, describedBy, search, resolve } = props
  const m = useMessages()
  const { catalog, index } = useCatalog()
  return (
    <Picker
      options={eventOptions(catalog, entity)}
      search={search}
      value={value === '' ? undefined : value}
      onChange={(id) => {
        const event = index.event(id) ?? resolve?.(id)
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
