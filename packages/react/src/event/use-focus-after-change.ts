/**
 * Moves the focus after an edit that adds or removes controls (a filter, a
 * step), so that a keyboard user is not dropped on the page body: the caller
 * names a CSS selector inside its container, focused once the edit rendered;
 * with `open`, a picker found there is opened too (a new step's event, a new
 * filter's property: the user types at once).
 */
import { type RefObject, useEffect, useRef, useState } from 'react'

/** A container ref and a function that asks to focus `selector` inside it after the next render. */
export function useFocusAfterChange<E extends HTMLElement>(): {
  containerRef: RefObject<E | null>
  focusAfterChange: (selectors: readonly string[], options?: { open?: boolean }) => void
} {
  const containerRef = useRef<E | null>(null)
  const [pending, setPending] = useState<{ selectors: readonly string[]; open?: boolean | undefined }>()
  useEffect(() => {
    if (!pending) return
    for (const selector of pending.selectors) {
      const element = containerRef.current?.querySelector<HTMLElement>(selector)
      if (element && !(element as HTMLButtonElement).disabled) {
        element.focus()
        if (pending.open && element.getAttribute('aria-haspopup') === 'listbox') element.click()
        break
      }
    }
    setPending(undefined)
  }, [pending])
  return { containerRef, focusAfterChange: (selectors, options) => setPending({ selectors, open: options?.open }) }
}
