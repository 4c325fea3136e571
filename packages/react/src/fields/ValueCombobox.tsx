/**
 * A text value with suggestions from the host's `loadValues` (ARIA 1.2
 * combobox with a listbox popup, `aria-activedescendant`): typing, ArrowDown or
 * a click opens the list of suggested values; they load debounced, the
 * superseded request aborted, with loading, empty and error states. Arrow keys
 * move (Home/End stay the text's, as APG has it for an editable combobox), Enter
 * picks, Escape closes (and only closes), Tab leaves.
 *
 * Single: the typed text is the value (suggestions help, they do not limit).
 * Multiple: chosen values are removable chips that stay whatever the next
 * search returns; Enter on a suggestion toggles it, Enter on typed text adds
 * it, Backspace in an empty input removes the last chip.
 */
import { type KeyboardEvent, useId, useLayoutEffect, useRef, useState } from 'react'
import { useMessages } from '../context.ts'
import { useRemoteSearch } from '../search/use-remote-search.ts'
import type { SuggestValues, ValueSuggestion } from './load-values.ts'
import { ValueChips } from './TagsInput.tsx'

interface ValueComboboxBase {
  suggest: SuggestValues
  /** Accessible name (e.g. "Value"). */
  label: string
  placeholder: string
  disabled?: boolean | undefined
  invalid?: boolean | undefined
  describedBy?: string | undefined
}

/** Props of {@link ValueCombobox}: one value, or a list of them. */
export type ValueComboboxProps = ValueComboboxBase &
  (
    | { multiple?: false | undefined; value: string; onChange: (value: string) => void }
    | { multiple: true; value: readonly string[]; onChange: (value: string[]) => void }
  )

const popupStyle = {
  position: 'absolute',
  top: '100%',
  left: 0,
  marginTop: 4,
  minWidth: 'max(100%, 12em)',
  maxWidth: 'min(24em, calc(100vw - 16px))',
} as const
const EDGE = 8

/** A text input (or chips + input) with loaded suggestions (see the module comment). */
export function ValueCombobox(props: ValueComboboxProps) {
  const { suggest, label, placeholder, disabled, invalid, describedBy } = props
  const m = useMessages()
  const id = useId()
  const [open, setOpen] = useState(false)
  const [draft, setDraft] = useState('')
  const [active, setActive] = useState(-1)
  // Labels of values chosen from suggestions: chips keep them when later searches do not return them.
  const labels = useRef(new Map<string, string>())
  const query = props.multiple ? draft : props.value
  const remote = useRemoteSearch<ValueSuggestion>(suggest, query, { enabled: open, emptyQuery: true })
  const options = remote?.options ?? []
  const status = remote?.status ?? 'loading'
  const chosen: readonly string[] = props.multiple ? props.value : []
  const labelOf = (value: string) => labels.current.get(value) ?? value
  const optionId = (i: number) => `${id}-value-${i}`
  // Under the input, moved left as far as needed to stay inside the viewport (a field near the right edge, a phone).
  const popup = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const element = popup.current
    if (!element || typeof window === 'undefined') return
    element.style.left = '0px'
    const rect = element.getBoundingClientRect()
    const overflow = rect.right - (window.innerWidth - EDGE)
    if (overflow > 0) element.style.left = `${-Math.min(overflow, rect.left - EDGE)}px`
  })

  const pick = (option: ValueSuggestion) => {
    if (option.label !== undefined) labels.current.set(option.value, option.label)
    if (props.multiple) {
      const has = props.value.includes(option.value)
      props.onChange(has ? props.value.filter((v) => v !== option.value) : [...props.value, option.value])
      setDraft('')
      setActive(-1)
    } else {
      props.onChange(option.value)
      setOpen(false)
    }
  }
  const addDraft = () => {
    const text = draft.trim()
    if (!props.multiple || text === '') return
    if (!props.value.includes(text)) props.onChange([...props.value, text])
    setDraft('')
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = options.length - 1
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault()
        if (!open) {
          setOpen(true)
          setActive(-1)
        } else if (last >= 0) {
          const down = event.key === 'ArrowDown'
          setActive(down ? (active >= last ? 0 : active + 1) : active <= 0 ? last : active - 1)
        }
        break
      }
      case 'Enter': {
        const option = open ? options[active] : undefined
        if (option) {
          event.preventDefault()
          pick(option)
        } else if (props.multiple) {
          event.preventDefault()
          addDraft()
        } else if (open) {
          event.preventDefault()
          setOpen(false)
        }
        break
      }
      case 'Escape':
        if (open) {
          // Only the list closes, not a dialog or popover around the builder.
          event.preventDefault()
          event.stopPropagation()
          setOpen(false)
        }
        break
      case 'Backspace':
        if (props.multiple && draft === '' && props.value.length > 0) props.onChange(props.value.slice(0, -1))
        break
      default:
        break
    }
  }

  const activeOption = open && active >= 0 && active < options.length ? optionId(active) : undefined
  const note =
    status === 'error'
      ? m.searchFailed
      : status === 'loading' && options.length === 0
        ? m.searching
        : status === 'done' && options.length === 0
          ? m.noResults
          : ''
  const input = (
    <input
      type="text"
      role="combobox"
      aria-label={props.multiple ? `${label}: ${m.addValue}` : label}
      aria-expanded={open}
      aria-controls={open ? `${id}-values` : undefined}
      aria-autocomplete="list"
      aria-activedescendant={activeOption}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      aria-busy={(open && status === 'loading') || undefined}
      autoComplete="off"
      disabled={disabled}
      placeholder={props.multiple ? m.addValue : placeholder}
      value={query}
      data-segkit-part={props.multiple ? 'tag-input' : 'text-input'}
      onChange={(event) => {
        if (props.multiple) setDraft(event.target.value)
        else props.onChange(event.target.value)
        setOpen(true)
        setActive(-1)
      }}
      onClick={() => setOpen(true)}
      onBlur={() => {
        setOpen(false)
        addDraft()
      }}
      onKeyDown={onKeyDown}
    />
  )
  return (
    <span
      data-segkit-part={props.multiple ? 'tags' : 'value-combobox'}
      data-invalid={invalid ? '' : undefined}
      data-state={open ? 'open' : 'closed'}
      style={{ position: 'relative' }}
    >
      {props.multiple && (
        <ValueChips
          items={props.value.map((value) => ({ key: value, label: labelOf(value) }))}
          label={label}
          disabled={disabled}
          onRemove={(value) => {
            if (props.multiple) props.onChange(props.value.filter((v) => v !== value))
          }}
        />
      )}
      {(!disabled || !props.multiple) && input}
      {open && (
        <div ref={popup} data-segkit-part="popover" data-value-suggestions="" data-state="open" style={popupStyle}>
          <div
            id={`${id}-values`}
            role="listbox"
            aria-label={label}
            aria-multiselectable={props.multiple || undefined}
            data-segkit-part="listbox"
            style={{ maxHeight: 'var(--segkit-listbox-max-height, 18em)', overflowY: 'auto' }}
            // A click picks without taking focus from the input.
            onMouseDown={(event) => event.preventDefault()}
          >
            {options.map((option, i) => {
              const selected = props.multiple ? chosen.includes(option.value) : option.value === props.value
              return (
                // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keyboard (aria-activedescendant)
                // biome-ignore lint/a11y/useFocusableInteractive: options are reached through aria-activedescendant, not focus
                <div
                  key={option.value}
                  id={optionId(i)}
                  role="option"
                  aria-selected={selected}
                  data-segkit-part="option"
                  data-state={selected ? 'checked' : 'unchecked'}
                  data-highlighted={i === active ? '' : undefined}
                  onMouseMove={() => setActive(i)}
                  onClick={() => pick(option)}
                >
                  <span data-segkit-part="option-label">{option.label ?? option.value}</span>
                </div>
              )
            })}
          </div>
          <div role="status" data-segkit-part="picker-empty" data-status={status}>
            {note}
          </div>
        </div>
      )}
    </span>
  )
}
