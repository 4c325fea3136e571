import { describe, expect, it } from 'vitest'
import type { EventRecord } from '../data/types.ts'
import type { Segment, SegmentNode } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import type { MembershipChange } from './evaluator.ts'
import { createEvaluator } from './evaluator.ts'

const H = 3_600_000
const D = 24 * H
const NOW = Date.parse('2026-12-15T12:00:00Z')
const buy = (entityId: string, hoursAgo: number, amount = 10): EventRecord => ({
  entity: 'user',
  entityId,
  event: 'purchased',
  time: NOW - hoursAgo * H,
  properties: { amount },
})
const users = () => ({
  user: [
    { id: 'u1', plan: 'pro', created_at: NOW - 100 * D },
    { id: 'u2', plan: 'free', created_at: NOW - 100 * D },
    { id: 'u3', plan: 'pro', created_at: NOW - 100 * D },
  ],
  account: [{ id: 'a1', created_at: NOW - 100 * D }],
})
const segment = (id: string, children: SegmentNode[], entity = 'user'): Segment => ({
  version: 1,
  id,
  name: id.toUpperCase(),
  entity,
  root: { id: `${id}_root`, kind: 'group', combinator: 'and', children },
})
const twoBuys = segment('buyers', [
  {
    id: 'b',
    kind: 'event',
    event: 'purchased',
    filters: [],
    form: {
      type: 'measure',
      measure: { fn: 'count' },
      comparison: 'gte',
      value: 2,
      window: { type: 'last', duration: { amount: 7, unit: 'day' } },
    },
  },
])
const pro = segment('pro', [{ id: 'p', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' }])

describe('incremental membership: subscribers hear who entered and who left after append', () => {
  it('given a second purchase, when it is appended, then that user enters and no one else is re-evaluated', () => {
    const e = createEvaluator(exampleCatalog, {
      entities: users(),
      events: [buy('u1', 10), buy('u1', 20), buy('u2', 5)],
    })
    const heard: MembershipChange[] = []
    const sub = e.subscribe(twoBuys, (change) => heard.push(change), { asOf: NOW })
    expect(sub.members()).toEqual(['u1'])
    e.append({ events: [buy('u2', 3)] })
    expect(heard).toEqual([{ entered: ['u2'], left: [] }])
    expect(sub.members()).toEqual(['u1', 'u2'])
    // A purchase that changes nobody's membership says nothing.
    e.append({ events: [buy('u1', 1)] })
    expect(heard).toHaveLength(1)
  })

  it('given an entity row that replaces one, when the plan changes, then the user leaves', () => {
    const e = createEvaluator(exampleCatalog, { entities: users(), events: [] })
    const heard: MembershipChange[] = []
    e.subscribe(pro, (change) => heard.push(change), { asOf: NOW })
    e.append({
      entities: {
        user: [
          { id: 'u3', plan: 'free', created_at: NOW - 100 * D },
          { id: 'u9', plan: 'pro' },
        ],
      },
    })
    expect(heard).toEqual([{ entered: ['u9'], left: ['u3'] }])
  })

  it('answers after every append exactly as a full evaluation does, and stops after unsubscribe', () => {
    const e = createEvaluator(exampleCatalog, { entities: users(), events: [] })
    const heard: MembershipChange[] = []
    const sub = e.subscribe(twoBuys, (change) => heard.push(change), { asOf: NOW })
    const batches = [[buy('u1', 100)], [buy('u1', 150), buy('u3', 2)], [buy('u3', 1)], [buy('u1', 2)]]
    for (const batch of batches) {
      e.append({ events: batch })
      expect(sub.members()).toEqual(e.evaluate(twoBuys, { asOf: NOW }).ids)
    }
    expect(heard).toEqual([
      { entered: ['u1'], left: [] },
      { entered: ['u3'], left: [] },
    ])
    sub.unsubscribe()
    e.append({ events: [buy('u2', 1), buy('u2', 2)] })
    expect(heard).toHaveLength(2)
  })

  it('follows segments across entity types (account → users) by a full re-evaluation', () => {
    const e = createEvaluator(exampleCatalog, {
      entities: { ...users(), user: users().user.map((u) => ({ ...u, account_id: 'a1' })) },
      events: [],
    })
    const accountsWithBuyers = segment(
      'accounts',
      [
        {
          id: 'rel',
          kind: 'related',
          relation: 'users',
          match: { type: 'any' },
          root: twoBuys.root,
        },
      ],
      'account',
    )
    const heard: MembershipChange[] = []
    e.subscribe(accountsWithBuyers, (change) => heard.push(change), { asOf: NOW })
    e.append({ events: [buy('u2', 3), buy('u2', 4)] })
    expect(heard).toEqual([{ entered: ['a1'], left: [] }])
  })

  it('refresh() re-evaluates everyone and reports what time alone changed', () => {
    const e = createEvaluator(exampleCatalog, { entities: users(), events: [buy('u1', 10), buy('u1', 20)] })
    const sub = e.subscribe(twoBuys, () => {}, { asOf: NOW })
    expect(sub.refresh()).toEqual({ entered: [], left: [] })
  })
})

describe('bulk membership: every entity with its segments, in one call', () => {
  it('lists each existing entity once, sorted, with the ids of the segments it is in', () => {
    const e = createEvaluator(exampleCatalog, { entities: users(), events: [buy('u1', 10), buy('u1', 20)] })
    expect(e.membership([pro, twoBuys], { asOf: NOW })).toEqual({
      asOf: NOW,
      entities: [
        { id: 'u1', entity: 'user', segments: ['pro', 'buyers'] },
        { id: 'u2', entity: 'user', segments: [] },
        { id: 'u3', entity: 'user', segments: ['pro'] },
      ],
    })
  })
})

describe('string tests over a dictionary that grows', () => {
  it('given a string test evaluated before an append, then the values the append adds are tested too', () => {
    const evaluator = createEvaluator(exampleCatalog, {
      entities: { user: [{ id: 'u1', email: 'ann@acme.com', created_at: NOW - D }] },
      events: [],
    })
    const acme = segment('acme', [
      { id: 'c', kind: 'property', property: 'email', operator: 'contains', value: 'acme' },
    ])
    const other = segment('other', [
      { id: 'c', kind: 'property', property: 'email', operator: 'not_contains', value: 'acme' },
    ])
    expect(evaluator.evaluate(acme, { asOf: NOW }).ids).toEqual(['u1'])
    expect(evaluator.evaluate(other, { asOf: NOW }).ids).toEqual([])
    evaluator.append({
      entities: {
        user: [
          { id: 'u2', email: 'bob@acme.org', created_at: NOW - D },
          { id: 'u3', email: 'cy@example.com', created_at: NOW - D },
        ],
      },
    })
    expect(evaluator.evaluate(acme, { asOf: NOW }).ids).toEqual(['u1', 'u2'])
    expect(evaluator.evaluate(other, { asOf: NOW }).ids).toEqual(['u3'])
  })
})
