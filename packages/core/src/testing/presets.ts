/**
 * Ready-made segments over the example catalog, written from the product
 * examples. The demo offers them as presets; the differential tests run them
 * on the evaluator and on every SQL engine.
 */
import type { Group, Segment, SegmentNode } from '../model/segment.ts'
import type { Duration } from '../model/time.ts'
import { blackFriday, DAY_MS } from './fixture-time.ts'

/** A named segment of the example catalog. */
export interface PresetSegment {
  /** Stable id (also the segment's id). */
  id: string
  /** Short name for a menu. */
  name: string
  /** One sentence on who is in it. */
  description: string
  segment: Segment
}

const days = (amount: number): Duration => ({ amount, unit: 'day' })
const iso = (ms: number): string => new Date(ms).toISOString()

/** Black Friday week of the fixtures' year (2026): `[Fri 27 Nov, Fri 4 Dec)`. */
const BF_START = blackFriday(2026)
const BF_END = BF_START + 7 * DAY_MS

function preset(
  id: string,
  name: string,
  description: string,
  entity: string,
  children: SegmentNode[],
  combinator: Group['combinator'] = 'and',
): PresetSegment {
  return {
    id,
    name,
    description,
    segment: {
      version: 1,
      id,
      name,
      description,
      entity,
      root: { id: `${id}_root`, kind: 'group', combinator, children },
    },
  }
}

/** The product examples as segments of `exampleCatalog`. */
export const presetSegments: readonly PresetSegment[] = [
  preset(
    'loyal_lapsed_buyers',
    'Lapsed big spenders with consent',
    'Purchased more than once, spent over $800 in total, have not opened the app in 40 days, and agreed to marketing.',
    'user',
    [
      {
        id: 'llb_purchases',
        kind: 'event',
        event: 'purchased',
        filters: [],
        form: { type: 'measure', measure: { fn: 'count' }, comparison: 'gte', value: 2, window: { type: 'ever' } },
      },
      {
        id: 'llb_not_visited',
        kind: 'event',
        event: 'opened_app',
        filters: [],
        form: { type: 'not_performed', window: { type: 'last', duration: days(40) } },
      },
      {
        id: 'llb_total',
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
      { id: 'llb_consent', kind: 'property', property: 'marketing_consent', operator: 'is_true' },
    ],
  ),
  preset(
    'downgraded_whales',
    'Whales who downgraded',
    'Were on Pro or Enterprise a week ago and are on Free or Starter now.',
    'user',
    [
      {
        id: 'dw_was_whale',
        kind: 'property',
        property: 'plan',
        operator: 'in',
        value: ['pro', 'enterprise'],
        at: { type: 'ago', duration: days(7) },
      },
      { id: 'dw_now', kind: 'property', property: 'plan', operator: 'in', value: ['free', 'starter'] },
    ],
  ),
  preset(
    'black_friday_buyers',
    'Black Friday buyers',
    'Bought during Black Friday week 2026, had opened the app in the month before it, and came back after it.',
    'user',
    [
      {
        id: 'bf_bought',
        kind: 'event',
        event: 'purchased',
        filters: [],
        form: { type: 'performed', window: { type: 'between', from: iso(BF_START), to: iso(BF_END) } },
      },
      {
        id: 'bf_before',
        kind: 'event',
        event: 'opened_app',
        filters: [],
        form: { type: 'performed', window: { type: 'between', from: iso(BF_START - 30 * DAY_MS), to: iso(BF_START) } },
      },
      {
        id: 'bf_after',
        kind: 'event',
        event: 'opened_app',
        filters: [],
        form: { type: 'performed', window: { type: 'between', from: iso(BF_END), to: iso(BF_END + 365 * DAY_MS) } },
      },
    ],
  ),
  preset(
    'power_users',
    'Power users',
    'Opened the app in each of the last 4 weeks and on at least 10 different days of the last 30.',
    'user',
    [
      {
        id: 'pu_weekly',
        kind: 'event',
        event: 'opened_app',
        filters: [],
        form: { type: 'regularly', period: { amount: 1, unit: 'week' }, periods: 4, minPeriods: 4 },
      },
      {
        id: 'pu_days',
        kind: 'event',
        event: 'opened_app',
        filters: [],
        form: {
          type: 'measure',
          measure: { fn: 'active_days' },
          comparison: 'gte',
          value: 10,
          window: { type: 'last', duration: days(30) },
        },
      },
    ],
  ),
  preset('casual_users', 'Casual users', 'Opened the app on 1 to 5 different days of the last 30.', 'user', [
    {
      id: 'cu_days',
      kind: 'event',
      event: 'opened_app',
      filters: [],
      form: {
        type: 'measure',
        measure: { fn: 'active_days' },
        comparison: 'between',
        value: 1,
        value2: 5,
        window: { type: 'last', duration: days(30) },
      },
    },
  ]),
  preset(
    'at_risk_users',
    'At-risk users',
    'Opened the app in the 60 days before the last 30, but not in the last 30 days.',
    'user',
    [
      {
        id: 'ar_stopped',
        kind: 'event',
        event: 'opened_app',
        filters: [],
        form: { type: 'stopped', baseline: days(60), recent: days(30) },
      },
    ],
  ),
  preset(
    'activation_sequence',
    '3-step activation',
    'Signed up, then opened the app, then purchased, all within 7 days.',
    'user',
    [
      {
        id: 'act_steps',
        kind: 'sequence',
        window: { type: 'ever' },
        within: days(7),
        steps: [
          { id: 'act_signed_up', event: 'signed_up', filters: [] },
          { id: 'act_opened', event: 'opened_app', filters: [] },
          { id: 'act_purchased', event: 'purchased', filters: [] },
        ],
      },
    ],
  ),
  preset(
    'cart_abandoners',
    'Cart abandoners',
    'Viewed a product, then added to the cart in the last 30 days, and did not purchase within a day after.',
    'user',
    [
      {
        id: 'ca_steps',
        kind: 'sequence',
        window: { type: 'last', duration: days(30) },
        steps: [
          { id: 'ca_viewed', event: 'viewed_product', filters: [] },
          { id: 'ca_cart', event: 'added_to_cart', filters: [] },
          { id: 'ca_no_purchase', event: 'purchased', filters: [], negated: true, maxGap: days(1) },
        ],
      },
    ],
  ),
  preset(
    'enterprise_arr_accounts',
    'Accounts: ARR ≥ $50k',
    'Accounts whose annual recurring revenue is at least $50,000.',
    'account',
    [{ id: 'ea_arr', kind: 'property', property: 'arr', operator: 'gte', value: 50_000 }],
  ),
  preset(
    'mid_market_arr_accounts',
    'Accounts: ARR $10k–$50k',
    'Accounts whose annual recurring revenue is between $10,000 and $49,999.',
    'account',
    [{ id: 'mm_arr', kind: 'property', property: 'arr', operator: 'between', value: [10_000, 49_999] }],
  ),
  preset(
    'small_arr_accounts',
    'Accounts: ARR < $10k',
    'Accounts whose annual recurring revenue is below $10,000 (or unknown).',
    'account',
    [
      { id: 'sa_arr', kind: 'property', property: 'arr', operator: 'lt', value: 10_000 },
      { id: 'sa_unknown', kind: 'property', property: 'arr', operator: 'is_not_set' },
    ],
    'or',
  ),
  preset(
    'users_of_big_accounts',
    'Users of $50k+ accounts',
    'Users whose account has an ARR of at least $50,000 and who opened the app in the last 7 days.',
    'user',
    [
      {
        id: 'uba_account',
        kind: 'related',
        relation: 'account',
        match: { type: 'any' },
        root: {
          id: 'uba_account_root',
          kind: 'group',
          combinator: 'and',
          children: [{ id: 'uba_arr', kind: 'property', property: 'arr', operator: 'gte', value: 50_000 }],
        },
      },
      {
        id: 'uba_active',
        kind: 'event',
        event: 'opened_app',
        filters: [],
        form: { type: 'performed', window: { type: 'last', duration: days(7) } },
      },
    ],
  ),
]
