/**
 * The value "another property of the same entity" (a `PropertyReference`): a picker of the
 * properties it can be compared with (core's `referenceCandidates`) and, for datetimes, an
 * offset as plus / minus a duration ("Signed up at plus 7 days"; 0 means none).
 */
import { type PropertyReference, referenceCandidates, type TimeUnit } from '@segkit/core'
import { useState } from 'react'
import { useCatalog, useMessages } from '../context.ts'
import { SelectField } from './SelectField.tsx'
import { DurationInputSlot as DurationInput, PropertyPickerSlot as PropertyPicker } from './slots.tsx'
import type { ValueEditorProps } from './ValueEditor.tsx'

/** Props of {@link ReferenceValue}: a value editor's, with a `PropertyReference` value. */
export type ReferenceValueProps = Omit<ValueEditorProps, 'value'> & { value: PropertyReference }

/** Edits a comparison with another property (`ValueEditor` renders it for a `PropertyReference` value). */
export function ReferenceValue(props: ReferenceValueProps) {
  const { property, value, onChange, disabled, invalid, describedBy, source } = props
  const m = useMessages()
  const { index } = useCatalog()
  const all = source ? (index.entity(source.entity)?.properties ?? []) : []
  const candidates = referenceCandidates(property, all)
  const offset = value.offset ?? { amount: 0, unit: 'day' as TimeUnit }
  // "minus" chosen before an amount is typed has no signed amount to live in yet.
  const [minusFirst, setMinusFirst] = useState(false)
  const minus = offset.amount < 0 || (offset.amount === 0 && minusFirst)
  const shift = (amount: number, unit: TimeUnit, negative = minus) => {
    const { offset: _old, ...rest } = value
    setMinusFirst(negative)
    onChange(amount === 0 ? rest : { ...rest, offset: { amount: negative ? -amount : amount, unit } })
  }
  return (
    <span data-segkit-part="reference">
      <PropertyPicker
        properties={candidates}
        value={value.property}
        onChange={(other) => onChange({ ...value, property: other.id })}
        disabled={disabled}
        invalid={invalid}
        describedBy={describedBy}
      />
      {property.type === 'datetime' && (
        <span data-segkit-part="reference-offset">
          <SelectField
            options={(['plus', 'minus'] as const).map((s) => ({ value: s, label: m.offsetSign[s] }))}
            value={minus ? 'minus' : 'plus'}
            onChange={(s) => shift(Math.abs(offset.amount), offset.unit, s === 'minus')}
            label={m.offsetLabel}
            disabled={disabled}
            part="reference-sign"
          />
          <DurationInput
            value={{ amount: Math.abs(offset.amount), unit: offset.unit }}
            onChange={(d) => shift(d.amount, d.unit)}
            label={m.offsetLabel}
            disabled={disabled}
          />
        </span>
      )}
    </span>
  )
}
