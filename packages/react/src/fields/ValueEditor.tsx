/**
 * The value of a predicate, edited with the input that fits the operator's
 * value shape (core's `valueShape`) and the property's type: text, number,
 * number range, enum single/multi select, free list, date, date range, duration.
 * Given `suggest` (the builder's `loadValues` bound to this field), text values
 * and text lists get loaded suggestions and an enum picker's search asks it too.
 */
import {
  type DateValue,
  type Duration,
  defaultValueFor,
  type Issue,
  isDateValueShaped,
  isDurationShaped,
  isPropertyReference,
  type Operator,
  type PredicateValue,
  type PropertyDef,
  valueShape,
} from '@segkit/core'
import { useMessages } from '../context.ts'
import { LaterReferenceValue as ReferenceValue, LaterValueCombobox as ValueCombobox } from '../later/later-editors.tsx'
import type { PickerSearch } from '../search/option-values.ts'
import type { PredicateSource, SuggestValues } from './load-values.ts'
import { NumberField } from './NumberField.tsx'
import { Picker } from './Picker.tsx'
import { DateValueInputSlot as DateValueInput, DurationInputSlot as DurationInput } from './slots.tsx'
import { TagsInput } from './TagsInput.tsx'

/** Props of {@link ValueEditor} (and of a `ValueEditor` given in the components map). */
export interface ValueEditorProps {
  /** The property whose value this is (its type, enum options, label). */
  property: PropertyDef
  operator: Operator
  value: PredicateValue | undefined
  onChange: (value: PredicateValue | undefined) => void
  disabled?: boolean | undefined
  invalid?: boolean | undefined
  /** Id of the element describing the field (its issues). */
  describedBy?: string | undefined
  /** The value's own issues (those whose path ends in `value`). */
  issues?: readonly Issue[] | undefined
  /** Where the property lives: the entity, and the event for an event or step filter. */
  source?: PredicateSource | undefined
  /** The builder's `loadValues` bound to this property; absent when the builder has none. */
  suggest?: SuggestValues | undefined
}

const enumSearchCache = new WeakMap<SuggestValues, PickerSearch>()
/** An enum picker's async search through `suggest` (labels from the options where they have one). */
function enumSearch(suggest: SuggestValues, property: PropertyDef): PickerSearch {
  let search = enumSearchCache.get(suggest)
  if (!search) {
    search = async (query, signal) =>
      (await suggest(query, signal)).map((s) => ({
        value: s.value,
        label: property.options?.find((o) => o.value === s.value)?.label ?? s.label ?? s.value,
      }))
    enumSearchCache.set(suggest, search)
  }
  return search
}

const parseNumber = (text: string) => {
  const n = Number(text)
  return text !== '' && Number.isFinite(n) ? n : undefined
}
const parseText = (text: string) => text

/** Edits a predicate's value; renders nothing for operators that take none. */
export function ValueEditor(props: ValueEditorProps) {
  const { property, operator, value, onChange, disabled, invalid, describedBy, suggest } = props
  const m = useMessages()
  if (isPropertyReference(value)) return <ReferenceValue {...props} value={value} />
  const shape = valueShape(operator, property.type)
  const fallback = defaultValueFor(operator, property)
  const common = { disabled, invalid, describedBy }
  const options = (property.options ?? []).map((o) => ({ value: o.value, label: o.label }))
  switch (shape) {
    case 'none':
      return null
    case 'scalar': {
      if (property.type === 'number') {
        return (
          <NumberField
            {...common}
            optional
            label={m.value}
            value={typeof value === 'number' ? value : undefined}
            onChange={onChange}
            part="number-input"
          />
        )
      }
      if (options.length > 0) {
        return (
          <Picker
            {...common}
            options={options}
            search={suggest && enumSearch(suggest, property)}
            value={typeof value === 'string' ? value : undefined}
            onChange={onChange}
            label={m.value}
            placeholder={m.valuePlaceholder}
            part="value-picker"
          />
        )
      }
      if (suggest && property.type !== 'boolean') {
        return (
          <ValueCombobox
            {...common}
            suggest={suggest}
            label={m.value}
            placeholder={m.valuePlaceholder}
            value={typeof value === 'string' ? value : ''}
            onChange={onChange}
          />
        )
      }
      return (
        <input
          type="text"
          aria-label={m.value}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          disabled={disabled}
          placeholder={m.valuePlaceholder}
          value={typeof value === 'string' ? value : ''}
          data-segkit-part="text-input"
          onChange={(event) => onChange(event.target.value)}
        />
      )
    }
    case 'list': {
      const list = Array.isArray(value) ? value : []
      if (options.length > 0) {
        return (
          <Picker
            {...common}
            multiple
            options={options}
            search={suggest && enumSearch(suggest, property)}
            value={list.filter((v): v is string => typeof v === 'string')}
            onChange={onChange}
            label={m.value}
            placeholder={m.selectValues}
            part="value-picker"
          />
        )
      }
      if (property.type === 'number') {
        return (
          <TagsInput
            {...common}
            value={list.filter((v): v is number => typeof v === 'number')}
            onChange={onChange}
            parse={parseNumber}
            label={m.value}
          />
        )
      }
      const texts = list.filter((v): v is string => typeof v === 'string')
      if (suggest)
        return (
          <ValueCombobox
            {...common}
            multiple
            suggest={suggest}
            label={m.value}
            placeholder={m.addValue}
            value={texts}
            onChange={onChange}
          />
        )
      return <TagsInput {...common} value={texts} onChange={onChange} parse={parseText} label={m.value} />
    }
    case 'range': {
      const [from, to] = Array.isArray(value) && value.length === 2 ? value : [undefined, undefined]
      const lo = typeof from === 'number' ? from : undefined
      const hi = typeof to === 'number' ? to : undefined
      // A bound cleared or not yet typed keeps the other; the pair is saved once both are numbers.
      const pair = (a: number | undefined, b: number | undefined) =>
        onChange(a !== undefined && b !== undefined ? [a, b] : undefined)
      return (
        <span data-segkit-part="range">
          <NumberField {...common} label={m.valueFrom} value={lo} onChange={(n) => pair(n, hi)} part="number-input" />
          <span data-segkit-part="words">{m.eventThresholdTo}</span>
          <NumberField {...common} label={m.valueTo} value={hi} onChange={(n) => pair(lo, n)} part="number-input" />
        </span>
      )
    }
    case 'date': {
      const date = isDateValueShaped(value) ? value : (fallback as DateValue)
      return <DateValueInput {...common} value={date} onChange={onChange} label={m.value} />
    }
    case 'date_range': {
      const pair = Array.isArray(value) && value.length === 2 ? value : (fallback as [DateValue, DateValue])
      const [from, to] = pair.map((v, i) => (isDateValueShaped(v) ? v : (fallback as DateValue[])[i]!)) as [
        DateValue,
        DateValue,
      ]
      return (
        <span data-segkit-part="date-range">
          <DateValueInput {...common} value={from} onChange={(d) => onChange([d, to])} label={m.valueFrom} />
          <DateValueInput {...common} value={to} onChange={(d) => onChange([from, d])} label={m.valueTo} />
        </span>
      )
    }
    case 'duration': {
      const duration = isDurationShaped(value) ? value : (fallback as Duration)
      return <DurationInput {...common} value={duration} onChange={onChange} label={m.value} />
    }
    default: {
      shape satisfies never
      return null
    }
  }
}
