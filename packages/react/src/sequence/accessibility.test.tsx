import type { Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { render } from '@testing-library/react'
import axe from 'axe-core'
import { describe, expect, it } from 'vitest'
import { SegmentPreview } from '../preview/SegmentPreview.tsx'
import { SegmentBuilder } from '../SegmentBuilder.tsx'

const segment: Segment = {
  version: 1,
  id: 's',
  name: 'Every part of 5B',
  entity: 'user',
  root: {
    id: 'root',
    kind: 'group',
    combinator: 'and',
    children: [
      {
        id: 'e1',
        kind: 'event',
        event: 'purchased',
        filters: [{ id: 'f1', property: 'amount', operator: 'gt', value: 50 }],
        form: {
          type: 'measure',
          measure: { fn: 'sum', property: 'amount' },
          comparison: 'between',
          value: 100,
          value2: 50,
          window: { type: 'between', from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' },
        },
      },
      {
        id: 'q1',
        kind: 'sequence',
        window: { type: 'last', duration: { amount: 30, unit: 'day' } },
        within: { amount: 7, unit: 'day' },
        steps: [
          {
            id: 'a',
            event: 'viewed_product',
            filters: [{ id: 'f2', property: 'category', operator: 'eq', value: 'Shoes' }],
          },
          { id: 'b', event: 'added_to_cart', filters: [], maxGap: { amount: 1, unit: 'day' } },
          { id: 'c', event: 'purchased', filters: [], negated: true },
        ],
      },
      {
        id: 'r1',
        kind: 'related',
        relation: 'account',
        match: { type: 'any' },
        root: {
          id: 'g2',
          kind: 'group',
          combinator: 'and',
          children: [{ id: 'p1', kind: 'property', property: 'seats', operator: 'gt', value: 50 }],
        },
      },
    ],
  },
}

describe('accessibility of the event, sequence, related and preview parts', { timeout: 30_000 }, () => {
  it('has no axe violations, issues and drag handles included', async () => {
    const { container } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={segment}>
        <SegmentPreview evaluate={async () => ({ count: 3, sample: ['a', 'b', 'c'] })} debounceMs={0} />
      </SegmentBuilder>,
    )
    // The upside-down range is flagged, so invalid fields and their descriptions are checked too.
    expect(container.querySelector('[aria-invalid="true"]')).not.toBeNull()
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
    expect(result.passes.length).toBeGreaterThan(10)
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })
})
