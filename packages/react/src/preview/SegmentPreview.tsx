'use client'
/**
 * The live preview panel: how many entities match and a few of them, with
 * loading and error states announced through a polite live region; with a
 * result's `breakdown`, the counts per condition and a funnel per sequence;
 * under the count, a note when incomplete conditions are left out of it.
 */
import type { Catalog, Segment } from '@segkit/core'
import { type ReactNode, useContext, useId, useMemo } from 'react'
import { BuilderConfigContext, BuilderStoreContext } from '../context.ts'
import { defaultEventMessages, type EventMessages } from '../event/messages.ts'
import type { DeepPartial } from '../messages.ts'
import { type BreakdownMessages, defaultBreakdownMessages, PreviewBreakdown } from './PreviewBreakdown.tsx'
import { type PreviewEvaluate, usePreview } from './usePreview.ts'

/** Props of {@link SegmentPreview}. */
export interface SegmentPreviewProps<M = unknown> {
  /** Counts and samples a segment; see {@link PreviewEvaluate}. */
  evaluate: PreviewEvaluate<M>
  /** The segment to preview. Default: the segment of the enclosing `<SegmentBuilder>`. */
  segment?: Segment | undefined
  /** Wait this long after the last change before evaluating. Default 300 ms. */
  debounceMs?: number | undefined
  /** Renders one sample member. Default: a string, a number, or an object's `label`, `name` or `id`. */
  renderMember?: ((member: M) => ReactNode) | undefined
  /** A stable key of one sample member. Default: its position. */
  memberKey?: ((member: M, index: number) => string) | undefined
  /** Strings; inside a builder its `messages` are used. */
  messages?: DeepPartial<EventMessages> | undefined
  /**
   * Condition labels of the breakdown, and which conditions are incomplete (left out of the count,
   * with a note). Default: the enclosing builder's catalog (else node ids, and nothing left out).
   */
  catalog?: Catalog | undefined
  /** Strings of the per-condition counts and funnels (shown when a result has a `breakdown`). */
  breakdownMessages?: Partial<BreakdownMessages> | undefined
  className?: string | undefined
}

function defaultRenderMember(member: unknown): ReactNode {
  if (typeof member === 'string' || typeof member === 'number') return String(member)
  if (member !== null && typeof member === 'object') {
    const record = member as Record<string, unknown>
    for (const key of ['label', 'name', 'id']) {
      const value = record[key]
      if (typeof value === 'string' || typeof value === 'number') return String(value)
    }
  }
  return JSON.stringify(member)
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** A debounced live count and sample of the segment being built (or of `segment`). */
export function SegmentPreview<M = unknown>({
  evaluate,
  segment,
  debounceMs,
  renderMember,
  memberKey,
  messages,
  catalog,
  breakdownMessages,
  className,
}: SegmentPreviewProps<M>) {
  const config = useContext(BuilderConfigContext)
  const store = useContext(BuilderStoreContext)
  const m: EventMessages = useMemo(
    () => ({ ...(config?.messages ?? defaultEventMessages), ...(messages as Partial<EventMessages>) }),
    [config, messages],
  )
  const { status, result, error, invalid, incomplete, refresh } = usePreview(evaluate, { debounceMs, segment, catalog })
  const leftOut = new Set(incomplete.map((entry) => entry.nodeId)).size
  const sampleId = useId()
  const render = renderMember ?? defaultRenderMember
  const loading = status === 'loading'

  let text: string
  if (invalid) text = m.previewInvalid
  else if (status === 'error') text = m.previewUnavailable
  else if (result) text = result.count === 0 ? m.previewEmpty : m.previewCount(result.count)
  else if (loading) text = m.previewLoading
  else text = m.previewIdle

  return (
    <section
      data-segkit-part="preview"
      data-state={invalid ? 'invalid' : status}
      data-stale={loading && result ? '' : undefined}
      aria-label={m.previewTitle}
      className={className}
    >
      <p role="status" aria-live="polite" aria-atomic="true" aria-busy={loading} data-segkit-part="preview-count">
        {text}
        {loading && result ? <span data-segkit-part="preview-updating"> {m.previewUpdating}</span> : null}
      </p>
      {leftOut > 0 && !invalid ? (
        <p data-segkit-part="preview-incomplete" role="note">
          {m.previewIncomplete(leftOut)}
        </p>
      ) : null}
      {status === 'error' ? (
        <div role="alert" data-segkit-part="preview-error">
          <span>{m.previewError(errorText(error))}</span>{' '}
          <button type="button" data-segkit-part="preview-retry" onClick={refresh}>
            {m.previewRetry}
          </button>
        </div>
      ) : null}
      {result?.breakdown && !invalid && status !== 'error' && (segment ?? store?.getState().segment) ? (
        <PreviewBreakdown
          breakdown={result.breakdown}
          segment={(segment ?? store?.getState().segment)!}
          catalog={catalog ?? config?.catalog}
          messages={{ ...defaultBreakdownMessages, ...breakdownMessages }}
        />
      ) : null}
      {result && result.sample.length > 0 && !invalid && status !== 'error' ? (
        <>
          <h3 id={sampleId} data-segkit-part="preview-sample-title">
            {m.previewSample}
          </h3>
          <ul aria-labelledby={sampleId} data-segkit-part="preview-sample">
            {result.sample.map((member, i) => (
              <li key={memberKey ? memberKey(member, i) : i} data-segkit-part="preview-member">
                {render(member)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
