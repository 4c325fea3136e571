/** Picks a property among a list (an entity's properties, or an event's), grouped and searchable. */
import type { PropertyDef } from '@segkit/core'
import { useMemo } from 'react'
import { useMessages } from '../context.ts'
import { Picker } from './Picker.tsx'

/** Props of {@link PropertyPicker}. */
export interface PropertyPickerProps {
  properties: readonly PropertyDef[]
  value: string | undefined
  onChange: (property: PropertyDef) => void
  disabled?: boolean | undefined
  invalid?: boolean | undefined
  describedBy?: string | undefined
}

/** A {@link Picker} over properties, listed under their `group`. */
export function PropertyPicker({ properties, value, onChange, disabled, invalid, describedBy }: PropertyPickerProps) {
  const m = useMessages()
  const options = useMemo(
    () => properties.map((p) => ({ value: p.id, label: p.label, group: p.group, description: p.description })),
    [properties],
  )
  return (
    <Picker
      options={options}
      value={value}
      onChange={(id) => {
        const property = properties.find((p) => p.id === id)
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
