// @vitest-environment node
/**
 * Property conditions on the three engines: every operator per type, ignoreCase
 * (ASCII only), missing values with negative operators, datetime boundaries,
 * property history (`at`, asOf in the past) and entities created after asOf.
 */
import type { SegmentData } from '../../packages/core/src/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { ago, DAY, days, iso, prop, runCases, type SqlCase, seg, T } from './harness.ts'

// u3 has no values at all; u6 is created after asOf and never a member.
const data: SegmentData = {
  entities: {
    user: [
      {
        id: 'u1',
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        country: 'US',
        age: 30,
        marketing_consent: true,
        created_at: T - 100 * DAY,
        last_seen_at: T - 1 * DAY,
        interests: ['books', 'tech'],
        plan: 'pro',
        ltv: 100,
      },
      {
        id: 'u2',
        name: 'ADA smith',
        email: 'Ada@Example.COM',
        country: 'DE',
        age: 45,
        marketing_consent: false,
        created_at: T - 10 * DAY,
        last_seen_at: T - 40 * DAY,
        interests: [],
        plan: 'free',
        ltv: 0,
      },
      { id: 'u3' },
      {
        id: 'u4',
        name: '50%_off',
        email: 'x\\y@z',
        country: 'FR',
        age: 18,
        created_at: T - 5 * DAY,
        last_seen_at: T + 2 * DAY,
        interests: ['Tech'],
        plan: 'enterprise',
      },
      {
        id: 'u5',
        name: 'Ömer Åsa',
        country: 'JP',
        age: 65,
        last_seen_at: T - 7 * DAY,
        interests: ['music', 'books', 'tech'],
      },
      { id: 'u6', name: 'Ada Future', age: 30, created_at: T + DAY },
    ],
  },
  events: [],
  history: [
    { entity: 'user', entityId: 'u1', property: 'plan', value: 'free', from: T - 60 * DAY },
    { entity: 'user', entityId: 'u1', property: 'plan', value: 'pro', from: T - 20 * DAY },
    { entity: 'user', entityId: 'u2', property: 'plan', value: 'starter', from: T - 50 * DAY },
    { entity: 'user', entityId: 'u2', property: 'plan', value: 'free', from: T - 5 * DAY },
    // Two rows with the same `from`: the one given last wins.
    { entity: 'user', entityId: 'u2', property: 'ltv', value: 10, from: T - 30 * DAY },
    { entity: 'user', entityId: 'u2', property: 'ltv', value: 20, from: T - 30 * DAY },
    // Only a future row: at asOf u4's plan is missing, whatever the current column says.
    { entity: 'user', entityId: 'u4', property: 'plan', value: 'enterprise', from: T + 3 * DAY },
  ],
}

const c = (name: string, node: Parameters<typeof seg>[0][number], expected: string[], asOf?: number): SqlCase => ({
  name,
  segment: seg([node]),
  expected,
  ...(asOf === undefined ? {} : { asOf }),
})

const cases: SqlCase[] = [
  // string
  c('string eq is case-sensitive', prop('name', 'eq', 'Ada Lovelace'), ['u1']),
  c('string eq ignoreCase folds ASCII', prop('name', 'eq', 'ada lovelace', { ignoreCase: true }), ['u1']),
  c('string neq matches the missing value', prop('name', 'neq', 'Ada Lovelace'), ['u2', 'u3', 'u4', 'u5']),
  c('string contains is case-sensitive', prop('name', 'contains', 'Ada'), ['u1']),
  c('string contains ignoreCase', prop('name', 'contains', 'ada', { ignoreCase: true }), ['u1', 'u2']),
  c('string contains % literally', prop('name', 'contains', '%'), ['u4']),
  c('string contains _ literally', prop('name', 'contains', '_'), ['u4']),
  c('string contains %_ literally', prop('name', 'contains', '%_'), ['u4']),
  c('string contains a%e matches nothing (no wildcard)', prop('name', 'contains', 'A%e'), []),
  c('string contains the empty string matches every present value', prop('name', 'contains', ''), [
    'u1',
    'u2',
    'u4',
    'u5',
  ]),
  c('string not_contains matches missing', prop('name', 'not_contains', 'Ada'), ['u2', 'u3', 'u4', 'u5']),
  c('string not_contains ignoreCase', prop('name', 'not_contains', 'ada', { ignoreCase: true }), ['u3', 'u4', 'u5']),
  c('string starts_with is case-sensitive', prop('name', 'starts_with', 'ADA'), ['u2']),
  c('string starts_with ignoreCase', prop('name', 'starts_with', 'ada', { ignoreCase: true }), ['u1', 'u2']),
  c('string starts_with _ literally', prop('name', 'starts_with', '5_'), []),
  c('string ends_with', prop('name', 'ends_with', '_off'), ['u4']),
  c('string ends_with ignoreCase', prop('name', 'ends_with', 'SMITH', { ignoreCase: true }), ['u2']),
  c(
    'ignoreCase leaves non-ASCII letters as they are (Ö stays Ö)',
    prop('name', 'eq', 'ÖMER Åsa', { ignoreCase: true }),
    ['u5'],
  ),
  c('ignoreCase does not fold Ö to ö', prop('name', 'eq', 'ömer åsa', { ignoreCase: true }), []),
  c('string in', prop('email', 'in', ['ada@example.com', 'x\\y@z']), ['u1', 'u4']),
  c('string in ignoreCase', prop('email', 'in', ['ADA@EXAMPLE.COM'], { ignoreCase: true }), ['u1', 'u2']),
  c('string not_in matches missing', prop('email', 'not_in', ['ada@example.com']), ['u2', 'u3', 'u4', 'u5']),
  c('string is_set', prop('name', 'is_set'), ['u1', 'u2', 'u4', 'u5']),
  c('string is_not_set', prop('name', 'is_not_set'), ['u3']),
  // enum
  c('enum eq', prop('country', 'eq', 'US'), ['u1']),
  c('enum neq matches missing', prop('country', 'neq', 'US'), ['u2', 'u3', 'u4', 'u5']),
  c('enum in', prop('country', 'in', ['US', 'DE']), ['u1', 'u2']),
  c('enum not_in matches missing', prop('country', 'not_in', ['US', 'DE']), ['u3', 'u4', 'u5']),
  c('enum is_not_set', prop('country', 'is_not_set'), ['u3']),
  // number
  c('number eq (an entity created after asOf is never a member)', prop('age', 'eq', 30), ['u1']),
  c('number neq matches missing', prop('age', 'neq', 30), ['u2', 'u3', 'u4', 'u5']),
  c('number gt', prop('age', 'gt', 30), ['u2', 'u5']),
  c('number gte', prop('age', 'gte', 45), ['u2', 'u5']),
  c('number lt', prop('age', 'lt', 30), ['u4']),
  c('number lte', prop('age', 'lte', 30), ['u1', 'u4']),
  c('number between is inclusive', prop('age', 'between', [18, 45]), ['u1', 'u2', 'u4']),
  c('number not_between matches missing', prop('age', 'not_between', [18, 45]), ['u3', 'u5']),
  c('number in', prop('age', 'in', [18, 65]), ['u4', 'u5']),
  c('number not_in matches missing', prop('age', 'not_in', [18, 65]), ['u1', 'u2', 'u3']),
  c('number gt with a fraction', prop('age', 'gt', 44.5), ['u2', 'u5']),
  c('number is_set', prop('age', 'is_set'), ['u1', 'u2', 'u4', 'u5']),
  // boolean
  c('boolean is_true', prop('marketing_consent', 'is_true'), ['u1']),
  c('boolean is_false (missing is neither)', prop('marketing_consent', 'is_false'), ['u2']),
  c('boolean is_not_set', prop('marketing_consent', 'is_not_set'), ['u3', 'u4', 'u5']),
  // datetime
  c('datetime before is strict', prop('last_seen_at', 'before', ago(7)), ['u2']),
  c('datetime after is strict', prop('last_seen_at', 'after', ago(7)), ['u1', 'u4']),
  c(
    'datetime after an absolute instant',
    prop('last_seen_at', 'after', { type: 'absolute', value: iso(T - 7 * DAY) }),
    ['u1', 'u4'],
  ),
  c('datetime between is half-open [from, to)', prop('last_seen_at', 'between', [ago(40), ago(7)]), ['u2']),
  c('datetime within_last excludes the far end and the future', prop('last_seen_at', 'within_last', days(7)), ['u1']),
  c('datetime not_within_last matches missing and the future', prop('last_seen_at', 'not_within_last', days(7)), [
    'u2',
    'u3',
    'u4',
    'u5',
  ]),
  c('datetime within_next', prop('last_seen_at', 'within_next', days(3)), ['u4']),
  c(
    'datetime between a relative and a future date',
    prop('last_seen_at', 'between', [ago(1), { type: 'from_now', duration: days(2) }]),
    ['u1'],
  ),
  c('datetime is_not_set', prop('last_seen_at', 'is_not_set'), ['u3']),
  c('created_at within_last', prop('created_at', 'within_last', days(30)), ['u2', 'u4']),
  // string[]
  c('string[] has_any', prop('interests', 'has_any', ['tech']), ['u1', 'u5']),
  c('string[] has_any ignoreCase', prop('interests', 'has_any', ['TECH'], { ignoreCase: true }), ['u1', 'u4', 'u5']),
  c('string[] has_all', prop('interests', 'has_all', ['books', 'tech']), ['u1', 'u5']),
  c('string[] has_all of three', prop('interests', 'has_all', ['tech', 'music', 'books']), ['u5']),
  c('string[] has_none matches empty and missing', prop('interests', 'has_none', ['tech']), ['u2', 'u3', 'u4']),
  c('string[] has_none ignoreCase', prop('interests', 'has_none', ['tech'], { ignoreCase: true }), ['u2', 'u3']),
  c('string[] is_set counts the empty array as a value', prop('interests', 'is_set'), ['u1', 'u2', 'u4', 'u5']),
  c('string[] is_not_set', prop('interests', 'is_not_set'), ['u3']),
  // history and time travel
  c('history: the value at asOf', prop('plan', 'eq', 'pro'), ['u1']),
  c('history: only a future row means missing now', prop('plan', 'eq', 'enterprise'), []),
  c('history: missing values at asOf', prop('plan', 'is_not_set'), ['u3', 'u4', 'u5']),
  c('history: the latest change', prop('plan', 'eq', 'free'), ['u2']),
  c('at: the value 30 days ago', prop('plan', 'eq', 'free', { at: ago(30) }), ['u1']),
  c('at: another value 30 days ago', prop('plan', 'eq', 'starter', { at: ago(30) }), ['u2']),
  c('at: before the first change the value is missing', prop('plan', 'is_not_set', undefined, { at: ago(90) }), [
    'u1',
    'u2',
    'u3',
    'u4',
    'u5',
  ]),
  c(
    'at: a change takes effect at its own instant',
    prop('plan', 'neq', 'pro', { at: { type: 'absolute', value: iso(T - 20 * DAY) } }),
    ['u2', 'u3', 'u4', 'u5'],
  ),
  c('history: equal from, the row given last wins', prop('ltv', 'eq', 20), ['u2']),
  c('history: equal from, the earlier row loses', prop('ltv', 'eq', 10), []),
  c('at: a property without history rows keeps its current value', prop('ltv', 'eq', 100, { at: ago(365) }), ['u1']),
  c('asOf in the past: entities created later do not exist', prop('plan', 'eq', 'starter'), [], T - 30 * DAY),
  c('asOf in the past: the value then', prop('plan', 'eq', 'free'), ['u1'], T - 30 * DAY),
  c(
    'asOf in the past: within_last is measured from asOf',
    prop('last_seen_at', 'within_last', days(1)),
    ['u5'],
    T - 6 * DAY - 1,
  ),
  {
    name: "the segment's own asOf applies when no option is given",
    segment: seg([prop('plan', 'eq', 'free')], { asOf: iso(T - 30 * DAY) }),
    asOf: 'segment',
    expected: ['u1'],
  },
]

runCases(exampleCatalog, data, cases)
