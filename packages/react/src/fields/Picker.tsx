/**
 * A searchable, grouped picker: a popover holding a combobox input and a
 * listbox (ARIA 1.2 combobox pattern, see `search/SearchList.tsx`). Arrow keys
 * move the active option, Home/End jump, Enter picks, Escape closes. With
 * `multiple`, the chosen values are removable chips beside the trigger, and
 * Enter and clicks toggle options while the popover stays open. While closed
 * it renders nothing but its trigger button (the same element once open), and
 * builds no option; big lists
 * are virtualized, and an async `search` can answer typed queries.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react'
import { afterLoad, laterParts, whenLoaded } from '../later/load-later.ts'
import { popoverTriggerProps, usePopover } from '../popover/Popover.tsx'
import { findOption, type PickerOption, type PickerSearch } from '../search/option-values.ts'
import { ValueChips } from './TagsInput.tsx'

export type { PickerOption, PickerSearch } from '../search/option-values.ts'

interface PickerBaseProps {
  options: readonly PickerOption[]
  /**
   * Async source of options for typed queries, for lists too big to send whole
   * (debounced; the superseded call's signal aborts). Its results are listed
   * after the matches among `options`; a chosen result keeps its label.
   */
  search?: PickerSearch | undefined
  /** Values listed first, under "Recent", while the search is empty. */
  recent?: readonly string[] | undefined
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

/** Props of `Picker`: single-choice or multiple-choice (discriminated by `multiple`). */
export type PickerProps = SinglePickerProps | MultiPickerProps

/** A searchable grouped picker (single or multiple choice). */
export function Picker(props: PickerProps) {
  const { options, search, recent, label, placeholder, unknownLabel, disabled, invalid, describedBy } = props
  const part = props.part ?? 'picker'
  const [open, setOpen] = useState(false)
  // The open list comes with the later chunk: an opening before it has loaded waits for it (the
  // trigger keeps the focus meanwhile).
  const popover = usePopover({
    open,
    onOpenChange: (next) => (next && !laterParts() ? afterLoad(() => setOpen(true)) : setOpen(next)),
  })
  const later = open ? laterParts() : undefined
  // Labels of options chosen from an async search, which `options` may not hold.
  const learned = useRef(new Map<string, string>())
  const selected = props.multiple ? props.value : props.value === undefined ? [] : [props.value]
  // The search keys of a big catalog are built in idle time once the later chunk (which holds them) has
  // loaded, not when a picker opens; mounting a picker does not load the chunk by itself.
  useEffect(() => whenLoaded((parts) => parts.warmOptions(options)), [options])
  const labelOf = (value: string) =>
    findOption(options, value)?.label ?? learned.current.get(value) ?? (unknownLabel ? unknownLabel(value) : value)

  let triggerText = placeholder
  if (selected.length > 0 && !(selected.length === 1 && selected[0] === ''))
    triggerText = selected.map(labelOf).join(', ')
  const chips = props.multiple && props.value.length > 0

  const choose = (option: PickerOption) => {
    learned.current.set(option.value, option.label)
    if (props.multiple) {
      const value = option.value
      props.onChange(props.value.includes(value) ? props.value.filter((v) => v !== value) : [...props.value, value])
    } else {
      props.onChange(option.value)
      setOpen(false)
    }
  }
  const triggerProps = {
    disabled,
    'aria-label': `${label}: ${triggerText}`,
    'aria-haspopup': 'listbox',
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    'data-segkit-part': part,
    'data-invalid': invalid ? '' : undefined,
    'data-placeholder': selected.length === 0 ? '' : undefined,
    'data-multiple': chips ? '' : undefined,
  } as const
  const triggerContent: ReactNode = (
    <>
      {/* With chips, the chips show the values; the trigger keeps them in its name only. */}
      {!chips && <span data-segkit-part="picker-value">{triggerText}</span>}
      <span aria-hidden="true" data-segkit-part="picker-chevron">
        ▾
      </span>
    </>
  )
  const withChips = (control: ReactNode) =>
    props.multiple && chips ? (
      <span data-segkit-part="picker-chips" data-disabled={disabled ? '' : undefined}>
        <ValueChips
          items={props.value.map((value) => ({ key: value, label: labelOf(value) }))}
          label={label}
          disabled={disabled}
          onRemove={(value) => {
            if (props.multiple) props.onChange(props.value.filter((v) => v !== value))
          }}
        />
        {control}
      </span>
    ) : (
      control
    )
  // One plain button, the same element closed and open: a tree of many pickers mounts no popover component,
  // and opening mounts only the content.
  return withChips(
    <>
      <button {...popoverTriggerProps(popover, triggerProps)}>{triggerContent}</button>
      {/* Guarded here as well, so that a closed picker does not even build its option elements. */}
      {later && (
        <later.PickerPopup
          state={popover}
          options={options}
          search={search}
          recent={recent}
          selected={selected}
          multiple={props.multiple}
          label={label}
          onChoose={choose}
        />
      )}
    </>,
  )
}
