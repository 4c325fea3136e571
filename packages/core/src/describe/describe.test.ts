import { describe, expect, it } from 'vitest'
import type { Segment, SegmentNode } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { describeNode, describeSegment } from './describe.ts'

const seg = (children: SegmentNode[], extra: Partial<Segment> = {}): Segment => ({
  version: 1,
  id: 's',
  name: 'S',
  entity: 'user',
  root: { id: 'r', kind: 'group', combinator: 'and', children },
  ...extra,
})
const last = (amount: number) => ({ type: 'last', duration: { amount, unit: 'day' } }) as const
const one = (node: SegmentNode) => describeNode(node, exampleCatalog, 'user')

describe('describeSegment', () => {
  it('words the example from the brief', () => {
    const text = describeSegment(
      seg([
        {
          id: 'e',
          kind: 'event',
          event: 'purchased',
          filters: [],
          form: { type: 'measure', measure: { fn: 'count' }, comparison: 'gte', value: 3, window: last(30) },
        },
        { id: 'p', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' },
      ]),
      exampleCatalog,
    )
    expect(text).toBe('Users who performed Purchased at least 3 times in the last 30 days and whose Plan is Pro')
  })

  it('words the re-engagement example: multiple purchases, not visited in 40 days, order value over $800, consent', () => {
    const text = describeSegment(
      seg([
        {
          id: 'a',
          kind: 'event',
          event: 'purchased',
          filters: [],
          form: { type: 'measure', measure: { fn: 'count' }, comparison: 'gte', value: 2, window: { type: 'ever' } },
        },
        { id: 'b', kind: 'event', event: 'opened_app', filters: [], form: { type: 'not_performed', window: last(40) } },
        {
          id: 'c',
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
        { id: 'd', kind: 'property', property: 'marketing_consent', operator: 'is_true' },
      ]),
      exampleCatalog,
    )
    expect(text).toBe(
      'Users who performed Purchased at least 2 times ever and who did not perform Opened App in the last 40 days and whose total Amount of Purchased is more than $800.00 ever and whose Marketing consent is true',
    )
  })

  it('words the whales-a-week-ago example with time travel', () => {
    const text = describeSegment(
      seg([
        {
          id: 'w',
          kind: 'property',
          property: 'plan',
          operator: 'in',
          value: ['pro', 'enterprise'],
          at: { type: 'ago', duration: { amount: 7, unit: 'day' } },
        },
        { id: 'n', kind: 'property', property: 'plan', operator: 'in', value: ['free', 'starter'] },
        { id: 't', kind: 'tag', tag: 'whale', operator: 'has' },
      ]),
      exampleCatalog,
    )
    expect(text).toBe(
      'Users whose Plan 7 days ago is Pro or Enterprise and whose Plan is Free or Starter and who are tagged Whale',
    )
  })

  it('words nested groups in parentheses, NOT, and skips disabled nodes', () => {
    const text = describeSegment(
      seg([
        {
          id: 'g',
          kind: 'group',
          combinator: 'or',
          negated: true,
          children: [
            { id: 'l', kind: 'list', list: 'beta', operator: 'in' },
            { id: 'x', kind: 'tag', tag: 'influencer', operator: 'not_has' },
          ],
        },
        { id: 'off', kind: 'list', list: 'vip', operator: 'in', disabled: true },
      ]),
      exampleCatalog,
    )
    expect(text).toBe('Users excluding those (who are in the list Beta testers or who are not tagged Influencer)')
  })

  it('words a sequence with a negated step and gaps', () => {
    const text = one({
      id: 's',
      kind: 'sequence',
      window: last(30),
      within: { amount: 7, unit: 'day' },
      steps: [
        { id: 'a', event: 'added_to_cart', filters: [{ id: 'f', property: 'price', operator: 'gt', value: 50 }] },
        { id: 'b', event: 'purchased', filters: [], negated: true, maxGap: { amount: 1, unit: 'day' } },
        { id: 'c', event: 'sent_ticket', filters: [] },
      ],
    })
    expect(text).toBe(
      'who did Added to Cart where Price is more than $50.00, then did not do Purchased within 1 day, then Sent Ticket, all within 7 days, in the last 30 days',
    )
  })

  it('words every event form', () => {
    const ev = (
      form: SegmentNode & { kind: 'event' } extends infer T ? (T extends { form: infer F } ? F : never) : never,
    ) => one({ id: 'e', kind: 'event', event: 'opened_app', filters: [], form })
    expect(
      ev({ type: 'performed', window: { type: 'between', from: '2026-11-27T00:00:00Z', to: '2026-12-04T00:00:00Z' } }),
    ).toBe('who performed Opened App from Nov 27, 2026 to Dec 4, 2026')
    expect(ev({ type: 'first_time', window: last(7) })).toBe(
      'who performed Opened App for the first time in the last 7 days',
    )
    expect(ev({ type: 'last_time', window: { type: 'before', duration: { amount: 40, unit: 'day' } } })).toBe(
      'who last performed Opened App more than 40 days ago',
    )
    expect(ev({ type: 'stopped', baseline: { amount: 30, unit: 'day' }, recent: { amount: 14, unit: 'day' } })).toBe(
      'who stopped performing Opened App: not in the last 14 days, but in the 30 days before',
    )
    expect(ev({ type: 'restarted', inactive: { amount: 30, unit: 'day' }, recent: { amount: 7, unit: 'day' } })).toBe(
      'who performed Opened App again in the last 7 days after 30 days without it',
    )
    expect(ev({ type: 'regularly', period: { amount: 1, unit: 'week' }, periods: 4, minPeriods: 3 })).toBe(
      'who performed Opened App in at least 3 of the last 4 periods of 1 week',
    )
    expect(
      ev({
        type: 'measure',
        measure: { fn: 'active_days' },
        comparison: 'between',
        value: 2,
        value2: 5,
        window: last(14),
      }),
    ).toBe('whose number of active days of Opened App is between 2 and 5 in the last 14 days')
  })

  it('words related conditions in both directions', () => {
    expect(
      one({
        id: 'r',
        kind: 'related',
        relation: 'account',
        match: { type: 'any' },
        root: {
          id: 'g',
          kind: 'group',
          combinator: 'and',
          children: [{ id: 'a', kind: 'property', property: 'arr', operator: 'gte', value: 100000 }],
        },
      }),
    ).toBe('who have an Account whose ARR is at least $100,000.00')
    expect(
      describeNode(
        {
          id: 'r',
          kind: 'related',
          relation: 'users',
          match: { type: 'count', comparison: 'gte', value: 5 },
          root: {
            id: 'g',
            kind: 'group',
            combinator: 'and',
            children: [
              {
                id: 'e',
                kind: 'event',
                event: 'opened_app',
                filters: [],
                form: { type: 'performed', window: last(7) },
              },
            ],
          },
        },
        exampleCatalog,
        'account',
      ),
    ).toBe('who have at least 5 Users who performed Opened App in the last 7 days')
  })

  it('words an empty segment, an unknown node, unknown catalog ids and asOf', () => {
    expect(describeSegment(seg([]), exampleCatalog)).toBe('All users')
    expect(describeSegment(seg([{ id: 'o', kind: 'opaque', reason: 'unknown_kind', raw: {} }]), exampleCatalog)).toBe(
      'Users who match an unknown condition',
    )
    expect(one({ id: 'p', kind: 'property', property: 'shoe_size', operator: 'gt', value: 9 })).toBe(
      'whose shoe_size is more than 9',
    )
    expect(
      describeSegment(
        seg([{ id: 'l', kind: 'list', list: 'beta', operator: 'in' }], { asOf: '2026-11-01T00:00:00Z' }),
        exampleCatalog,
      ),
    ).toBe('Users who are in the list Beta testers (as of Nov 1, 2026)')
  })

  it('takes replacement messages and a locale for another language', () => {
    const text = describeSegment(
      seg([{ id: 'p', kind: 'property', property: 'ltv', operator: 'gt', value: 1234.5 }]),
      exampleCatalog,
      {
        locale: 'de-DE',
        messages: {
          segment: (plural, body) => `${plural}, ${body}`,
          property: (label, predicate) => `deren ${label} ${predicate}`,
          operator: (operator, value) => (operator === 'gt' ? `größer als ${value} ist` : value),
        },
      },
    )
    // Intl separates the currency sign with a no-break space.
    expect(text).toMatch(/^Users, deren Lifetime value größer als 1\.234,50\s\$ ist$/)
  })
})
