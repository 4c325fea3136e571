/**
 * A callback of stable identity that always calls the latest `fn`: memoised
 * children (a picker, an operator select) can take it without re-rendering
 * each time their parent's value changes. Call it from event handlers only.
 */
import { useCallback, useLayoutEffect, useRef } from 'react'

/** Stable function calling the `fn` of the last commit. */
export function useEventCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const ref = useRef(fn)
  useLayoutEffect(() => {
    ref.current = fn
  })
  return useCallback((...args: A) => ref.current(...args), [])
}
