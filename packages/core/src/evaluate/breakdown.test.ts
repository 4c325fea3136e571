import { describe, expect, it } from 'vitest'
import type { EventRecord } from '../data/types.ts'
import type { Segment, SegmentNode } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { createEvaluator } from './evaluator.ts'

const H = 3_600_000
const D = 24 * H
const NOW = Date.parse('2026-12-15T12:00:00Z')
const ev = (entityId: string, event: string, hoursAgo: number, properties: Record<string, number | string> = {}) =>
  ({ entity: 'user', entityId, event, time: NOW - hoursAgo * H, properties }) as EventRecord

// Five users: u1 pro in DE, u2 pro in US, u3 free in DE, u4 free in FR, u5 created after asOf.
const evaluator = createEvaluator(exampleCatalog, {
  entities: {
    user: [
      { id: 'u1', plan: 'pro', country: 'DE', created_at: NOW - 100 * D },
      { id: 'u2', plan: 'pro', country: 'US', created_at: NOW - 100 * D },
      { id: 'u3', plan: 'free', country: 'DE', created_at: NOW - 100 * D },
      { id: 'u4', plan: 'free', country: 'FR', created_at: NOW - 100 * D },
      { id: 'u5', plan: 'pro', country: 'DE', created_at: NOW + D },
    ],
  },
  events: [
    // u1: viewed → cart → purchase; u2: viewed → cart; u3: viewed; u4: nothing.
    ev('u1', 'viewed_product', 50),
    ev('u1', 'added_to_cart', 49),
    ev('u1', 'purchased', 48, { amount: 10 }),
    ev('u2', 'viewed_product', 50),
    ev('u2', 'added_to_cart', 49),
    ev('u3', 'viewed_product', 50),
    ev('u5', 'viewed_product', 50),
  ],
})

const segment = (children: SegmentNode[], combinator: 'and' | 'or' = 'and'): Segment => ({
  version: 1,
  id: 's',
  name: 's',
  entity: 'user',
  root: { id: 'root', kind: 'group', combinator, children },
})
const plan: SegmentNode = { id: 'plan', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' }
const germany: SegmentNode = { id: 'de', kind: 'property', property: 'country', operator: 'eq', value: 'DE' }
const funnel: SegmentNode = {
  id: 'seq',
  kind: 'sequence',
  window: { type: 'ever' },
  steps: [
    { id: 'view', event: 'viewed_product', filters: [] },
    { id: 'cart', event: 'added_to_cart', filters: [] },
    { id: 'buy', event: 'purchased', filters: [] },
  ],
}

describe('breakdown: per-node counts while editing', () => {
  it('gives each node its own matches and what remains after it in its AND group, in tree order', () => {
    const result = evaluator.evaluate(segment([plan, germany]), { asOf: NOW, breakdown: true })
    expect(result.ids).toEqual(['u1'])
    expect(result.breakdown).toEqual([
      { nodeId: 'root', kind: 'group', parentId: undefined, matches: 1 },
      { nodeId: 'plan', kind: 'property', parentId: 'root', matches: 2, remaining: 2 },
      { nodeId: 'de', kind: 'property', parentId: 'root', matches: 2, remaining: 1 },
    ])
  })

  it('accumulates an OR group as a union, and counts a negated group after its NOT', () => {
    const result = evaluator.evaluate(
      segment([{ id: 'not', kind: 'group', combinator: 'or', negated: true, children: [plan, germany] }]),
      { asOf: NOW, breakdown: true },
    )
    // plan = {u1, u2}, DE = {u1, u3}: the union is 3 of the 4 existing users, so NOT leaves u4.
    expect(result.ids).toEqual(['u4'])
    expect(result.breakdown?.map((b) => [b.nodeId, b.matches, b.remaining])).toEqual([
      ['root', 1, undefined],
      ['not', 1, 1],
      ['plan', 2, 2],
      ['de', 2, 3],
    ])
  })

  it('gives a sequence its funnel: the entities reaching each step', () => {
    const result = evaluator.evaluate(segment([funnel]), { asOf: NOW, breakdown: true })
    expect(result.ids).toEqual(['u1'])
    expect(result.breakdown?.[1]).toMatchObject({
      nodeId: 'seq',
      matches: 1,
      funnel: [
        { stepId: 'view', entities: 3 },
        { stepId: 'cart', entities: 2 },
        { stepId: 'buy', entities: 1 },
      ],
    })
  })

  it('counts a trailing negated step in the funnel: carted, then did not buy', () => {
    const abandoned: SegmentNode = {
      id: 'ab',
      kind: 'sequence',
      window: { type: 'ever' },
      steps: [
        { id: 'view', event: 'viewed_product', filters: [] },
        { id: 'cart', event: 'added_to_cart', filters: [] },
        { id: 'nobuy', event: 'purchased', filters: [], negated: true },
      ],
    }
    const result = evaluator.evaluate(segment([abandoned]), { asOf: NOW, breakdown: true })
    expect(result.ids).toEqual(['u2'])
    expect(result.breakdown?.[1]?.funnel).toEqual([
      { stepId: 'view', entities: 3 },
      { stepId: 'cart', entities: 2 },
      { stepId: 'nobuy', entities: 1 },
    ])
  })

  it('selects the same members with and without breakdown, and leaves disabled nodes out', () => {
    const children = [plan, { ...germany, disabled: true }, funnel]
    const plain = evaluator.evaluate(segment(children, 'or'), { asOf: NOW })
    const broken = evaluator.evaluate(segment(children, 'or'), { asOf: NOW, breakdown: true })
    expect(broken.ids).toEqual(plain.ids)
    expect(plain.breakdown).toBeUndefined()
    expect(broken.breakdown?.map((b) => b.nodeId)).toEqual(['root', 'plan', 'seq'])
  })
})
