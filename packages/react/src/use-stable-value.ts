/**
 * Keeps the previous reference of an object or array while it is shallowly
 * equal to the new one, so that inline props (`messages={{…}}`,
 * `allowedKinds={[…]}`) do not re-render every row on each parent render.
 */
import { useState } from 'react'

function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  )
}

/**
 * The previous value while shallowly equal to `value`. Kept in state, not in a ref
 * written during render (a render may be thrown away; a ref write would outlive it).
 */
export function useStableValue<T>(value: T): T {
  const [stable, setStable] = useState(value)
  if (shallowEqual(stable, value)) return stable
  // Adjusting state while rendering: React re-renders at once with the new value.
  setStable(() => value)
  return value
}
