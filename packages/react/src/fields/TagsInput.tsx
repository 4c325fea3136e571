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
      <ul aria-label={label} data-segkit-part="tag-list">
        {value.map((item) => (
          <li key={String(item)} data-segkit-part="tag-chip">
            <span>{String(item)}</span>
            {!disabled && (
              <button
                type="button"
                aria-label={m.removeValue(String(item))}
                data-segkit-part="tag-remove"
                onClick={() => onChange(value.filter((v) => v !== item))}
              >
                <span aria-hidden="true">×</span>
              </button>
            )}
          </li>
        ))}
      </ul>
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
