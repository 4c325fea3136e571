/** Focus helpers for keyboard users after rows appear or disappear. */

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), [tabindex]:not([tabindex="-1"])'

/** Focuses the first enabled control inside `within` (preferring the part matched by `prefer`). */
export function focusFirstControl(within: Element | null | undefined, prefer?: string): boolean {
  if (!within) return false
  const scope = (prefer ? within.querySelector(prefer) : null) ?? within
  const target = scope.querySelector<HTMLElement>(FOCUSABLE) ?? within.querySelector<HTMLElement>(FOCUSABLE)
  if (!target) return false
  target.focus()
  return true
}
