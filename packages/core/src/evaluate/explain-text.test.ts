import { describe, expect, it } from 'vitest'
import type { SegmentData } from '../data/types.ts'
import type { Segment, SegmentNode } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { createEvaluator } from './evaluator.ts'
import { formatExplanation } from './explain-text.ts'

const H = 3_600_000
const D = 24 * H
const NOW = Date.parse('2026-12-15T12:00:00Z')

const data: SegmentData = {
  entities: {
    user: [
      {
        id: 'u1',
        plan: 'pro',
        ltv: 2.5e11,
        marketing_consent: false,
        created_at: NOW - 200 * D,
        last_seen_at: NOW - 2 * D - 3 * H,
        account_id: 'a1',
      },
      { id: 'u2', plan: 'free', created_at: NOW - 10 * D, account_id: 'a1' },
    ],
    account: [{ id: 'a1', name: 'Acme', arr: 60_000, created_at: NOW - 300 * D }],
  },
  events: [
    { entity: 'user', entityId: 'u1', event: 'purchased', time: NOW - 2 * D, properties: { amount: 6.99 } },
    { entity: 'user', entityId: 'u1', event: 'purchased', time: NOW - 5 * D, properties: { amount: 800 } },
  ],
  lists: [{ entityId: 'u1', list: 'beta' }],
}
const evaluator = createEvaluator(exampleCatalog, data)
const seg = (children: SegmentNode[]): Segment => ({
  version: 1,
  id: 's',
  name: 'S',
  entity: 'user',
  root: { id: 'r', kind: 'group', combinator: 'and', children },
})
const bigAccount: SegmentNode = {
  id: 'rel',
  kind: 'related',
  relation: 'account',
  match: { type: 'any' },
  root: {
    id: 'g',
    kind: 'group',
    combinator: 'and',
    children: [{ id: 'arr', kind: 'property', property: 'arr', operator: 'gte', value: 50_000 }],
  },
}
const reasons = (children: SegmentNode[], id = 'u1') => {
  const s = seg(children)
  const tree = formatExplanation(evaluator.explain(s, id, { asOf: NOW }).tree, s, exampleCatalog)
  return [tree.reason, ...(tree.children ?? []).map((c) => c.reason)]
}

describe('formatExplanation', () => {
  it('formats a number by its property type: an ltv of 2.5e11 is money, not a date', () => {
    const [, ltv] = reasons([{ id: 'p', kind: 'property', property: 'ltv', operator: 'gt', value: 1000 }])
    expect(ltv).toBe('Lifetime value is $250,000,000,000; needed: is more than $1,000')
    expect(ltv).not.toMatch(/19\d\d-/)
  })

  it('formats a datetime property as a date, and words operators instead of ids ("matches is_true")', () => {
    const [, seen, consent] = reasons([
      {
        id: 'a',
        kind: 'property',
        property: 'last_seen_at',
        operator: 'within_last',
        value: { amount: 1, unit: 'day' },
      },
      { id: 'b', kind: 'property', property: 'marketing_consent', operator: 'is_true' },
    ])
    expect(seen).toBe('Last seen is Dec 13, 2026, 9:00 AM UTC; needed: is within the last 1 day')
    expect(consent).toBe('Marketing consent is false; needed: is true')
    expect(consent).not.toContain('is_true')
  })

  it('words a missing value, a past value and a group', () => {
    const [group, plan] = reasons(
      [
        {
          id: 'p',
          kind: 'property',
          property: 'ltv',
          operator: 'gte',
          value: 1,
          at: { type: 'ago', duration: { amount: 1, unit: 'year' } },
        },
      ],
      'u2',
    )
    expect(plan).toBe('Lifetime value 1 year ago was no value; needed: was at least $1')
    expect(group).toBe('0 of 1 condition holds (all needed)')
  })

  it('words event measures with money and counts, lists and related entities', () => {
    const out = reasons([
      {
        id: 'e',
        kind: 'event',
        event: 'purchased',
        filters: [],
        form: {
          type: 'measure',
          measure: { fn: 'sum', property: 'amount' },
          comparison: 'gt',
          value: 800,
          window: { type: 'ever' },
        },
      },
      {
        id: 'c',
        kind: 'event',
        event: 'purchased',
        filters: [],
        form: {
          type: 'measure',
          measure: { fn: 'count' },
          comparison: 'gte',
          value: 3,
          window: { type: 'last', duration: { amount: 30, unit: 'day' } },
        },
      },
      { id: 'l', kind: 'list', list: 'beta', operator: 'in' },
      bigAccount,
    ])
    expect(out.slice(1)).toEqual([
      'Total Amount over “Purchased” events at any time is $806.99; needed more than $800',
      '2 “Purchased” events in the last 30 days; needed at least 3',
      'In the list Beta testers',
      '1 related Account matches; needed at least one',
    ])
    const s = seg([bigAccount])
    const tree = formatExplanation(evaluator.explain(s, 'u1', { asOf: NOW }).tree, s, exampleCatalog)
    const account = tree.children?.[0]?.children?.[0]
    expect(account?.reason).toBe('Account a1: 1 of 1 condition holds (all needed)')
    expect(account?.children?.[0]?.reason).toBe('ARR is $60,000; needed: is at least $50,000')
  })

  it('takes deep-partial messages and a locale', () => {
    const s = seg([{ id: 'p', kind: 'property', property: 'ltv', operator: 'gt', value: 1000 }])
    const tree = formatExplanation(evaluator.explain(s, 'u1', { asOf: NOW }).tree, s, exampleCatalog, {
      locale: 'de-DE',
      messages: { explain: { property: (p) => `${p.label}: ${p.value}` } },
    })
    expect(tree.children?.[0]?.reason).toMatch(/^Lifetime value: 250\.000\.000\.000\s\$$/)
  })
})
