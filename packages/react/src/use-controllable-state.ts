/**
 * Controlled or uncontrolled state through one hook, in the spirit of Radix's
 * `useControllableState({ prop, defaultProp, onChange })`: with `prop` the
 * parent owns the value; without it the hook keeps its own, starting from
 * `defaultProp`. `onChange` is called for every change in both modes.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect

/** Options of {@link useControllableState}. */
export interface UseControllableStateParams<T> {
  prop?: T | undefined
  defaultProp: T
  onChange?: ((value: T) => void) | undefined
}

/** Returns the current value, a setter, and whether the parent controls the value. */
export function useControllableState<T>({
  prop,
  defaultProp,
  onChange,
}: UseControllableStateParams<T>): [value: T, setValue: (next: T) => void, controlled: boolean] {
  const [own, setOwn] = useState(defaultProp)
  const controlled = prop !== undefined
  const value = controlled ? prop : own
  // The latest callback and mode, written after commit (never during render).
  const onChangeRef = useRef(onChange)
  const controlledRef = useRef(controlled)
  useIsomorphicLayoutEffect(() => {
    onChangeRef.current = onChange
    controlledRef.current = controlled
  })
  const setValue = useCallback((next: T) => {
    if (!controlledRef.current) setOwn(next)
    onChangeRef.current?.(next)
  }, [])
  return [value, setValue, controlled]
}
