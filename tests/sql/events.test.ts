// @vitest-environment node
/**
 * Event conditions on the three engines: windows and their boundaries, filters
 * with missing event properties, every measure (empty aggregates included),
 * first/last time, stopped, restarted, regularly, computed properties, asOf in
 * the past.
 */
import type { EventRecord, SegmentData } from '../../packages/core/src/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { DAY, days, event, filter, HOUR, iso, prop, runCases, type SqlCase, seg, T } from './harness.ts'

const purchased = (entityId: string, time: number, properties: EventRecord['properties'] = {}): EventRecord => ({
  entity: 'user',
  entityId,
  event: 'purchased',
  time,
  properties,
})
const opened = (entityId: string, time: number): EventRecord => ({
  entity: 'user',
  entityId,
  event: 'opened_app',
  time,
  properties: { platform: 'web' },
})

const data: SegmentData = {
  entities: { user: ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'].map((id) => ({ id })) },
  events: [
    purchased('e1', T - 1 * DAY, { amount: 10, currency: 'USD' }),
    purchased('e1', T - 3 * DAY, { amount: 30, currency: 'EUR' }),
    purchased('e1', T - 40 * DAY, { amount: 100, currency: 'USD' }),
    // e2: one purchase without an amount, one without a currency, on the same UTC day.
    purchased('e2', T - 2 * DAY, { currency: 'USD' }),
    purchased('e2', T - 2 * DAY + HOUR, { amount: 5 }),
    // e3: exactly 30 days before asOf, and one in the future (does not exist).
    purchased('e3', T - 30 * DAY, { amount: 50 }),
    purchased('e3', T + DAY, { amount: 1000 }),
    // e5: exactly at asOf.
    purchased('e5', T, { amount: 7 }),
    opened('e1', T - 20 * DAY),
    opened('e1', T - 15 * DAY),
    opened('e2', T - 20 * DAY),
    opened('e2', T - 2 * DAY),
    opened('e3', T - 60 * DAY),
    opened('e3', T - 1 * DAY),
    opened('e5', T - 7 * DAY),
    opened('e6', T - 1 * DAY),
    opened('e6', T - 8 * DAY),
    opened('e6', T - 15 * DAY),
    opened('e6', T - 22 * DAY),
    // Two minutes apart but on two UTC days.
    opened('e6', Date.parse('2026-12-10T23:59:00Z')),
    opened('e6', Date.parse('2026-12-11T00:01:00Z')),
  ],
}

const c = (name: string, node: Parameters<typeof seg>[0][number], expected: string[], asOf?: number): SqlCase => ({
  name,
  segment: seg([node]),
  expected,
  ...(asOf === undefined ? {} : { asOf }),
})
const ever = { type: 'ever' } as const
const last = (n: number) => ({ type: 'last' as const, duration: days(n) })
const measure = (
  m: Extract<Parameters<typeof event>[1], { type: 'measure' }>['measure'],
  comparison: 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'between',
  value: number,
  window: Parameters<typeof event>[1] extends infer F ? (F extends { window: infer W } ? W : never) : never,
  value2?: number,
) => ({ type: 'measure' as const, measure: m, comparison, value, window, ...(value2 === undefined ? {} : { value2 }) })

const cases: SqlCase[] = [
  // windows
  c('performed ever ignores events after asOf', event('purchased', { type: 'performed', window: ever }), [
    'e1',
    'e2',
    'e3',
    'e5',
  ]),
  c(
    'performed in the last 30 days: the far end is open, asOf itself counts',
    event('purchased', { type: 'performed', window: last(30) }),
    ['e1', 'e2', 'e5'],
  ),
  c(
    'performed more than 30 days ago: the boundary counts',
    event('purchased', { type: 'performed', window: { type: 'before', duration: days(30) } }),
    ['e1', 'e3'],
  ),
  c(
    'performed between 35 and 2 days ago: (asOf-35d, asOf-2d]',
    event('purchased', { type: 'performed', window: { type: 'relative_range', start: days(35), end: days(2) } }),
    ['e1', 'e2', 'e3'],
  ),
  c(
    'performed in an absolute window: [from, to)',
    event('purchased', {
      type: 'performed',
      window: { type: 'between', from: iso(T - 3 * DAY), to: iso(T - 1 * DAY) },
    }),
    ['e1', 'e2'],
  ),
  c('not_performed in the last 30 days', event('purchased', { type: 'not_performed', window: last(30) }), [
    'e3',
    'e4',
    'e6',
  ]),
  // filters
  c(
    'a filter on a string property',
    event('purchased', { type: 'performed', window: ever }, [filter('currency', 'eq', 'USD')]),
    ['e1', 'e2'],
  ),
  c(
    'a negative filter matches events where the property is missing',
    event('purchased', { type: 'performed', window: ever }, [filter('currency', 'neq', 'USD')]),
    ['e1', 'e2', 'e3', 'e5'],
  ),
  c(
    'a filter with ignoreCase',
    event('purchased', { type: 'performed', window: ever }, [filter('currency', 'eq', 'eur', { ignoreCase: true })]),
    ['e1'],
  ),
  c(
    'a filter on a number property',
    event('purchased', { type: 'performed', window: ever }, [filter('amount', 'gt', 20)]),
    ['e1', 'e3'],
  ),
  c(
    'two filters must hold on the same event',
    event('purchased', { type: 'performed', window: ever }, [
      filter('amount', 'lt', 20),
      filter('currency', 'eq', 'USD'),
    ]),
    ['e1'],
  ),
  c(
    'not_performed with a filter',
    event('purchased', { type: 'not_performed', window: ever }, [filter('amount', 'is_set')]),
    ['e4', 'e6'],
  ),
  // measures
  c('count in a window', event('purchased', measure({ fn: 'count' }, 'gte', 2, last(30))), ['e1', 'e2']),
  c('count over no events is 0', event('purchased', measure({ fn: 'count' }, 'eq', 0, ever)), ['e4', 'e6']),
  c('count lt 1 includes entities without events', event('purchased', measure({ fn: 'count' }, 'lt', 1, last(30))), [
    'e3',
    'e4',
    'e6',
  ]),
  c(
    'count with a filter',
    event('purchased', measure({ fn: 'count' }, 'eq', 2, ever), [filter('currency', 'eq', 'USD')]),
    ['e1'],
  ),
  c('sum over no events is 0', event('purchased', measure({ fn: 'sum', property: 'amount' }, 'eq', 0, last(30))), [
    'e3',
    'e4',
    'e6',
  ]),
  c(
    'sum ignores missing amounts and future events',
    event('purchased', measure({ fn: 'sum', property: 'amount' }, 'gte', 50, ever)),
    ['e1', 'e3'],
  ),
  c('sum eq', event('purchased', measure({ fn: 'sum', property: 'amount' }, 'eq', 5, ever)), ['e2']),
  c(
    'avg ignores events without the property',
    event('purchased', measure({ fn: 'avg', property: 'amount' }, 'eq', 5, ever)),
    ['e2'],
  ),
  c(
    'avg over no events is missing: neq is false too',
    event('purchased', measure({ fn: 'avg', property: 'amount' }, 'neq', 5, ever)),
    ['e1', 'e3', 'e5'],
  ),
  c('min', event('purchased', measure({ fn: 'min', property: 'amount' }, 'lte', 10, ever)), ['e1', 'e2', 'e5']),
  c(
    'max between is inclusive',
    event('purchased', measure({ fn: 'max', property: 'amount' }, 'between', 7, last(30), 30)),
    ['e1', 'e5'],
  ),
  c(
    'max over no events is missing: lt is false',
    event('purchased', measure({ fn: 'max', property: 'amount' }, 'lt', 1000, last(30))),
    ['e1', 'e2', 'e5'],
  ),
  c(
    'distinct counts non-missing values',
    event('purchased', measure({ fn: 'distinct', property: 'currency' }, 'eq', 1, ever)),
    ['e2'],
  ),
  c('distinct of two values', event('purchased', measure({ fn: 'distinct', property: 'currency' }, 'eq', 2, ever)), [
    'e1',
  ]),
  c(
    'distinct over no values is 0',
    event('purchased', measure({ fn: 'distinct', property: 'currency' }, 'eq', 0, ever)),
    ['e3', 'e4', 'e5', 'e6'],
  ),
  c('active_days counts UTC days', event('purchased', measure({ fn: 'active_days' }, 'eq', 1, ever)), [
    'e2',
    'e3',
    'e5',
  ]),
  c(
    'active_days: two minutes across midnight are two days',
    event('opened_app', measure({ fn: 'active_days' }, 'eq', 3, last(5))),
    ['e6'],
  ),
  // first and last time
  c('first_time in the last 30 days', event('purchased', { type: 'first_time', window: last(30) }), ['e2', 'e5']),
  c(
    'first_time with a filter',
    event('purchased', { type: 'first_time', window: last(7) }, [filter('currency', 'eq', 'EUR')]),
    ['e1'],
  ),
  c(
    'last_time more than 10 days ago (future events do not count)',
    event('purchased', { type: 'last_time', window: { type: 'before', duration: days(10) } }),
    ['e3'],
  ),
  // activity forms
  c(
    'stopped: active in the baseline, not in the recent period',
    event('opened_app', { type: 'stopped', baseline: days(30), recent: days(7) }),
    ['e1', 'e5'],
  ),
  c(
    'restarted: active recently after an inactive period, and active before it',
    event('opened_app', { type: 'restarted', inactive: days(30), recent: days(7) }),
    ['e3'],
  ),
  c(
    'regularly: in 4 of the last 4 weeks',
    event('opened_app', { type: 'regularly', period: days(7), periods: 4, minPeriods: 4 }),
    ['e6'],
  ),
  c(
    'regularly: in 2 of the last 4 weeks',
    event('opened_app', { type: 'regularly', period: days(7), periods: 4, minPeriods: 2 }),
    ['e2', 'e6'],
  ),
  c(
    'regularly: an event exactly one period ago belongs to the older period',
    event('opened_app', { type: 'regularly', period: days(1), periods: 7, minPeriods: 1 }),
    ['e2', 'e3', 'e6'],
  ),
  c(
    'regularly with a count per period: at least 2 times a week in 1 of the last 4 weeks',
    event('opened_app', { type: 'regularly', period: days(7), periods: 4, minPeriods: 1, minPerPeriod: 2 }),
    ['e1', 'e6'],
  ),
  c(
    'regularly with a count per period: at least 3 times a week',
    event('opened_app', { type: 'regularly', period: days(7), periods: 4, minPeriods: 1, minPerPeriod: 3 }),
    ['e6'],
  ),
  c(
    'regularly with a count per period: 2 events in one day (4 days ago, a minute either side of midnight)',
    event('opened_app', { type: 'regularly', period: days(1), periods: 7, minPeriods: 1, minPerPeriod: 2 }),
    ['e6'],
  ),
  c(
    'regularly with a count per period of 1 is the plain form',
    event('opened_app', { type: 'regularly', period: days(7), periods: 4, minPeriods: 2, minPerPeriod: 1 }),
    ['e2', 'e6'],
  ),
  c(
    'regularly with a count per period: no entity has 2 such weeks',
    event('opened_app', { type: 'regularly', period: days(7), periods: 4, minPeriods: 2, minPerPeriod: 2 }),
    [],
  ),
  // computed property: sum of purchase amounts in the last 30 days
  c('computed property', prop('revenue_30d', 'gt', 0), ['e1', 'e2', 'e5']),
  c('computed property over no events is 0', prop('revenue_30d', 'eq', 0), ['e3', 'e4', 'e6']),
  c('computed property at a past time', prop('revenue_30d', 'gt', 60, { at: { type: 'ago', duration: days(30) } }), [
    'e1',
  ]),
  // asOf in the past
  c(
    'asOf in the past: the window ends at asOf',
    event('purchased', { type: 'performed', window: last(30) }),
    ['e3'],
    T - 10 * DAY,
  ),
  c(
    'asOf in the past: later events do not exist',
    event('purchased', measure({ fn: 'count' }, 'eq', 0, ever)),
    ['e2', 'e3', 'e4', 'e5', 'e6'],
    T - 35 * DAY,
  ),
]

runCases(exampleCatalog, data, cases)
