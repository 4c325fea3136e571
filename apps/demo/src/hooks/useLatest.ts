/**
 * Runs an async job whenever its key changes (debounced), keeps only the answer
 * of the latest job and shows the previous answer while the next one runs.
 */
import type { Issue } from '@segkit/core'
import { useEffect, useRef, useState } from 'react'
import type { Outcome } from '../worker/worker-client.ts'

export type LatestState<A> =
  | { status: 'idle' }
  | { status: 'pending'; previous: A | undefined }
  | { status: 'ok'; answer: A }
  | { status: 'error'; message: string; issues: Issue[]; previous: A | undefined }

function previousOf<A>(state: LatestState<A>): A | undefined {
  switch (state.status) {
    case 'ok':
      return state.answer
    case 'pending':
    case 'error':
      return state.previous
    case 'idle':
      return undefined
    default: {
      state satisfies never
      return undefined
    }
  }
}

/** `key` identifies the job's inputs; `run` undefined means "nothing to do". */
export function useLatest<A>(
  key: string,
  run: (() => Promise<Outcome<A>>) | undefined,
  debounceMs = 120,
): LatestState<A> {
  const [stored, setState] = useState<LatestState<A> & { forKey?: string }>({ status: 'idle' })
  const runRef = useRef(run)
  runRef.current = run
  const enabled = run !== undefined

  useEffect(() => {
    const job = runRef.current
    if (!enabled || !job) {
      setState({ status: 'idle' })
      return
    }
    let stale = false
    setState((s) => ({ status: 'pending', previous: previousOf(s) }))
    const timer = setTimeout(() => {
      void job().then((outcome) => {
        if (stale) return
        switch (outcome.kind) {
          case 'ok':
            setState({ status: 'ok', answer: outcome.answer, forKey: key })
            return
          case 'error':
            setState((s) => ({
              status: 'error',
              message: outcome.message,
              issues: outcome.issues,
              previous: previousOf(s),
              forKey: key,
            }))
            return
          case 'cancelled':
            return
          default: {
            outcome satisfies never
            return
          }
        }
      })
    }, debounceMs)
    return () => {
      stale = true
      clearTimeout(timer)
    }
  }, [key, enabled, debounceMs])

  // Until the effect above marks a new job pending, an answer for an older key is shown as pending, never as current.
  if ((stored.status === 'ok' || stored.status === 'error') && stored.forKey !== key)
    return { status: 'pending', previous: previousOf(stored) }
  return stored
}

/** The latest answer, also while a newer job runs or after it failed. */
export function latestAnswer<A>(state: LatestState<A>): A | undefined {
  return previousOf(state)
}
