import { describe, expect, it } from 'vitest'
import { SegmentError } from '../errors.ts'
import { deMessages } from '../i18n/de.ts'
import type { Segment, SegmentNode } from '../model/segment.ts'
import { createCondition } from '../ops/create.ts'
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
    expect(text).toBe('Users who had at least 3 “Purchased” events in the last 30 days and whose Plan is Pro')
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
      'Users who had at least 2 “Purchased” events at any time and who had no “Opened App” event in the last 40 days and whose total Amount over “Purchased” events at any time is more than $800 and whose Marketing consent is true',
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
      'Users whose Plan 7 days ago was one of Pro or Enterprise and whose Plan is one of Free or Starter and tagged Whale',
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
    expect(text).toBe('Users excluding those (in the list Beta testers or not tagged Influencer)')
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
      'who had the events “Added to Cart” where Price is more than $50, then no “Purchased” within 1 day after it (that time is over), then “Sent Ticket”, all within 7 days, each step that happened in the last 30 days',
    )
  })

  it('words every event form', () => {
    const ev = (
      form: SegmentNode & { kind: 'event' } extends infer T ? (T extends { form: infer F } ? F : never) : never,
    ) => one({ id: 'e', kind: 'event', event: 'opened_app', filters: [], form })
    expect(
      ev({ type: 'performed', window: { type: 'between', from: '2026-11-27T00:00:00Z', to: '2026-12-04T00:00:00Z' } }),
    ).toBe('who had at least one “Opened App” event on or after Nov 27, 2026 and before Dec 4, 2026')
    expect(ev({ type: 'first_time', window: last(7) })).toBe('whose first “Opened App” event was in the last 7 days')
    expect(ev({ type: 'last_time', window: { type: 'before', duration: { amount: 40, unit: 'day' } } })).toBe(
      'whose last “Opened App” event was more than 40 days ago',
    )
    expect(ev({ type: 'stopped', baseline: { amount: 30, unit: 'day' }, recent: { amount: 14, unit: 'day' } })).toBe(
      'who had “Opened App” events in the 30 days before the last 14 days, but none in the last 14 days',
    )
    expect(ev({ type: 'restarted', inactive: { amount: 30, unit: 'day' }, recent: { amount: 7, unit: 'day' } })).toBe(
      'who had at least one “Opened App” event in the last 7 days after none in the 30 days before, and one earlier',
    )
    expect(ev({ type: 'regularly', period: { amount: 1, unit: 'week' }, periods: 4, minPeriods: 3 })).toBe(
      'who had “Opened App” events in at least 3 of the last 4 periods of 1 week',
    )
    expect(
      ev({ type: 'regularly', period: { amount: 1, unit: 'week' }, periods: 6, minPeriods: 4, minPerPeriod: 3 }),
    ).toBe('who had at least 3 “Opened App” events in each of at least 4 of the last 6 periods of 1 week')
    expect(
      ev({
        type: 'measure',
        measure: { fn: 'active_days' },
        comparison: 'between',
        value: 2,
        value2: 5,
        window: last(14),
      }),
    ).toBe('who had “Opened App” events on between 2 and 5 different days (UTC) in the last 14 days')
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
    ).toBe('who have an Account whose ARR is at least $100,000')
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
    ).toBe('who have at least 5 Users who had at least one “Opened App” event in the last 7 days')
  })

  it('words an empty segment, an unknown node, unknown catalog ids and asOf', () => {
    expect(describeSegment(seg([]), exampleCatalog)).toBe('All users')
    expect(describeSegment(seg([{ id: 'o', kind: 'opaque', reason: 'unknown_kind', raw: {} }]), exampleCatalog)).toBe(
      'Users matching an unknown condition',
    )
    expect(one({ id: 'p', kind: 'property', property: 'shoe_size', operator: 'gt', value: 9 })).toBe(
      'whose shoe_size is more than 9',
    )
    expect(
      describeSegment(
        seg([{ id: 'l', kind: 'list', list: 'beta', operator: 'in' }], { asOf: '2026-11-01T00:00:00Z' }),
        exampleCatalog,
      ),
    ).toBe('Users in the list Beta testers (as of Nov 1, 2026)')
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

describe('describeSegment says exactly what the segment selects (issue #13, "Wrong words")', () => {
  const pro = { id: 'p', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' } as const
  const beta = { id: 'b', kind: 'list', list: 'beta', operator: 'in' } as const
  const whale = { id: 'w', kind: 'tag', tag: 'whale', operator: 'has' } as const
  const orGroup = (id: string, children: SegmentNode[], negated = false): SegmentNode => ({
    id,
    kind: 'group',
    combinator: 'or',
    ...(negated ? { negated: true } : {}),
    children,
  })

  it('given an OR root with no active child, then it reads "No users", not "All users"', () => {
    const s = seg([{ ...beta, disabled: true }])
    expect(describeSegment({ ...s, root: { ...s.root, combinator: 'or' } }, exampleCatalog)).toBe('No users')
  })

  it('given "Plan is Pro" and an empty OR group, then it reads "No users", unlike "Plan is Pro" alone', () => {
    const nobody = describeSegment(seg([pro, orGroup('g', [])]), exampleCatalog)
    expect(nobody).toBe('No users')
    expect(nobody).not.toBe(describeSegment(seg([pro]), exampleCatalog))
  })

  it('given a NOT over an empty AND group, then no dangling "excluding those" is left', () => {
    const text = describeSegment(
      seg([pro, { id: 'n', kind: 'group', combinator: 'and', negated: true, children: [] }]),
      exampleCatalog,
    )
    expect(text).toBe('No users')
    const kept = describeSegment(seg([pro, orGroup('n', [], true)]), exampleCatalog)
    expect(kept).toBe('Users whose Plan is Pro')
  })

  it('given NOT (A and B), then the NOT covers both, bracketed', () => {
    const text = describeSegment(
      seg([{ id: 'n', kind: 'group', combinator: 'and', negated: true, children: [beta, whale] }]),
      exampleCatalog,
    )
    expect(text).toBe('Users excluding those (in the list Beta testers and tagged Whale)')
    const inside = describeSegment(
      seg([pro, { id: 'n', kind: 'group', combinator: 'and', negated: true, children: [beta, whale] }]),
      exampleCatalog,
    )
    expect(inside).toBe('Users whose Plan is Pro and (excluding those (in the list Beta testers and tagged Whale))')
  })

  it('words events as events, not "performed Purchased"', () => {
    const text = one({
      id: 'e',
      kind: 'event',
      event: 'purchased',
      filters: [],
      form: { type: 'performed', window: last(7) },
    })
    expect(text).toBe('who had at least one “Purchased” event in the last 7 days')
    expect(text).not.toContain('performed')
  })

  it('words a past value in the past tense after its time: "whose Plan on Jan 1, 2026 was Pro"', () => {
    expect(one({ ...pro, at: { type: 'absolute', value: '2026-01-01T00:00:00Z' } })).toBe(
      'whose Plan on Jan 1, 2026 was Pro',
    )
    expect(one({ ...pro, at: { type: 'absolute', value: '2026-01-01T09:30:00Z' } })).toBe(
      'whose Plan at Jan 1, 2026, 9:30 AM UTC was Pro',
    )
  })

  it('says that the end of an absolute window is not included', () => {
    const text = one({
      id: 'e',
      kind: 'event',
      event: 'opened_app',
      filters: [],
      form: {
        type: 'performed',
        window: { type: 'between', from: '2026-08-24T00:00:00Z', to: '2026-10-23T00:00:00Z' },
      },
    })
    expect(text).toBe('who had at least one “Opened App” event on or after Aug 24, 2026 and before Oct 23, 2026')
  })

  it('words related conditions without "have an Users", and says an account without users matches ALL', () => {
    const users = (type: 'any' | 'all' | 'none') =>
      describeNode(
        {
          id: 'r',
          kind: 'related',
          relation: 'users',
          match: { type },
          root: { id: 'g', kind: 'group', combinator: 'and', children: [pro] },
        },
        exampleCatalog,
        'account',
      )
    expect(users('any')).toBe('who have at least one User whose Plan is Pro')
    expect(users('all')).toBe('who have no Users or only Users whose Plan is Pro')
    expect(users('none')).toBe('who have no User whose Plan is Pro')
  })

  it('says that a negative operator also matches a missing value', () => {
    expect(one({ id: 'p', kind: 'property', property: 'plan', operator: 'neq', value: 'pro' })).toBe(
      'whose Plan is not Pro (or is not set)',
    )
  })

  it('words a disabled-only nested OR group inside an OR root as no one, and keeps the other part', () => {
    const s = seg([beta, orGroup('g', [{ ...whale, disabled: true }])])
    expect(describeSegment({ ...s, root: { ...s.root, combinator: 'or' } }, exampleCatalog)).toBe(
      'Users in the list Beta testers',
    )
  })
})

describe('describeSegment given a segment nested beyond every limit', () => {
  it('throws SegmentError (max_depth), not a RangeError', () => {
    let root: SegmentNode = { id: 'leaf', kind: 'property', property: 'age', operator: 'gt', value: 1 }
    for (let i = 0; i < 20_000; i++) root = { id: `g${i}`, kind: 'group', combinator: 'and', children: [root] }
    const segment = { version: 1, id: 'd', name: 'd', entity: 'user', root } as Segment
    expect(() => describeSegment(segment, exampleCatalog)).toThrow(SegmentError)
    try {
      describeSegment(segment, exampleCatalog)
    } catch (error) {
      expect((error as SegmentError).issues.map((i) => i.code)).toContain('max_depth')
    }
  })
})

describe('describeSegment of half-made conditions (issue 17: "whose Age is" with nothing after it)', () => {
  const catalog = exampleCatalog
  const create = (kind: Parameters<typeof createCondition>[0]) => {
    const node = createCondition(kind, { entity: 'user', catalog })
    if (!node) throw new Error(`cannot create ${kind}`)
    return node
  }

  it('given a property chosen but no value, then the value reads "…"', () => {
    expect(one({ id: 'a', kind: 'property', property: 'age', operator: 'eq' })).toBe('whose Age is …')
    expect(one({ id: 'a', kind: 'property', property: 'plan', operator: 'in', value: [] })).toBe(
      'whose Plan is one of …',
    )
  })

  it('given a value given, then nothing reads "…" (presence tests have no value)', () => {
    expect(one({ id: 'a', kind: 'property', property: 'age', operator: 'eq', value: 0 })).toBe('whose Age is 0')
    expect(one({ id: 'a', kind: 'property', property: 'email', operator: 'is_set' })).not.toContain('…')
  })

  it.each([
    ['property', 'Users whose … is …'],
    ['event', 'Users who had at least one … event in the last 30 days'],
    ['list', 'Users in the list …'],
    ['tag', 'Users tagged …'],
    ['segment', 'Users in the segment …'],
    ['sequence', 'Users who had the events …, then …, each step that happened in the last 30 days'],
  ] as const)(
    'given a new %s condition, then every missing choice reads "…" (no empty quotes, no dangling words)',
    (kind, text) => {
      expect(describeSegment(seg([create(kind)]), catalog)).toBe(text)
    },
  )

  it('given German words, then the missing parts read "…" too', () => {
    expect(
      describeSegment(seg([{ id: 'a', kind: 'property', property: 'age', operator: 'eq' }]), catalog, {
        messages: deMessages.describe,
        locale: 'de-DE',
      }),
    ).toBe('Users, deren Age … ist')
  })
})

describe('a sequence step of any event', () => {
  it('reads as a noun of its own: "any event" when it happened, "no event" when it did not (EN and DE)', () => {
    const node: SegmentNode = {
      id: 'q',
      kind: 'sequence',
      window: { type: 'ever' },
      steps: [
        { id: 'a', event: { any: true }, filters: [] },
        { id: 'b', event: 'purchased', filters: [] },
        { id: 'c', event: { any: true }, filters: [], negated: true, maxGap: { amount: 7, unit: 'day' } },
      ],
    }
    expect(one(node)).toBe(
      'who had the events any event, then “Purchased”, then no event within 7 days after it (that time is over)',
    )
    expect(describeNode(node, exampleCatalog, 'user', { messages: deMessages.describe })).toContain(
      'ein beliebiges Ereignis, dann „Purchased“, dann kein Ereignis innerhalb von 7 Tagen',
    )
  })
})
