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

/**
 * After an edit that remounts rows (wrap in a group, ungroup, duplicate), focuses a row found once
 * the edit has rendered: `find` gets the builder's root element and returns the row. A menu that
 * closed meanwhile has already put focus back (or lost it with its trigger); this runs after it.
 */
export function focusRowSoon(
  from: Element | null | undefined,
  find: (root: Element) => Element | null | undefined,
  prefer?: string,
): void {
  const root = from?.closest('[data-segkit-root]')
  if (!root) return
  setTimeout(() => {
    const row = find(root)
    if (!row) return
    const target = prefer ? row.querySelector<HTMLElement>(prefer) : null
    if (target) target.focus()
    else focusFirstControl(row)
  })
}

/** The row (`[data-segkit-part="node"]`) of a node id inside `root`. */
export function rowOfNode(root: Element, id: string): Element | null {
  return root.querySelector(`[data-segkit-part="node"][data-node-id="${CSS.escape(id)}"]`)
}
