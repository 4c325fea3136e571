/**
 * The inside of every picker: a search input (ARIA 1.2 combobox) driving a
 * grouped listbox through `aria-activedescendant`. Arrow keys move the active
 * option (wrapping), PageUp/PageDown by ten, Home/End jump, Enter chooses.
 *
 * Big catalogs stay within a frame: the search keys are built once per options
 * array (`prepareOptions`), and past {@link VIRTUALIZE_AT} rows only the rows in
 * view are mounted (`VirtualRows`, fixed row heights), each option keeping `aria-setsize` and
 * `aria-posinset` so that a screen reader still hears "12 of 50,000". An
 * optional async `search` answers typed queries (debounced, the superseded one
 * aborted) with loading, empty and error states.
 *
 * It mounts each time its popover opens, so the active option starts on the
 * current value, never on a stale index.
 */
import { type KeyboardEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useMessages } from '../context.ts'
import type { PickerOption, PickerSearch } from './option-values.ts'
import { type PickerRows, prepareOptions } from './search-options.ts'
import { useRemoteSearch } from './use-remote-search.ts'
import { rowStyle, VirtualRows } from './VirtualRows.tsx'

/** Lists longer than this many rows mount only the rows in view. */
export const VIRTUALIZE_AT = 150
const PAGE = 10

/** Props of {@link SearchList}. */
export interface SearchListProps {
  options: readonly PickerOption[]
  /** Async source for typed queries (see {@link PickerSearch}). */
  search?: PickerSearch | undefined
  /** Values listed first under the "Recent" heading while the query is empty. */
  recent?: readonly string[] | undefined
  /** Values shown as selected; the first is active on opening. */
  selected: readonly string[]
  multiple?: boolean | undefined
  /** Accessible name of the listbox. */
  label: string
  /** Input placeholder; default the "Search" message. */
  placeholder?: string | undefined
  onChoose: (option: PickerOption) => void
  /** Rendered after the listbox (e.g. a hint). */
  footer?: ReactNode
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const

/** Search input and listbox of a picker (see the module comment). */
export function SearchList(props: SearchListProps) {
  const { options, recent, selected, multiple, label, placeholder, footer } = props
  const m = useMessages()
  const baseId = useId()
  const [query, setQuery] = useState('')
  const remote = useRemoteSearch(props.search, query)
  const prepared = prepareOptions(options)
  const list: PickerRows = useMemo(
    () =>
      query.trim() === '' && recent ? prepared.withRecent(recent, m.recent) : prepared.rows(query, remote?.options),
    [query, prepared, recent, remote, m.recent],
  )
  const count = list.count
  const [active, setActive] = useState(() => {
    const found = selected.map((v) => list.indexOf(v)).filter((i) => i >= 0)
    return found.length > 0 ? Math.min(...found) : 0
  })
  // Keyboard moves scroll the active option into view; pointer moves must not.
  const scrollOnChange = useRef(true)
  const listbox = useRef<HTMLDivElement>(null)
  const virtual = list.rows.length > VIRTUALIZE_AT
  const optionId = (index: number) => `${baseId}-option-${index}`
  // Build the search keys while the user reads the list, not on the first typed character.
  const { warmSoon } = prepared
  useEffect(warmSoon, [warmSoon])

  const move = (next: number) => {
    scrollOnChange.current = true
    setActive(next)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = count - 1
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault()
        move(active >= last ? 0 : active + 1)
        break
      case 'ArrowUp':
        event.preventDefault()
        move(active <= 0 ? last : active - 1)
        break
      case 'PageDown':
        event.preventDefault()
        move(Math.min(last, active + PAGE))
        break
      case 'PageUp':
        event.preventDefault()
        move(Math.max(0, active - PAGE))
        break
      case 'Home':
        event.preventDefault()
        move(0)
        break
      case 'End':
        event.preventDefault()
        move(last)
        break
      case 'Enter': {
        event.preventDefault()
        if (active < count) props.onChoose(list.option(active))
        break
      }
      default:
        break
    }
  }

  const status =
    query.trim() === ''
      ? ''
      : remote?.status === 'loading'
        ? m.searching
        : remote?.status === 'error'
          ? m.searchFailed
          : m.resultCount(count)
  const renderOption = (index: number, rowIndex: number) => {
    const option = list.option(index)
    const isSelected = selected.includes(option.value)
    return (
      // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keyboard (aria-activedescendant)
      // biome-ignore lint/a11y/useFocusableInteractive: options are reached through aria-activedescendant, not focus
      <div
        key={`o${index}`}
        data-index={rowIndex}
        style={virtual ? rowStyle(list, rowIndex) : undefined}
        id={optionId(index)}
        role="option"
        aria-selected={isSelected}
        aria-setsize={virtual ? count : undefined}
        aria-posinset={virtual ? index + 1 : undefined}
        data-segkit-part="option"
        data-state={isSelected ? 'checked' : 'unchecked'}
        data-highlighted={index === active ? '' : undefined}
        onMouseMove={() => {
          if (index === active) return
          scrollOnChange.current = false
          setActive(index)
        }}
        onClick={() => props.onChoose(option)}
      >
        <span data-segkit-part="option-label">{option.label}</span>
        {option.description && <span data-segkit-part="option-description">{option.description}</span>}
      </div>
    )
  }
  const groupLabel = (group: number) => list.groupLabels[group] ?? m.ungrouped
  /** Rows `from` to `to` (exclusive), each run of one group inside its `role="group"`. */
  const renderRange = (from: number, to: number) => {
    const out: ReactNode[] = []
    let i = from
    const groupOfRow = (r: number) => {
      const code = list.rows[r] as number
      return code < 0 ? -1 - code : (list.groupOf[code] as number)
    }
    while (i < to) {
      const group = groupOfRow(i)
      const start = i
      while (i < to && groupOfRow(i) === group) i++
      const children: ReactNode[] = []
      for (let r = start; r < i; r++) {
        const code = list.rows[r] as number
        children.push(
          code < 0 ? (
            <div
              key={`g${r}`}
              data-index={r}
              role="presentation"
              data-segkit-part="option-group-label"
              style={virtual ? rowStyle(list, r) : undefined}
            >
              {groupLabel(group)}
            </div>
          ) : (
            renderOption(code, r)
          ),
        )
      }
      out.push(
        // Keyed by place, not by group: a typed character changes which groups lead the list, and the rows
        // then update in place instead of remounting under a new group element.
        // biome-ignore lint/a11y/useSemanticElements: ARIA listbox groups are role="group", not fieldsets
        <div
          key={out.length}
          role="group"
          aria-label={list.headed ? groupLabel(group) : undefined}
          data-segkit-part="option-group"
        >
          {children}
        </div>,
      )
    }
    return out
  }

  return (
    <>
      <input
        role="combobox"
        aria-label={m.search}
        aria-expanded="true"
        aria-controls={`${baseId}-listbox`}
        aria-autocomplete="list"
        aria-activedescendant={active < count ? optionId(active) : undefined}
        placeholder={placeholder ?? m.search}
        value={query}
        data-segkit-part="picker-search"
        onChange={(event) => {
          setQuery(event.target.value)
          scrollOnChange.current = true
          setActive(0)
        }}
        onKeyDown={onKeyDown}
      />
      <div
        ref={listbox}
        id={`${baseId}-listbox`}
        role="listbox"
        aria-label={label}
        aria-multiselectable={multiple || undefined}
        aria-busy={remote?.status === 'loading' || undefined}
        data-segkit-part="listbox"
        data-virtual={virtual ? '' : undefined}
        // The list scrolls, not the popover, so the search input stays in view.
        style={{
          maxHeight: 'var(--segkit-listbox-max-height, 18em)',
          overflowY: 'auto',
          overscrollBehavior: 'contain',
        }}
        // Clicking an option keeps focus (and the keyboard) in the search input.
        onMouseDown={(event) => event.preventDefault()}
      >
        {count === 0 && (
          <div data-segkit-part="picker-empty">
            {remote?.status === 'loading' ? m.searching : remote?.status === 'error' ? m.searchFailed : m.noResults}
          </div>
        )}
        {virtual ? (
          <VirtualRows list={list} active={active} scrollOnChange={scrollOnChange} renderRange={renderRange} />
        ) : (
          <PlainRows list={list} baseId={baseId} active={active} scrollOnChange={scrollOnChange}>
            {renderRange(0, list.rows.length)}
          </PlainRows>
        )}
      </div>
      {count > 0 && (remote?.status === 'loading' || remote?.status === 'error') && (
        // The status below announces it; this is the same text for the eyes.
        <div aria-hidden="true" data-segkit-part="picker-note">
          {remote.status === 'loading' ? m.searching : m.searchFailed}
        </div>
      )}
      <div role="status" data-segkit-part="picker-status" style={visuallyHidden}>
        {status}
      </div>
      {footer}
    </>
  )
}

/** Every row mounted; the active option scrolled into view on keyboard moves. */
function PlainRows(props: {
  list: PickerRows
  baseId: string
  active: number
  scrollOnChange: { current: boolean }
  children: ReactNode
}) {
  const { baseId, active, scrollOnChange } = props
  // aria-activedescendant does not scroll: keep the active option visible while arrowing.
  useEffect(() => {
    if (scrollOnChange.current)
      document.getElementById(`${baseId}-option-${active}`)?.scrollIntoView({ block: 'nearest' })
  }, [active, baseId, scrollOnChange])
  return <>{props.children}</>
}
