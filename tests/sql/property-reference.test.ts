// @vitest-environment node
/**
 * A property compared with another property of the same entity, on the three engines (parameterized
 * and inline) and the reference evaluator, with hand-computed members: numbers with every order
 * operator, datetimes with signed offsets ("signed up + 7 days"), text and enum equality with and
 * without ignoreCase, booleans, missing values on either side (false, and `neq` true), property
 * history read at the same instant on both sides (`at`, asOf in the past).
 */
import type { Catalog, SegmentData } from '../../packages/core/src/index.ts'
import { DAY, prop, runCases, type SqlCase, seg, T } from './harness.ts'
import { runMariadbCases } from './mariadb-cases.ts'

const catalog: Catalog = {
  entities: [
    {
      id: 'user',
      label: 'User',
      properties: [
        { id: 'spend', label: 'Spend', type: 'number', history: true },
        { id: 'budget', label: 'Budget', type: 'number' },
        { id: 'signed_up', label: 'Signed up', type: 'datetime' },
        { id: 'last_seen', label: 'Last seen', type: 'datetime' },
        { id: 'first_name', label: 'First name', type: 'string' },
        { id: 'last_name', label: 'Last name', type: 'string' },
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
        {
          id: 'trial_plan',
          label: 'Trial plan',
          type: 'enum',
          options: [
            { value: 'free', label: 'Free' },
            { value: 'pro', label: 'Pro' },
          ],
        },
        { id: 'subscribed', label: 'Subscribed', type: 'boolean' },
        { id: 'verified', label: 'Verified', type: 'boolean' },
      ],
    },
  ],
  events: [],
}

// r1: spends over budget, seen 3 days after signing up; r2: under budget, seen 30 days after;
// r3: equal, seen exactly 7 days after; r4: budget and last_seen missing; r5: nothing at all.
const data: SegmentData = {
  entities: {
    user: [
      {
        id: 'r1',
        spend: 120,
        budget: 100,
        signed_up: T - 40 * DAY,
        last_seen: T - 37 * DAY,
        first_name: 'Sam',
        last_name: 'Sam',
        plan: 'pro',
        trial_plan: 'pro',
        subscribed: true,
        verified: true,
      },
      {
        id: 'r2',
        spend: 50,
        budget: 80,
        signed_up: T - 60 * DAY,
        last_seen: T - 30 * DAY,
        first_name: 'Ada',
        last_name: 'ADA',
        plan: 'free',
        trial_plan: 'pro',
        subscribed: false,
        verified: true,
      },
      {
        id: 'r3',
        spend: 70,
        budget: 70,
        signed_up: T - 20 * DAY,
        last_seen: T - 13 * DAY,
        first_name: 'Kent',
        last_name: 'Clark',
        plan: 'free',
        trial_plan: 'free',
        subscribed: false,
        verified: false,
      },
      { id: 'r4', spend: 10, signed_up: T - 5 * DAY, first_name: 'Lee', subscribed: true },
      { id: 'r5' },
    ],
  },
  events: [],
  history: [
    // Ten days ago r2 spent 90 (over its budget of 80) and was on pro (= its trial plan).
    { entity: 'user', entityId: 'r2', property: 'spend', value: 90, from: T - 20 * DAY },
    { entity: 'user', entityId: 'r2', property: 'spend', value: 50, from: T - 5 * DAY },
    { entity: 'user', entityId: 'r2', property: 'plan', value: 'pro', from: T - 20 * DAY },
    { entity: 'user', entityId: 'r2', property: 'plan', value: 'free', from: T - 5 * DAY },
  ],
}

const ref = (property: string, offset?: { amount: number; unit: 'day' | 'hour' }) => ({
  type: 'property' as const,
  property,
  ...(offset ? { offset } : {}),
})

const c = (name: string, node: Parameters<typeof seg>[0][number], expected: string[], asOf?: number): SqlCase => ({
  name,
  segment: seg([node]),
  expected,
  ...(asOf === undefined ? {} : { asOf }),
})

const cases: SqlCase[] = [
  c('spend above budget', prop('spend', 'gt', ref('budget')), ['r1']),
  c('spend at least budget', prop('spend', 'gte', ref('budget')), ['r1', 'r3']),
  c('spend below budget', prop('spend', 'lt', ref('budget')), ['r2']),
  c('spend at most budget', prop('spend', 'lte', ref('budget')), ['r2', 'r3']),
  c('spend equals budget', prop('spend', 'eq', ref('budget')), ['r3']),
  // neq is the negation of eq: r4 (no budget) and r5 (nothing) are in, as `neq` with a value matches a missing value.
  c('spend differs from budget (missing sides match)', prop('spend', 'neq', ref('budget')), ['r1', 'r2', 'r4', 'r5']),
  c(
    'last seen before signed up + 7 days (the 7th day itself is not before)',
    prop('last_seen', 'before', ref('signed_up', { amount: 7, unit: 'day' })),
    ['r1'],
  ),
  c('last seen after signed up + 7 days', prop('last_seen', 'after', ref('signed_up', { amount: 7, unit: 'day' })), [
    'r2',
  ]),
  c(
    'last seen after signed up + 167 hours (an offset in hours)',
    prop('last_seen', 'after', ref('signed_up', { amount: 167, unit: 'hour' })),
    ['r2', 'r3'],
  ),
  c(
    'signed up after last seen − 10 days (a negative offset)',
    prop('signed_up', 'after', ref('last_seen', { amount: -10, unit: 'day' })),
    ['r1', 'r3'],
  ),
  c('last seen after signed up, no offset', prop('last_seen', 'after', ref('signed_up')), ['r1', 'r2', 'r3']),
  c('first name equals last name', prop('first_name', 'eq', ref('last_name')), ['r1']),
  c('first name equals last name ignoring case', prop('first_name', 'eq', ref('last_name'), { ignoreCase: true }), [
    'r1',
    'r2',
  ]),
  c('first name differs from last name', prop('first_name', 'neq', ref('last_name')), ['r2', 'r3', 'r4', 'r5']),
  c('plan equals trial plan (enum with enum)', prop('plan', 'eq', ref('trial_plan')), ['r1', 'r3']),
  c('first name equals plan (string with enum)', prop('first_name', 'eq', ref('plan')), []),
  c('subscribed equals verified', prop('subscribed', 'eq', ref('verified')), ['r1', 'r3']),
  c('subscribed differs from verified', prop('subscribed', 'neq', ref('verified')), ['r2', 'r4', 'r5']),
  c(
    'spend above budget ten days ago: both read at the same past time (history on the left)',
    prop('spend', 'gt', ref('budget'), { at: { type: 'ago', duration: { amount: 10, unit: 'day' } } }),
    ['r1', 'r2'],
  ),
  c(
    'trial plan equals plan ten days ago: history on the right side is read at `at` too',
    prop('trial_plan', 'eq', ref('plan'), { at: { type: 'ago', duration: { amount: 10, unit: 'day' } } }),
    ['r1', 'r2', 'r3'],
  ),
  c('spend above budget with asOf ten days ago', prop('spend', 'gt', ref('budget')), ['r1', 'r2'], T - 10 * DAY),
  c('a property compared with itself is true where it is set', prop('budget', 'eq', ref('budget')), ['r1', 'r2', 'r3']),
]

runCases(catalog, data, cases)

runMariadbCases(catalog, data, cases)
