/**
 * Representative segments for the golden files of the dialects that no test
 * engine runs (MySQL, BigQuery, Snowflake, ClickHouse), and a small formatter
 * that breaks the compiled SQL into lines (never inside a quoted string or
 * identifier) so that a reviewer can read it line by line.
 */
import type { Segment, SegmentNode } from '../../packages/core/src/index.ts'
import { days, event, filter, group, hours, prop, seg, T } from './harness.ts'

export interface GoldenCase {
  name: string
  segment: Segment
  asOf: number | 'now'
  inline?: boolean
}

const purchase = event('purchased', { type: 'performed', window: { type: 'last', duration: days(30) } }, [
  filter('amount', 'gte', 10),
  filter('currency', 'in', ['USD', 'EUR']),
])

const sequence: SegmentNode = {
  id: 'funnel',
  kind: 'sequence',
  window: { type: 'last', duration: days(30) },
  within: days(7),
  steps: [
    { id: 'view', event: 'viewed_product', filters: [filter('category', 'contains', '50%_off', { ignoreCase: true })] },
    { id: 'cart', event: 'added_to_cart', filters: [], maxGap: days(1) },
    { id: 'no_buy', event: 'purchased', filters: [], negated: true, maxGap: hours(24) },
  ],
}

/**
 * Cross-step references: opened the app, viewed a product, added the same product with a gap, did
 * not open the app in between (a blocker without the key), then did not buy that product within a day.
 */
const sameProduct = (step: string) => ({
  id: `same_${step}`,
  property: 'product',
  operator: 'eq' as const,
  value: { type: 'step' as const, step, property: 'product' },
})
const keyedSequence: SegmentNode = {
  id: 'keyed',
  kind: 'sequence',
  window: { type: 'last', duration: days(30) },
  within: days(7),
  steps: [
    { id: 'open', event: 'opened_app', filters: [] },
    { id: 'view', event: 'viewed_product', filters: [] },
    { id: 'no_open', event: 'opened_app', filters: [], negated: true },
    { id: 'cart', event: 'added_to_cart', filters: [sameProduct('view')], maxGap: days(1) },
    { id: 'no_buy', event: 'purchased', filters: [sameProduct('view')], negated: true, maxGap: hours(24) },
  ],
}

const ref = (property: string, offset?: { amount: number; unit: 'day' | 'hour' }) => ({
  type: 'property' as const,
  property,
  ...(offset ? { offset } : {}),
})

/** Comparisons with other properties: plain columns, an offset, ignoreCase, history read at `at`, a computed property. */
const references = seg([
  prop('last_seen_at', 'before', ref('created_at', { amount: 7, unit: 'day' })),
  prop('created_at', 'after', ref('last_seen_at', { amount: -36, unit: 'hour' })),
  prop('name', 'eq', ref('email'), { ignoreCase: true }),
  prop('country', 'neq', ref('plan')),
  prop('marketing_consent', 'eq', ref('marketing_consent')),
  prop('ltv', 'gt', ref('age'), { at: { type: 'ago', duration: days(30) } }),
  prop('revenue_30d', 'gte', ref('ltv')),
])

/** Calendar windows, local active days and calendar weeks in Berlin, weeks from Sunday. */
const calendarSegment: Segment = {
  ...seg([
    event('purchased', { type: 'performed', window: { type: 'calendar', unit: 'month', complete: 0, current: true } }),
    event('opened_app', {
      type: 'measure',
      measure: { fn: 'active_days' },
      comparison: 'gte',
      value: 3,
      window: { type: 'calendar', unit: 'week', complete: 2, current: false },
    }),
    event('opened_app', {
      type: 'regularly',
      period: { amount: 1, unit: 'week' },
      periods: 3,
      minPeriods: 2,
      calendar: true,
    }),
  ]),
  timeZone: 'Europe/Berlin',
  weekStart: 'sunday',
}

/** Any of several events (one count over both), any event, sets in steps, and the n-th time with a limit after the first. */
const eventSets = seg([
  {
    ...event(
      'viewed_product',
      {
        type: 'measure',
        measure: { fn: 'count' },
        comparison: 'gte',
        value: 3,
        window: { type: 'last', duration: days(30) },
      },
      [filter('price', 'gte', 20)],
    ),
    event: { anyOf: ['viewed_product', 'added_to_cart'] },
  },
  { ...event('purchased', { type: 'performed', window: { type: 'last', duration: days(7) } }), event: { any: true } },
  event('purchased', {
    type: 'nth_time',
    n: 2,
    window: { type: 'last', duration: days(30) },
    withinOfFirst: days(30),
  }),
  {
    id: 'set_funnel',
    kind: 'sequence',
    window: { type: 'last', duration: days(30) },
    steps: [
      { id: 'browse', event: { anyOf: ['viewed_product', 'added_to_cart'] }, filters: [] },
      { id: 'buy', event: 'purchased', filters: [] },
      { id: 'no_more', event: { any: true }, filters: [], negated: true, maxGap: days(7) },
    ],
  },
])

export const GOLDEN_CASES: GoldenCase[] = [
  { name: 'calendar-windows', asOf: T, segment: calendarSegment },
  { name: 'calendar-windows-now', asOf: 'now', segment: calendarSegment },
  { name: 'event-sets', asOf: T, segment: eventSets },
  { name: 'property-references', asOf: T, segment: references },
  { name: 'property-references-inline', asOf: T, segment: references, inline: true },
  {
    name: 'properties',
    asOf: T,
    segment: seg([
      prop('email', 'ends_with', '@example.com', { ignoreCase: true }),
      prop('country', 'not_in', ['US', 'DE']),
      prop('age', 'between', [18, 65]),
      prop('marketing_consent', 'is_true'),
      prop('last_seen_at', 'within_last', days(7)),
      prop('interests', 'has_any', ['books', 'tech']),
      prop('interests', 'has_all', ['music']),
      prop('plan', 'eq', 'free', { at: { type: 'ago', duration: days(30) } }),
      prop('revenue_30d', 'gt', 100),
    ]),
  },
  {
    name: 'events',
    asOf: T,
    segment: seg([
      purchase,
      event('purchased', {
        type: 'measure',
        measure: { fn: 'avg', property: 'amount' },
        comparison: 'between',
        value: 20,
        value2: 200,
        window: { type: 'relative_range', start: days(60), end: days(30) },
      }),
      event('viewed_product', {
        type: 'measure',
        measure: { fn: 'distinct', property: 'product' },
        comparison: 'gte',
        value: 3,
        window: { type: 'ever' },
      }),
      event('opened_app', {
        type: 'measure',
        measure: { fn: 'active_days' },
        comparison: 'gte',
        value: 5,
        window: { type: 'between', from: '2026-11-27T00:00:00Z', to: '2026-12-04T00:00:00Z' },
      }),
      event('purchased', { type: 'first_time', window: { type: 'last', duration: days(7) } }),
      event('opened_app', { type: 'stopped', baseline: days(30), recent: days(14) }),
      event('opened_app', { type: 'regularly', period: days(7), periods: 4, minPeriods: 3 }),
    ]),
  },
  { name: 'sequence', asOf: T, segment: seg([sequence]) },
  { name: 'sequence-same-product', asOf: T, segment: seg([keyedSequence]) },
  {
    name: 'computed-values',
    asOf: T,
    segment: seg([
      prop('favorite_category', 'eq', 'Shoes'),
      prop('last_viewed_product', 'neq', 'A', { at: { type: 'ago', duration: days(7) } }),
      prop('viewed_categories', 'has_all', ['Shoes', 'Hats'], { ignoreCase: true }),
      prop('viewed_categories', 'has_none', ['Toys']),
    ]),
  },
  {
    name: 'at-least',
    asOf: T,
    segment: seg([
      group('or', [prop('country', 'eq', 'DE'), prop('age', 'gt', 30), prop('email', 'ends_with', '@example.com')], {
        atLeast: 2,
      }),
    ]),
  },
  {
    name: 'membership-and-relations',
    asOf: T,
    segment: seg([
      { id: 'beta', kind: 'list', list: 'beta', operator: 'in' },
      { id: 'whale', kind: 'tag', tag: 'whale', operator: 'not_has' },
      { id: 'pro', kind: 'segment', segment: 'pro_users', operator: 'in' },
      {
        id: 'acct',
        kind: 'related',
        relation: 'account',
        match: { type: 'all' },
        root: group('and', [prop('industry', 'eq', 'saas')]),
      },
      group(
        'or',
        [prop('age', 'gt', 30), { id: 'off', kind: 'tag', tag: 'influencer', operator: 'has', disabled: true }],
        {
          negated: true,
        },
      ),
    ]),
  },
  {
    name: 'accounts-with-users',
    asOf: T,
    segment: seg(
      [
        {
          id: 'users',
          kind: 'related',
          relation: 'users',
          match: { type: 'count', comparison: 'gte', value: 3 },
          root: group('and', [prop('plan', 'in', ['pro', 'enterprise'])]),
        },
      ],
      { entity: 'account' },
    ),
  },
  {
    name: 'as-of-now',
    asOf: 'now',
    segment: seg([purchase, prop('created_at', 'within_last', days(30))]),
  },
  {
    name: 'inline-hostile',
    asOf: T,
    inline: true,
    segment: seg([
      prop('name', 'eq', "O'Brien \\'; DROP TABLE users; --"),
      prop('email', 'contains', '%_\\'),
      prop('age', 'gt', 0.5),
    ]),
  },
]

/** Breaks SQL into lines at clause and boolean keywords, indented by parenthesis depth. */
export function formatSql(sql: string): string {
  const out: string[] = []
  let line = ''
  let depth = 0
  let i = 0
  const breakBefore = /^ (AND|OR|WHERE|FROM|HAVING|ORDER BY) /
  while (i < sql.length) {
    const ch = sql[i]!
    if (ch === "'" || ch === '"' || ch === '`') {
      // Copy a quoted string or identifier whole, with doubled or backslash-escaped quotes.
      let j = i + 1
      while (j < sql.length) {
        if (sql[j] === '\\' && ch === "'") j += 2
        else if (sql[j] === ch && sql[j + 1] === ch) j += 2
        else if (sql[j] === ch) break
        else j += 1
      }
      line += sql.slice(i, j + 1)
      i = j + 1
      continue
    }
    const keyword = breakBefore.exec(sql.slice(i, i + 12))
    if (keyword) {
      out.push(line)
      line = `${'  '.repeat(depth)}${keyword[1]} `
      i += keyword[0].length
      continue
    }
    if (ch === '(') depth += 1
    if (ch === ')') depth -= 1
    line += ch
    i += 1
  }
  out.push(line)
  return `${out.map((l) => l.trimEnd()).join('\n')}\n`
}
