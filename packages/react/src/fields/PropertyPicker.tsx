/** Picks a property among a list (an entity's properties, or an event's), grouped and searchable. */
import type { Issue, PropertyDef } from '@segkit/core'
import { useMessages } from '../context.ts'
import type { PickerSearch } from '../search/option-values.ts'
import { Picker, type PickerOption } from './Picker.tsx'

const optionsCache = new WeakMap<readonly PropertyDef[], readonly PickerOption[]>()

/** The options of a property list, built once per list (every row of a big catalog shares them). */
function propertyOptions(properties: readonly PropertyDef[]): readonly PickerOption[] {
  let options = optionsCache.get(properties)
  if (!options) {
    options = properties.map((p) => ({ value: p.id, label: p.label, group: p.group, description: p.description }))
    optionsCache.set(properties, options)
  }
  return options
}

/** Props of {@link PropertyPicker}. */
export interface PropertyPickerProps {
  properties: readonly PropertyDef[]
  value: string | undefined
  onChange: (property: PropertyDef) => void
  disabled?: boolean | undefined
  invalid?: boolean | undefined
  describedBy?: string | undefined
  /** The field's own issues (shown next to it by the builder; a replacement may show them itself). */
  issues?: readonly Issue[] | undefined
  /**
   * Async search for properties the list does not hold (a catalog too big to
   * send whole); a chosen result reaches `onChange` once `resolve` gives its
   * definition.
   */
  search?: PickerSearch | undefined
  /** Finds the definition of a property chosen from `search` results. */
  resolve?: ((id: string) => PropertyDef | undefined) | undefined
}

/** A {@link Picker} over properties, listed under their `group`. */
export function PropertyPicker(props: PropertyPickerProps) {
  const { properties, value, onChange, disabled, invalid, describedBy, search, resolve } = props
  const m = useMessages()
  return (
    <Picker
      options={propertyOptions(properties)}
      search={search}
      value={value}
      onChange={(id) => {
        const property = properties.find((p) => p.id === id) ?? resolve?.(id)
        if (property) onChange(property)
      }}
      label={m.property}
      placeholder={m.propertyPlaceholder}
      unknownLabel={m.unknownProperty}
      disabled={disabled}
      invalid={invalid}
      describedBy={describedBy}
      part="property-picker"
    />
  )
}
