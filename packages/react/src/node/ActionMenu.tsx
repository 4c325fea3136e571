/**
 * A small action menu (the add menu, a node's actions) on the kit's own
 * popover: `role="menu"` content whose items are reached with the arrow keys,
 * Home, End and type-ahead (focus moves to the first enabled item on
 * opening), chosen with Enter, Space or a click, closed with Escape, Tab or a
 * click outside. Until first opened it is a plain button, so a large tree
 * mounts no menu parts at all; the menu itself (`ActionMenuPopup`) comes with
 * the later chunk, which the first opening waits for when it is not loaded yet
 * (the button keeps the focus meanwhile).
 */
import type { KeyboardEvent, ReactNode } from 'react'
import { useState } from 'react'
import { afterLoad, laterParts } from '../later/load-later.ts'
import { closedTriggerProps } from '../popover/Popover.tsx'

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

/** The props of the trigger button, closed (a plain button) or open (the popover's trigger). */
export function menuTriggerProps(
  { part, label, disabled }: Pick<ActionMenuProps, 'part' | 'label' | 'disabled'>,
  onArrowDown: (() => void) | undefined,
) {
  return {
    disabled,
    'aria-haspopup': 'menu',
    'aria-label': label,
    title: label,
    'data-segkit-part': part,
    onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => {
      if (event.key === 'ArrowDown' && onArrowDown) {
        event.preventDefault()
        onArrowDown()
      }
    },
  } as const
}

/** A menu of actions under a trigger button. */
export function ActionMenu(props: ActionMenuProps) {
  // Until first opened the menu is one plain button (no popover parts: a large tree mounts none); the
  // first opening swaps in the menu with the popover's own trigger, and focus moves into the menu.
  const [armed, setArmed] = useState(false)
  const later = armed ? laterParts() : undefined
  if (!later) {
    const openMenu = () => afterLoad(() => setArmed(true))
    return (
      <button {...menuTriggerProps(props, openMenu)} {...closedTriggerProps(openMenu)}>
        {props.trigger}
      </button>
    )
  }
  return <later.ActionMenuPopup {...props} />
}
