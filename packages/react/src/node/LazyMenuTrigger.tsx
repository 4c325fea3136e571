/**
 * The trigger of a menu before its first use: a plain button that looks and
 * reads like the Radix trigger (`aria-haspopup="menu"`, collapsed). The menus
 * of a large tree are mounted only when opened, which keeps the first render
 * small; opening swaps in the Radix menu, already open.
 */
import { type ButtonHTMLAttributes, type KeyboardEvent, type MouseEvent, type RefObject, useEffect } from 'react'

/** Props of {@link LazyMenuTrigger}. */
export interface LazyMenuTriggerProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'onKeyDown'> {
  'data-segkit-part': string
  /** Mount the real menu, open; `byKeyboard` when opened with Enter, Space or ArrowDown. */
  onOpen: (byKeyboard: boolean) => void
}

/**
 * After a {@link LazyMenuTrigger} opened its menu from the keyboard, moves focus to the first
 * enabled item (as Radix does when its own trigger gets the key; the menu was not mounted yet to
 * see it). Runs after the content's own mount focus, since children's effects run first.
 */
export function useFocusFirstItem(
  open: boolean,
  byKeyboard: RefObject<boolean>,
  content: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    if (!open || !byKeyboard.current) return
    byKeyboard.current = false
    content.current?.querySelector<HTMLElement>('[role="menuitem"]:not([data-disabled])')?.focus()
  }, [open, byKeyboard, content])
}

/** A closed menu's trigger, opening it (and mounting it) on click, Enter, Space or ArrowDown as Radix does. */
export function LazyMenuTrigger({ onOpen, ...props }: LazyMenuTriggerProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      onOpen(true)
    }
  }
  // A click made with Enter or Space has no pointer position (detail 0).
  const onClick = (event: MouseEvent<HTMLButtonElement>) => onOpen(event.detail === 0)
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      data-state="closed"
      {...props}
      onClick={onClick}
      onKeyDown={onKeyDown}
    />
  )
}
