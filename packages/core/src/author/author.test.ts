import { describe, expect, expectTypeOf, it } from 'vitest'
import type { Catalog } from '../catalog/schema.ts'
import { SegmentError } from '../errors.ts'
import type { Segment } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { validateSegment } from '../validate/validate-segment.ts'
import { author, defineSegment, type EventArg, type PropertyIdOf, type ReadonlyCatalog, userSegment } from './index.ts'

/** A small B2B catalog written `as const`: the types below are inferred from it. */
const shopCatalog = {
  entities: [
    {
      id: 'user',
      label: 'User',
      properties: [
        { id: 'email', label: 'Email', type: 'string' },
        {
          id: 'plan',
          label: 'Plan',
          type: 'enum',
          history: true,
          options: [
            { value: 'free', label: 'Free' },
            { value: 'pro', label: 'Pro' },
          ],
        },
        { id: 'ltv', label: 'Lifetime value', type: 'number', history: true },
        { id: 'consent', label: 'Consent', type: 'boolean' },
        { id: 'signed_up', label: 'Signed up', type: 'datetime' },
        { id: 'interests', label: 'Interests', type: 'string[]' },
        { id: 'account_id', label: 'Account id', type: 'string' },
      ],
      relations: [
        { id: 'account', label: 'Account', target: 'account', type: 'many_to_one', foreignKey: 'account_id' },
      ],
    },
    {
      id: 'account',
      label: 'Account',
      properties: [
        { id: 'seats', label: 'Seats', type: 'number' },
        {
          id: 'tier',
          label: 'Tier',
          type: 'enum',
          options: [
            { value: 'smb', label: 'SMB' },
            { value: 'ent', label: 'Enterprise' },
          ],
        },
      ],
      relations: [{ id: 'users', label: 'Users', target: 'user', type: 'one_to_many', foreignKey: 'account_id' }],
    },
  ],
  events: [
    {
      id: 'purchased',
      label: 'Purchased',
      properties: [
        { id: 'amount', label: 'Amount', type: 'number' },
        { id: 'sku', label: 'SKU', type: 'string' },
      ],
    },
    { id: 'viewed_product', label: 'Viewed a product', properties: [{ id: 'sku', label: 'SKU', type: 'string' }] },
    { id: 'added_to_cart', label: 'Added to cart', properties: [{ id: 'sku', label: 'SKU', type: 'string' }] },
    { id: 'app_opened', label: 'Opened the app', properties: [] },
  ],
  lists: [{ id: 'beta', label: 'Beta testers', entity: 'user' }],
  tags: [{ id: 'vip', label: 'VIP', entity: 'user' }],
  segments: [
    {
      id: 'whales',
      label: 'Whales',
      definition: {
        version: 1,
        id: 'whales',
        name: 'Whales',
        entity: 'user',
        root: {
          id: 'w',
          kind: 'group',
          combinator: 'and',
          children: [{ id: 'w1', kind: 'property', property: 'ltv', operator: 'gt', value: 1000 }],
        },
      },
    },
  ],
} as const satisfies ReadonlyCatalog

const catalog = shopCatalog as unknown as Catalog

describe('writing a segment in code', () => {
  // The example with a viewing step first: validation asks for two positive steps.
  it('given the example from the issue, when it is written, then it is the hand-written JSON and valid', () => {
    const segment = userSegment(
      shopCatalog,
      ({ and, prop, performed, sequence, step, notStep }) =>
        and(
          prop('plan').eq('pro'),
          performed('purchased').atLeast(3).inLast(30, 'day'),
          sequence(step('viewed_product'), step('added_to_cart'), notStep('purchased').within(1, 'day')),
        ),
      { id: 'pro_buyers', name: 'Pro buyers' },
    )
    expect(segment).toEqual({
      version: 1,
      id: 'pro_buyers',
      name: 'Pro buyers',
      entity: 'user',
      root: {
        id: 'g1',
        kind: 'group',
        combinator: 'and',
        children: [
          { id: 'c2', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' },
          {
            id: 'c3',
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
          {
            id: 'c4',
            kind: 'sequence',
            steps: [
              { id: 's5', event: 'viewed_product', filters: [] },
              { id: 's6', event: 'added_to_cart', filters: [] },
              { id: 's7', event: 'purchased', filters: [], negated: true, maxGap: { amount: 1, unit: 'day' } },
            ],
            window: { type: 'ever' },
          },
        ],
      },
    } satisfies Segment)
    expect(validateSegment(segment, catalog)).toEqual([])
  })

  it('given every property type and operator family, then each becomes the predicate JSON the model defines', () => {
    const segment = userSegment(shopCatalog, ({ and, prop, ago }) =>
      and(
        prop('email').endsWith('@acme.com', { ignoreCase: true }),
        prop('email').in(['a@x.io', 'b@x.io']),
        prop('plan').notIn(['free']),
        prop('ltv').between(100, 500),
        prop('ltv').gt(1000).at(ago(7, 'day')),
        prop('plan').eq('pro').at('2026-11-01T00:00:00Z'),
        prop('consent').isTrue(),
        prop('signed_up').after(ago(30, 'day')),
        prop('signed_up').between('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'),
        prop('signed_up').withinLast(2, 'week'),
        prop('interests').hasAll(['golf', 'tennis']),
        prop('email').isNotSet(),
      ),
    )
    expect(segment.root.children).toEqual([
      { id: 'c2', kind: 'property', property: 'email', operator: 'ends_with', value: '@acme.com', ignoreCase: true },
      { id: 'c3', kind: 'property', property: 'email', operator: 'in', value: ['a@x.io', 'b@x.io'] },
      { id: 'c4', kind: 'property', property: 'plan', operator: 'not_in', value: ['free'] },
      { id: 'c5', kind: 'property', property: 'ltv', operator: 'between', value: [100, 500] },
      {
        id: 'c6',
        kind: 'property',
        property: 'ltv',
        operator: 'gt',
        value: 1000,
        at: { type: 'ago', duration: { amount: 7, unit: 'day' } },
      },
      {
        id: 'c7',
        kind: 'property',
        property: 'plan',
        operator: 'eq',
        value: 'pro',
        at: { type: 'absolute', value: '2026-11-01T00:00:00Z' },
      },
      { id: 'c8', kind: 'property', property: 'consent', operator: 'is_true' },
      {
        id: 'c9',
        kind: 'property',
        property: 'signed_up',
        operator: 'after',
        value: { type: 'ago', duration: { amount: 30, unit: 'day' } },
      },
      {
        id: 'c10',
        kind: 'property',
        property: 'signed_up',
        operator: 'between',
        value: [
          { type: 'absolute', value: '2026-01-01T00:00:00Z' },
          { type: 'absolute', value: '2026-02-01T00:00:00Z' },
        ],
      },
      {
        id: 'c11',
        kind: 'property',
        property: 'signed_up',
        operator: 'within_last',
        value: { amount: 2, unit: 'week' },
      },
      { id: 'c12', kind: 'property', property: 'interests', operator: 'has_all', value: ['golf', 'tennis'] },
      { id: 'c13', kind: 'property', property: 'email', operator: 'is_not_set' },
    ])
    expect(validateSegment(segment, catalog)).toEqual([])
  })

  it('given event forms with filters, measures and windows, then each becomes its event condition', () => {
    const segment = userSegment(shopCatalog, (u) =>
      u.or(
        u
          .performed('purchased')
          .where('amount')
          .gt(50)
          .where('sku')
          .startsWith('SHOE')
          .sum('amount')
          .gte(500)
          .betweenAgo(60, 30, 'day'),
        u.performed('purchased').distinct('sku').between(2, 5),
        u.performed('app_opened').activeDays().atLeast(5).inLast(2, 'week'),
        u.notPerformed('app_opened').inLast(40, 'day'),
        u.firstPerformed('purchased').between('2026-11-27T00:00:00Z', '2026-11-28T00:00:00Z'),
        u.lastPerformed('app_opened').before(40, 'day'),
        u.stoppedPerforming('purchased', { recent: [30, 'day'], baseline: [90, 'day'] }),
        u.restartedPerforming('app_opened', { recent: [7, 'day'], inactive: [30, 'day'] }),
        u.performedRegularly('app_opened', { period: [1, 'week'], periods: 4, minPeriods: 3 }),
      ),
    )
    const last30to60 = { type: 'relative_range', start: { amount: 60, unit: 'day' }, end: { amount: 30, unit: 'day' } }
    expect(segment.root).toEqual({
      id: 'g1',
      kind: 'group',
      combinator: 'or',
      children: [
        {
          id: 'c2',
          kind: 'event',
          event: 'purchased',
          filters: [
            { id: 'f3', property: 'amount', operator: 'gt', value: 50 },
            { id: 'f4', property: 'sku', operator: 'starts_with', value: 'SHOE' },
          ],
          form: {
            type: 'measure',
            measure: { fn: 'sum', property: 'amount' },
            comparison: 'gte',
            value: 500,
            window: last30to60,
          },
        },
        {
          id: 'c5',
          kind: 'event',
          event: 'purchased',
          filters: [],
          form: {
            type: 'measure',
            measure: { fn: 'distinct', property: 'sku' },
            comparison: 'between',
            value: 2,
            value2: 5,
            window: { type: 'ever' },
          },
        },
        {
          id: 'c6',
          kind: 'event',
          event: 'app_opened',
          filters: [],
          form: {
            type: 'measure',
            measure: { fn: 'active_days' },
            comparison: 'gte',
            value: 5,
            window: { type: 'last', duration: { amount: 2, unit: 'week' } },
          },
        },
        {
          id: 'c7',
          kind: 'event',
          event: 'app_opened',
          filters: [],
          form: { type: 'not_performed', window: { type: 'last', duration: { amount: 40, unit: 'day' } } },
        },
        {
          id: 'c8',
          kind: 'event',
          event: 'purchased',
          filters: [],
          form: {
            type: 'first_time',
            window: { type: 'between', from: '2026-11-27T00:00:00Z', to: '2026-11-28T00:00:00Z' },
          },
        },
        {
          id: 'c9',
          kind: 'event',
          event: 'app_opened',
          filters: [],
          form: { type: 'last_time', window: { type: 'before', duration: { amount: 40, unit: 'day' } } },
        },
        {
          id: 'c10',
          kind: 'event',
          event: 'purchased',
          filters: [],
          form: { type: 'stopped', recent: { amount: 30, unit: 'day' }, baseline: { amount: 90, unit: 'day' } },
        },
        {
          id: 'c11',
          kind: 'event',
          event: 'app_opened',
          filters: [],
          form: { type: 'restarted', recent: { amount: 7, unit: 'day' }, inactive: { amount: 30, unit: 'day' } },
        },
        {
          id: 'c12',
          kind: 'event',
          event: 'app_opened',
          filters: [],
          form: { type: 'regularly', period: { amount: 1, unit: 'week' }, periods: 4, minPeriods: 3 },
        },
      ],
    })
    expect(validateSegment(segment, catalog)).toEqual([])
  })

  it('given a sequence with step filters, gaps, a negated step, a window and within, then it is that sequence', () => {
    const segment = userSegment(shopCatalog, ({ sequence, step, notStep }) =>
      sequence(
        step('added_to_cart').where('sku').eq('SHOE-1'),
        step('purchased').where('amount').gte(100).within(2, 'hour'),
        notStep('app_opened').within(1, 'day'),
      )
        .inLast(30, 'day')
        .within(3, 'day'),
    )
    expect(segment.root.children).toEqual([
      {
        id: 'c2',
        kind: 'sequence',
        steps: [
          {
            id: 's3',
            event: 'added_to_cart',
            filters: [{ id: 'f4', property: 'sku', operator: 'eq', value: 'SHOE-1' }],
          },
          {
            id: 's5',
            event: 'purchased',
            filters: [{ id: 'f6', property: 'amount', operator: 'gte', value: 100 }],
            maxGap: { amount: 2, unit: 'hour' },
          },
          { id: 's7', event: 'app_opened', filters: [], negated: true, maxGap: { amount: 1, unit: 'day' } },
        ],
        window: { type: 'last', duration: { amount: 30, unit: 'day' } },
        within: { amount: 3, unit: 'day' },
      },
    ])
    expect(validateSegment(segment, catalog)).toEqual([])
  })

  it('given a step named with as and a later step sameAs it, then the later step compares with that step', () => {
    const segment = userSegment(shopCatalog, ({ sequence, step, notStep }) =>
      sequence(step('added_to_cart').as('cart'), notStep('purchased').sameAs('sku', 'cart').within(1, 'day')),
    )
    expect(segment.root.children).toEqual([
      {
        id: 'c2',
        kind: 'sequence',
        steps: [
          { id: 'cart', event: 'added_to_cart', filters: [] },
          {
            id: 's3',
            event: 'purchased',
            filters: [
              { id: 'f4', property: 'sku', operator: 'eq', value: { type: 'step', step: 'cart', property: 'sku' } },
            ],
            negated: true,
            maxGap: { amount: 1, unit: 'day' },
          },
        ],
        window: { type: 'ever' },
      },
    ])
    expect(validateSegment(segment, catalog)).toEqual([])
    // Only the event's own properties can be compared: a type error, and validation refuses it.
    expect(() =>
      userSegment(shopCatalog, ({ sequence, step }) =>
        // @ts-expect-error: 'amount' is not a property of added_to_cart
        sequence(step('viewed_product').as('v'), step('added_to_cart').sameAs('amount', 'v')),
      ),
    ).toThrow(SegmentError)
  })

  it('given lists, tags, segments, related entities and nested groups with NOT, disabled and locked, then each is its node', () => {
    const segment = userSegment(shopCatalog, (u) =>
      u.and(
        u.inList('beta'),
        u.notHasTag('vip').disabled(),
        u.notInSegment('whales').locked(),
        u.related('account').any((a) => a.and(a.prop('tier').eq('ent'), a.prop('seats').gte(50))),
        u.not(u.or(u.prop('plan').eq('free'), u.hasTag('vip'))),
        u.not(u.prop('consent').isFalse()),
      ),
    )
    expect(segment.root.children).toEqual([
      { id: 'c2', kind: 'list', list: 'beta', operator: 'in' },
      { id: 'c3', kind: 'tag', tag: 'vip', operator: 'not_has', disabled: true },
      { id: 'c4', kind: 'segment', segment: 'whales', operator: 'not_in', locked: true },
      {
        id: 'c5',
        kind: 'related',
        relation: 'account',
        match: { type: 'any' },
        root: {
          id: 'g6',
          kind: 'group',
          combinator: 'and',
          children: [
            { id: 'c7', kind: 'property', property: 'tier', operator: 'eq', value: 'ent' },
            { id: 'c8', kind: 'property', property: 'seats', operator: 'gte', value: 50 },
          ],
        },
      },
      {
        id: 'g9',
        kind: 'group',
        combinator: 'or',
        negated: true,
        children: [
          { id: 'c10', kind: 'property', property: 'plan', operator: 'eq', value: 'free' },
          { id: 'c11', kind: 'tag', tag: 'vip', operator: 'has' },
        ],
      },
      {
        id: 'g12',
        kind: 'group',
        combinator: 'and',
        negated: true,
        children: [{ id: 'c13', kind: 'property', property: 'consent', operator: 'is_false' }],
      },
    ])
    expect(validateSegment(segment, catalog)).toEqual([])
  })

  it('given an account segment with a count of related users, then the related root is typed for users', () => {
    const segment = defineSegment(
      shopCatalog,
      'account',
      (a) => a.related('users').atLeast(3, (u) => u.performed('app_opened').inLast(7, 'day')),
      { id: 'active_accounts', name: 'Active accounts', description: 'Three users active this week' },
    )
    expect(segment).toEqual({
      version: 1,
      id: 'active_accounts',
      name: 'Active accounts',
      description: 'Three users active this week',
      entity: 'account',
      root: {
        id: 'g1',
        kind: 'group',
        combinator: 'and',
        children: [
          {
            id: 'c2',
            kind: 'related',
            relation: 'users',
            match: { type: 'count', comparison: 'gte', value: 3 },
            root: {
              id: 'g3',
              kind: 'group',
              combinator: 'and',
              children: [
                {
                  id: 'c4',
                  kind: 'event',
                  event: 'app_opened',
                  filters: [],
                  form: { type: 'performed', window: { type: 'last', duration: { amount: 7, unit: 'day' } } },
                },
              ],
            },
          },
        ],
      },
    })
    expect(validateSegment(segment, catalog)).toEqual([])
  })

  it('given a catalog typed only as Catalog, when an id is wrong, then defineSegment throws a SegmentError naming it', () => {
    const write = () => userSegment(exampleCatalog, ({ prop }) => prop('no_such_property').eq('x'))
    expect(write).toThrow(SegmentError)
    expect(write).toThrow(/no_such_property/)
  })

  it('given a builder, then every method returns a new one and the original is unchanged', () => {
    const { performed } = author(shopCatalog, 'user')
    const base = performed('purchased')
    const many = base.atLeast(5)
    expect(base.toNode().form).toEqual({ type: 'performed', window: { type: 'ever' } })
    expect(many.toNode().form).toMatchObject({ type: 'measure', value: 5 })
  })

  it('given custom ids, then the nodes take them', () => {
    let n = 0
    const segment = userSegment(shopCatalog, ({ prop }) => prop('consent').isTrue(), {
      ids: (kind) => `${kind}-${++n}`,
    })
    expect(segment.root).toMatchObject({ id: 'group-1', children: [{ id: 'condition-2' }] })
  })
})

describe('the types of the authoring API, from a const catalog', () => {
  it('completes the ids of the catalog and the option values of an enum', () => {
    const u = author(shopCatalog, 'user')
    expectTypeOf<PropertyIdOf<typeof shopCatalog, 'user'>>().toEqualTypeOf<
      'email' | 'plan' | 'ltv' | 'consent' | 'signed_up' | 'interests' | 'account_id'
    >()
    expectTypeOf(u.prop).parameter(0).toEqualTypeOf<PropertyIdOf<typeof shopCatalog, 'user'>>()
    expectTypeOf(u.prop('plan').eq).parameter(0).toEqualTypeOf<'free' | 'pro'>()
    expectTypeOf(u.performed)
      .parameter(0)
      .toEqualTypeOf<EventArg<'purchased' | 'viewed_product' | 'added_to_cart' | 'app_opened'>>()
    expectTypeOf(u.performed('purchased').where).parameter(0).toEqualTypeOf<'amount' | 'sku'>()
    expectTypeOf(u.performed('purchased').sum).parameter(0).toEqualTypeOf<'amount'>()
    expectTypeOf(u.inList).parameter(0).toEqualTypeOf<'beta'>()
    expectTypeOf(u.hasTag).parameter(0).toEqualTypeOf<'vip'>()
    expectTypeOf(u.inSegment).parameter(0).toEqualTypeOf<'whales'>()
    expectTypeOf(u.related).parameter(0).toEqualTypeOf<'account'>()
  })

  it('rejects unknown ids, wrong value types, enum values that are not options and operators of another type', () => {
    const u = author(shopCatalog, 'user')
    // @ts-expect-error 'tier' is a property of accounts, not of users
    u.prop('tier')
    // @ts-expect-error 'enterprise' is not an option of plan
    u.prop('plan').eq('enterprise')
    // @ts-expect-error ltv is a number
    u.prop('ltv').gt('1000')
    // @ts-expect-error contains is a string operator; ltv is a number
    u.prop('ltv').contains('1')
    // @ts-expect-error isTrue is a boolean operator
    u.prop('email').isTrue()
    // @ts-expect-error no such event
    u.performed('refunded')
    // @ts-expect-error sku is a property of purchased, but not a number: it cannot be summed
    u.performed('purchased').sum('sku')
    // @ts-expect-error added_to_cart has no amount
    u.step('added_to_cart').where('amount')
    // @ts-expect-error no such list
    u.inList('alpha')
    // @ts-expect-error users have no relation 'users'
    u.related('users')
    // @ts-expect-error an account's tier is 'smb' or 'ent'
    u.related('account').any((a) => a.prop('tier').eq('pro'))
    expect(() =>
      // @ts-expect-error no entity type 'team' (and at run time: unknown_entity)
      defineSegment(shopCatalog, 'team', (t) => t.and()),
    ).toThrow(/Unknown entity type 'team'/)
  })

  it('writes any of several events, any event and the n-th time, in conditions and steps', () => {
    const segment = userSegment(shopCatalog, (u) =>
      u.and(
        u
          .performed({ anyOf: ['viewed_product', 'added_to_cart'] })
          .where('sku')
          .startsWith('SHOE')
          .atLeast(3)
          .inLast(30, 'day'),
        u.notPerformed({ any: true }).inLast(7, 'day'),
        u.performedNthTime('purchased', 2, { withinOfFirst: [30, 'day'] }).inLast(30, 'day'),
        u.sequence(u.step({ anyOf: ['viewed_product', 'added_to_cart'] }), u.step('purchased')),
      ),
    )
    expect(validateSegment(segment, catalog).filter((i) => i.severity === 'error')).toEqual([])
    const [sets, none, nth, seq] = segment.root.children
    expect(sets).toMatchObject({
      event: { anyOf: ['viewed_product', 'added_to_cart'] },
      filters: [{ property: 'sku', operator: 'starts_with', value: 'SHOE' }],
      form: { type: 'measure', measure: { fn: 'count' }, comparison: 'gte', value: 3 },
    })
    expect(none).toMatchObject({ event: { any: true }, form: { type: 'not_performed' } })
    expect(nth).toMatchObject({
      event: 'purchased',
      form: {
        type: 'nth_time',
        n: 2,
        withinOfFirst: { amount: 30, unit: 'day' },
        window: { type: 'last', duration: { amount: 30, unit: 'day' } },
      },
    })
    expect(seq).toMatchObject({
      steps: [{ event: { anyOf: ['viewed_product', 'added_to_cart'] } }, { event: 'purchased' }],
    })
  })
})

describe('calendar windows in code', () => {
  it('today, yesterday, this month and the last 3 complete weeks (this one too) in a time zone', () => {
    const segment = userSegment(
      exampleCatalog,
      ({ and, performed }) =>
        and(
          performed('purchased').today(),
          performed('purchased').yesterday(),
          performed('purchased').thisPeriod('month'),
          performed('purchased').lastComplete(3, 'week', { andCurrent: true }),
        ),
      { timeZone: 'Europe/Berlin', weekStart: 'sunday' },
    )
    expect(segment.timeZone).toBe('Europe/Berlin')
    expect(segment.weekStart).toBe('sunday')
    const windows = segment.root.children.map((c) => (c.kind === 'event' && 'window' in c.form ? c.form.window : null))
    expect(windows).toEqual([
      { type: 'calendar', unit: 'day', complete: 0, current: true },
      { type: 'calendar', unit: 'day', complete: 1, current: false },
      { type: 'calendar', unit: 'month', complete: 0, current: true },
      { type: 'calendar', unit: 'week', complete: 3, current: true },
    ])
  })

  it('an unknown time zone is a SegmentError', () => {
    expect(() =>
      userSegment(exampleCatalog, ({ performed }) => performed('purchased').today(), { timeZone: 'Atlantis/Capital' }),
    ).toThrow(/Unknown time zone/)
  })
})
