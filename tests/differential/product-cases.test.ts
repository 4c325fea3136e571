// @vitest-environment node
/**
 * Fixed cases from the product examples: each preset segment on small hand-made
 * data with hand-checked members, then every preset on the generated fixtures —
 * the evaluator and PostgreSQL, DuckDB and SQLite must agree everywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEvaluator } from '../../packages/core/src/evaluate/index.ts'
import type { EntityRecord, EventRecord, PropertyChangeRecord, SegmentData } from '../../packages/core/src/index.ts'
import type { Segment } from '../../packages/core/src/model/segment.ts'
import {
  blackFriday,
  exampleCatalog,
  FIXTURE_AS_OF_MS,
  generateDataset,
  presetSegments,
} from '../../packages/core/src/testing/index.ts'
import { type Engine, openDuckdb, openPglite, openSqlite } from '../engines/engines.ts'
import { loadDataset, sqlMembers } from './harness.ts'

const H = 3_600_000
const D = 24 * H
const NOW = FIXTURE_AS_OF_MS
const BF = blackFriday(2026)

const preset = (id: string): Segment => {
  const found = presetSegments.find((p) => p.id === id)
  if (!found) throw new Error(`no preset ${id}`)
  return found.segment
}
const user = (id: string, props: Omit<EntityRecord, 'id'> = {}): EntityRecord => ({
  id,
  created_at: NOW - 400 * D,
  ...props,
})
const at = (
  entityId: string,
  event: string,
  time: number,
  properties: EventRecord['properties'] = {},
): EventRecord => ({
  entity: 'user',
  entityId,
  event,
  time,
  properties,
})
const plan = (entityId: string, value: string, from: number): PropertyChangeRecord => ({
  entity: 'user',
  entityId,
  property: 'plan',
  value,
  from,
})
const users = (...rows: EntityRecord[]): SegmentData['entities'] => ({ user: rows, account: [] })

let engines: Engine[] = []
beforeAll(async () => {
  engines = [await openPglite(), await openDuckdb(), await openSqlite()]
})
afterAll(async () => {
  for (const engine of engines) await engine.close()
})

/** Members on every side; every side must say the same. */
async function membersEverywhere(data: SegmentData, segment: Segment, asOf = NOW): Promise<string[]> {
  const expected = createEvaluator(exampleCatalog, data).evaluate(segment, { asOf }).ids
  for (const engine of engines) {
    await loadDataset(engine, exampleCatalog, data)
    const { ids, sql } = await sqlMembers(engine, exampleCatalog, segment, asOf)
    expect(ids, `${engine.name} disagrees with the evaluator\n${sql}`).toEqual(expected)
  }
  return expected
}

describe('product examples on hand-made data, evaluator = PostgreSQL = DuckDB = SQLite', () => {
  it('multiple purchases, not visited in 40 days, over $800 in total, marketing consent', async () => {
    const lapsedBuyer = (id: string, consent: boolean | null, amounts: number[], lastOpenDaysAgo: number) => ({
      user: user(id, { marketing_consent: consent }),
      events: [
        ...amounts.map((amount, i) => at(id, 'purchased', NOW - (60 - i) * D, { amount })),
        at(id, 'opened_app', NOW - lastOpenDaysAgo * D),
      ],
    })
    const people = [
      lapsedBuyer('in', true, [500, 400], 45),
      lapsedBuyer('no_consent', false, [500, 400], 45),
      lapsedBuyer('consent_unknown', null, [500, 400], 45),
      lapsedBuyer('visited', true, [500, 400], 39),
      lapsedBuyer('exactly_800', true, [400, 400], 45),
      lapsedBuyer('one_purchase', true, [900], 45),
      lapsedBuyer('visited_40_days_ago', true, [500, 400], 40),
    ]
    const data: SegmentData = {
      entities: users(...people.map((p) => p.user)),
      events: people.flatMap((p) => p.events),
    }
    // 40 days ago exactly is outside "the last 40 days" (asOf - 40d < t is false).
    expect(await membersEverywhere(data, preset('loyal_lapsed_buyers'))).toEqual(['in', 'visited_40_days_ago'])
  })

  it('whales a week ago who have since downgraded', async () => {
    const data: SegmentData = {
      entities: users(
        user('downgraded', { plan: 'free' }),
        user('still_whale', { plan: 'enterprise' }),
        user('upgraded', { plan: 'pro' }),
        user('downgraded_earlier', { plan: 'starter' }),
        user('no_history', { plan: 'free' }),
      ),
      events: [],
      history: [
        plan('downgraded', 'pro', NOW - 100 * D),
        plan('downgraded', 'free', NOW - 3 * D),
        plan('still_whale', 'enterprise', NOW - 100 * D),
        plan('upgraded', 'starter', NOW - 100 * D),
        plan('upgraded', 'pro', NOW - 3 * D),
        plan('downgraded_earlier', 'pro', NOW - 100 * D),
        plan('downgraded_earlier', 'starter', NOW - 10 * D),
      ],
    }
    expect(await membersEverywhere(data, preset('downgraded_whales'))).toEqual(['downgraded'])
    // Four days ago, 'downgraded' was still on pro, and 'downgraded_earlier' had left pro within the week.
    expect(await membersEverywhere(data, preset('downgraded_whales'), NOW - 4 * D)).toEqual(['downgraded_earlier'])
  })

  it('bought during Black Friday week, with activity before, during and after', async () => {
    const data: SegmentData = {
      entities: users(user('all_three'), user('not_after'), user('bought_after_week'), user('edges'), user('no_buy')),
      events: [
        at('all_three', 'purchased', BF + D, { amount: 20 }),
        at('all_three', 'opened_app', BF - 17 * D),
        at('all_three', 'opened_app', BF + 11 * D),
        at('not_after', 'purchased', BF + D, { amount: 20 }),
        at('not_after', 'opened_app', BF - 17 * D),
        at('bought_after_week', 'purchased', BF + 7 * D, { amount: 20 }),
        at('bought_after_week', 'opened_app', BF - 17 * D),
        at('bought_after_week', 'opened_app', BF + 11 * D),
        // Both ends of a between window: `from` is in, `to` is out.
        at('edges', 'purchased', BF, { amount: 20 }),
        at('edges', 'opened_app', BF - 30 * D),
        at('edges', 'opened_app', BF + 7 * D),
        at('no_buy', 'opened_app', BF - 17 * D),
        at('no_buy', 'opened_app', BF + 2 * D),
        at('no_buy', 'opened_app', BF + 11 * D),
      ],
    }
    expect(await membersEverywhere(data, preset('black_friday_buyers'))).toEqual(['all_three', 'edges'])
  })

  it('power, casual and at-risk users', async () => {
    const opens = (id: string, daysAgo: number[]) => daysAgo.map((d) => at(id, 'opened_app', NOW - d * D - H))
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)
    const data: SegmentData = {
      entities: users(user('daily'), user('burst'), user('weekly'), user('lapsed'), user('gone'), user('never')),
      events: [
        ...opens('daily', range(0, 29)),
        // 12 days, all in the last two weeks: not in each of the last 4 weeks.
        ...opens('burst', range(0, 11)),
        ...opens('weekly', [1, 8, 15, 22]),
        ...opens('lapsed', [35, 50, 70]),
        ...opens('gone', [95]),
      ],
    }
    expect(await membersEverywhere(data, preset('power_users'))).toEqual(['daily'])
    expect(await membersEverywhere(data, preset('casual_users'))).toEqual(['weekly'])
    expect(await membersEverywhere(data, preset('at_risk_users'))).toEqual(['lapsed'])
  })

  it('the 3-step activation sequence: signed up, opened the app, purchased, within 7 days', async () => {
    const steps = (id: string, signed: number, opened: number, purchased: number) => [
      at(id, 'signed_up', NOW - signed * H, { source: 'ads' }),
      at(id, 'opened_app', NOW - opened * H),
      at(id, 'purchased', NOW - purchased * H, { amount: 10 }),
    ]
    const data: SegmentData = {
      entities: users(user('fast'), user('slow'), user('wrong_order'), user('tie'), user('exactly_7_days')),
      events: [
        ...steps('fast', 480, 470, 400),
        ...steps('slow', 480, 470, 480 - 7 * 24 - 1),
        ...steps('wrong_order', 480, 400, 470),
        ...steps('tie', 480, 480, 470),
        ...steps('exactly_7_days', 480, 470, 480 - 7 * 24),
      ],
    }
    expect(await membersEverywhere(data, preset('activation_sequence'))).toEqual(['exactly_7_days', 'fast'])
  })

  it('cart abandoners: no purchase within a day of the cart', async () => {
    const cart = (id: string, daysAgo: number, purchaseHoursAfter?: number) => {
      const t = NOW - daysAgo * D
      return [
        at(id, 'viewed_product', t - H, { product: 'Shoes #1' }),
        at(id, 'added_to_cart', t, { product: 'Shoes #1' }),
        ...(purchaseHoursAfter === undefined ? [] : [at(id, 'purchased', t + purchaseHoursAfter * H, { amount: 9 })]),
      ]
    }
    const data: SegmentData = {
      entities: users(user('bought_soon'), user('bought_late'), user('never_bought'), user('old_cart'), user('at_24h')),
      events: [
        ...cart('bought_soon', 5, 3),
        ...cart('bought_late', 5, 30),
        ...cart('never_bought', 5),
        ...cart('old_cart', 40),
        ...cart('at_24h', 5, 24),
      ],
    }
    expect(await membersEverywhere(data, preset('cart_abandoners'))).toEqual(['bought_late', 'never_bought'])
  })

  it('accounts by ARR tier, ARR read from its history, and users of big accounts', async () => {
    const account = (id: string, arr: number | null, created = NOW - 400 * D): EntityRecord => ({
      id,
      arr,
      created_at: created,
    })
    const data: SegmentData = {
      entities: {
        account: [
          account('a_60k', 60_000),
          account('a_50k', 50_000),
          account('a_49999', 49_999),
          account('a_10k', 10_000),
          account('a_9999', 9_999.5),
          account('a_unknown', null),
          // The row says 80k but the history says it fell to 20k ten days ago.
          account('a_fell', 80_000),
          account('a_future', 90_000, NOW + D),
        ],
        user: [
          user('u_big_active', { account_id: 'a_60k' }),
          user('u_big_idle', { account_id: 'a_50k' }),
          user('u_mid_active', { account_id: 'a_10k' }),
          user('u_dangling', { account_id: 'nope' }),
          user('u_future_account', { account_id: 'a_future' }),
        ],
      },
      events: [
        at('u_big_active', 'opened_app', NOW - 2 * D),
        at('u_big_idle', 'opened_app', NOW - 9 * D),
        at('u_mid_active', 'opened_app', NOW - 2 * D),
        at('u_dangling', 'opened_app', NOW - 2 * D),
        at('u_future_account', 'opened_app', NOW - 2 * D),
      ],
      history: [
        { entity: 'account', entityId: 'a_fell', property: 'arr', value: 80_000, from: NOW - 100 * D },
        { entity: 'account', entityId: 'a_fell', property: 'arr', value: 20_000, from: NOW - 10 * D },
      ],
    }
    expect(await membersEverywhere(data, preset('enterprise_arr_accounts'))).toEqual(['a_50k', 'a_60k'])
    expect(await membersEverywhere(data, preset('mid_market_arr_accounts'))).toEqual(['a_10k', 'a_49999', 'a_fell'])
    expect(await membersEverywhere(data, preset('small_arr_accounts'))).toEqual(['a_9999', 'a_unknown'])
    // Eleven days ago a_fell was still at 80k.
    expect(await membersEverywhere(data, preset('enterprise_arr_accounts'), NOW - 11 * D)).toEqual([
      'a_50k',
      'a_60k',
      'a_fell',
    ])
    expect(await membersEverywhere(data, preset('users_of_big_accounts'))).toEqual(['u_big_active'])
  })
})

describe('regressions found by the differential harness', () => {
  it('given asOf in the past, a property read at a later absolute instant takes its value at asOf', async () => {
    const data: SegmentData = {
      entities: users(user('u1', { plan: 'free' })),
      events: [],
      history: [plan('u1', 'pro', NOW - 10 * D), plan('u1', 'free', NOW - D)],
    }
    const segment: Segment = {
      version: 1,
      id: 'at_after_as_of',
      name: 'Pro at the fixtures now',
      entity: 'user',
      root: {
        id: 'r',
        kind: 'group',
        combinator: 'and',
        children: [
          {
            id: 'c',
            kind: 'property',
            property: 'plan',
            operator: 'eq',
            value: 'pro',
            at: { type: 'absolute', value: new Date(NOW).toISOString() },
          },
        ],
      },
    }
    expect(await membersEverywhere(data, segment, NOW - 3 * D)).toEqual(['u1'])
    expect(await membersEverywhere(data, segment, NOW)).toEqual([])
  })
})

describe('decisions written into semantics.md', () => {
  it('given history that starts after asOf, the value at asOf is missing, not the entity row', async () => {
    const data: SegmentData = {
      entities: users(user('late_history', { plan: 'pro' }), user('no_history', { plan: 'pro' })),
      events: [],
      history: [plan('late_history', 'pro', NOW - D)],
    }
    const plans = (operator: 'is_not_set' | 'eq'): Segment => ({
      version: 1,
      id: `plan_${operator}`,
      name: 'plan',
      entity: 'user',
      root: {
        id: 'r',
        kind: 'group',
        combinator: 'and',
        children: [
          { id: 'c', kind: 'property', property: 'plan', operator, ...(operator === 'eq' ? { value: 'pro' } : {}) },
        ],
      },
    })
    expect(await membersEverywhere(data, plans('is_not_set'), NOW - 3 * D)).toEqual(['late_history'])
    expect(await membersEverywhere(data, plans('eq'), NOW - 3 * D)).toEqual(['no_history'])
    expect(await membersEverywhere(data, plans('eq'), NOW)).toEqual(['late_history', 'no_history'])
  })
})

describe('every preset on the generated fixtures', () => {
  const data = generateDataset({ users: 300, seed: 11 })
  const evaluator = createEvaluator(exampleCatalog, data)
  const loaded = new Set<Engine>()

  it.each(presetSegments.map((p) => [p.id, p.segment] as const))(
    '%s: the evaluator and the three engines select the same, non-trivial members',
    async (_id, segment) => {
      const expected = evaluator.evaluate(segment, { asOf: NOW }).ids
      expect(expected.length).toBeGreaterThan(0)
      for (const engine of engines) {
        if (!loaded.has(engine)) {
          await loadDataset(engine, exampleCatalog, data)
          loaded.add(engine)
        }
        const { ids } = await sqlMembers(engine, exampleCatalog, segment, NOW)
        expect(ids, engine.name).toEqual(expected)
      }
    },
  )
})
