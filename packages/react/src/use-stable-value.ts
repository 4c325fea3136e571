/**
 * Keeps the previous reference of an object or array while it is shallowly
 * equal to the new one, so that inline props (`messages={{…}}`,
 * `allowedKinds={[…]}`) do not re-render every row on each parent render.
 */
import { useRef } from 'react'

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

/** The previous value while shallowly equal to `value`. */
export function useStableValue<T>(value: T): T {
  const ref = useRef(value)
  if (!shallowEqual(ref.current, value)) ref.current = value
  return ref.current
}
