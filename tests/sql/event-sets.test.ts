// @vitest-environment node
/**
 * Any of several events, any event, and the n-th time, on the three engines (parameterized and
 * inline), MariaDB when installed, and the reference evaluator, with hand-computed members: one
 * count over the union of events (neither event alone reaching it), a filter and a sum on a
 * property the events share, `{ any: true }` counting every event of the catalog, first_time over
 * a set, sets in sequence steps; the n-th time counting all history (a 2nd purchase 90 days ago is
 * not a 2nd purchase in the window), `withinOfFirst` with its boundary (exactly 30 days holds),
 * ties (two purchases at one instant are a first and a second), filters, asOf in the past.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {
  EventCondition,
  EventFilter,
  EventForm,
  EventRecord,
  SegmentData,
  SequenceCondition,
} from '../../packages/core/src/index.ts'
import { createSchemaSql, datasetToRows, insertStatements, toSql } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { DAY, days, filter, HOUR, runCases, type SqlCase, seg, T } from './harness.ts'
import { hasMariadb, type MariadbEngine, openMariadb } from './mariadb.ts'

const at = (event: string, entityId: string, time: number, properties: EventRecord['properties'] = {}) => ({
  entity: 'user',
  entityId,
  event,
  time,
  properties,
})
const viewed = (id: string, time: number, price?: number) =>
  at('viewed_product', id, time, price === undefined ? {} : { price })
const carted = (id: string, time: number, price?: number) =>
  at('added_to_cart', id, time, price === undefined ? {} : { price })
const bought = (id: string, time: number, amount?: number) =>
  at('purchased', id, time, amount === undefined ? {} : { amount })

const data: SegmentData = {
  entities: {
    user: ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'c1', 'd1'].map((id) => ({ id })),
  },
  events: [
    // a1: 2 views and 1 cart in the last 30 days (3 together; neither alone has 3).
    viewed('a1', T - 1 * DAY, 100),
    viewed('a1', T - 2 * DAY, 10),
    carted('a1', T - 3 * DAY, 20),
    // a2: 2 views.
    viewed('a2', T - 1 * DAY, 60),
    viewed('a2', T - 2 * DAY, 5),
    // a3: 3 carts.
    carted('a3', T - 1 * DAY, 70),
    carted('a3', T - 2 * DAY, 10),
    carted('a3', T - 5 * DAY, 10),
    // a4: a view, an old cart, then three purchases at one instant an hour after the view.
    viewed('a4', T - 1 * DAY, 10),
    carted('a4', T - 40 * DAY, 999),
    bought('a4', T - 1 * DAY + HOUR),
    bought('a4', T - 1 * DAY + HOUR),
    bought('a4', T - 1 * DAY + HOUR),
    // a5: nothing at all. a6: only an app open.
    at('opened_app', 'a6', T - 1 * DAY, { platform: 'web' }),
    // b1: second purchase 31 days after the first.
    bought('b1', T - 51 * DAY),
    bought('b1', T - 20 * DAY),
    // b2: three purchases, 10, 60 and 70.
    bought('b2', T - 10 * DAY, 10),
    bought('b2', T - 5 * DAY, 60),
    bought('b2', T - 1 * DAY, 70),
    // b3: one purchase.
    bought('b3', T - 3 * DAY),
    // b4: the second purchase 90 days ago, the third 2 days ago; 100, 5, 100.
    bought('b4', T - 100 * DAY, 100),
    bought('b4', T - 90 * DAY, 5),
    bought('b4', T - 2 * DAY, 100),
    // b5: two purchases at the same instant.
    bought('b5', T - 6 * DAY),
    bought('b5', T - 6 * DAY),
    // b6: second purchase exactly 30 days after the first.
    bought('b6', T - 40 * DAY, 50),
    bought('b6', T - 10 * DAY, 50),
    // c1: a cart, then a purchase.
    carted('c1', T - 5 * DAY),
    bought('c1', T - 4 * DAY),
    // d1: two products that differ in case only, long ago.
    at('viewed_product', 'd1', T - 100 * DAY, { product: 'Pro' }),
    at('viewed_product', 'd1', T - 101 * DAY, { product: 'pro' }),
  ],
}

let nextId = 0
const node = (event: EventCondition['event'], form: EventForm, filters: EventFilter[] = []): EventCondition => ({
  id: `n${++nextId}`,
  kind: 'event',
  event,
  filters,
  form,
})
const steps = (...events: EventCondition['event'][]): SequenceCondition => ({
  id: `s${++nextId}`,
  kind: 'sequence',
  steps: events.map((event, i) => ({ id: `st${nextId}_${i}`, event, filters: [] })),
  window: { type: 'ever' },
})
const c = (name: string, n: EventCondition | SequenceCondition, expected: string[], asOf?: number): SqlCase => ({
  name,
  segment: seg([n]),
  expected,
  ...(asOf === undefined ? {} : { asOf }),
})
const ever = { type: 'ever' } as const
const last = (n: number) => ({ type: 'last' as const, duration: days(n) })
const browse = { anyOf: ['viewed_product', 'added_to_cart'] }
const anyEvent = { any: true } as const
const countAtLeast = (value: number, window: ReturnType<typeof last> | typeof ever): EventForm => ({
  type: 'measure',
  measure: { fn: 'count' },
  comparison: 'gte',
  value,
  window,
})
const nth = (n: number, window: ReturnType<typeof last> | typeof ever, withinDays?: number): EventForm => ({
  type: 'nth_time',
  n,
  window,
  ...(withinDays === undefined ? {} : { withinOfFirst: days(withinDays) }),
})

const cases: SqlCase[] = [
  // any of several events
  c(
    'viewed a product or added to cart at least 3 times in the last 30 days: one count over both',
    node(browse, countAtLeast(3, last(30))),
    ['a1', 'a3'],
  ),
  c(
    'a filter on a property both events have (price at least 20), counted over both',
    node(browse, countAtLeast(2, ever), [filter('price', 'gte', 20)]),
    ['a1'],
  ),
  c(
    'a sum of the shared price over both events in the last 30 days',
    node(browse, {
      type: 'measure',
      measure: { fn: 'sum', property: 'price' },
      comparison: 'gte',
      value: 100,
      window: last(30),
    }),
    ['a1'],
  ),
  c(
    'the first of either event in the last 30 days (a4 carted 40 days ago)',
    node(browse, { type: 'first_time', window: last(30) }),
    ['a1', 'a2', 'a3', 'c1'],
  ),
  c('a set of one event is that event', node({ anyOf: ['added_to_cart'] }, countAtLeast(3, ever)), ['a3']),
  // any event
  c('any event at least 4 times in the last 30 days', node(anyEvent, countAtLeast(4, last(30))), ['a4']),
  c('no event at all, ever', node(anyEvent, { type: 'not_performed', window: ever }), ['a5']),
  c('any event in the last 30 days', node(anyEvent, { type: 'performed', window: last(30) }), [
    'a1',
    'a2',
    'a3',
    'a4',
    'a6',
    'b1',
    'b2',
    'b3',
    'b4',
    'b5',
    'b6',
    'c1',
  ]),
  // sets in sequence steps
  c('viewed a product or added to cart, then purchased', steps(browse, 'purchased'), ['a4', 'c1']),
  c('any event, then purchased (equal times do not chain: b5 is out)', steps(anyEvent, 'purchased'), [
    'a4',
    'b1',
    'b2',
    'b4',
    'b6',
    'c1',
  ]),
  // the n-th time
  c('the 2nd purchase in the last 30 days (b4 made its 2nd 90 days ago)', node('purchased', nth(2, last(30))), [
    'a4',
    'b1',
    'b2',
    'b5',
    'b6',
  ]),
  c(
    'a 2nd purchase within 30 days of the first, ever (exactly 30 days holds, 31 does not)',
    node('purchased', nth(2, ever, 30)),
    ['a4', 'b2', 'b4', 'b5', 'b6'],
  ),
  c('a 2nd purchase in the last 30 days and within 30 days of the first', node('purchased', nth(2, last(30), 30)), [
    'a4',
    'b2',
    'b5',
    'b6',
  ]),
  c('the 3rd purchase in the last 7 days', node('purchased', nth(3, last(7))), ['a4', 'b2', 'b4']),
  c('the 2nd purchase in the last 7 days', node('purchased', nth(2, last(7))), ['a4', 'b2', 'b5']),
  c(
    'the 2nd purchase of at least 50 in the last 7 days: the filter picks which events count',
    node('purchased', nth(2, last(7)), [filter('amount', 'gte', 50)]),
    ['b2', 'b4'],
  ),
  c('the 1st time is the first time', node('purchased', nth(1, last(30))), ['a4', 'b2', 'b3', 'b5', 'c1']),
  c('the 3rd view or cart in the last 2 days', node(browse, nth(3, last(2))), ['a1', 'a3']),
  c(
    'distinct counts values that differ in case only as two (MySQL and MariaDB compare them as bytes)',
    node('viewed_product', {
      type: 'measure',
      measure: { fn: 'distinct', property: 'product' },
      comparison: 'eq',
      value: 2,
      window: ever,
    }),
    ['d1'],
  ),
  c('asOf 15 days ago: later purchases do not exist', node('purchased', nth(2, last(30))), ['b1'], T - 15 * DAY),
]

runCases(exampleCatalog, data, cases)

describe.runIf(hasMariadb())('mariadb', () => {
  let maria: MariadbEngine
  beforeAll(async () => {
    maria = await openMariadb()
    for (const statement of createSchemaSql(exampleCatalog, 'mariadb')) await maria.exec(statement)
    for (const { sql, params } of insertStatements(datasetToRows(data, exampleCatalog), 'mariadb'))
      await maria.query(sql, params)
  }, 180_000)
  afterAll(() => maria?.close(), 60_000)
  const ids = async (q: { sql: string; params: unknown }) =>
    (await maria.query(q.sql, q.params as never)).map((r) => String(r.id)).sort()
  it.each(cases.map((k) => [k.name, k] as const))('%s', async (_, k) => {
    const options = {
      catalog: exampleCatalog,
      dialect: 'mariadb' as const,
      asOf: typeof k.asOf === 'number' ? k.asOf : T,
    }
    expect(await ids(toSql(k.segment, options))).toEqual(k.expected)
    expect(await ids(toSql(k.segment, { ...options, inline: true }))).toEqual(k.expected)
  })
})
