/**
 * Per-condition counts under the preview count: for every condition of the
 * segment (core's `evaluate(segment, { breakdown: true })`), how many match it
 * on its own and how many are left after it in its group, and a small funnel
 * under each sequence (entities reaching each step). Only renders what core
 * computed: React counts nothing here.
 */
import {
  type Catalog,
  type DescribeOptions,
  describeNode,
  type EventRef,
  type Segment,
  type SegmentNode,
} from '@segkit/core'
import type { NodeBreakdown } from '@segkit/core/evaluate'

/** Strings of the breakdown; every key can be replaced through `SegmentPreview`'s `breakdownMessages`. */
export interface BreakdownMessages {
  breakdownTitle: string
  /** A group's label: AND / OR; `atLeast` is set (above 1) for "at least k of these". */
  breakdownGroup: (combinator: 'and' | 'or', negated: boolean, atLeast?: number) => string
  /** `matches` on its own; `remaining` left in the group after it (absent for the root). */
  breakdownCounts: (matches: number, remaining: number | undefined) => string
  /** One funnel step: how many reach it, and the share of the first step (0–100). */
  funnelStep: (entities: number, percent: number) => string
  /** A funnel step's event when it is any event, and the word between the events of a set. */
  funnelAnyEvent: string
  funnelOr: string
  /** How conditions read as sentences (core's describe options); default English. */
  describe: DescribeOptions
}

const numberFormat = new Intl.NumberFormat('en-US')

export const defaultBreakdownMessages: BreakdownMessages = {
  breakdownTitle: 'Matches per condition',
  describe: {},
  breakdownGroup: (combinator, negated, atLeast) =>
    atLeast !== undefined
      ? `${negated ? 'Fewer than' : 'At least'} ${atLeast} of these`
      : `${negated ? 'None of' : combinator === 'and' ? 'All of' : 'Any of'} these`,
  breakdownCounts: (matches, remaining) =>
    remaining === undefined
      ? numberFormat.format(matches)
      : `${numberFormat.format(matches)} alone · ${numberFormat.format(remaining)} left`,
  funnelStep: (entities, percent) => `${numberFormat.format(entities)} (${percent}%)`,
  funnelAnyEvent: 'Any event',
  funnelOr: 'or',
}

/** Nodes by id with their depth, in tree order. */
function nodesById(root: SegmentNode): Map<string, { node: SegmentNode; depth: number }> {
  const out = new Map<string, { node: SegmentNode; depth: number }>()
  const walk = (node: SegmentNode, depth: number) => {
    out.set(node.id, { node, depth })
    if (node.kind === 'group') for (const child of node.children) walk(child, depth + 1)
  }
  walk(root, 0)
  return out
}

function label(node: SegmentNode, segment: Segment, catalog: Catalog | undefined, m: BreakdownMessages): string {
  if (node.kind === 'group') {
    const atLeast = node.combinator === 'or' && (node.atLeast ?? 1) > 1 ? node.atLeast : undefined
    return m.breakdownGroup(node.combinator, node.negated === true, atLeast)
  }
  return catalog ? describeNode(node, catalog, segment.entity, m.describe) : node.id
}

export interface PreviewBreakdownProps {
  breakdown: readonly NodeBreakdown[]
  segment: Segment
  catalog: Catalog | undefined
  messages: BreakdownMessages
}

/** The counts next to each condition of `segment`, and a funnel under each sequence. */
export function PreviewBreakdown({ breakdown, segment, catalog, messages: m }: PreviewBreakdownProps) {
  const nodes = nodesById(segment.root)
  const labelOf = (id: string) => catalog?.events.find((e) => e.id === id)?.label ?? id
  const eventLabel = (ref: EventRef) =>
    typeof ref === 'string'
      ? labelOf(ref)
      : 'any' in ref
        ? m.funnelAnyEvent
        : ref.anyOf.map(labelOf).join(` ${m.funnelOr} `)
  return (
    <ol aria-label={m.breakdownTitle} data-segkit-part="preview-breakdown">
      {breakdown.map((entry) => {
        const found = nodes.get(entry.nodeId)
        // The root's count is the preview count; an id the shown segment no longer has is stale.
        if (!found || entry.parentId === undefined) return null
        const { node, depth } = found
        const steps = node.kind === 'sequence' ? node.steps : []
        const first = entry.funnel?.[0]?.entities ?? 0
        return (
          <li
            key={entry.nodeId}
            data-segkit-part="preview-breakdown-row"
            data-node-id={entry.nodeId}
            style={{ paddingInlineStart: `${(depth - 1) * 1}em` }}
          >
            <span data-segkit-part="preview-breakdown-label">{label(node, segment, catalog, m)}</span>{' '}
            <span data-segkit-part="preview-breakdown-count">{m.breakdownCounts(entry.matches, entry.remaining)}</span>
            {entry.funnel && entry.funnel.length > 0 ? (
              <ol data-segkit-part="preview-funnel">
                {entry.funnel.map((step) => {
                  const def = steps.find((s) => s.id === step.stepId)
                  const percent = first > 0 ? Math.round((step.entities / first) * 100) : 0
                  return (
                    <li key={step.stepId} data-segkit-part="preview-funnel-step" data-step-id={step.stepId}>
                      <span data-segkit-part="preview-funnel-label">{def ? eventLabel(def.event) : step.stepId}</span>{' '}
                      <span data-segkit-part="preview-funnel-count">{m.funnelStep(step.entities, percent)}</span>
                      <span
                        aria-hidden="true"
                        data-segkit-part="preview-funnel-bar"
                        style={{ display: 'block', inlineSize: `${percent}%` }}
                      />
                    </li>
                  )
                })}
              </ol>
            ) : null}
          </li>
        )
      })}
    </ol>
  )
}
