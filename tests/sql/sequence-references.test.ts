// @vitest-environment node
/**
 * Sequences whose steps compare with an earlier step ("viewed a product, then added the same
 * product"), hand-computed, on the reference evaluator, PostgreSQL (PGlite), DuckDB and SQLite
 * (parameterized and inline) and MariaDB when installed. The data is made so that an earliest-match
 * scan that ignores the key, or checks it only on the earliest chain, gets each case wrong.
 */
import type { EventRecord, SegmentData, SequenceCondition, SequenceStep } from '../../packages/core/src/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { HOUR, hours, runCases, type SqlCase, seg, T } from './harness.ts'
import { runMariadbCases } from './mariadb-cases.ts'

const V = 'viewed_product'
const A = 'added_to_cart'
const P = 'purchased'
const O = 'opened_app'
const at = (entityId: string, event: string, hoursAgo: number, properties: EventRecord['properties'] = {}) =>
  ({ entity: 'user', entityId, event, time: T - hoursAgo * HOUR, properties }) satisfies EventRecord
const product = (p: string, extra: EventRecord['properties'] = {}) => ({ product: p, ...extra })

const data: SegmentData = {
  entities: {
    user: ['r1', 'r2', 'r3', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15', 'r16'].map(
      (id) => ({ id }),
    ),
  },
  events: [
    // The earliest cart after the view is another product; a later one is the same.
    at('r1', V, 10, product('A')),
    at('r1', A, 8, product('B')),
    at('r1', A, 6, product('A')),
    // Only another product in the cart.
    at('r2', V, 10, product('A')),
    at('r2', A, 8, product('B')),
    // The view closest to the cart is of another product.
    at('r3', V, 10, product('A')),
    at('r3', V, 3, product('B')),
    at('r3', A, 2, product('A')),
    // Carts two days ago; a purchase of another product / the same product / of one of two.
    at('r5', A, 48, product('A')),
    at('r5', P, 40, product('B')),
    at('r6', A, 48, product('A')),
    at('r6', P, 40, product('A')),
    at('r7', A, 48, product('A')),
    at('r7', A, 47, product('B')),
    at('r7', P, 40, product('A')),
    // A cart ten hours ago: a day has not passed.
    at('r8', A, 10, product('A')),
    // Opened the app, then viewed and added A.
    at('r9', O, 20),
    at('r9', V, 15, product('A')),
    at('r9', A, 5, product('A')),
    // Viewed A, opened the app, viewed B, added A.
    at('r10', V, 15, product('A')),
    at('r10', O, 12),
    at('r10', V, 10, product('B')),
    at('r10', A, 5, product('A')),
    // Two products through the funnel.
    at('r11', V, 30, product('A')),
    at('r11', V, 29, product('B')),
    at('r11', A, 28, product('B')),
    at('r11', A, 27, product('A')),
    at('r11', P, 26, product('A')),
    // Viewed and added A, bought B.
    at('r12', V, 30, product('A')),
    at('r12', A, 28, product('A')),
    at('r12', P, 26, product('B')),
    // Viewed A, added B, bought A.
    at('r13', V, 30, product('A')),
    at('r13', A, 29, product('B')),
    at('r13', P, 28, product('A')),
    // The same price.
    at('r14', V, 10, product('A', { price: 5 })),
    at('r14', A, 5, product('A', { price: 5 })),
    // Carts without a product (and a purchase without one).
    at('r15', A, 48),
    at('r16', A, 48),
    at('r16', P, 40),
  ],
}

let n = 0
const step = (event: string, extra: Partial<SequenceStep> = {}): SequenceStep => ({
  id: `st${++n}`,
  event,
  filters: [],
  ...extra,
})
/** A filter "`property` equals `target`'s `of`" (the same property name when `of` is left out). */
const same = (property: string, target: SequenceStep, of = property) => ({
  id: `f${++n}`,
  property,
  operator: 'eq' as const,
  value: { type: 'step' as const, step: target.id, property: of },
})
const sequence = (steps: SequenceStep[], extra: Partial<SequenceCondition> = {}): SequenceCondition => ({
  id: `sq${++n}`,
  kind: 'sequence',
  steps,
  window: { type: 'ever' },
  ...extra,
})
const c = (name: string, node: SequenceCondition, expected: string[]): SqlCase => ({
  name,
  segment: seg([node]),
  expected: [...expected].sort(),
})

/** Viewed a product, then added the same product. */
function viewThenAdd(extra: Partial<SequenceCondition> = {}, gap?: SequenceStep['maxGap']): SequenceCondition {
  const view = step(V)
  return sequence([view, step(A, { filters: [same('product', view)], ...(gap ? { maxGap: gap } : {}) })], extra)
}
const cart = step(A)
const cartUntilNow = step(A)
const view3 = step(V)
const view4 = step(V)
const view5 = step(V)
const view6 = step(V)
const view7 = step(V)
const viewPrice = step(V)

const cases: SqlCase[] = [
  c('viewed a product, then added the same product: a later cart of it counts', viewThenAdd(), [
    'r1',
    'r3',
    'r9',
    'r10',
    'r11',
    'r12',
    'r14',
  ]),
  c(
    'within 2 hours: the closest view is of another product, the limit itself matches',
    viewThenAdd({ within: hours(2) }),
    ['r11', 'r12'],
  ),
  c('a max gap of 3 hours on the keyed step', viewThenAdd({}, hours(3)), ['r11', 'r12']),
  c(
    'in the last 12 hours: both steps inside the window',
    viewThenAdd({ window: { type: 'last', duration: hours(12) } }),
    ['r1', 'r3', 'r14'],
  ),
  c(
    'added a product, then did not buy that product within a day (an abandoned cart per product)',
    sequence([cart, step(P, { negated: true, maxGap: { amount: 1, unit: 'day' }, filters: [same('product', cart)] })]),
    ['r5', 'r7', 'r11', 'r12', 'r13', 'r15', 'r16'],
  ),
  c(
    'added a product, then never bought it up to asOf',
    sequence([cartUntilNow, step(P, { negated: true, filters: [same('product', cartUntilNow)] })]),
    ['r1', 'r2', 'r3', 'r5', 'r7', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15', 'r16'],
  ),
  c(
    'opened the app, then viewed a product, then added it (the key starts at the second step)',
    sequence([step(O), view3, step(A, { filters: [same('product', view3)] })]),
    ['r9'],
  ),
  c(
    'viewed, added and bought the same product',
    sequence([view4, step(A, { filters: [same('product', view4)] }), step(P, { filters: [same('product', view4)] })]),
    ['r11'],
  ),
  c(
    'viewed a product, then bought it without adding it to the cart in between (a keyed blocker)',
    sequence([
      view5,
      step(A, { negated: true, filters: [same('product', view5)] }),
      step(P, { filters: [same('product', view5)] }),
    ]),
    ['r13'],
  ),
  c(
    'viewed a product, then added it without opening the app in between (a blocker without the key)',
    sequence([view6, step(O, { negated: true }), step(A, { filters: [same('product', view6)] })]),
    ['r1', 'r3', 'r9', 'r11', 'r12', 'r14'],
  ),
  c(
    'viewed a product, added it, then bought anything (the key ends before the last step)',
    sequence([view7, step(A, { filters: [same('product', view7)] }), step(P)]),
    ['r11', 'r12'],
  ),
  c(
    'a number key: the cart has the price of the view',
    sequence([viewPrice, step(A, { filters: [same('price', viewPrice)] })]),
    ['r14'],
  ),
]

runCases(exampleCatalog, data, cases)

runMariadbCases(exampleCatalog, data, cases)
