// @vitest-environment node
/**
 * Time zones and calendar windows, hand-computed: local days across daylight-saving changes in
 * Europe/Berlin, America/New_York, Asia/Kolkata (+5:30) and Australia/Lord_Howe (30-minute DST). The
 * evaluator, PostgreSQL, DuckDB, SQLite and MariaDB (time-zone tables loaded) must all give the
 * members written here (docs/semantics.md, "Time zones and calendar windows").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEvaluator } from '../../packages/core/src/evaluate/index.ts'
import { type EventRecord, type SegmentData, SegmentError } from '../../packages/core/src/index.ts'
import type { EventForm } from '../../packages/core/src/model/conditions.ts'
import type { Segment } from '../../packages/core/src/model/segment.ts'
import type { CalendarWindow, Weekday } from '../../packages/core/src/model/time.ts'
import { type ToSqlOptions, toSql } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { openDuckdb, openPglite, openSqlite } from '../engines/engines.ts'
import { openMariadb } from '../sql/mariadb.ts'
import { type Engine, loadDataset, queryDialect } from './harness.ts'

/** Each case's users buy with `coupon` = the case name, at the given instants. */
const BUYS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  berlinYesterday: {
    // 00:30 on Mar 29 in Berlin (the 23-hour day); Mar 28 in UTC.
    b1: ['2026-03-28T23:30:00Z'],
    // 00:30 on Mar 30 in Berlin; Mar 29 in UTC.
    b2: ['2026-03-29T22:30:00Z'],
  },
  nyYesterday: {
    // 23:30 on Nov 1 (EST, the 25-hour day) in New York.
    n1: ['2026-11-02T04:30:00Z'],
    // 23:30 on Oct 31 (EDT).
    n2: ['2026-11-01T03:30:00Z'],
  },
  kolkataMonth: {
    k1: ['2026-11-30T19:00:00Z'], // 00:30 on Dec 1 in Kolkata
    k2: ['2026-11-30T18:00:00Z'], // 23:30 on Nov 30
  },
  lordHoweToday: {
    l1: ['2026-10-03T13:45:00Z'], // 00:15 on Oct 4 at +10:30
    l2: ['2026-10-03T13:15:00Z'], // 23:45 on Oct 3
  },
  berlinMonths: {
    m1: ['2026-07-31T22:30:00Z'], // 00:30 on Aug 1 (CEST)
    m2: ['2026-10-31T23:30:00Z'], // 00:30 on Nov 1 (CET): this month
    m3: ['2026-07-31T21:30:00Z'], // 23:30 on Jul 31
  },
  berlinActiveDays: {
    // Mar 29 twice in Berlin (00:30 and 14:00), two UTC days.
    d1: ['2026-03-28T23:30:00Z', '2026-03-29T12:00:00Z'],
    // Mar 28 and Mar 29 in Berlin.
    d2: ['2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z'],
  },
  nyWeeks: {
    // This week (Mon Nov 9, 01:00 EST) and Sun Nov 1, 23:30 EST (the week of Oct 26).
    w1: ['2026-11-09T06:00:00Z', '2026-11-02T04:30:00Z'],
    // Sun Nov 8, 23:30 EST and Sun Nov 8, 07:00: both in the week of Nov 2.
    w2: ['2026-11-09T04:30:00Z', '2026-11-08T12:00:00Z'],
    // Sat Nov 7 and Sun Nov 8: one Monday week, two Sunday weeks.
    w3: ['2026-11-07T17:00:00Z', '2026-11-08T17:00:00Z'],
  },
}

const DATA: SegmentData = (() => {
  const events: EventRecord[] = []
  const users: { id: string; created_at: number }[] = []
  for (const [coupon, byUser] of Object.entries(BUYS)) {
    for (const [id, times] of Object.entries(byUser)) {
      users.push({ id, created_at: Date.parse('2025-01-01T00:00:00Z') })
      for (const time of times)
        events.push({
          entity: 'user',
          entityId: id,
          event: 'purchased',
          time: Date.parse(time),
          properties: { coupon },
        })
    }
  }
  return { entities: { user: users, account: [] }, events }
})()

const toSqlOrThrow = (
  s: Segment,
  catalog: ToSqlOptions['catalog'],
  dialect: ToSqlOptions['dialect'],
  options: { asOf?: string; timeZone?: string },
) => toSql(s, { catalog, dialect, ...options })

const calendar = (unit: CalendarWindow['unit'], complete: number, current: boolean): CalendarWindow => ({
  type: 'calendar',
  unit,
  complete,
  current,
})

/** One event condition on purchases with the case's coupon. */
function segment(coupon: string, form: EventForm, timeZone?: string, weekStart?: Weekday): Segment {
  return {
    version: 1,
    id: coupon,
    name: coupon,
    entity: 'user',
    ...(timeZone ? { timeZone } : {}),
    ...(weekStart ? { weekStart } : {}),
    root: {
      id: 'root',
      kind: 'group',
      combinator: 'and',
      children: [
        {
          id: 'c',
          kind: 'event',
          event: 'purchased',
          filters: [{ id: 'f', property: 'coupon', operator: 'eq', value: coupon }],
          form,
        },
      ],
    },
  }
}

interface Case {
  name: string
  segment: Segment
  asOf: string
  timeZone?: string
  members: readonly string[]
}

const CASES: readonly Case[] = [
  {
    name: 'yesterday in Berlin after the spring change (a 23-hour day)',
    segment: segment('berlinYesterday', { type: 'performed', window: calendar('day', 1, false) }, 'Europe/Berlin'),
    asOf: '2026-03-30T10:00:00Z',
    members: ['b1'],
  },
  {
    name: 'the same segment evaluated in UTC (the timeZone option overrides the segment’s)',
    segment: segment('berlinYesterday', { type: 'performed', window: calendar('day', 1, false) }, 'Europe/Berlin'),
    asOf: '2026-03-30T10:00:00Z',
    timeZone: 'UTC',
    members: ['b2'],
  },
  {
    name: 'yesterday in New York after the fall change (a 25-hour day)',
    segment: segment('nyYesterday', { type: 'performed', window: calendar('day', 1, false) }, 'America/New_York'),
    asOf: '2026-11-02T12:00:00Z',
    members: ['n1'],
  },
  {
    name: 'this month in Kolkata starts at 18:30 UTC',
    segment: segment('kolkataMonth', { type: 'performed', window: calendar('month', 0, true) }, 'Asia/Kolkata'),
    asOf: '2026-12-01T10:00:00Z',
    members: ['k1'],
  },
  {
    name: 'today on Lord Howe Island, the day its clocks go forward by 30 minutes',
    segment: segment('lordHoweToday', { type: 'performed', window: calendar('day', 0, true) }, 'Australia/Lord_Howe'),
    asOf: '2026-10-04T10:00:00Z',
    members: ['l1'],
  },
  {
    name: 'the last 3 complete months in Berlin (Aug 1 CEST to Nov 1 CET)',
    segment: segment('berlinMonths', { type: 'performed', window: calendar('month', 3, false) }, 'Europe/Berlin'),
    asOf: '2026-11-15T12:00:00Z',
    members: ['m1'],
  },
  {
    name: 'not in the last 3 complete months, this month included',
    segment: segment('berlinMonths', { type: 'not_performed', window: calendar('month', 3, true) }, 'Europe/Berlin'),
    asOf: '2026-11-15T12:00:00Z',
    // Every user but those with a purchase from Aug 1 on (m1, m2) and m3's Jul 31 is outside: m3 and all others.
    members: DATA.entities
      .user!.map((u) => String(u.id))
      .filter((id) => id !== 'm1' && id !== 'm2')
      .sort(),
  },
  {
    name: 'active on 2 local days in the last 3 complete days in Berlin (two UTC days are one local day)',
    segment: segment(
      'berlinActiveDays',
      {
        type: 'measure',
        measure: { fn: 'active_days' },
        comparison: 'gte',
        value: 2,
        window: calendar('day', 3, false),
      },
      'Europe/Berlin',
    ),
    asOf: '2026-03-31T10:00:00Z',
    members: ['d2'],
  },
  {
    name: 'the same active days in UTC count d1 twice',
    segment: segment('berlinActiveDays', {
      type: 'measure',
      measure: { fn: 'active_days' },
      comparison: 'gte',
      value: 2,
      window: calendar('day', 3, false),
    }),
    asOf: '2026-03-31T10:00:00Z',
    members: ['d1', 'd2'],
  },
  {
    name: 'in 2 of the last 3 calendar weeks in New York (Monday weeks)',
    segment: segment(
      'nyWeeks',
      { type: 'regularly', period: { amount: 1, unit: 'week' }, periods: 3, minPeriods: 2, calendar: true },
      'America/New_York',
    ),
    asOf: '2026-11-11T12:00:00Z',
    members: ['w1'],
  },
  {
    name: 'in 2 of the last 3 calendar weeks in New York, weeks starting on Sunday',
    segment: segment(
      'nyWeeks',
      { type: 'regularly', period: { amount: 1, unit: 'week' }, periods: 3, minPeriods: 2, calendar: true },
      'America/New_York',
      'sunday',
    ),
    asOf: '2026-11-11T12:00:00Z',
    members: ['w1', 'w3'],
  },
]

describe('time zones and calendar windows: the evaluator and PostgreSQL, DuckDB, SQLite, MariaDB agree', () => {
  let engines: Engine[] = []
  beforeAll(async () => {
    engines = [await openPglite(), await openDuckdb(), await openSqlite(), await openMariadb({ timeZones: true })]
    for (const engine of engines) await loadDataset(engine, exampleCatalog, DATA)
  }, 180_000)
  afterAll(async () => {
    for (const engine of engines) await engine.close()
  }, 60_000)

  it('gives the hand-computed members across daylight-saving changes', async () => {
    const evaluator = createEvaluator(exampleCatalog, DATA)
    for (const c of CASES) {
      const options = { asOf: c.asOf, ...(c.timeZone ? { timeZone: c.timeZone } : {}) }
      expect(evaluator.evaluate(c.segment, options).ids, `evaluator: ${c.name}`).toEqual(c.members)
      for (const engine of engines) {
        const query = toSqlOrThrow(c.segment, exampleCatalog, queryDialect(engine), options)
        const rows = await engine.query(query.sql, query.params as unknown[])
        expect(rows.map((r) => String(r.id)).sort(), `${engine.name}: ${c.name}\n${query.sql}`).toEqual(c.members)
      }
    }
  })

  it("with asOf 'now', PostgreSQL, DuckDB and MariaDB compute the boundaries with their own clocks, as the evaluator does", async () => {
    // Events every 5 hours over the last 40 days before the real clock, one user each: calendar
    // windows at 'now' cut through them wherever today's local midnights fall.
    const now = Date.now()
    const events: EventRecord[] = []
    const users: { id: string; created_at: number }[] = []
    for (let k = 1; k <= 192; k++) {
      const id = `r${String(k).padStart(3, '0')}`
      users.push({ id, created_at: now - 400 * 86_400_000 })
      for (const coupon of ['now', 'now2'])
        events.push({
          entity: 'user',
          entityId: id,
          event: 'purchased',
          time: now - k * 5 * 3_600_000,
          properties: { coupon },
        })
      if (k % 3 === 0)
        events.push({
          entity: 'user',
          entityId: id,
          event: 'purchased',
          time: now - (k * 5 + 30) * 3_600_000,
          properties: { coupon: 'now' },
        })
    }
    const data: SegmentData = { entities: { user: users, account: [] }, events }
    const engineNow = engines.filter((e) => e.name === 'postgres' || e.name === 'duckdb' || e.name === 'mariadb')
    for (const engine of engineNow) await loadDataset(engine, exampleCatalog, data)
    const evaluator = createEvaluator(exampleCatalog, data)
    const forms: EventForm[] = [
      { type: 'performed', window: calendar('day', 0, true) },
      { type: 'performed', window: calendar('day', 1, false) },
      { type: 'performed', window: calendar('week', 2, false) },
      { type: 'performed', window: calendar('month', 0, true) },
      { type: 'performed', window: calendar('quarter', 1, true) },
      {
        type: 'measure',
        measure: { fn: 'active_days' },
        comparison: 'gte',
        value: 2,
        window: calendar('week', 1, true),
      },
      { type: 'regularly', period: { amount: 1, unit: 'week' }, periods: 3, minPeriods: 2, calendar: true },
    ]
    let informative = 0
    for (const timeZone of ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe']) {
      for (const [i, form] of forms.entries()) {
        const s = segment('now', form, timeZone, i % 2 === 0 ? 'sunday' : undefined)
        const expected = evaluator.evaluate(s).ids
        if (expected.length > 0 && expected.length < users.length) informative++
        for (const engine of engineNow) {
          const query = toSqlOrThrow(s, exampleCatalog, queryDialect(engine), { asOf: 'now' })
          const rows = await engine.query(query.sql, query.params as unknown[])
          expect(
            rows.map((r) => String(r.id)).sort(),
            `${engine.name} at now in ${timeZone}: ${JSON.stringify(form)}\n${query.sql}`,
          ).toEqual(expected)
        }
      }
    }
    expect(informative).toBeGreaterThan(forms.length * 2)
  })

  it("on SQLite, asOf 'now' with a calendar window, and active days in a time zone over an unbounded window, are typed errors", () => {
    const now = () => toSqlOrThrow(CASES[0]!.segment, exampleCatalog, 'sqlite', { asOf: 'now' })
    expect(now).toThrow(SegmentError)
    expect(() => now()).toThrow(/dialect_unsupported|need an instant asOf/)
    const ever = segment(
      'berlinActiveDays',
      { type: 'measure', measure: { fn: 'active_days' }, comparison: 'gte', value: 2, window: { type: 'ever' } },
      'Europe/Berlin',
    )
    let thrown: unknown
    try {
      toSqlOrThrow(ever, exampleCatalog, 'sqlite', { asOf: '2026-03-31T10:00:00Z' })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(SegmentError)
    expect((thrown as SegmentError).issues[0]?.code).toBe('dialect_unsupported')
  })
})
