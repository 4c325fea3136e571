/**
 * An async search driven by what the user types: debounced, the superseded call
 * aborted through its signal, with loading / done / error states. Shared by the
 * pickers' `search` (catalog items) and the value editors' `loadValues`.
 */
import { useEffect, useState } from 'react'
import { useEventCallback } from '../fields/use-event-callback.ts'

/** How long typing must pause before a search starts. */
export const SEARCH_DEBOUNCE_MS = 150

/** The state of the latest search: its query, status and results (kept from the previous one while loading). */
export interface RemoteResult<T> {
  query: string
  status: 'loading' | 'done' | 'error'
  options: readonly T[]
}

/**
 * Runs `search` for `query` while `enabled` (and, unless `emptyQuery`, the query
 * is not blank), after {@link SEARCH_DEBOUNCE_MS}; a newer query or unmounting
 * aborts the older call, whose late answer is then ignored.
 */
export function useRemoteSearch<T>(
  search: ((query: string, signal: AbortSignal) => Promise<readonly T[]> | readonly T[]) | undefined,
  query: string,
  options: { enabled?: boolean; emptyQuery?: boolean } = {},
): RemoteResult<T> | undefined {
  const [remote, setRemote] = useState<RemoteResult<T>>()
  const run = useEventCallback((q: string, signal: AbortSignal) => search?.(q, signal))
  const enabled = search !== undefined && options.enabled !== false && (options.emptyQuery || query.trim() !== '')
  useEffect(() => {
    if (!enabled) {
      setRemote(undefined)
      return
    }
    const controller = new AbortController()
    setRemote((previous) => ({ query, status: 'loading', options: previous?.options ?? [] }))
    const timer = setTimeout(() => {
      Promise.resolve()
        .then(() => run(query, controller.signal))
        .then(
          (found) => {
            if (!controller.signal.aborted) setRemote({ query, status: 'done', options: found ?? [] })
          },
          () => {
            if (!controller.signal.aborted) setRemote({ query, status: 'error', options: [] })
          },
        )
    }, SEARCH_DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [enabled, query, run])
  return remote
}
