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
    focusFirstControl(row, prefer)
  })
}

/** The row (`[data-segkit-part="node"]`) of a node id inside `root`. */
export function rowOfNode(root: Element, id: string): Element | null {
  return root.querySelector(`[data-segkit-part="node"][data-node-id="${CSS.escape(id)}"]`)
}

/**
 * The element of a field inside a row, from the field path of core's incomplete conditions and
 * issues: `['property']`, `['filters', 1, 'value']`, `['steps', 0, 'event']`.
 */
export function fieldElement(row: Element, field: readonly (string | number)[]): Element | null {
  let scope: Element | null = row
  for (let i = 0; i < field.length && scope; i++) {
    const key = field[i]
    const index = field[i + 1]
    if ((key === 'filters' || key === 'steps') && typeof index === 'number') {
      scope =
        key === 'filters'
          ? scope.querySelector(`[data-filter-index="${index}"]`)
          : (scope.querySelectorAll('[data-step-id]')[index] ?? null)
      i++
    } else if (typeof key === 'string') scope = scope.querySelector(`[data-field="${CSS.escape(key)}"]`)
  }
  return scope && scope !== row ? scope : null
}

/** The first control of a field inside a row (see {@link fieldElement}). */
export function controlOfField(row: Element, field: readonly (string | number)[]): HTMLElement | null {
  return fieldElement(row, field)?.querySelector<HTMLElement>(FOCUSABLE) ?? null
}

/**
 * Focuses the first thing still to fill in inside `row` — `incomplete` is core's list, in document
 * order, possibly of nested rows — and opens it when it is a picker, so that the user can type at
 * once. False when nothing inside `row` is incomplete.
 */
export function focusNextToFill(
  row: Element | null | undefined,
  incomplete: readonly { nodeId: string; field: readonly (string | number)[] }[],
): boolean {
  if (!row) return false
  for (const entry of incomplete) {
    const owner =
      row.getAttribute('data-node-id') === entry.nodeId
        ? row
        : row.querySelector(`[data-segkit-part="node"][data-node-id="${CSS.escape(entry.nodeId)}"]`)
    const control = owner ? controlOfField(owner, entry.field) : null
    if (!control) continue
    control.focus()
    if (control.getAttribute('aria-haspopup') === 'listbox' && control.getAttribute('aria-expanded') !== 'true')
      control.click()
    return true
  }
  return false
}
