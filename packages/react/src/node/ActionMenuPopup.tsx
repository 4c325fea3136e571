/**
 * The open part of an {@link ActionMenu} (in the later chunk): the `role="menu"` content of the
 * popover whose trigger the menu renders (it mounts when the user opens the menu).
 */
import { type KeyboardEvent, useRef } from 'react'
import { PopoverContent, type PopoverState } from '../popover/Popover.tsx'
import type { ActionMenuProps } from './ActionMenu.tsx'

/** Props of {@link ActionMenuPopup}: the popover's state and what the menu lists. */
export interface ActionMenuPopupProps extends Pick<ActionMenuProps, 'align' | 'entries'> {
  state: PopoverState
}

const ITEM = '[role="menuitem"]:not([aria-disabled="true"])'
/** Type-ahead: characters typed closer together than this make one search, as in WAI-ARIA menus. */
const TYPEAHEAD_MS = 500

function enabledItems(menu: HTMLElement): HTMLElement[] {
  return [...menu.querySelectorAll<HTMLElement>(ITEM)]
}

function moveFocus(menu: HTMLElement, key: string): boolean {
  const items = enabledItems(menu)
  if (items.length === 0) return false
  const at = items.indexOf(document.activeElement as HTMLElement)
  let next: number
  switch (key) {
    case 'ArrowDown':
      next = at < 0 || at === items.length - 1 ? 0 : at + 1
      break
    case 'ArrowUp':
      next = at <= 0 ? items.length - 1 : at - 1
      break
    case 'Home':
      next = 0
      break
    case 'End':
      next = items.length - 1
      break
    default:
      return false
  }
  items[next]?.focus()
  return true
}

/**
 * The enabled item whose text starts with `search`, looking from the focused
 * item onwards and wrapping. A one-character search (or the same character
 * repeated) skips the focused item, so pressing a letter again cycles.
 */
function typeAheadMatch(menu: HTMLElement, search: string): HTMLElement | undefined {
  const items = enabledItems(menu)
  const at = items.indexOf(document.activeElement as HTMLElement)
  const repeated = [...search].every((char) => char === search[0])
  const query = (repeated ? search.slice(0, 1) : search).toLocaleLowerCase()
  // The items after the focused one, wrapping round to it; a longer search first checks the focused item itself.
  const after = [...items.slice(at + 1), ...items.slice(0, at + 1)]
  const current = items[at]
  const candidates = query.length > 1 && current ? [current, ...after] : after
  return candidates.find((item) => item.textContent?.trim().toLocaleLowerCase().startsWith(query))
}

/** The open menu of an {@link ActionMenu}. */
export function ActionMenuPopup({ state, align, entries }: ActionMenuPopupProps) {
  // A choice, or Shift+Tab, closes the menu and returns focus to the trigger (unless the menu's
  // onCloseAutoFocus keeps it where the action put it).
  const close = () => state.dismiss(true)
  const typeAhead = useRef({ search: '', at: 0 })
  const typingAhead = () => typeAhead.current.search !== '' && Date.now() - typeAhead.current.at < TYPEAHEAD_MS

  const select = (onSelect: () => void) => {
    close()
    onSelect()
  }
  const onItemKeyDown = (event: KeyboardEvent<HTMLElement>, onSelect: () => void) => {
    // While typing ahead, Space is part of the search ("Add group"), not a choice.
    if (event.key === 'Enter' || (event.key === ' ' && !typingAhead())) {
      event.preventDefault()
      select(onSelect)
    }
  }
  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented) return
    const menu = event.currentTarget
    if (moveFocus(menu, event.key)) {
      event.preventDefault()
    } else if (event.key === 'Tab' && event.shiftKey) {
      // Tab moves on to the control after the trigger (focus leaves, the menu closes); Shift+Tab goes back to it.
      event.preventDefault()
      close()
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const now = Date.now()
      const search = (typingAhead() ? typeAhead.current.search : '') + event.key
      typeAhead.current = { search, at: now }
      event.preventDefault()
      typeAheadMatch(menu, search)?.focus()
    }
  }

  return (
    <PopoverContent
      state={state}
      role="menu"
      data-segkit-part="menu"
      align={align}
      sideOffset={4}
      onOpenAutoFocus={(menu) => (menu.querySelector<HTMLElement>(ITEM) ?? menu).focus({ preventScroll: true })}
      onKeyDown={onMenuKeyDown}
    >
      {entries.map((entry) =>
        entry.type === 'separator' ? (
          // biome-ignore lint/a11y/useSemanticElements: an ARIA menu separator, not a thematic break
          <div key={entry.key} role="separator" data-segkit-part="menu-separator" />
        ) : (
          <div
            key={entry.key}
            role="menuitem"
            tabIndex={-1}
            aria-disabled={entry.disabled || undefined}
            data-disabled={entry.disabled ? '' : undefined}
            data-danger={entry.danger ? '' : undefined}
            data-kind={entry.kind}
            data-segkit-part="menu-item"
            onClick={entry.disabled ? undefined : () => select(entry.onSelect)}
            onKeyDown={entry.disabled ? undefined : (event) => onItemKeyDown(event, entry.onSelect)}
            onPointerMove={(event) => {
              if (!entry.disabled) event.currentTarget.focus()
            }}
            onFocus={(event) => event.currentTarget.setAttribute('data-highlighted', '')}
            onBlur={(event) => event.currentTarget.removeAttribute('data-highlighted')}
          >
            {entry.label}
          </div>
        ),
      )}
    </PopoverContent>
  )
}
