/** A list of free values typed one by one: Enter or comma adds, Backspace on empty removes the last. */
import { useState } from 'react'
import { useMessages } from '../context.ts'

/** Props of {@link TagsInput}. */
export interface TagsInputProps<V extends string | number> {
  value: readonly V[]
  onChange: (value: V[]) => void
  /** Parses typed text; undefined rejects it (e.g. not a number). */
  parse: (text: string) => V | undefined
  label: string
  disabled?: boolean | undefined
  invalid?: boolean | undefined
  describedBy?: string | undefined
}

/** Props of {@link ValueChips}. */
export interface ValueChipsProps {
  /** The values shown, each with its text. */
  items: readonly { key: string; label: string }[]
  /** Accessible name of the list. */
  label: string
  disabled?: boolean | undefined
  onRemove: (key: string) => void
}

/** Chosen values as a list of removable chips (the tags input's and the multiple picker's). */
export function ValueChips({ items, label, disabled, onRemove }: ValueChipsProps) {
  const m = useMessages()
  return (
    <ul aria-label={label} data-segkit-part="tag-list">
      {items.map((item) => (
        <li key={item.key} data-segkit-part="tag-chip">
          <span>{item.label}</span>
          {!disabled && (
            <button
              type="button"
              aria-label={m.removeValue(item.label)}
              data-segkit-part="tag-remove"
              onClick={() => onRemove(item.key)}
            >
              <span aria-hidden="true">×</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}

/** Chips plus an input. */
export function TagsInput<V extends string | number>(props: TagsInputProps<V>) {
  const { value, onChange, parse, label, disabled, invalid, describedBy } = props
  const m = useMessages()
  const [draft, setDraft] = useState('')
  const add = () => {
    const parsed = parse(draft.trim())
    if (draft.trim() === '' || parsed === undefined) return
    if (!value.includes(parsed)) onChange([...value, parsed])
    setDraft('')
  }
  return (
    <span data-segkit-part="tags" data-invalid={invalid ? '' : undefined} data-disabled={disabled ? '' : undefined}>
      <ValueChips
        items={value.map((item) => ({ key: String(item), label: String(item) }))}
        label={label}
        disabled={disabled}
        onRemove={(key) => onChange(value.filter((v) => String(v) !== key))}
      />
      {!disabled && (
        <input
          type="text"
          aria-label={`${label}: ${m.addValue}`}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          placeholder={m.addValue}
          value={draft}
          data-segkit-part="tag-input"
          onChange={(event) => setDraft(event.target.value)}
          onBlur={add}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ',') {
              event.preventDefault()
              add()
            } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
              onChange(value.slice(0, -1))
            }
          }}
        />
      )}
    </span>
  )
}
