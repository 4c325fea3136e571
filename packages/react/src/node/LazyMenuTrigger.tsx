/**
 * The trigger of a menu before its first use: a plain button that looks and
 * reads like the real trigger (`aria-haspopup="menu"`, collapsed). The menus
 * of a large tree are mounted only when opened, which keeps the first render
 * small; opening swaps in the real menu, already open.
 */
import type { ButtonHTMLAttributes, KeyboardEvent } from 'react'

/** Props of {@link LazyMenuTrigger}. */
export interface LazyMenuTriggerProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'onKeyDown'> {
  'data-segkit-part': string
  /** Mount the real menu, open. */
  onOpen: () => void
}

/** A closed menu's trigger, opening it (and mounting it) on click, Enter, Space or ArrowDown. */
export function LazyMenuTrigger({ onOpen, ...props }: LazyMenuTriggerProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      onOpen()
    }
  }
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      data-state="closed"
      {...props}
      onClick={onOpen}
      onKeyDown={onKeyDown}
    />
  )
}
