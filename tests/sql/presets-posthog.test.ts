// @vitest-environment node
/**
 * The PostHog preset, executed on DuckDB over tables shaped like PostHog's:
 * `events` (uuid, event, properties JSON, timestamp, distinct_id, person_id
 * UUID, team_id) with names such as `$pageview`, `Order Completed` and
 * `page:view`, and persons (properties JSON) read through a view with one
 * column per catalog property. Members are checked by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SegmentError } from '../../packages/core/src/errors.ts'
import type { SegmentNode } from '../../packages/core/src/model/segment.ts'
import { posthogMapping, toSql } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { type Engine, openDuckdb } from '../engines/engines.ts'
import { memberIds } from '../engines/load.ts'
import { DAY, days, event, filter, HOUR, iso, prop, seg, T } from './harness.ts'

const P1 = '00000000-0000-4000-8000-000000000001'
const P2 = '00000000-0000-4000-8000-000000000002'
const P3 = '00000000-0000-4000-8000-000000000003'

const mapping = posthogMapping({
  entities: { user: { table: 'person_props', id: 'id', columns: { country: 'country', created_at: 'created_at' } } },
  names: { opened_app: '$pageview', purchased: 'Order Completed', viewed_product: 'page:view' },
})

/** [person, stored event name, time, properties] */
const EVENTS: [string, string, number, Record<string, unknown>][] = [
  [P1, '$pageview', T - 2 * DAY, { $current_url: 'https://x.test/' }],
  [P1, 'page:view', T - 3 * DAY, { product: 'p' }],
  [P1, 'Order Completed', T - 3 * DAY + 2 * HOUR, { amount: 80, currency: 'EUR' }],
  [P1, 'Order Completed', T - 10 * DAY, { amount: 40, currency: 'EUR' }],
  [P2, '$pageview', T - 20 * DAY, {}],
  [P2, 'page:view', T - 5 * DAY, { product: 'q' }],
  [P2, 'Order Completed', T - 3 * DAY, { amount: 500, currency: 'USD' }],
  // A catalog id stored as itself is not an event of another id.
  [P3, 'opened_app', T - DAY, {}],
  [P3, 'Order Completed', T - 40 * DAY, { amount: 900, currency: 'EUR' }],
]

const cases: { name: string; node: SegmentNode; expected: string[] }[] = [
  {
    name: '$pageview in the last 7 days',
    node: event('opened_app', { type: 'performed', window: { type: 'last', duration: days(7) } }),
    expected: [P1],
  },
  {
    name: 'Order Completed: sum(amount) ≥ 100 in 30 days, from the properties JSON',
    node: event('purchased', {
      type: 'measure',
      measure: { fn: 'sum', property: 'amount' },
      comparison: 'gte',
      value: 100,
      window: { type: 'last', duration: days(30) },
    }),
    expected: [P1, P2],
  },
  {
    name: 'Order Completed in EUR in 90 days',
    node: event('purchased', { type: 'performed', window: { type: 'last', duration: days(90) } }, [
      filter('currency', 'eq', 'EUR'),
    ]),
    expected: [P1, P3],
  },
  {
    name: 'page:view then Order Completed within 1 day',
    node: {
      id: 'sq',
      kind: 'sequence',
      window: { type: 'last', duration: days(30) },
      within: days(1),
      steps: [
        { id: 's1', event: 'viewed_product', filters: [] },
        { id: 's2', event: 'purchased', filters: [] },
      ],
    },
    expected: [P1],
  },
  {
    name: 'not $pageview in 10 days, person property from the persons view',
    node: {
      id: 'g',
      kind: 'group',
      combinator: 'and',
      children: [
        event('opened_app', { type: 'not_performed', window: { type: 'last', duration: days(10) } }),
        prop('country', 'eq', 'DE'),
      ],
    },
    expected: [P3],
  },
]

describe('the PostHog preset on DuckDB', () => {
  let engine: Engine
  beforeAll(async () => {
    engine = await openDuckdb()
    await engine.exec(`CREATE TABLE events (uuid UUID, event VARCHAR, properties JSON, "timestamp" TIMESTAMP,
      distinct_id VARCHAR, person_id UUID, team_id INTEGER)`)
    await engine.exec('CREATE TABLE person (id UUID, properties JSON, created_at TIMESTAMP, team_id INTEGER)')
    await engine.exec(
      `CREATE VIEW person_props AS SELECT id, properties ->> 'country' AS country, created_at FROM person`,
    )
    const people: [string, string][] = [
      [P1, 'US'],
      [P2, 'US'],
      [P3, 'DE'],
    ]
    for (const [id, country] of people) {
      await engine.exec(
        `INSERT INTO person VALUES ('${id}', '${JSON.stringify({ country })}', TIMESTAMP '${iso(T - 100 * DAY).slice(0, 23)}', 1)`,
      )
    }
    for (const [i, [person, name, time, props]] of EVENTS.entries()) {
      await engine.query('INSERT INTO events VALUES (uuid(), $1, $2, CAST($3 AS TIMESTAMP), $4, CAST($5 AS UUID), 1)', [
        name,
        JSON.stringify(props),
        iso(time).slice(0, 23),
        `d${i}`,
        person,
      ])
    }
  })
  afterAll(() => engine.close())

  for (const c of cases) {
    it(c.name, async () => {
      const query = toSql(seg([c.node]), { catalog: exampleCatalog, dialect: 'duckdb', mapping, asOf: iso(T) })
      expect(await memberIds(engine, query)).toEqual(c.expected)
    })
  }

  it('refuses what PostHog does not store (property history) with a typed error', () => {
    expect(() =>
      toSql(seg([prop('plan', 'eq', 'pro')]), { catalog: exampleCatalog, dialect: 'duckdb', mapping, asOf: iso(T) }),
    ).toThrow(SegmentError)
  })
})
