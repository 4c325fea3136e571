import type { Segment } from '@segkit/core'
import { createEvaluator } from '@segkit/core/evaluate'
import { exampleCatalog, FIXTURE_AS_OF } from '@segkit/core/testing'
import { render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SegmentPreview } from './SegmentPreview.tsx'

const DAY = 86_400_000
const asOf = Date.parse(FIXTURE_AS_OF)
const segment: Segment = {
  version: 1,
  id: 'seg',
  name: 'Pro shoppers',
  entity: 'user',
  root: {
    id: 'root',
    kind: 'group',
    combinator: 'and',
    children: [
      { id: 'pro', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' },
      {
        id: 'seq',
        kind: 'sequence',
        window: { type: 'ever' },
        steps: [
          { id: 'view', event: 'viewed_product', filters: [] },
          { id: 'cart', event: 'added_to_cart', filters: [] },
        ],
      },
    ],
  },
}

// Hand-made: u1 (pro) views then carts; u2 (pro) only views; u3 (free) views then carts; u4 (free) nothing.
const ev = (entityId: string, event: string, daysAgo: number) => ({
  entity: 'user',
  entityId,
  event,
  time: asOf - daysAgo * DAY,
  properties: {},
})
const evaluator = createEvaluator(exampleCatalog, {
  entities: {
    user: [
      { id: 'u1', plan: 'pro' },
      { id: 'u2', plan: 'pro' },
      { id: 'u3', plan: 'free' },
      { id: 'u4', plan: 'free' },
    ],
  },
  events: [
    ev('u1', 'viewed_product', 3),
    ev('u1', 'added_to_cart', 2),
    ev('u2', 'viewed_product', 3),
    ev('u3', 'viewed_product', 5),
    ev('u3', 'added_to_cart', 1),
  ],
})

describe('SegmentPreview breakdown', () => {
  it("shows core's per-condition counts next to each condition and a funnel under the sequence", async () => {
    const evaluate = async (s: Segment) => {
      const r = evaluator.evaluate(s, { asOf, breakdown: true })
      return { count: r.count, sample: r.ids, breakdown: r.breakdown }
    }
    render(<SegmentPreview evaluate={evaluate} segment={segment} catalog={exampleCatalog} debounceMs={0} />)
    const list = await screen.findByRole('list', { name: 'Matches per condition' })
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 match'))
    const rows = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.dataset.segkitPart === 'preview-breakdown-row')
    expect(rows.map((r) => r.dataset.nodeId)).toEqual(['pro', 'seq'])
    // plan = pro: u1, u2 alone, 2 left; the sequence: u1, u3 alone, u1 left after both.
    expect(rows[0]).toHaveTextContent(/Plan.*2 alone · 2 left/)
    expect(rows[1]).toHaveTextContent('2 alone · 1 left')
    const steps = within(rows[1]!).getAllByRole('listitem')
    expect(steps.map((s) => s.textContent)).toEqual(['Viewed Product 3 (100%)', 'Added to Cart 2 (67%)'])
  })

  it('labels an "at least 2 of these" group and counts what it keeps after each condition', async () => {
    const evaluate = async (s: Segment) => {
      const r = evaluator.evaluate(s, { asOf, breakdown: true })
      return { count: r.count, sample: r.ids, breakdown: r.breakdown }
    }
    const free = { id: 'free', kind: 'property', property: 'plan', operator: 'eq', value: 'free' } as const
    const twoOf: Segment = {
      ...segment,
      root: {
        ...segment.root,
        children: [
          { id: 'two', kind: 'group', combinator: 'or', atLeast: 2, children: [...segment.root.children, free] },
        ],
      },
    }
    render(<SegmentPreview evaluate={evaluate} segment={twoOf} catalog={exampleCatalog} debounceMs={0} />)
    const list = await screen.findByRole('list', { name: 'Matches per condition' })
    // u1 (pro, sequence) and u3 (free, sequence) hold two; u2 and u4 one.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 matches'))
    expect(within(list).getByText('At least 2 of these')).toBeTruthy()
  })

  it('shows no breakdown when the result has none, and node ids without a catalog', async () => {
    const plain = async (s: Segment) => ({ count: evaluator.evaluate(s, { asOf }).count, sample: [] })
    const { unmount } = render(<SegmentPreview evaluate={plain} segment={segment} debounceMs={0} />)
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 match'))
    expect(screen.queryByRole('list', { name: 'Matches per condition' })).toBeNull()
    unmount()
    const withCounts = async (s: Segment) => {
      const r = evaluator.evaluate(s, { asOf, breakdown: true })
      return { count: r.count, sample: [], breakdown: r.breakdown }
    }
    render(<SegmentPreview evaluate={withCounts} segment={segment} debounceMs={0} />)
    const list = await screen.findByRole('list', { name: 'Matches per condition' })
    expect(within(list).getByText('pro')).toBeTruthy()
  })
})
