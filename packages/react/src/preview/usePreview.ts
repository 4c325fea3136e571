/**
 * A debounced, cancellable live preview of a segment: count and sample members
 * from an `evaluate` function the host supplies (an in-memory evaluator, a
 * server endpoint, a warehouse query). What is evaluated is core's
 * `previewSegment`: the segment without its incomplete conditions, so that a
 * row still being filled in never changes the count.
 */
import { type Catalog, type IncompleteCondition, type Issue, previewSegment, type Segment } from '@segkit/core'
import type { NodeBreakdown } from '@segkit/core/evaluate'
import {
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react'
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
 * Evaluates a segment: the previewed one without its incomplete conditions (core's
 * `previewSegment`). `signal` aborts when the segment changed again or the
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
  /**
   * The catalog that says which conditions of `segment` are incomplete (left out of the count).
   * Default: the enclosing builder's. Without one, `segment` is evaluated as it is.
   */
  catalog?: Catalog | undefined
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
  /**
   * True when the segment has validation errors other than incomplete conditions (nothing is
   * evaluated): incomplete conditions are left out of the count, not a reason to stop counting.
   */
  invalid: boolean
  /** The incomplete conditions left out of the count (core's `incompleteConditions`); empty when none. */
  incomplete: readonly IncompleteCondition[]
  /** Evaluates again now, skipping the debounce. */
  refresh: () => void
}

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect
const noStore = () => () => {}
const hasErrors = (issues: readonly Issue[]) => issues.some((i) => i.severity === 'error')
const NOTHING_INCOMPLETE: readonly IncompleteCondition[] = []

function useStoreValue<T>(store: BuilderStore | null, read: (store: BuilderStore) => T): T | undefined {
  const get = () => (store ? read(store) : undefined)
  return useSyncExternalStore(store ? store.subscribe : noStore, get, get)
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
  const own = options.segment ? null : store
  const builderSegment = useStoreValue(own, (s) => s.getState().segment)
  // The builder's validation is reused when previewing its own segment.
  const issues = useStoreValue(own, (s) => s.getState().issues)
  const builderCatalog = useStoreValue(store, (s) => s.getState().catalog)
  const segment = options.segment ?? builderSegment
  const catalog = options.catalog ?? builderCatalog
  const plan = useMemo(
    () => (segment && catalog ? previewSegment(segment, catalog, { issues }) : undefined),
    [segment, catalog, issues],
  )
  const previewed = plan?.segment ?? segment
  const invalid = plan ? hasErrors(plan.issues) : false
  // An equal segment given again (a parent re-render) is not evaluated again.
  const key = previewed && enabled && !invalid ? JSON.stringify(previewed) : undefined

  // The latest props, written after commit (never during render); the effects below read them.
  const evaluateRef = useRef(evaluate)
  const segmentRef = useRef(previewed)
  const keyRef = useRef(key)
  useIsomorphicLayoutEffect(() => {
    evaluateRef.current = evaluate
    segmentRef.current = previewed
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
  return { ...state, invalid, incomplete: plan?.incomplete ?? NOTHING_INCOMPLETE, refresh }
}
