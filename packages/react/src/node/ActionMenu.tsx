/**
 * A small action menu (the add menu, a node's actions) on Radix Popover, which
 * the pickers already use: `role="menu"` content whose items are reached with
 * the arrow keys, Home and End (focus moves to the first enabled item on
 * opening), chosen with Enter, Space or a click, closed with Escape or a click
 * outside. Radix DropdownMenu did the same for ~9 kB more. Until first opened
 * the trigger is a plain button ({@link LazyMenuTrigger}), so a large tree
 * mounts no popover at all.
 */
import { Popover } from 'radix-ui'
import { type KeyboardEvent, type ReactNode, useState } from 'react'
import { usePortalContainer } from '../portal.tsx'
import { LazyMenuTrigger } from './LazyMenuTrigger.tsx'

/** One entry of an {@link ActionMenu}: an item, or a separator. */
export type ActionMenuEntry =
  | {
      type: 'item'
      key: string
      label: ReactNode
      onSelect: () => void
      disabled?: boolean | undefined
      danger?: boolean | undefined
      /** `data-kind` of the item. */
      kind?: string | undefined
    }
  | { type: 'separator'; key: string }

/** Props of {@link ActionMenu}. */
export interface ActionMenuProps {
  /** `data-segkit-part` of the trigger. */
  part: string
  /** Content of the trigger button. */
  trigger: ReactNode
  /** Accessible name of the trigger, when its content is not one. */
  label?: string | undefined
  disabled?: boolean | undefined
  align: 'start' | 'end'
  entries: readonly ActionMenuEntry[]
  /** Called as the menu closes; prevent its default to keep focus from returning to the trigger. */
  onCloseAutoFocus?: ((event: Event) => void) | undefined
}

const ITEM = '[role="menuitem"]:not([aria-disabled="true"])'

function moveFocus(menu: HTMLElement, key: string): boolean {
  const items = [...menu.querySelectorAll<HTMLElement>(ITEM)]
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

/** A menu of actions under a trigger button. */
export function ActionMenu({ part, trigger, label, disabled, align, entries, onCloseAutoFocus }: ActionMenuProps) {
  // Controlled, so that this component re-renders on opening and reads the (by then mounted) portal container.
  const [open, setOpen] = useState(false)
  const [armed, setArmed] = useState(false)
  const container = usePortalContainer()
  if (!armed) {
    return (
      <LazyMenuTrigger
        disabled={disabled}
        aria-label={label}
        title={label}
        data-segkit-part={part}
        onOpen={() => {
          setArmed(true)
          setOpen(true)
        }}
      >
        {trigger}
      </LazyMenuTrigger>
    )
  }
  const select = (onSelect: () => void) => {
    setOpen(false)
    onSelect()
  }
  const onItemKeyDown = (event: KeyboardEvent<HTMLElement>, onSelect: () => void) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      select(onSelect)
    }
  }
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger
        disabled={disabled}
        aria-haspopup="menu"
        aria-label={label}
        title={label}
        data-segkit-part={part}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault()
            setOpen(true)
          }
        }}
      >
        {trigger}
      </Popover.Trigger>
      <Popover.Portal container={container}>
        <Popover.Content
          role="menu"
          data-segkit-part="menu"
          align={align}
          sideOffset={4}
          onOpenAutoFocus={(event) => {
            const first = (event.currentTarget as HTMLElement | null)?.querySelector<HTMLElement>(ITEM)
            if (!first) return
            event.preventDefault()
            first.focus()
          }}
          onCloseAutoFocus={onCloseAutoFocus}
          onKeyDown={(event) => {
            if (moveFocus(event.currentTarget, event.key)) event.preventDefault()
          }}
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
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}
