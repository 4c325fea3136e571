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
  /** Offers "Any event" first, and calls this when it is chosen. */
  onAnyEvent?: (() => void) | undefined
  /** "Any event" is the current choice (with `onAnyEvent`). */
  anyEvent?: boolean | undefined
}

/** The option value of "Any event" (no event id holds a NUL: ids follow the text rule). */
const ANY_EVENT = '\u0000any'

/** A {@link Picker} over the catalog's events of one entity type. */
export function EventPicker(props: EventPickerProps) {
  const { entity, value, onChange, label, disabled, invalid, describedBy, search, resolve, onAnyEvent, anyEvent } =
    props
  const m = useMessages()
  const { catalog, index } = useCatalog()
  const options = eventOptions(catalog, entity)
  return (
    <Picker
      options={onAnyEvent ? [{ value: ANY_EVENT, label: m.eventAnyEvent }, ...options] : options}
      search={search}
      value={anyEvent && onAnyEvent ? ANY_EVENT : value === '' ? undefined : value}
      onChange={(id) => {
        if (id === ANY_EVENT) {
          onAnyEvent?.()
          return
        }
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
