// @vitest-environment node
/**
 * The GA4 preset, executed on DuckDB over tables shaped like GA4's BigQuery export: daily tables
 * `events_YYYYMMDD` dated in the property's time zone (here Los Angeles, UTC−8 in December), today's
 * `events_intraday_YYYYMMDD`, and the wildcard `events_*` as a view over them with `_TABLE_SUFFIX`;
 * `event_timestamp` in µs, `event_params` and `user_properties` as lists of
 * STRUCT(key, value STRUCT(string_value, int_value, float_value, double_value)). Members are checked
 * by hand; the BigQuery text of the same segments is checked for UNNEST, µs bounds and `_TABLE_SUFFIX`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Parser } from 'node-sql-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Catalog } from '../../packages/core/src/catalog/schema.ts'
import { SegmentError } from '../../packages/core/src/errors.ts'
import type { SegmentNode } from '../../packages/core/src/model/segment.ts'
import { ga4Mapping, toSql } from '../../packages/core/src/sql/index.ts'
import { type Engine, openDuckdb } from '../engines/engines.ts'
import { memberIds } from '../engines/load.ts'
import { formatSql } from './golden-cases.ts'
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
        { id: 'created_at', label: 'First visit', type: 'datetime' },
      ],
    },
  ],
  events: [
    {
      id: 'purchased',
      label: 'Purchase',
      properties: [
        { id: 'amount', label: 'Value', type: 'number' },
        { id: 'currency', label: 'Currency', type: 'string' },
        { id: 'promo:code', label: 'Promo code', type: 'string' },
        { id: 'shipped_at', label: 'Shipped', type: 'datetime' },
      ],
    },
    { id: 'page:view', label: 'Page view', properties: [{ id: 'page_location', label: 'Page', type: 'string' }] },
    { id: 'first_visit', label: 'First visit', properties: [] },
  ],
}

const mapping = ga4Mapping({
  entities: { user: { table: 'ga4_users', id: 'id', columns: { plan: 'plan', created_at: 'created_at' } } },
  names: { purchased: 'purchase', 'page:view': 'page_view' },
  keys: { amount: 'value', 'promo:code': "$promo's code" },
})

type Param = string | { int: number } | { double: number } | { float: number }
/** [user_pseudo_id, event_name, event_timestamp (µs), event_params] */
type Ga4Event = [string, string, number, Record<string, Param>]
const us = (ms: number) => ms * 1000

const EVENTS: Ga4Event[] = [
  // g1: two purchases in the window, 80 (int_value) + 40.5 (double_value) EUR, a promo code.
  ['g1', 'page_view', us(T - 3 * DAY - HOUR), { page_location: 'https://x.test/pricing' }],
  ['g1', 'purchase', us(T - 3 * DAY), { value: { int: 80 }, currency: 'EUR', "$promo's code": 'WELCOME' }],
  ['g1', 'purchase', us(T - 10 * DAY), { value: { double: 40.5 }, currency: 'EUR' }],
  ['g1', 'first_visit', us(T - 90 * DAY), {}],
  // g2: a purchase of 500 (float_value) in USD, and a page view at the very same µs (ties do not chain).
  ['g2', 'page_view', us(T - 5 * DAY), { page_location: 'https://x.test/cart' }],
  ['g2', 'purchase', us(T - 5 * DAY), { value: { float: 500 }, currency: 'USD' }],
  ['g2', 'first_visit', us(T - 3 * DAY), {}],
  // g3: a purchase without parameters, and one just outside 30 days: 0.5 ms after the bound is still
  // the bound's millisecond (times are whole ms, rounded down), so it is out.
  ['g3', 'purchase', us(T - DAY), {}],
  ['g3', 'purchase', us(T - 30 * DAY) + 500, { value: { int: 900 }, currency: 'EUR' }],
  ['g3', 'first_visit', us(T - 60 * DAY), {}],
  // g4: a purchase 1 ms inside 30 days, and one half a millisecond after asOf (the asOf millisecond: in).
  ['g4', 'purchase', us(T - 30 * DAY) + 1000, { value: { int: 5 }, currency: 'GBP' }],
  ['g4', 'purchase', us(T) + 500, { value: { int: 7 }, currency: 'GBP' }],
  // g5: a page view 25 hours after 2026-12-05T03:00Z, one an hour after: both in the daily table of
  // their Los Angeles day (20261204 for the second), and one after asOf (out).
  ['g5', 'page_view', us(Date.parse('2026-12-05T04:00:00Z')), { page_location: 'https://x.test/' }],
  ['g5', 'purchase', us(T + HOUR), { value: { int: 1000 }, currency: 'EUR' }],
]

/** [user_pseudo_id, plan] as the latest `plan` user property. */
const USER_PROPS: Record<string, string> = { g1: 'pro', g2: 'free', g3: 'pro', g4: 'free', g5: 'pro' }

/** The daily table of a µs time: the Los Angeles date (UTC−8 in December). */
const laDay = (micros: number) => new Date(micros / 1000 - 8 * HOUR).toISOString().slice(0, 10).replace(/-/g, '')
const TODAY = laDay(us(T))

const COLUMNS = `event_date VARCHAR, event_timestamp BIGINT, event_name VARCHAR,
  event_params STRUCT("key" VARCHAR, "value" STRUCT(string_value VARCHAR, int_value BIGINT, float_value DOUBLE, double_value DOUBLE))[],
  event_previous_timestamp BIGINT, event_value_in_usd DOUBLE, event_bundle_sequence_id BIGINT,
  user_id VARCHAR, user_pseudo_id VARCHAR,
  user_properties STRUCT("key" VARCHAR, "value" STRUCT(string_value VARCHAR, int_value BIGINT, float_value DOUBLE, double_value DOUBLE, set_timestamp_micros BIGINT))[],
  user_first_touch_timestamp BIGINT, platform VARCHAR, geo STRUCT(country VARCHAR, city VARCHAR)`

const NULLS = { string_value: null, int_value: null, float_value: null, double_value: null }
function paramLiteral(key: string, p: Param): string {
  const value =
    typeof p === 'string'
      ? { ...NULLS, string_value: p }
      : 'int' in p
        ? { ...NULLS, int_value: p.int }
        : 'double' in p
          ? { ...NULLS, double_value: p.double }
          : { ...NULLS, float_value: p.float }
  const field = (v: string | number | null) => (v === null ? 'NULL' : typeof v === 'string' ? `'${v}'` : String(v))
  const fields = Object.entries(value).map(([k, v]) => `'${k}': ${field(v)}`)
  return `{'key': '${key.replace(/'/g, "''")}', 'value': {${fields.join(', ')}}}`
}

async function load(engine: Engine): Promise<void> {
  const tables = new Set<string>()
  for (const [user, name, micros, params] of EVENTS) {
    const day = laDay(micros)
    const table = day === TODAY ? `events_intraday_${day}` : `events_${day}`
    if (!tables.has(table)) {
      await engine.exec(`CREATE TABLE "${table}" (${COLUMNS})`)
      tables.add(table)
    }
    const list = `[${Object.entries(params)
      .map(([k, p]) => paramLiteral(k, p))
      .join(', ')}]`
    const plan = `[{'key': 'plan', 'value': {'string_value': '${USER_PROPS[user]}', 'int_value': NULL, 'float_value': NULL, 'double_value': NULL, 'set_timestamp_micros': ${micros}}}]`
    const first = us(T - 100 * DAY)
    await engine.exec(
      `INSERT INTO "${table}" VALUES ('${day}', ${micros}, '${name}', ${list}, NULL, NULL, 1, NULL, '${user}', ${plan}, ${first}, 'WEB', {'country': 'US', 'city': 'LA'})`,
    )
  }
  // The wildcard table: every daily and intraday table, with its suffix.
  const union = [...tables]
    .map((t) => `SELECT *, '${t.slice('events_'.length)}' AS _TABLE_SUFFIX FROM "${t}"`)
    .join(' UNION ALL ')
  await engine.exec(`CREATE VIEW "events_*" AS ${union}`)
  // One row per user: the latest `plan` user property, the first touch as created_at (µs).
  await engine.exec(`CREATE VIEW ga4_users AS
    SELECT user_pseudo_id AS id,
      arg_max(list_filter(user_properties, p -> p.key = 'plan')[1].value.string_value, event_timestamp) AS plan,
      MIN(user_first_touch_timestamp) AS created_at
    FROM "events_*" GROUP BY user_pseudo_id`)
}

const last = (n: number) => ({ type: 'last' as const, duration: days(n) })

const cases: { name: string; node: SegmentNode; expected: string[]; asOf?: number }[] = [
  {
    name: 'purchase in the last 30 days: µs times read as whole ms at both ends of the window',
    node: event('purchased', { type: 'performed', window: last(30) }),
    expected: ['g1', 'g2', 'g3', 'g4'],
  },
  {
    name: 'sum(amount) ≥ 100 in 30 days from the "value" parameter, whichever numeric field holds it',
    node: event('purchased', {
      type: 'measure',
      measure: { fn: 'sum', property: 'amount' },
      comparison: 'gte',
      value: 100,
      window: last(30),
    }),
    expected: ['g1', 'g2'],
  },
  {
    name: 'max(amount) is 12 or less in 30 days: g4 (5 and 7) only; g3 has no value in the window',
    node: event('purchased', {
      type: 'measure',
      measure: { fn: 'max', property: 'amount' },
      comparison: 'lte',
      value: 12,
      window: last(30),
    }),
    expected: ['g4'],
  },
  {
    name: 'a purchase not in EUR: a missing currency parameter matches the negative operator',
    node: event('purchased', { type: 'performed', window: last(30) }, [filter('currency', 'neq', 'EUR')]),
    expected: ['g2', 'g3', 'g4'],
  },
  {
    name: `a parameter key with "$", a quote and a space ("$promo's code") through the mapping`,
    node: event('purchased', { type: 'performed', window: last(30) }, [filter('promo:code', 'eq', 'WELCOME')]),
    expected: ['g1'],
  },
  {
    name: 'sum(amount) = 12 in 30 days: g4 counts 1 ms inside the start and half a ms after asOf',
    node: event('purchased', {
      type: 'measure',
      measure: { fn: 'sum', property: 'amount' },
      comparison: 'eq',
      value: 12,
      window: last(30),
    }),
    expected: ['g4'],
  },
  {
    name: 'distinct currencies ≥ 1 in 30 days: a purchase without the parameter counts no value (g3)',
    node: event('purchased', {
      type: 'measure',
      measure: { fn: 'distinct', property: 'currency' },
      comparison: 'gte',
      value: 1,
      window: last(30),
    }),
    expected: ['g1', 'g2', 'g4'],
  },
  {
    name: 'page_view then purchase within 1 day: equal µs times do not chain',
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
    expected: ['g1'],
  },
  {
    name: 'no first_visit in 7 days, plan pro from user_properties',
    node: {
      id: 'g',
      kind: 'group',
      combinator: 'and',
      children: [event('first_visit', { type: 'not_performed', window: last(7) }), prop('plan', 'eq', 'pro')],
    },
    expected: ['g1', 'g3', 'g5'],
  },
  {
    name: 'a page view in 10 days at 03:00Z: the Los Angeles daily table of the day before is read',
    node: event('page:view', { type: 'performed', window: last(10) }),
    asOf: Date.parse('2026-12-15T03:00:00Z'),
    expected: ['g1', 'g2', 'g5'],
  },
  {
    name: 'created (first touch, µs) more than 90 days ago: everyone',
    node: prop('created_at', 'before', { type: 'ago', duration: days(90) }),
    expected: ['g1', 'g2', 'g3', 'g4', 'g5'],
  },
]

describe('the GA4 preset on DuckDB', () => {
  let engine: Engine
  beforeAll(async () => {
    engine = await openDuckdb()
    await load(engine)
  })
  afterAll(() => engine.close())

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const asOf = iso(c.asOf ?? T)
    expect(await memberIds(engine, toSql(seg([c.node]), { catalog, dialect: 'duckdb', mapping, asOf }))).toEqual(
      c.expected,
    )
    const inline = toSql(seg([c.node]), { catalog, dialect: 'duckdb', mapping, asOf, inline: true })
    expect(await memberIds(engine, inline)).toEqual(c.expected)
  })

  it('with the engine clock as asOf, the µs bounds are computed in SQL', async () => {
    const query = toSql(seg([cases[0]!.node]), { catalog, dialect: 'duckdb', mapping, asOf: 'now' })
    expect(query.sql).toContain('* 1000 + 999)')
    const atNow = toSql(seg([cases[0]!.node]), { catalog, dialect: 'duckdb', mapping, asOf: new Date() })
    expect(await memberIds(engine, query)).toEqual(await memberIds(engine, atNow))
  })
})

describe('the GA4 preset as BigQuery SQL', () => {
  const bq = ga4Mapping({
    ...mapping,
    entities: mapping.entities,
    schema: 'analytics_123',
    names: mapping.events.names,
    keys: mapping.events.keys,
  })
  const compile = (node: SegmentNode) => toSql(seg([node]), { catalog, dialect: 'bigquery', mapping: bq, asOf: iso(T) })

  it('reads parameters with UNNEST, compares the raw µs column with µs parameters and bounds _TABLE_SUFFIX', () => {
    const { sql, params } = compile(cases[1]!.node)
    expect(sql).toContain('FROM `analytics_123`.`events_*` ev1')
    expect(sql).toContain(
      "(SELECT COALESCE(CAST(p.value.int_value AS FLOAT64), p.value.double_value, p.value.float_value) FROM UNNEST(ev1.`event_params`) AS p WHERE p.key = 'value' LIMIT 1)",
    )
    expect(sql).toMatch(/ev1\.`event_timestamp` > @p\d+ AND ev1\.`event_timestamp` <= @p\d+/)
    // The window starts 2026-11-15T12:00Z; the suffix bound is a day earlier (the property's time zone).
    expect(sql).toContain("ev1.`_TABLE_SUFFIX` >= '20261114'")
    expect(Object.values(params)).toContain((T - 30 * DAY) * 1000 + 999)
    expect(Object.values(params)).toContain(T * 1000 + 999)
    expect(sql).not.toContain('UNIX_MILLIS')
  })

  it.each([
    ['ga4-sum-measure', 'sum(amount) ≥ 100'],
    ['ga4-sequence', 'page_view then purchase'],
  ] as const)('%s matches its golden file (UPDATE_GOLDEN=1 rewrites it)', (name, prefix) => {
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden', 'bigquery', `${name}.golden.sql`)
    const { sql, params } = compile(cases.find((c) => c.name.startsWith(prefix))!.node)
    const text = `-- params: ${JSON.stringify(params)}\n${formatSql(sql)}`
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text)
    expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true)
    expect(text).toBe(readFileSync(file, 'utf8'))
  })

  it('every case compiles to SQL that node-sql-parser reads as BigQuery', () => {
    for (const c of cases) {
      const { sql } = toSql(seg([c.node]), { catalog, dialect: 'bigquery', mapping: bq, asOf: iso(c.asOf ?? T) })
      const forParser = sql
        .replace(/RANGE BETWEEN (\d+) PRECEDING/g, 'ROWS BETWEEN $1 PRECEDING')
        .replace(/AND 1 PRECEDING/g, 'AND CURRENT ROW')
      expect(() => new Parser().astify(forParser, { database: 'bigquery' }), c.name).not.toThrow()
    }
  })

  it('refuses what the export cannot hold with typed errors: a datetime parameter, a dialect without key/value reads', () => {
    const shipped = event('purchased', { type: 'performed', window: last(30) }, [
      filter('shipped_at', 'within_last', days(7)),
    ])
    expect(() => compile(shipped)).toThrow(SegmentError)
    const onSqlite = () => toSql(seg([cases[3]!.node]), { catalog, dialect: 'sqlite', mapping, asOf: iso(T) })
    expect(onSqlite).toThrow(/cannot read key\/value event properties/)
  })
})
