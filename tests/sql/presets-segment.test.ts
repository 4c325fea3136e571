// @vitest-environment node
/**
 * The Segment and RudderStack presets, executed on DuckDB over tables shaped like their warehouse
 * export: `tracks` (user_id, anonymous_id, event, event_text, timestamp, …), one table per event whose
 * properties are typed columns (`order_completed.revenue DOUBLE`), `identifies` and `users` with traits
 * as columns. Members are checked by hand; the same events as a wide table with typed columns too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Catalog } from '../../packages/core/src/catalog/schema.ts'
import { SegmentError } from '../../packages/core/src/errors.ts'
import type { SegmentNode } from '../../packages/core/src/model/segment.ts'
import {
  rudderstackMapping,
  type SqlMapping,
  segmentMapping,
  toSql,
  warehouseName,
} from '../../packages/core/src/sql/index.ts'
import { type Engine, openDuckdb } from '../engines/engines.ts'
import { memberIds } from '../engines/load.ts'
import { DAY, days, event, filter, HOUR, iso, prop, seg, T } from './harness.ts'

const catalog: Catalog = {
  entities: [
    {
      id: 'user',
      label: 'User',
      createdAt: 'created_at',
      properties: [
        {
          id: 'plan',
          label: 'Plan',
          type: 'enum',
          options: [
            { value: 'free', label: 'Free' },
            { value: 'pro', label: 'Pro' },
          ],
        },
        { id: 'signup:source', label: 'Signup source', type: 'string' },
        { id: 'created_at', label: 'Created', type: 'datetime' },
      ],
    },
  ],
  events: [
    {
      id: 'purchased',
      label: 'Order Completed',
      properties: [
        { id: 'amount', label: 'Amount', type: 'number' },
        { id: 'currency', label: 'Currency', type: 'string' },
        { id: 'coupon:code', label: 'Coupon', type: 'string' },
        { id: 'isGift', label: 'Gift', type: 'boolean' },
        { id: 'shippedAt', label: 'Shipped', type: 'datetime' },
        { id: 'items', label: 'Items', type: 'string[]' },
      ],
    },
    { id: 'page:view', label: 'Page viewed', properties: [{ id: 'path', label: 'Path', type: 'string' }] },
    { id: 'signed_up', label: 'Signed up', properties: [] },
  ],
}

const options = {
  catalog,
  names: { purchased: 'Order Completed', 'page:view': '$pageview' },
  columns: { purchased: { amount: 'revenue' } },
}

const ts = (ms: number) => `TIMESTAMP '${iso(ms).slice(0, 23).replace('T', ' ')}'`
const lit = (v: string | number | boolean | null) =>
  v === null ? 'NULL' : typeof v === 'string' ? `'${v.replace(/'/g, "''")}'` : String(v)

/** [user_id, anonymous_id, time] of every track, then the event's own columns. */
type Track = [string | null, string, number]
const ORDERS: [...Track, number | null, string | null, string | null, boolean | null, number | null][] = [
  // u1: two orders in the window, 80 + 40, EUR, a coupon, one shipped 2 days ago.
  ['u1', 'a1', T - 3 * DAY, 80, 'EUR', 'WELCOME', null, T - 2 * DAY],
  ['u1', 'a1', T - 10 * DAY, 40, 'EUR', null, false, null],
  // u2: one order of 500 USD, a gift; and a page view at the very same time (ties do not chain).
  ['u2', 'a2', T - 5 * DAY, 500, 'USD', null, true, T - 20 * DAY],
  // u3: an order without revenue or currency (Segment leaves the columns NULL), and one 40 days ago.
  ['u3', 'a3', T - 1 * DAY, null, null, null, null, null],
  ['u3', 'a3', T - 40 * DAY, 900, 'EUR', null, null, null],
  // An anonymous order (no user_id) belongs to no user; u4's order is after asOf.
  [null, 'a9', T - 2 * DAY, 1000, 'EUR', 'FREE', true, null],
  ['u4', 'a4', T + HOUR, 700, 'EUR', null, null, null],
]
const PAGEVIEWS: [...Track, string | null][] = [
  ['u1', 'a1', T - 3 * DAY - HOUR, '/pricing'],
  ['u2', 'a2', T - 5 * DAY, '/cart'],
  ['u3', 'a3', T - 2 * DAY, null],
  ['u5', 'a5', T - 6 * HOUR, '/'],
]
const SIGNUPS: Track[] = [
  ['u1', 'a1', T - 90 * DAY],
  ['u2', 'a2', T - 60 * DAY],
  ['u4', 'a4', T - 30 * DAY],
]
/** [id, plan, signup source, created_at] */
const USERS: [string, string | null, string | null, number][] = [
  ['u1', 'pro', 'ads', T - 90 * DAY],
  ['u2', 'free', null, T - 60 * DAY],
  ['u3', 'pro', 'organic', T - 50 * DAY],
  ['u4', 'free', 'ads', T - 30 * DAY],
  ['u5', 'pro', null, T - 5 * DAY],
]

const COMMON = `id VARCHAR, anonymous_id VARCHAR, user_id VARCHAR, event VARCHAR, event_text VARCHAR,
  "timestamp" TIMESTAMP, original_timestamp TIMESTAMP, received_at TIMESTAMP, sent_at TIMESTAMP,
  context_library_name VARCHAR, uuid_ts TIMESTAMP`

async function load(engine: Engine): Promise<void> {
  await engine.exec(`CREATE TABLE tracks (${COMMON})`)
  await engine.exec(`CREATE TABLE order_completed (${COMMON}, revenue DOUBLE, currency VARCHAR, coupon_code VARCHAR,
    is_gift BOOLEAN, shipped_at TIMESTAMP, items VARCHAR)`)
  await engine.exec(`CREATE TABLE pageview (${COMMON}, path VARCHAR)`)
  await engine.exec(`CREATE TABLE signed_up (${COMMON})`)
  await engine.exec(`CREATE TABLE identifies (id VARCHAR, anonymous_id VARCHAR, user_id VARCHAR,
    "timestamp" TIMESTAMP, received_at TIMESTAMP, plan VARCHAR, signup_source VARCHAR, created_at TIMESTAMP)`)
  await engine.exec(`CREATE TABLE users (id VARCHAR, received_at TIMESTAMP, plan VARCHAR, signup_source VARCHAR,
    created_at TIMESTAMP)`)
  let n = 0
  const track = async (table: string, name: string, [user, anon, time]: Track, extra: string[]) => {
    n += 1
    const common = [`'m${n}'`, lit(anon), lit(user), lit(warehouseName(name)), lit(name), ts(time), ts(time)]
    const rest = [ts(time + 1000), ts(time), "'analytics.js'", ts(time + 2000)]
    await engine.exec(`INSERT INTO tracks VALUES (${[...common, ...rest].join(', ')})`)
    await engine.exec(`INSERT INTO ${table} VALUES (${[...common, ...rest, ...extra].join(', ')})`)
  }
  for (const [user, anon, time, revenue, currency, coupon, gift, shipped] of ORDERS) {
    const extra = [
      lit(revenue),
      lit(currency),
      lit(coupon),
      lit(gift),
      shipped === null ? 'NULL' : ts(shipped),
      '\'["a"]\'',
    ]
    await track('order_completed', 'Order Completed', [user, anon, time], extra)
  }
  for (const [user, anon, time, path] of PAGEVIEWS)
    await track('pageview', '$pageview', [user, anon, time], [lit(path)])
  for (const t of SIGNUPS) await track('signed_up', 'signed_up', t, [])
  for (const [id, plan, source, created] of USERS) {
    await engine.exec(
      `INSERT INTO identifies VALUES ('i-${id}', 'a-${id}', '${id}', ${ts(created)}, ${ts(created)}, ${lit(plan)}, ${lit(source)}, ${ts(created)})`,
    )
    await engine.exec(
      `INSERT INTO users VALUES ('${id}', ${ts(created)}, ${lit(plan)}, ${lit(source)}, ${ts(created)})`,
    )
  }
  // The same events as one wide table with typed columns (Snowplow- or Amplitude-style).
  await engine.exec(`CREATE TABLE wide_events AS
    SELECT user_id, event_text, "timestamp", revenue, currency, coupon_code, is_gift, shipped_at, NULL AS path FROM order_completed
    UNION ALL SELECT user_id, event_text, "timestamp", NULL, NULL, NULL, NULL, NULL, path FROM pageview
    UNION ALL SELECT user_id, event_text, "timestamp", NULL, NULL, NULL, NULL, NULL, NULL FROM signed_up`)
}

const last = (n: number) => ({ type: 'last' as const, duration: days(n) })

const cases: { name: string; node: SegmentNode; expected: string[] }[] = [
  {
    name: 'Order Completed in the last 30 days: no anonymous order, nothing after asOf',
    node: event('purchased', { type: 'performed', window: last(30) }),
    expected: ['u1', 'u2', 'u3'],
  },
  {
    name: 'sum(amount) ≥ 100 in 30 days reads order_completed.revenue; a missing revenue adds nothing',
    node: event('purchased', {
      type: 'measure',
      measure: { fn: 'sum', property: 'amount' },
      comparison: 'gte',
      value: 100,
      window: last(30),
    }),
    expected: ['u1', 'u2'],
  },
  {
    name: 'avg(amount) < 100 ever: u3 averages its one known revenue (900), u1 averages 60',
    node: event('purchased', {
      type: 'measure',
      measure: { fn: 'avg', property: 'amount' },
      comparison: 'lt',
      value: 100,
      window: { type: 'ever' },
    }),
    expected: ['u1'],
  },
  {
    name: 'an order whose currency is not EUR: a missing currency matches the negative operator',
    node: event('purchased', { type: 'performed', window: last(30) }, [filter('currency', 'neq', 'EUR')]),
    expected: ['u2', 'u3'],
  },
  {
    name: "a property id with ':' (coupon:code) reads coupon_code",
    node: event('purchased', { type: 'performed', window: last(30) }, [filter('coupon:code', 'is_set')]),
    expected: ['u1'],
  },
  {
    name: 'a boolean column: a gift order',
    node: event('purchased', { type: 'performed', window: { type: 'ever' } }, [filter('isGift', 'is_true')]),
    expected: ['u2'],
  },
  {
    name: 'a TIMESTAMP property column: shipped within the last 7 days',
    node: event('purchased', { type: 'performed', window: { type: 'ever' } }, [
      filter('shippedAt', 'within_last', days(7)),
    ]),
    expected: ['u1'],
  },
  {
    name: 'distinct currencies ≥ 2 ever (u3: EUR and a missing one)',
    node: event('purchased', {
      type: 'measure',
      measure: { fn: 'distinct', property: 'currency' },
      comparison: 'gte',
      value: 2,
      window: { type: 'ever' },
    }),
    expected: [],
  },
  {
    name: '$pageview then Order Completed within 1 day: equal times do not chain',
    node: {
      id: 'sq',
      kind: 'sequence',
      window: last(30),
      within: days(1),
      steps: [
        { id: 's1', event: 'page:view', filters: [] },
        { id: 's2', event: 'purchased', filters: [] },
      ],
    },
    expected: ['u1', 'u3'],
  },
  {
    name: 'a page view with no path matches "path is not set"',
    node: event('page:view', { type: 'performed', window: last(30) }, [filter('path', 'is_not_set')]),
    expected: ['u3'],
  },
  {
    name: 'never signed up, and a trait from users ("signup:source" in signup_source) is not ads',
    node: {
      id: 'g',
      kind: 'group',
      combinator: 'and',
      children: [
        event('signed_up', { type: 'not_performed', window: { type: 'ever' } }),
        prop('signup:source', 'neq', 'ads'),
      ],
    },
    expected: ['u3', 'u5'],
  },
  {
    name: 'plan is pro, created more than 30 days ago (a TIMESTAMP trait)',
    node: {
      id: 'g2',
      kind: 'group',
      combinator: 'and',
      children: [prop('plan', 'eq', 'pro'), prop('created_at', 'before', { type: 'ago', duration: days(30) })],
    },
    expected: ['u1', 'u3'],
  },
]

/** The events as one wide table: typed columns, no table per event. */
const wideMapping: SqlMapping = {
  ...segmentMapping(options),
  events: {
    table: 'wide_events',
    columns: { entityId: 'user_id', event: 'event_text', time: 'timestamp' },
    names: options.names,
    byEvent: {
      purchased: {
        columns: {
          amount: { column: 'revenue', type: 'number' },
          currency: 'currency',
          'coupon:code': 'coupon_code',
          isGift: { column: 'is_gift', type: 'boolean' },
          shippedAt: { column: 'shipped_at', type: 'time' },
        },
      },
      'page:view': { columns: { path: 'path' } },
    },
  },
}

describe('the Segment and RudderStack presets on DuckDB', () => {
  let engine: Engine
  beforeAll(async () => {
    engine = await openDuckdb()
    await load(engine)
  })
  afterAll(() => engine.close())

  const mappings: [string, SqlMapping][] = [
    ['segment', segmentMapping(options)],
    ['rudderstack', rudderstackMapping(options)],
    ['a wide events table', wideMapping],
  ]
  describe.each(mappings)('%s', (_, mapping) => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      const query = toSql(seg([c.node]), { catalog, dialect: 'duckdb', mapping, asOf: iso(T) })
      expect(await memberIds(engine, query)).toEqual(c.expected)
      const inline = toSql(seg([c.node]), { catalog, dialect: 'duckdb', mapping, asOf: iso(T), inline: true })
      expect(await memberIds(engine, inline)).toEqual(c.expected)
    })
  })

  it('reads the typed column of the event table, never a JSON properties column', () => {
    const { sql } = toSql(seg([cases[1]!.node]), {
      catalog,
      dialect: 'duckdb',
      mapping: segmentMapping(options),
      asOf: iso(T),
    })
    expect(sql).toContain('FROM "order_completed" ev1')
    expect(sql).toContain('CAST(ev1."revenue" AS DOUBLE)')
    expect(sql).not.toContain('json')
    // Its own table holds only that event: no event-name test.
    expect(sql).not.toContain('"event_text"')
  })

  it('given hostile table and column names in the mapping, then they stay identifiers', async () => {
    await engine.exec(
      `CREATE TABLE "orders"" WHERE 1=1; --" AS SELECT user_id, "timestamp", revenue AS "rev""enue" FROM order_completed`,
    )
    const mapping = segmentMapping({
      ...options,
      tables: { purchased: 'orders" WHERE 1=1; --' },
      columns: { purchased: { amount: 'rev"enue' } },
    })
    const query = toSql(seg([cases[1]!.node]), { catalog, dialect: 'duckdb', mapping, asOf: iso(T) })
    expect(await memberIds(engine, query)).toEqual(['u1', 'u2'])
  })

  it('given every event in its own table, then the events table needs no event column', async () => {
    const base = segmentMapping(options)
    const mapping: SqlMapping = {
      ...base,
      events: { ...base.events, columns: { entityId: 'user_id', time: 'timestamp' } },
    }
    const query = toSql(seg([cases[0]!.node]), { catalog, dialect: 'duckdb', mapping, asOf: iso(T) })
    expect(await memberIds(engine, query)).toEqual(['u1', 'u2', 'u3'])
  })

  it('names tables and columns as the loaders do', () => {
    expect(warehouseName('Order Completed')).toBe('order_completed')
    expect(warehouseName('$pageview')).toBe('pageview')
    expect(warehouseName('accountType')).toBe('account_type')
    expect(warehouseName('coupon:code')).toBe('coupon_code')
    expect(warehouseName('3d View')).toBe('_3d_view')
  })
})

describe('checkMapping type-checks typed event columns', () => {
  const compile = (node: SegmentNode, mapping: SqlMapping) =>
    toSql(seg([node]), { catalog, dialect: 'duckdb', mapping, asOf: iso(T) })
  const issuesOf = (f: () => unknown) => {
    try {
      f()
    } catch (error) {
      if (error instanceof SegmentError) return error.issues.map((i) => ({ path: i.path, message: i.message }))
      throw error
    }
    return []
  }

  it('given a number property declared as a text column, then an issue at the filter names both types', () => {
    const base = segmentMapping(options)
    const mapping: SqlMapping = {
      ...base,
      events: {
        ...base.events,
        byEvent: {
          ...base.events.byEvent,
          purchased: { table: 'order_completed', columns: { amount: { column: 'revenue', type: 'text' } } },
        },
      },
    }
    const node = event('purchased', { type: 'performed', window: last(30) }, [filter('amount', 'gt', 10)])
    expect(issuesOf(() => compile(node, mapping))).toEqual([
      {
        path: ['root', 'children', 0, 'filters', 0, 'property'],
        message: "The column of 'amount' of 'purchased' is declared text; the catalog's number needs number",
      },
    ])
  })

  it('given a string[] property (Segment stringifies arrays), then an issue at the measure property', () => {
    const node = event('purchased', {
      type: 'measure',
      measure: { fn: 'distinct', property: 'items' },
      comparison: 'gte',
      value: 1,
      window: last(30),
    })
    expect(issuesOf(() => compile(node, segmentMapping(options)))).toEqual([
      {
        path: ['root', 'children', 0, 'form', 'measure', 'property'],
        message: "The mapping has no column for the property 'items' of the event 'purchased'",
      },
    ])
  })

  it('given a typed column for a string[] property, then it cannot be read from a typed column', () => {
    const node = event('purchased', { type: 'performed', window: last(30) }, [filter('items', 'has_any', ['a'])])
    const mapping: SqlMapping = {
      ...wideMapping,
      events: { ...wideMapping.events, byEvent: { purchased: { columns: { items: 'items' } } } },
    }
    expect(issuesOf(() => compile(node, mapping))).toEqual([
      {
        path: ['root', 'children', 0, 'filters', 0, 'property'],
        message: "The string[] property 'items' of 'purchased' cannot be read from a typed column",
      },
    ])
  })
})
