/**
 * A debounced, cancellable live preview of a segment: count and sample members
 * from an `evaluate` function the host supplies (an in-memory evaluator, a
 * server endpoint, a warehouse query).
 */
import type { Issue, Segment } from '@segkit/core'
import type { NodeBreakdown } from '@segkit/core/evaluate'
import { useCallback, useContext, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react'
import { BuilderStoreContext } from '../context.ts'
import type { BuilderStore } from '../store/builder-store.ts'

/**
 * What an evaluation returns: how many entities match and a few of them; optionally the
 * per-condition counts of core's `evaluate(segment, { breakdown: true })`, which
 * `<SegmentPreview>` shows under the count (with a funnel under each sequence).
 */
export interface PreviewResult<M = unknown> {
  count: number
  sample: readonly M[]
  breakdown?: readonly NodeBreakdown[] | undefined
}

/**
 * Evaluates a segment. `signal` aborts when the segment changed again or the
 * preview unmounted; the result of an aborted call is ignored either way.
 */
export type PreviewEvaluate<M = unknown> = (
  segment: Segment,
  options: { signal: AbortSignal },
) => Promise<PreviewResult<M>>

/** Options of {@link usePreview}. */
export interface UsePreviewOptions {
  /** Wait this long after the last change before evaluating. Default 300 ms. */
  debounceMs?: number | undefined
  /** The segment to preview. Default: the segment of the enclosing `<SegmentBuilder>`. */
  segment?: Segment | undefined
  /** False pauses the preview. Default true. */
  enabled?: boolean | undefined
}

/** State of a preview. */
export interface PreviewState<M = unknown> {
  /**
   * `idle`: nothing to preview (no segment, disabled, or the segment has errors);
   * `loading`: waiting for the debounce or the evaluation; `success`; `error`.
   */
  status: 'idle' | 'loading' | 'success' | 'error'
  /**
   * The latest result; kept while a newer one loads, so the count does not flicker. Never a result
   * beside an error or a segment that cannot be evaluated: it is dropped on `error`, when the segment
   * gets validation errors, and when the preview is paused.
   */
  result: PreviewResult<M> | undefined
  /** What the last evaluation threw (status `error`). */
  error: unknown
  /** True when the builder's segment has validation errors (nothing is evaluated). */
  invalid: boolean
  /** Evaluates again now, skipping the debounce. */
  refresh: () => void
}

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect
const noStore = () => () => {}
const hasErrors = (issues: readonly Issue[]) => issues.some((i) => i.severity === 'error')

function useBuilderSegment(store: BuilderStore | null): { segment: Segment | undefined; invalid: boolean } {
  const segment = useSyncExternalStore(
    store ? store.subscribe : noStore,
    () => store?.getState().segment,
    () => store?.getState().segment,
  )
  const invalid = useSyncExternalStore(
    store ? store.subscribe : noStore,
    () => (store ? hasErrors(store.getState().issues) : false),
    () => (store ? hasErrors(store.getState().issues) : false),
  )
  return { segment, invalid }
}

/**
 * Counts and samples a segment while it is edited: waits `debounceMs` after the
 * last change, aborts the previous evaluation (through its `AbortSignal`) when a
 * newer one starts, and exposes loading and error states. Inside a
 * `<SegmentBuilder>` it follows the builder's segment and pauses while the
 * segment has validation errors; elsewhere pass `segment`.
 */
export function usePreview<M = unknown>(
  evaluate: PreviewEvaluate<M>,
  options: UsePreviewOptions = {},
): PreviewState<M> {
  const { debounceMs = 300, enabled = true } = options
  const store = useContext(BuilderStoreContext)
  const fromBuilder = useBuilderSegment(options.segment ? null : store)
  const segment = options.segment ?? fromBuilder.segment
  const invalid = options.segment ? false : fromBuilder.invalid
  // An equal segment given again (a parent re-render) is not evaluated again.
  const key = segment && enabled && !invalid ? JSON.stringify(segment) : undefined

  // The latest props, written after commit (never during render); the effects below read them.
  const evaluateRef = useRef(evaluate)
  const segmentRef = useRef(segment)
  const keyRef = useRef(key)
  useIsomorphicLayoutEffect(() => {
    evaluateRef.current = evaluate
    segmentRef.current = segment
    keyRef.current = key
  })
  // Set by refresh(): the key to evaluate at once. A later change of the segment is debounced again.
  const [refreshed, setRefreshed] = useState<{ key: string | undefined }>({ key: undefined })
  const [state, setState] = useState<Pick<PreviewState<M>, 'status' | 'result' | 'error'>>({
    status: 'idle',
    result: undefined,
    error: undefined,
  })

  useEffect(() => {
    const current = segmentRef.current
    if (key === undefined || !current) {
      // Nothing to count: a count of an earlier segment would now be wrong.
      setState((s) => (s.status === 'idle' && !s.result ? s : { status: 'idle', result: undefined, error: undefined }))
      return
    }
    const controller = new AbortController()
    setState((s) => (s.status === 'loading' ? s : { ...s, status: 'loading', error: undefined }))
    const run = () => {
      let pending: Promise<PreviewResult<M>>
      try {
        pending = evaluateRef.current(current, { signal: controller.signal })
      } catch (error) {
        pending = Promise.reject(error)
      }
      pending.then(
        (result) => {
          if (!controller.signal.aborted) setState({ status: 'success', result, error: undefined })
        },
        (error: unknown) => {
          // The earlier count does not describe this segment: it goes with the error.
          if (!controller.signal.aborted) setState({ status: 'error', result: undefined, error })
        },
      )
    }
    const immediate = refreshed.key === key
    const timer = immediate ? undefined : setTimeout(run, debounceMs)
    if (immediate) run()
    return () => {
      if (timer !== undefined) clearTimeout(timer)
      controller.abort()
    }
  }, [key, debounceMs, refreshed])

  const refresh = useCallback(() => setRefreshed({ key: keyRef.current }), [])
  return { ...state, invalid, refresh }
}
