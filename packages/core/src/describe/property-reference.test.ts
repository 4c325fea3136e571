import { describe, expect, it } from 'vitest'
import { createEvaluator } from '../evaluate/evaluator.ts'
import { formatExplanation } from '../evaluate/explain-text.ts'
import { deDescribeMessages, deMessages } from '../i18n/de.ts'
import type { SegmentNode } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { describeNode } from './describe.ts'

const compare = (property: string, operator: string, value: unknown, extra: object = {}): SegmentNode =>
  ({ id: 'c', kind: 'property', property, operator, value, ...extra }) as SegmentNode
const ref = (property: string, offset?: { amount: number; unit: 'day' | 'hour' }) => ({
  type: 'property',
  property,
  ...(offset ? { offset } : {}),
})
const en = (node: SegmentNode) => describeNode(node, exampleCatalog, 'user')
const de = (node: SegmentNode) =>
  describeNode(node, exampleCatalog, 'user', { messages: deDescribeMessages, locale: 'de-DE' })

describe('describing a property compared with another property', () => {
  it('names the other property, and the offset with its direction', () => {
    expect(en(compare('last_seen_at', 'before', ref('created_at', { amount: 7, unit: 'day' })))).toBe(
      'whose Last seen is before Signed up at plus 7 days',
    )
    expect(en(compare('last_seen_at', 'after', ref('created_at', { amount: -1, unit: 'hour' })))).toBe(
      'whose Last seen is after Signed up at minus 1 hour',
    )
    expect(en(compare('age', 'gte', ref('ltv')))).toBe('whose Age is at least Lifetime value')
  })

  it('says that neq also matches where either side is not set', () => {
    expect(en(compare('name', 'neq', ref('email')))).toBe('whose Name is not Email (or either is not set)')
    expect(de(compare('name', 'neq', ref('email')))).toContain('(oder eine von beiden nicht gesetzt ist)')
  })

  it('words the past time once, for both sides', () => {
    expect(en(compare('ltv', 'gt', ref('age'), { at: { type: 'ago', duration: { amount: 7, unit: 'day' } } }))).toBe(
      'whose Lifetime value 7 days ago was more than Age',
    )
  })

  it('reads in German', () => {
    expect(de(compare('last_seen_at', 'before', ref('created_at', { amount: 7, unit: 'day' })))).toBe(
      'deren Last seen vor Signed up at plus 7 Tagen liegt',
    )
  })
})

describe('explaining a property compared with another property', () => {
  const DAY = 86_400_000
  const asOf = Date.parse('2026-12-01T00:00:00Z')
  const evaluator = createEvaluator(exampleCatalog, {
    entities: { user: [{ id: 'u1', created_at: asOf - 30 * DAY, last_seen_at: asOf - 27 * DAY }] },
    events: [],
  })
  it('says what the property was and what it was compared with', () => {
    const segment = {
      version: 1 as const,
      id: 's',
      name: 'S',
      entity: 'user',
      root: {
        id: 'r',
        kind: 'group' as const,
        combinator: 'and' as const,
        children: [compare('last_seen_at', 'before', ref('created_at', { amount: 7, unit: 'day' }))],
      },
    }
    const explained = evaluator.explain(segment, 'u1', { asOf })
    expect(explained.matched).toBe(true)
    const worded = formatExplanation(explained.tree, segment, exampleCatalog)
    expect(worded.children?.[0]?.reason).toContain('is before Signed up at plus 7 days')
    const german = formatExplanation(explained.tree, segment, exampleCatalog, { messages: deMessages, locale: 'de-DE' })
    expect(german.children?.[0]?.reason).toContain('plus 7 Tagen')
  })
})
