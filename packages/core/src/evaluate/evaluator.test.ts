import { describe, expect, it } from 'vitest'
import type { EventRecord, SegmentData } from '../data/types.ts'
import { SegmentError } from '../errors.ts'
import type { EventForm } from '../model/conditions.ts'
import type { Segment, SegmentNode } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { DataError } from './data-index.ts'
import { createEvaluator } from './evaluator.ts'

const H = 3_600_000
const D = 24 * H
const NOW = Date.parse('2026-12-15T12:00:00Z')
const asOf = NOW

const ev = (
  entityId: string,
  event: string,
  hoursAgo: number,
  properties: EventRecord['properties'] = {},
): EventRecord => ({
  entity: 'user',
  entityId,
  event,
  time: NOW - hoursAgo * H,
  properties,
})

/**
 * u1 Ada: pro, consent, ltv 1000, purchases 3 in the last 30 days, opened app yesterday.
 * u2 Ben: free, no consent value, ltv 50, one purchase 45 days ago; last opened 50 days ago.
 * u3 Zoë: enterprise a week ago → starter now (history), tagged whale; no events.
 * u4 late: created after asOf.
 * u5 Cyd: plan missing, email with % and _, interests []
 */
const data: SegmentData = {
  entities: {
    user: [
      {
        id: 'u1',
        email: 'ada@ACME.com',
        name: 'Ada',
        plan: 'pro',
        ltv: 1000,
        marketing_consent: true,
        created_at: NOW - 200 * D,
        interests: ['music', 'tech'],
        account_id: 'a1',
        country: 'DE',
        age: 30,
      },
      {
        id: 'u2',
        email: 'ben@example.com',
        name: 'Ben',
        plan: 'free',
        ltv: 50,
        marketing_consent: null,
        created_at: NOW - 100 * D,
        interests: null,
        account_id: 'a1',
        country: 'US',
      },
      {
        id: 'u3',
        email: 'zoe@example.com',
        name: 'Zoë',
        plan: 'starter',
        ltv: 5000,
        marketing_consent: false,
        created_at: NOW - 300 * D,
        interests: ['sports'],
        account_id: 'a2',
        country: 'FR',
        age: 41,
      },
      { id: 'u4', email: 'late@example.com', name: 'Late', plan: 'pro', created_at: NOW + 2 * D },
      { id: 'u5', email: '100%_off@x.io', name: 'Cyd', created_at: NOW - 10 * D, interests: [], account_id: 'missing' },
    ],
    account: [
      { id: 'a1', name: 'Acme', arr: 120000, seats: 50, plan: 'enterprise', created_at: NOW - 400 * D },
      { id: 'a2', name: 'Tiny', arr: 1200, seats: 2, plan: 'starter', created_at: NOW - 400 * D },
    ],
  },
  events: [
    ev('u1', 'purchased', 24 * 2, { amount: 100, coupon: 'BF_50%' }),
    ev('u1', 'purchased', 24 * 10, { amount: 300 }),
    ev('u1', 'purchased', 24 * 29, { amount: 500, coupon: 'vip' }),
    ev('u1', 'opened_app', 24, { platform: 'ios' }),
    ev('u1', 'added_to_cart', 24 * 5, { product: 'Shoes', price: 50 }),
    ev('u1', 'purchased', 24 * 5 - 2, { amount: 50 }),
    ev('u2', 'purchased', 24 * 45, { amount: 45 }),
    ev('u2', 'opened_app', 24 * 50, { platform: 'web' }),
    ev('u2', 'added_to_cart', 24 * 3, { product: 'Books', price: 10 }),
    ev('u2', 'added_to_cart', 24 * 3, { product: 'Tie', price: 10 }),
    ev('u2', 'purchased', 24 * 3, { amount: 10 }),
    ev('u5', 'added_to_cart', 24 * 4, { product: 'Games', price: 20 }),
    ev('u5', 'sent_ticket', 24 * 3, { priority: 'high' }),
    ev('u5', 'purchased', 24 * 2, { amount: 20 }),
  ],
  lists: [
    { list: 'beta', entityId: 'u1', from: NOW - 30 * D },
    { list: 'beta', entityId: 'u2', from: NOW - 30 * D, to: NOW - 1 * D },
  ],
  tags: [{ tag: 'whale', entityId: 'u3', from: NOW - 100 * D }],
  history: [
    { entity: 'user', entityId: 'u3', property: 'plan', value: 'enterprise', from: NOW - 300 * D },
    { entity: 'user', entityId: 'u3', property: 'plan', value: 'starter', from: NOW - 3 * D },
  ],
}

const evaluator = createEvaluator(exampleCatalog, data)
const seg = (children: SegmentNode[], combinator: 'and' | 'or' = 'and', extra: Partial<Segment> = {}): Segment => ({
  version: 1,
  id: 't',
  name: 'T',
  entity: 'user',
  root: { id: 'r', kind: 'group', combinator, children },
  ...extra,
})
const members = (children: SegmentNode[], combinator: 'and' | 'or' = 'and', at = asOf) =>
  evaluator.evaluate(seg(children, combinator), { asOf: at }).ids
let nextId = 0
const prop = (property: string, operator: string, value?: unknown, extra: object = {}): SegmentNode =>
  ({
    id: `p${++nextId}`,
    kind: 'property',
    property,
    operator,
    ...(value === undefined ? {} : { value }),
    ...extra,
  }) as SegmentNode
const event = (eventId: string, form: EventForm, filters: SegmentNode[] = []): SegmentNode =>
  ({ id: 'e', kind: 'event', event: eventId, filters, form }) as SegmentNode
const last = (days: number) => ({ type: 'last', duration: { amount: days, unit: 'day' } }) as const

describe('the evaluator: properties', () => {
  it('treats entities created after asOf as not existing', () => {
    expect(members([])).toEqual(['u1', 'u2', 'u3', 'u5'])
    expect(members([], 'and', NOW + 3 * D)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5'])
  })

  it('never matches a missing value with a positive operator, always with a negative one', () => {
    expect(members([prop('plan', 'eq', 'pro')])).toEqual(['u1'])
    expect(members([prop('plan', 'neq', 'pro')])).toEqual(['u2', 'u3', 'u5'])
    expect(members([prop('marketing_consent', 'is_false')])).toEqual(['u3'])
    expect(members([prop('age', 'not_between', [25, 35])])).toEqual(['u2', 'u3', 'u5'])
    expect(members([prop('age', 'is_not_set')])).toEqual(['u2', 'u5'])
  })

  it('matches text case-sensitively by default, ASCII-insensitively on request, and % _ literally', () => {
    expect(members([prop('email', 'contains', 'acme')])).toEqual([])
    expect(members([prop('email', 'contains', 'acme', { ignoreCase: true })])).toEqual(['u1'])
    expect(members([prop('email', 'starts_with', '100%_')])).toEqual(['u5'])
    expect(members([prop('email', 'contains', '%')])).toEqual(['u5'])
    expect(members([prop('name', 'eq', 'ZOË', { ignoreCase: true })])).toEqual([])
    expect(members([prop('name', 'in', ['zoë', 'ada'], { ignoreCase: true })])).toEqual(['u1', 'u3'])
    expect(members([prop('email', 'not_contains', 'example')])).toEqual(['u1', 'u5'])
  })

  it('compares numbers and datetimes relative to asOf', () => {
    expect(members([prop('ltv', 'between', [50, 1000])])).toEqual(['u1', 'u2'])
    expect(members([prop('created_at', 'within_last', { amount: 100, unit: 'day' })])).toEqual(['u5'])
    expect(members([prop('created_at', 'before', { type: 'ago', duration: { amount: 150, unit: 'day' } })])).toEqual([
      'u1',
      'u3',
    ])
    expect(
      members([
        prop('created_at', 'between', [
          { type: 'ago', duration: { amount: 100, unit: 'day' } },
          { type: 'ago', duration: { amount: 1, unit: 'day' } },
        ]),
      ]),
    ).toEqual(['u2', 'u5'])
  })

  it('matches string lists with any / all / none, an empty list being a value', () => {
    expect(members([prop('interests', 'has_any', ['tech', 'sports'])])).toEqual(['u1', 'u3'])
    expect(members([prop('interests', 'has_all', ['tech', 'music'])])).toEqual(['u1'])
    expect(members([prop('interests', 'has_none', ['tech'])])).toEqual(['u2', 'u3', 'u5'])
    expect(members([prop('interests', 'is_set')])).toEqual(['u1', 'u3', 'u5'])
  })

  it('reads a property at a past time from its history (whales a week ago who have since downgraded)', () => {
    const weekAgo = { type: 'ago', duration: { amount: 7, unit: 'day' } }
    expect(
      members([
        prop('plan', 'eq', 'enterprise', { at: weekAgo }),
        prop('plan', 'in', ['free', 'starter']),
        { id: 't', kind: 'tag', tag: 'whale', operator: 'has' },
      ]),
    ).toEqual(['u3'])
    expect(members([prop('plan', 'eq', 'enterprise')], 'and', NOW - 7 * D)).toEqual(['u3'])
  })

  it('given asOf in the past, when a value is read at a later instant, then the changes after asOf do not exist', () => {
    // u3 went enterprise → starter 3 days ago; evaluated 5 days ago, "plan at now" is still enterprise.
    const now = { type: 'absolute', value: new Date(NOW).toISOString() }
    expect(members([prop('plan', 'eq', 'enterprise', { at: now })], 'and', NOW - 5 * D)).toEqual(['u3'])
    expect(members([prop('plan', 'eq', 'starter', { at: now })], 'and', NOW - 5 * D)).toEqual([])
    // u1's purchases 2 and 5 days ago do not exist 6 days ago, whatever instant revenue is read at.
    expect(members([prop('revenue_30d', 'eq', 800, { at: now })], 'and', NOW - 6 * D)).toEqual(['u1'])
  })

  it('computes computed properties as event aggregates at the evaluation time', () => {
    expect(members([prop('revenue_30d', 'gte', 900)])).toEqual(['u1'])
    expect(members([prop('revenue_30d', 'eq', 0)])).toEqual(['u3'])
  })
})

describe('the evaluator: events', () => {
  it('counts events in a window, with filters', () => {
    expect(
      members([
        event('purchased', {
          type: 'measure',
          measure: { fn: 'count' },
          comparison: 'gte',
          value: 3,
          window: last(30),
        }),
      ]),
    ).toEqual(['u1'])
    expect(
      members([
        event('purchased', { type: 'performed', window: last(30) }, [
          { id: 'f', property: 'coupon', operator: 'contains', value: '%' } as never,
        ]),
      ]),
    ).toEqual(['u1'])
    expect(members([event('opened_app', { type: 'not_performed', window: last(40) })])).toEqual(['u2', 'u3', 'u5'])
  })

  it('puts the left end of a relative window outside and asOf inside', () => {
    // u1 and u5 purchased exactly 2 days ago: outside "the last 2 days", inside "more than 2 days ago".
    expect(members([event('purchased', { type: 'performed', window: last(2) })])).toEqual([])
    expect(members([event('purchased', { type: 'performed', window: last(3) })])).toEqual(['u1', 'u5'])
    expect(
      members([
        event('purchased', { type: 'performed', window: { type: 'before', duration: { amount: 2, unit: 'day' } } }),
      ]),
    ).toEqual(['u1', 'u2', 'u5'])
  })

  it('sums, averages and bounds amounts; sum over no events is 0, avg over none matches nothing, not even neq', () => {
    expect(
      members([
        event('purchased', {
          type: 'measure',
          measure: { fn: 'sum', property: 'amount' },
          comparison: 'gt',
          value: 800,
          window: { type: 'ever' },
        }),
      ]),
    ).toEqual(['u1'])
    expect(
      members([
        event('purchased', {
          type: 'measure',
          measure: { fn: 'sum', property: 'amount' },
          comparison: 'eq',
          value: 0,
          window: { type: 'ever' },
        }),
      ]),
    ).toEqual(['u3'])
    expect(
      members([
        event('purchased', {
          type: 'measure',
          measure: { fn: 'avg', property: 'amount' },
          comparison: 'neq',
          value: 1,
          window: { type: 'ever' },
        }),
      ]),
    ).toEqual(['u1', 'u2', 'u5'])
    expect(
      members([
        event('purchased', {
          type: 'measure',
          measure: { fn: 'max', property: 'amount' },
          comparison: 'between',
          value: 20,
          value2: 45,
          window: { type: 'ever' },
        }),
      ]),
    ).toEqual(['u2', 'u5'])
  })

  it('counts distinct values and active days', () => {
    expect(
      members([
        event('added_to_cart', {
          type: 'measure',
          measure: { fn: 'distinct', property: 'product' },
          comparison: 'eq',
          value: 2,
          window: { type: 'ever' },
        }),
      ]),
    ).toEqual(['u2'])
    expect(
      members([
        event('purchased', {
          type: 'measure',
          measure: { fn: 'active_days' },
          comparison: 'gte',
          value: 4,
          window: { type: 'ever' },
        }),
      ]),
    ).toEqual(['u1'])
  })

  it('finds first-time and last-time events in a window (not visited in 40 days)', () => {
    expect(members([event('purchased', { type: 'first_time', window: last(7) })])).toEqual(['u5'])
    expect(
      members([
        event('opened_app', { type: 'last_time', window: { type: 'before', duration: { amount: 40, unit: 'day' } } }),
      ]),
    ).toEqual(['u2'])
  })

  it('finds users who stopped, restarted, or act regularly', () => {
    expect(
      members([
        event('opened_app', {
          type: 'stopped',
          baseline: { amount: 30, unit: 'day' },
          recent: { amount: 40, unit: 'day' },
        }),
      ]),
    ).toEqual(['u2'])
    expect(
      members([
        event('purchased', {
          type: 'restarted',
          inactive: { amount: 30, unit: 'day' },
          recent: { amount: 7, unit: 'day' },
        }),
      ]),
    ).toEqual(['u2'])
    expect(
      members([
        event('purchased', { type: 'regularly', period: { amount: 1, unit: 'week' }, periods: 5, minPeriods: 3 }),
      ]),
    ).toEqual(['u1'])
  })
})

describe('the evaluator: sequences', () => {
  const seq = (steps: object[], extra: object = {}): SegmentNode =>
    ({ id: 's', kind: 'sequence', window: last(30), steps, ...extra }) as SegmentNode
  const step = (id: string, eventId: string, extra: object = {}) => ({ id, event: eventId, filters: [], ...extra })

  it('chains strictly later events: equal times do not chain', () => {
    expect(members([seq([step('a', 'added_to_cart'), step('b', 'purchased')])])).toEqual(['u1', 'u5'])
  })

  it('bounds the gap between steps', () => {
    expect(
      members([seq([step('a', 'added_to_cart'), step('b', 'purchased', { maxGap: { amount: 3, unit: 'hour' } })])]),
    ).toEqual(['u1'])
  })

  it('applies a negated middle step between its neighbours and a negated last step with a gap', () => {
    expect(
      members([seq([step('a', 'added_to_cart'), step('n', 'sent_ticket', { negated: true }), step('b', 'purchased')])]),
    ).toEqual(['u1'])
    // u1 purchased 118 h ago and opened the app 24 h ago: that is within 5 days, not within 1 day.
    expect(
      members([
        seq([
          step('a', 'added_to_cart'),
          step('b', 'purchased'),
          step('n', 'opened_app', { negated: true, maxGap: { amount: 1, unit: 'day' } }),
        ]),
      ]),
    ).toEqual(['u1', 'u5'])
    expect(
      members([
        seq([
          step('a', 'added_to_cart'),
          step('b', 'purchased'),
          step('n', 'opened_app', { negated: true, maxGap: { amount: 5, unit: 'day' } }),
        ]),
      ]),
    ).toEqual([])
    // u5 purchased 2 days ago without opening the app since, but "not within 5 days" is known only once
    // the 5 days are over: in from 3 days later on.
    expect(
      members(
        [
          seq([
            step('a', 'added_to_cart'),
            step('b', 'purchased'),
            step('n', 'opened_app', { negated: true, maxGap: { amount: 5, unit: 'day' } }),
          ]),
        ],
        'and',
        NOW + 3 * D,
      ),
    ).toEqual(['u5'])
  })

  it('bounds the whole sequence with within', () => {
    expect(
      members([seq([step('a', 'purchased'), step('b', 'purchased')], { within: { amount: 2, unit: 'day' } })]),
    ).toEqual([])
    expect(
      members([seq([step('a', 'purchased'), step('b', 'purchased')], { within: { amount: 4, unit: 'day' } })]),
    ).toEqual(['u1'])
  })
})

describe('the evaluator: lists, tags, segments, relations, groups', () => {
  it('uses membership intervals at asOf', () => {
    expect(members([{ id: 'l', kind: 'list', list: 'beta', operator: 'in' }])).toEqual(['u1'])
    expect(members([{ id: 'l', kind: 'list', list: 'beta', operator: 'in' }], 'and', NOW - 2 * D)).toEqual(['u1', 'u2'])
    expect(members([{ id: 'l', kind: 'list', list: 'beta', operator: 'not_in' }])).toEqual(['u2', 'u3', 'u5'])
  })

  it('evaluates catalog segments by reference', () => {
    expect(members([{ id: 'x', kind: 'segment', segment: 'recent_buyers', operator: 'in' }])).toEqual([
      'u1',
      'u2',
      'u5',
    ])
  })

  it('follows user → account and account → users', () => {
    const bigAccount: SegmentNode = {
      id: 'rel',
      kind: 'related',
      relation: 'account',
      match: { type: 'any' },
      root: { id: 'g', kind: 'group', combinator: 'and', children: [prop('arr', 'gte', 100000)] },
    }
    expect(members([bigAccount])).toEqual(['u1', 'u2'])
    const accounts = (match: object) =>
      evaluator.evaluate(
        {
          ...seg([
            {
              id: 'rel',
              kind: 'related',
              relation: 'users',
              match,
              root: { id: 'g', kind: 'group', combinator: 'and', children: [prop('plan', 'eq', 'pro')] },
            } as SegmentNode,
          ]),
          entity: 'account',
        },
        { asOf },
      ).ids
    expect(accounts({ type: 'any' })).toEqual(['a1'])
    expect(accounts({ type: 'all' })).toEqual([])
    expect(accounts({ type: 'none' })).toEqual(['a2'])
    expect(accounts({ type: 'count', comparison: 'eq', value: 1 })).toEqual(['a1'])
  })

  it('skips disabled nodes; an empty AND matches everyone, an empty OR no one; NOT flips', () => {
    expect(members([{ ...prop('plan', 'eq', 'pro'), disabled: true } as SegmentNode])).toEqual(['u1', 'u2', 'u3', 'u5'])
    expect(members([{ id: 'g', kind: 'group', combinator: 'or', children: [] }])).toEqual([])
    expect(
      members([
        {
          id: 'g',
          kind: 'group',
          combinator: 'or',
          negated: true,
          children: [prop('plan', 'eq', 'pro'), prop('plan', 'eq', 'free')],
        },
      ]),
    ).toEqual(['u3', 'u5'])
  })

  it('refuses a segment with an unknown node with a SegmentError', () => {
    expect(() => members([{ id: 'o', kind: 'opaque', reason: 'unknown_kind', raw: { kind: 'funnel' } }])).toThrow(
      SegmentError,
    )
  })
})

describe('the evaluator: explain, changes, segmentsOf, append, bad data', () => {
  it('explains with the deciding values', () => {
    const e = evaluator.explain(
      seg([
        event('purchased', {
          type: 'measure',
          measure: { fn: 'count' },
          comparison: 'gte',
          value: 3,
          window: last(30),
        }),
      ]),
      'u2',
      { asOf },
    )
    expect(e.matched).toBe(false)
    expect(e.tree.children?.[0]).toMatchObject({
      matched: false,
      actual: 1,
      reason: 'Purchased 1 time in the last 30 days, needed ≥ 3',
    })
  })

  it('explains every kind of condition with the value that decided it', () => {
    const reasons = (children: SegmentNode[], id: string) =>
      (evaluator.explain(seg(children), id, { asOf }).tree.children ?? []).map((c) => [c.reason, c.actual])
    expect(
      reasons(
        [
          event('purchased', {
            type: 'measure',
            measure: { fn: 'avg', property: 'amount' },
            comparison: 'gt',
            value: 10,
            window: last(7),
          }),
          {
            ...event('opened_app', {
              type: 'last_time',
              window: { type: 'before', duration: { amount: 40, unit: 'day' } },
            }),
            id: 'e2',
          } as SegmentNode,
          { id: 'l', kind: 'list', list: 'beta', operator: 'in' },
          { id: 't', kind: 'tag', tag: 'whale', operator: 'has' },
          { id: 'ref', kind: 'segment', segment: 'pro_users', operator: 'in' },
        ],
        'u2',
      ),
    ).toEqual([
      ['Avg of Purchased amount in the last 7 days is 10, needed > 10', 10],
      [`Last Opened App at ${new Date(NOW - 50 * D).toISOString()}, needed more than 40 days ago`, NOW - 50 * D],
      ['is not in Beta testers', false],
      ['does not have the tag Whale', false],
      ['is not in the segment Pro users', undefined],
    ])
    expect(
      reasons(
        [
          event('purchased', {
            type: 'measure',
            measure: { fn: 'max', property: 'amount' },
            comparison: 'neq',
            value: 1,
            window: last(1),
          }),
        ],
        'u3',
      ),
    ).toEqual([['Max of Purchased amount in the last 1 day is no value (no events), needed ≠ 1', undefined]])
    const sequence: SegmentNode = {
      id: 'q',
      kind: 'sequence',
      window: last(30),
      steps: [
        { id: 'a', event: 'added_to_cart', filters: [] },
        { id: 'b', event: 'purchased', filters: [] },
      ],
    }
    expect(reasons([sequence], 'u1')).toEqual([
      [
        `sequence completed at ${new Date(NOW - 5 * D).toISOString()} → ${new Date(NOW - 5 * D + 2 * H).toISOString()}`,
        [NOW - 5 * D, NOW - 5 * D + 2 * H],
      ],
    ])
    expect(reasons([sequence], 'u3')).toEqual([['no ordering of events completes the sequence', undefined]])
    const bigAccount: SegmentNode = {
      id: 'rel',
      kind: 'related',
      relation: 'account',
      match: { type: 'any' },
      root: { id: 'rr', kind: 'group', combinator: 'and', children: [prop('arr', 'gte', 50_000)] },
    }
    const related = evaluator.explain(seg([bigAccount]), 'u1', { asOf }).tree.children?.[0]
    expect(related).toMatchObject({ matched: true, actual: 1, reason: '1 of 1 related Account match (any)' })
    expect(related?.children?.[0]?.reason).toBe('Account a1: 1 of 1 conditions hold (AND)')
    expect(related?.children?.[0]?.children?.[0]?.actual).toBe(120000)
  })

  it('lists who entered and who left between two instants', () => {
    const s = seg([{ id: 'l', kind: 'list', list: 'beta', operator: 'in' }])
    expect(evaluator.changes(s, NOW - 2 * D, NOW)).toEqual({ entered: [], left: ['u2'] })
    expect(evaluator.changes(s, NOW - 40 * D, NOW)).toEqual({ entered: ['u1'], left: [] })
  })

  it('names the segments an entity belongs to', () => {
    const pro = { ...seg([prop('plan', 'eq', 'pro')]), id: 'pro', name: 'Pro' }
    const free = { ...seg([prop('plan', 'eq', 'free')]), id: 'free', name: 'Free' }
    expect(evaluator.segmentsOf('u1', [pro, free], { asOf })).toEqual([{ id: 'pro', name: 'Pro' }])
  })

  it('gives the same answers after append as after a full rebuild, with events arriving out of order', () => {
    const extra: SegmentData = {
      entities: { user: [{ id: 'u6', plan: 'pro', created_at: NOW - D }] },
      events: [
        ev('u6', 'purchased', 5, { amount: 1 }),
        ev('u2', 'purchased', 24 * 20, { amount: 2 }),
        ev('u6', 'added_to_cart', 6, { product: 'X', price: 1 }),
      ],
    }
    const incremental = createEvaluator(exampleCatalog, data)
    incremental.append(extra)
    const rebuilt = createEvaluator(exampleCatalog, {
      ...data,
      entities: { ...data.entities, user: [...data.entities.user!, ...extra.entities.user!] },
      events: [...data.events, ...extra.events],
    })
    const s = seg(
      [
        {
          id: 's',
          kind: 'sequence',
          window: last(30),
          steps: [
            { id: 'a', event: 'added_to_cart', filters: [] },
            { id: 'b', event: 'purchased', filters: [] },
          ],
        },
        event('purchased', {
          type: 'measure',
          measure: { fn: 'count' },
          comparison: 'gte',
          value: 2,
          window: last(30),
        }),
      ],
      'or',
    )
    expect(incremental.evaluate(s, { asOf }).ids).toEqual(rebuilt.evaluate(s, { asOf }).ids)
    expect(incremental.evaluate(s, { asOf }).ids).toContain('u6')
  })

  it('rejects malformed rows with a DataError naming each path', () => {
    const bad = {
      entities: { user: [{ name: 'no id' }], robot: [] },
      events: [{ entity: 'user', entityId: 'u1', event: 'purchased', time: 'yesterday' }],
    } as unknown as SegmentData
    try {
      createEvaluator(exampleCatalog, bad)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(DataError)
      expect((error as DataError).issues.map((i) => i.path.join('.'))).toEqual([
        'entities.user.0.id',
        'entities.robot',
        'events.0.time',
      ])
    }
    expect(() =>
      createEvaluator(exampleCatalog, { entities: { user: [{ id: 'x', ltv: 'lots' }] }, events: [] }),
    ).toThrow(/ltv should be number/)
    // Numbers are finite, as in JSON and in SQL (which read Infinity as missing): Infinity and NaN are refused.
    for (const amount of [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN]) {
      expect(() =>
        createEvaluator(exampleCatalog, {
          entities: { user: [{ id: 'u1' }] },
          events: [{ entity: 'user', entityId: 'u1', event: 'purchased', time: NOW, properties: { amount } }],
        }),
      ).toThrow(/amount should be number, got (-?Infinity|NaN) \(numbers must be finite\)/)
    }
    expect(() => evaluator.explain(seg([]), 'nobody')).toThrow(DataError)
  })
})

describe('the evaluator: every public function, and bad input', () => {
  const badData = (delta: object) => {
    try {
      createEvaluator(exampleCatalog, { entities: { user: [{ id: 'u1' }] }, events: [], ...delta } as SegmentData)
    } catch (error) {
      expect(error).toBeInstanceOf(DataError)
      return (error as DataError).issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    }
    throw new Error('expected a DataError')
  }

  it('rejects events, memberships and history that name ids the catalog does not know', () => {
    expect(badData({ events: [{ entity: 'user', entityId: 'u1', event: 'purchase', time: NOW }] })).toEqual([
      "events.0.event: Event #0: unknown event 'purchase' (not in the catalog)",
    ])
    expect(badData({ lists: [{ list: 'betas', entityId: 'u1' }], tags: [{ tag: 'orca', entityId: 'u1' }] })).toEqual([
      "lists.0.list: Membership #0: unknown list 'betas' (not in the catalog)",
      "tags.0.tag: Membership #0: unknown tag 'orca' (not in the catalog)",
    ])
    expect(
      badData({
        history: [
          { entity: 'robot', entityId: 'u1', property: 'plan', value: 'pro', from: NOW },
          { entity: 'user', entityId: 'u1', property: 'tier', value: 'pro', from: NOW },
          { entity: 'user', entityId: 'u1', property: 'ltv', value: 'lots', from: NOW },
        ],
      }),
    ).toEqual([
      "history.0.entity: History row #0: unknown entity type 'robot'",
      "history.1.property: History row #1: unknown property 'user.tier'",
      'history.2.value: History row #2: ltv should be number, got "lots"',
    ])
  })

  it('rejects event properties of the wrong type, events of the wrong entity, and an entity given twice', () => {
    expect(
      badData({
        entities: { user: [{ id: 'u1' }, { id: 'u1' }] },
        events: [
          { entity: 'user', entityId: 'u1', event: 'purchased', time: NOW, properties: { amount: '12.50' } },
          { entity: 'account', entityId: 'a1', event: 'opened_app', time: NOW },
        ],
      }),
    ).toEqual([
      "entities.user.1.id: User 'u1' is given twice",
      'events.0.properties.amount: Event #0 (purchased): amount should be number, got "12.50"',
      "events.1.entity: Event #1 (opened_app) is performed by user, not 'account'",
    ])
  })

  it('leaves the index unchanged when an append is rejected', () => {
    const e = createEvaluator(exampleCatalog, data)
    const buyers = seg([event('purchased', { type: 'performed', window: { type: 'ever' } })])
    const before = e.evaluate(buyers, { asOf }).ids
    expect(() =>
      e.append({
        events: [
          ev('u3', 'purchased', 1, { amount: 5 }),
          { entity: 'user', entityId: 'u3', event: 'purchased', time: Number.NaN },
        ],
      }),
    ).toThrow(DataError)
    expect(e.evaluate(buyers, { asOf }).ids).toEqual(before)
    expect(before).not.toContain('u3')
  })

  it('refuses a segment naming an unknown event or property with a SegmentError that points at it', () => {
    const unknown = seg([event('purchase', { type: 'performed', window: { type: 'ever' } }), prop('tier', 'is_set')])
    try {
      evaluator.evaluate(unknown, { asOf })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(SegmentError)
      expect(error).not.toBeInstanceOf(DataError)
      const issues = (error as SegmentError).issues.filter((i) => i.severity === 'error')
      expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
        ['unknown_event', 'root.children.0.event'],
        ['unknown_property', 'root.children.1.property'],
      ])
    }
  })

  it('rejects an asOf that is not an instant, and explains or lists segments only for known entities', () => {
    const s = seg([prop('plan', 'eq', 'pro')])
    expect(() => evaluator.evaluate(s, { asOf: 'last tuesday' })).toThrow(DataError)
    expect(() => evaluator.explain(s, 'nobody', { asOf })).toThrow(/No user with id 'nobody'/)
    expect(() => evaluator.segmentsOf('nobody', [s], { asOf })).toThrow(/No user with id 'nobody'/)
    expect(evaluator.segmentsOf('nobody', [], { asOf })).toEqual([])
  })

  it('takes the evaluation instant from the option, else the segment, and reports it', () => {
    const beta = {
      ...seg([{ id: 'l', kind: 'list', list: 'beta', operator: 'in' }]),
      asOf: new Date(NOW - 2 * D).toISOString(),
    }
    expect(evaluator.evaluate(beta)).toEqual({ ids: ['u1', 'u2'], count: 2, asOf: NOW - 2 * D })
    expect(evaluator.evaluate(beta, { asOf: new Date(NOW) })).toEqual({ ids: ['u1'], count: 1, asOf: NOW })
  })

  it('explains a nested tree: each node with its truth, NOT, skipped disabled nodes and the deciding values', () => {
    const tree = seg([
      prop('plan', 'eq', 'pro'),
      prop('ltv', 'gt', 1, { disabled: true }),
      {
        id: 'not_free',
        kind: 'group',
        combinator: 'or',
        negated: true,
        children: [prop('plan', 'eq', 'free'), prop('country', 'eq', 'US')],
      },
    ])
    const e = evaluator.explain(tree, 'u1', { asOf })
    expect(e).toMatchObject({ entityId: 'u1', asOf: NOW, exists: true, matched: true })
    expect(e.tree.reason).toBe('2 of 2 conditions hold (AND)')
    expect(e.tree.children?.map((c) => [c.kind, c.matched, c.skipped ?? false])).toEqual([
      ['property', true, false],
      ['group', true, false],
      ['property', false, true],
    ])
    expect(e.tree.children?.[0]).toMatchObject({ actual: 'pro', reason: 'Plan is "pro": matches eq "pro"' })
    expect(e.tree.children?.[1]?.reason).toBe('NOT: 0 of 2 conditions hold (OR)')
    expect(e.tree.children?.[1]?.children?.[1]).toMatchObject({ matched: false, actual: 'DE' })
  })

  it('explains an entity created after asOf as not existing and not matched, even for an empty AND', () => {
    const e = evaluator.explain(seg([]), 'u4', { asOf })
    expect(e).toMatchObject({ exists: false, matched: false })
    expect(e.tree).toMatchObject({ matched: true, reason: 'empty AND group: matches everyone' })
  })

  it('counts an entity created between two instants among those who entered', () => {
    const everyone = seg([])
    expect(evaluator.changes(everyone, NOW, NOW + 3 * D)).toEqual({ entered: ['u4'], left: [] })
    expect(evaluator.changes(everyone, NOW + 3 * D, NOW)).toEqual({ entered: [], left: ['u4'] })
  })

  it('lists the known entity ids of a type, not the ids only facts mention', () => {
    const e = createEvaluator(exampleCatalog, {
      entities: { user: [{ id: 'u1' }] },
      events: [{ entity: 'user', entityId: 'ghost', event: 'opened_app', time: NOW }],
    })
    expect(e.entityIds('user')).toEqual(['u1'])
    expect(
      e.evaluate(seg([event('opened_app', { type: 'performed', window: { type: 'ever' } })]), { asOf }).ids,
    ).toEqual([])
    // The entity row arrives later: its earlier facts count from then on.
    e.append({ entities: { user: [{ id: 'ghost' }] } })
    expect(e.entityIds('user')).toEqual(['ghost', 'u1'])
    expect(
      e.evaluate(seg([event('opened_app', { type: 'performed', window: { type: 'ever' } })]), { asOf }).ids,
    ).toEqual(['ghost'])
  })
})
