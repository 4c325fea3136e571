/**
 * A small action menu (the add menu, a node's actions) on the kit's own
 * popover: `role="menu"` content whose items are reached with the arrow keys,
 * Home, End and type-ahead (focus moves to the first enabled item on
 * opening), chosen with Enter, Space or a click, closed with Escape, Tab or a
 * click outside. While closed it is its trigger button alone (the same element
 * closed and open, on the popover's `usePopover`), so a large tree mounts no
 * menu parts at all; the menu itself (`ActionMenuPopup`) comes with the later
 * chunk, which the first opening waits for when it is not loaded yet (the
 * button keeps the focus meanwhile).
 */
import type { KeyboardEvent, ReactNode } from 'react'
import { useState } from 'react'
import { afterLoad, laterParts } from '../later/load-later.ts'
import { popoverTriggerProps, usePopover } from '../popover/Popover.tsx'

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

/** The props of the trigger button: ArrowDown opens a closed menu. */
function menuTriggerProps(
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
  const [open, setOpen] = useState(false)
  const popover = usePopover({
    open,
    // The menu comes with the later chunk: an opening before it has loaded waits for it.
    onOpenChange: (next) => (next && !laterParts() ? afterLoad(() => setOpen(true)) : setOpen(next)),
    onCloseAutoFocus: props.onCloseAutoFocus,
  })
  const later = open ? laterParts() : undefined
  return (
    <>
      <button {...popoverTriggerProps(popover, menuTriggerProps(props, open ? undefined : popover.toggle))}>
        {props.trigger}
      </button>
      {later && <later.ActionMenuPopup state={popover} align={props.align} entries={props.entries} />}
    </>
  )
}
