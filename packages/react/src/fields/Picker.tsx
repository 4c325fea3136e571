/**
 * A searchable, grouped picker: a popover holding a combobox input and a
 * listbox (ARIA 1.2 combobox pattern). Arrow keys move the active option,
 * Home/End jump, Enter picks, Escape closes. With `multiple`, Enter and clicks
 * toggle options and the popover stays open. While closed it renders nothing
 * but its trigger button, and builds no option.
 */
import { type KeyboardEvent, type ReactNode, useEffect, useId, useMemo, useState } from 'react'
import { useMessages } from '../context.ts'
import { closedTriggerProps, PopoverContent, PopoverRoot, PopoverTrigger } from '../popover/Popover.tsx'

/** One choice of a picker. */
export interface PickerOption {
  value: string
  label: string
  /** Heading the option is listed under. */
  group?: string | undefined
  description?: string | undefined
}

interface PickerBaseProps {
  options: readonly PickerOption[]
  /** Accessible name of the trigger (e.g. "Property"). */
  label: string
  /** Trigger text when nothing is chosen. */
  placeholder: string
  /** Trigger text for a value that no option has (e.g. a property the catalog no longer knows). */
  unknownLabel?: ((value: string) => string) | undefined
  disabled?: boolean | undefined
  /** Marks the trigger invalid (`aria-invalid`, `data-invalid`). */
  invalid?: boolean | undefined
  /** Id of the element describing the trigger (its issues). */
  describedBy?: string | undefined
  /** `data-segkit-part` of the trigger. Default `picker`. */
  part?: string | undefined
}

/** Props of a single-choice picker. */
export interface SinglePickerProps extends PickerBaseProps {
  multiple?: false | undefined
  value: string | undefined
  onChange: (value: string) => void
}

/** Props of a multiple-choice picker. */
export interface MultiPickerProps extends PickerBaseProps {
  multiple: true
  value: readonly string[]
  onChange: (value: string[]) => void
}

export type PickerProps = SinglePickerProps | MultiPickerProps

function matches(option: PickerOption, query: string): boolean {
  if (query === '') return true
  const q = query.toLocaleLowerCase()
  return [option.label, option.value, option.group ?? '', option.description ?? ''].some((text) =>
    text.toLocaleLowerCase().includes(q),
  )
}

/** Groups options under their headings, keeping first-seen order. */
function groupOptions(options: readonly PickerOption[], fallback: string) {
  const groups = new Map<string, PickerOption[]>()
  for (const option of options) {
    const name = option.group ?? fallback
    const list = groups.get(name)
    if (list) list.push(option)
    else groups.set(name, [option])
  }
  return [...groups]
}

/** A searchable grouped picker (single or multiple choice). */
export function Picker(props: PickerProps) {
  const { options, label, placeholder, unknownLabel, disabled, invalid, describedBy, part = 'picker' } = props
  const m = useMessages()
  const baseId = useId()
  const [open, setOpen] = useState(false)
  // Until first opened the picker is one plain button: a tree of many pickers then mounts no popover
  // parts at all (two components each). The first opening swaps in the popover's own trigger.
  const [armed, setArmed] = useState(false)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const selected = props.multiple ? props.value : props.value === undefined ? [] : [props.value]
  const visible = useMemo(() => options.filter((o) => matches(o, query)), [options, query])
  const hasGroups = options.some((o) => o.group !== undefined)
  const grouped = useMemo(() => groupOptions(visible, m.ungrouped), [visible, m.ungrouped])
  // Keyboard order follows the rendered (grouped) order.
  const ordered = useMemo(() => grouped.flatMap(([, list]) => list), [grouped])
  const optionId = (index: number) => `${baseId}-option-${index}`
  // aria-activedescendant does not scroll: keep the active option visible while arrowing.
  useEffect(() => {
    if (open) document.getElementById(`${baseId}-option-${active}`)?.scrollIntoView({ block: 'nearest' })
  }, [open, active, baseId])

  const labelOf = (value: string) =>
    options.find((o) => o.value === value)?.label ?? (unknownLabel ? unknownLabel(value) : value)
  let triggerText: ReactNode = placeholder
  if (props.multiple) {
    if (props.value.length > 0) triggerText = props.value.map(labelOf).join(', ')
  } else if (props.value !== undefined && props.value !== '') {
    triggerText = labelOf(props.value)
  }

  const choose = (value: string) => {
    if (props.multiple) {
      const next = props.value.includes(value) ? props.value.filter((v) => v !== value) : [...props.value, value]
      props.onChange(next)
    } else {
      props.onChange(value)
      setOpen(false)
    }
  }

  const onOpenChange = (next: boolean) => {
    setOpen(next)
    if (next) {
      setArmed(true)
      setQuery('')
      const current = ordered.findIndex((o) => selected.includes(o.value))
      setActive(Math.max(0, current))
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = ordered.length - 1
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        setActive((i) => (i >= last ? 0 : i + 1))
        break
      case 'ArrowUp':
        event.preventDefault()
        setActive((i) => (i <= 0 ? last : i - 1))
        break
      case 'Home':
        event.preventDefault()
        setActive(0)
        break
      case 'End':
        event.preventDefault()
        setActive(last)
        break
      case 'Enter': {
        event.preventDefault()
        const option = ordered[active]
        if (option) choose(option.value)
        break
      }
      default:
        break
    }
  }

  const triggerProps = {
    disabled,
    'aria-label': `${label}: ${typeof triggerText === 'string' ? triggerText : ''}`,
    'aria-haspopup': 'listbox',
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    'data-segkit-part': part,
    'data-invalid': invalid ? '' : undefined,
    'data-placeholder': selected.length === 0 ? '' : undefined,
  } as const
  const triggerContent = (
    <>
      <span data-segkit-part="picker-value">{triggerText}</span>
      <span aria-hidden="true" data-segkit-part="picker-chevron">
        ▾
      </span>
    </>
  )
  if (!armed) {
    return (
      <button {...triggerProps} {...closedTriggerProps(() => onOpenChange(true))}>
        {triggerContent}
      </button>
    )
  }

  let index = -1
  return (
    <PopoverRoot open={open} onOpenChange={onOpenChange}>
      <PopoverTrigger {...triggerProps}>{triggerContent}</PopoverTrigger>
      {/* Guarded here as well, so that a closed picker does not even build its option elements. */}
      {open && (
        <PopoverContent
          role="dialog"
          aria-label={label}
          data-segkit-part="popover"
          align="start"
          sideOffset={4}
          onOpenAutoFocus={(content) => content.querySelector('input')?.focus({ preventScroll: true })}
        >
          <input
            role="combobox"
            aria-label={m.search}
            aria-expanded="true"
            aria-controls={`${baseId}-listbox`}
            aria-autocomplete="list"
            aria-activedescendant={ordered[active] ? optionId(active) : undefined}
            placeholder={m.search}
            value={query}
            data-segkit-part="picker-search"
            onChange={(event) => {
              setQuery(event.target.value)
              setActive(0)
            }}
            onKeyDown={onKeyDown}
          />
          <div
            id={`${baseId}-listbox`}
            role="listbox"
            aria-label={label}
            aria-multiselectable={props.multiple || undefined}
            data-segkit-part="listbox"
            // Clicking an option keeps focus (and the keyboard) in the search input.
            onMouseDown={(event) => event.preventDefault()}
          >
            {ordered.length === 0 && <div data-segkit-part="picker-empty">{m.noResults}</div>}
            {grouped.map(([group, list], g) => (
              // biome-ignore lint/a11y/useSemanticElements: ARIA listbox groups are role="group", not fieldsets
              <div
                key={group}
                role="group"
                aria-labelledby={hasGroups ? `${baseId}-group-${g}` : undefined}
                data-segkit-part="option-group"
              >
                {hasGroups && (
                  <div id={`${baseId}-group-${g}`} role="presentation" data-segkit-part="option-group-label">
                    {group}
                  </div>
                )}
                {list.map((option) => {
                  index += 1
                  const i = index
                  const isSelected = selected.includes(option.value)
                  return (
                    // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keyboard (aria-activedescendant)
                    // biome-ignore lint/a11y/useFocusableInteractive: options are reached through aria-activedescendant, not focus
                    <div
                      key={option.value}
                      id={optionId(i)}
                      role="option"
                      aria-selected={isSelected}
                      data-segkit-part="option"
                      data-state={isSelected ? 'checked' : 'unchecked'}
                      data-highlighted={i === active ? '' : undefined}
                      onMouseMove={() => setActive(i)}
                      onClick={() => choose(option.value)}
                    >
                      <span data-segkit-part="option-label">{option.label}</span>
                      {option.description && <span data-segkit-part="option-description">{option.description}</span>}
                    </div>
                  )
                })}
              </div>
            ))}
          </div>
        </PopoverContent>
      )}
    </PopoverRoot>
  )
}
