// @vitest-environment node
/**
 * Computed properties that take values — the most frequent, first and last value of an event
 * property and its unique list — hand-computed, on the reference evaluator, PostgreSQL (PGlite),
 * DuckDB and SQLite (parameterized and inline) and MariaDB when installed: ties in counts and in
 * time go to the smallest value by code point ('Shoes' before 'shoes'), events without a value are
 * skipped, no such event is missing, a window and a past time (`at`) bound the events.
 */
import type { Catalog, EventRecord, PropertyCondition, SegmentData } from '../../packages/core/src/index.ts'
import { HOUR, prop, runCases, type SqlCase, seg, T } from './harness.ts'
import { runMariadbCases } from './mariadb-cases.ts'

const ever = { type: 'ever' } as const
const catalog: Catalog = {
  entities: [
    {
      id: 'user',
      label: 'User',
      properties: [
        { id: 'name', label: 'Name', type: 'string' },
        {
          id: 'fav_category',
          label: 'Favourite category',
          type: 'string',
          computed: { event: 'viewed', measure: { fn: 'most_frequent', property: 'category' }, window: ever },
        },
        {
          id: 'first_category',
          label: 'First category',
          type: 'string',
          computed: { event: 'viewed', measure: { fn: 'first', property: 'category' }, window: ever },
        },
        {
          id: 'last_category',
          label: 'Last category (7 days)',
          type: 'string',
          computed: {
            event: 'viewed',
            measure: { fn: 'last', property: 'category' },
            window: { type: 'last', duration: { amount: 7, unit: 'day' } },
          },
        },
        {
          id: 'categories',
          label: 'Categories',
          type: 'string[]',
          computed: { event: 'viewed', measure: { fn: 'unique_list', property: 'category' }, window: ever },
        },
        {
          id: 'top_price',
          label: 'Most frequent price',
          type: 'number',
          computed: { event: 'viewed', measure: { fn: 'most_frequent', property: 'price' }, window: ever },
        },
        {
          id: 'last_price',
          label: 'Last price',
          type: 'number',
          computed: { event: 'viewed', measure: { fn: 'last', property: 'price' }, window: ever },
        },
        {
          id: 'first_source',
          label: 'First source',
          type: 'enum',
          options: [
            { value: 'ads', label: 'Ads' },
            { value: 'seo', label: 'Search' },
          ],
          computed: { event: 'visit', measure: { fn: 'first', property: 'source' }, window: ever },
        },
      ],
    },
  ],
  events: [
    {
      id: 'viewed',
      label: 'Viewed',
      properties: [
        { id: 'category', label: 'Category', type: 'string' },
        { id: 'price', label: 'Price', type: 'number' },
      ],
    },
    {
      id: 'visit',
      label: 'Visit',
      properties: [
        {
          id: 'source',
          label: 'Source',
          type: 'enum',
          options: [
            { value: 'ads', label: 'Ads' },
            { value: 'seo', label: 'Search' },
          ],
        },
      ],
    },
  ],
}

const at = (entityId: string, event: string, hoursAgo: number, properties: EventRecord['properties'] = {}) =>
  ({ entity: 'user', entityId, event, time: T - hoursAgo * HOUR, properties }) satisfies EventRecord

const data: SegmentData = {
  entities: { user: ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7'].map((id) => ({ id, name: id })) },
  events: [
    // Shoes twice, hats once; two visits.
    at('u1', 'viewed', 50, { category: 'shoes' }),
    at('u1', 'viewed', 40, { category: 'hats' }),
    at('u1', 'viewed', 30, { category: 'shoes' }),
    at('u1', 'visit', 100, { source: 'ads' }),
    at('u1', 'visit', 90, { source: 'seo' }),
    // One each: the tie goes to the smaller value; both at price 5.
    at('u2', 'viewed', 50, { category: 'hats', price: 5 }),
    at('u2', 'viewed', 40, { category: 'shoes', price: 5 }),
    at('u2', 'visit', 80, { source: 'seo' }),
    // Case differs: two values, 'Shoes' < 'shoes' by code point.
    at('u3', 'viewed', 50, { category: 'Shoes' }),
    at('u3', 'viewed', 49, { category: 'shoes' }),
    // Two views at the same instant: the smaller value is first, last and most frequent.
    at('u4', 'viewed', 20, { category: 'b', price: 3 }),
    at('u4', 'viewed', 20, { category: 'a', price: 2 }),
    // u5: no views at all. u6: the latest view has no category.
    at('u6', 'viewed', 60, { category: 'toys' }),
    at('u6', 'viewed', 10, {}),
    // Eight days ago and an hour ago.
    at('u7', 'viewed', 200, { category: 'old' }),
    at('u7', 'viewed', 1, { category: 'new' }),
  ],
}

const c = (name: string, node: PropertyCondition, expected: string[]): SqlCase => ({
  name,
  segment: seg([node]),
  expected,
})
const threeDaysAgo = { at: { type: 'ago' as const, duration: { amount: 3, unit: 'day' as const } } }

const cases: SqlCase[] = [
  c('most frequent: shoes twice beats hats once', prop('fav_category', 'eq', 'shoes'), ['u1']),
  c('most frequent: a tie goes to the smaller value', prop('fav_category', 'eq', 'hats'), ['u2']),
  c('most frequent: case-sensitive, Shoes before shoes', prop('fav_category', 'eq', 'Shoes'), ['u3']),
  c('most frequent: same instant, smaller value', prop('fav_category', 'eq', 'a'), ['u4']),
  c('most frequent: missing without views', prop('fav_category', 'is_not_set'), ['u5']),
  c('most frequent: neq matches the missing value', prop('fav_category', 'neq', 'shoes'), [
    'u2',
    'u3',
    'u4',
    'u5',
    'u6',
    'u7',
  ]),
  c('first: the earliest view', prop('first_category', 'eq', 'shoes'), ['u1']),
  c(
    'first: a tie in time goes to the smaller value, events without a value are skipped',
    prop('first_category', 'in', ['a', 'toys']),
    ['u4', 'u6'],
  ),
  c('last in 7 days', prop('last_category', 'eq', 'shoes'), ['u1', 'u2', 'u3']),
  c('last: the view without a category is skipped', prop('last_category', 'eq', 'toys'), ['u6']),
  c('last: the view 8 days ago is outside the window', prop('last_category', 'eq', 'new'), ['u7']),
  c('last, 3 days ago: the window ends then', prop('last_category', 'eq', 'old', threeDaysAgo), ['u7']),
  c('last, 3 days ago: later views do not exist yet', prop('last_category', 'is_set', undefined, threeDaysAgo), ['u7']),
  c('unique list: has any', prop('categories', 'has_any', ['shoes']), ['u1', 'u2', 'u3']),
  c('unique list: has all', prop('categories', 'has_all', ['hats', 'shoes']), ['u1', 'u2']),
  c('unique list: has any ignoring case', prop('categories', 'has_any', ['SHOES'], { ignoreCase: true }), [
    'u1',
    'u2',
    'u3',
  ]),
  c(
    'unique list: has all ignoring case, folded values counted once',
    prop('categories', 'has_all', ['SHOES', 'shoes'], { ignoreCase: true }),
    ['u1', 'u2', 'u3'],
  ),
  c(
    'unique list: has all ignoring case needs both folded values',
    prop('categories', 'has_all', ['HATS', 'Shoes'], { ignoreCase: true }),
    ['u1', 'u2'],
  ),
  c('unique list: has none matches no views', prop('categories', 'has_none', ['shoes']), ['u4', 'u5', 'u6', 'u7']),
  c('unique list: is set with a value only', prop('categories', 'is_set'), ['u1', 'u2', 'u3', 'u4', 'u6', 'u7']),
  c('most frequent number: a tie goes to the smaller number', prop('top_price', 'eq', 2), ['u4']),
  c('most frequent number', prop('top_price', 'eq', 5), ['u2']),
  c('last number at one instant: the smaller', prop('last_price', 'lte', 2), ['u4']),
  c('first enum value', prop('first_source', 'eq', 'ads'), ['u1']),
  c('first enum value of one visit', prop('first_source', 'in', ['seo']), ['u2']),
]

runCases(catalog, data, cases)
runMariadbCases(catalog, data, cases)
