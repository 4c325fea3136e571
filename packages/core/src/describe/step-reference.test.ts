import { describe, expect, it } from 'vitest'
import { createEvaluator } from '../evaluate/evaluator.ts'
import { formatExplanation } from '../evaluate/explain-text.ts'
import { deDescribeMessages, deMessages } from '../i18n/de.ts'
import type { SegmentNode } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { describeNode } from './describe.ts'

const abandoned = {
  id: 'q',
  kind: 'sequence',
  window: { type: 'ever' },
  steps: [
    { id: 'cart', event: 'added_to_cart', filters: [] },
    {
      id: 'buy',
      event: 'purchased',
      negated: true,
      maxGap: { amount: 1, unit: 'day' },
      filters: [
        { id: 'f', property: 'product', operator: 'eq', value: { type: 'step', step: 'cart', property: 'product' } },
      ],
    },
  ],
} as SegmentNode
const en = (node: SegmentNode) => describeNode(node, exampleCatalog, 'user')
const de = (node: SegmentNode) =>
  describeNode(node, exampleCatalog, 'user', { messages: deDescribeMessages, locale: 'de-DE' })

describe('describing a sequence step compared with an earlier step', () => {
  it('names the earlier step by its number and event, and its property', () => {
    expect(en(abandoned)).toBe(
      'who had the events “Added to Cart”, then no “Purchased” where Product is the same Product as in step 1 (“Added to Cart”) within 1 day after it (that time is over)',
    )
  })

  it('reads in German', () => {
    expect(de(abandoned)).toContain('wobei Product Product aus Schritt 1 („Added to Cart“) ist')
  })
})

describe('explaining a sequence with a step reference', () => {
  const H = 3_600_000
  const asOf = Date.parse('2026-12-01T00:00:00Z')
  const evaluator = createEvaluator(exampleCatalog, {
    entities: { user: [{ id: 'u1' }] },
    events: [
      { entity: 'user', entityId: 'u1', event: 'added_to_cart', time: asOf - 48 * H, properties: { product: 'A' } },
      { entity: 'user', entityId: 'u1', event: 'added_to_cart', time: asOf - 47 * H, properties: { product: 'B' } },
      { entity: 'user', entityId: 'u1', event: 'purchased', time: asOf - 40 * H, properties: { product: 'A' } },
    ],
  })
  it('gives the times of the chain of the product that was not bought', () => {
    const segment = {
      version: 1 as const,
      id: 's',
      name: 'S',
      entity: 'user',
      root: { id: 'r', kind: 'group' as const, combinator: 'and' as const, children: [abandoned] },
    }
    const explained = evaluator.explain(segment, 'u1', { asOf })
    expect(explained.matched).toBe(true)
    const worded = formatExplanation(explained.tree, segment, exampleCatalog)
    // The cart of B (47 hours before), not the earlier cart of A, which was bought.
    expect(worded.children?.[0]?.reason).toBe('Sequence completed: Nov 29, 2026, 1:00 AM UTC')
    const german = formatExplanation(explained.tree, segment, exampleCatalog, { messages: deMessages, locale: 'de-DE' })
    expect(german.children?.[0]?.reason).toContain('29.11.2026, 01:00')
  })
})
