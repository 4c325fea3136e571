// @vitest-environment node
/**
 * Sequences on the three engines: strict order (ties do not chain), max gaps,
 * `within`, the window, filters per step, negated steps in the middle and at the
 * end (with and without a max gap), several choices of events.
 */
import type { EventRecord, SegmentData, SequenceCondition, SequenceStep } from '../../packages/core/src/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { DAY, days, filter, HOUR, hours, iso, runCases, type SqlCase, seg, T } from './harness.ts'

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
const V = 'viewed_product'
const A = 'added_to_cart'
const P = 'purchased'

const data: SegmentData = {
  entities: { user: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8'].map((id) => ({ id })) },
  events: [
    // view, add, purchase one day apart each
    at('q1', V, T - 5 * DAY, { product: 'A' }),
    at('q1', A, T - 4 * DAY, { product: 'A' }),
    at('q1', P, T - 3 * DAY),
    // view and add at the same instant (a tie), purchase exactly one day after the add
    at('q2', V, T - 5 * DAY),
    at('q2', A, T - 5 * DAY),
    at('q2', P, T - 4 * DAY),
    // add before view, purchase much later
    at('q3', A, T - 6 * DAY),
    at('q3', V, T - 5 * DAY),
    at('q3', P, T - 1 * DAY),
    // view and add eight days apart
    at('q4', V, T - 10 * DAY),
    at('q4', A, T - 2 * DAY),
    // purchase one hour after the add
    at('q5', V, T - 5 * DAY),
    at('q5', A, T - 4 * DAY),
    at('q5', P, T - 4 * DAY + HOUR),
    // different products
    at('q6', V, T - 5 * DAY, { product: 'A' }),
    at('q6', A, T - 4 * DAY, { product: 'B' }),
    at('q6', V, T - 3 * DAY),
    // two views: only the later one is close to the add
    at('q7', V, T - 3 * DAY),
    at('q7', V, T - 2 * DAY),
    at('q7', A, T - 1 * DAY),
    // an add and nothing else
    at('q8', A, T - 5 * DAY),
  ],
}

let n = 0
const step = (event: string, extra: Partial<SequenceStep> = {}): SequenceStep => ({
  id: `st${++n}`,
  event,
  filters: [],
  ...extra,
})
const sequence = (steps: SequenceStep[], extra: Partial<SequenceCondition> = {}): SequenceCondition => ({
  id: `sq${++n}`,
  kind: 'sequence',
  steps,
  window: { type: 'ever' },
  ...extra,
})
const c = (name: string, node: SequenceCondition, expected: string[], asOf?: number): SqlCase => ({
  name,
  segment: seg([node]),
  expected,
  ...(asOf === undefined ? {} : { asOf }),
})

const cases: SqlCase[] = [
  c('two steps: strictly later, a tie does not chain', sequence([step(V), step(A)]), ['q1', 'q4', 'q5', 'q6', 'q7']),
  c('three steps', sequence([step(V), step(A), step(P)]), ['q1', 'q5']),
  c('a max gap on a step', sequence([step(V), step(A, { maxGap: days(7) })]), ['q1', 'q5', 'q6', 'q7']),
  c('within: exactly the limit matches', sequence([step(V), step(A)], { within: days(8) }), [
    'q1',
    'q4',
    'q5',
    'q6',
    'q7',
  ]),
  c('within: just under the gap does not', sequence([step(V), step(A)], { within: { amount: 191, unit: 'hour' } }), [
    'q1',
    'q5',
    'q6',
    'q7',
  ]),
  c(
    'some choice of events: the later view is within one day of the add',
    sequence([step(V), step(A)], { within: days(1) }),
    ['q1', 'q5', 'q6', 'q7'],
  ),
  c(
    'filters per step',
    sequence([
      step(V, { filters: [filter('product', 'eq', 'A')] }),
      step(A, { filters: [filter('product', 'eq', 'A')] }),
    ]),
    ['q1'],
  ),
  c(
    'every positive step inside the window',
    sequence([step(V), step(A)], { window: { type: 'last', duration: days(4) } }),
    ['q7'],
  ),
  c(
    'negated last step with a max gap: an event exactly at the gap counts as "did"',
    sequence([step(V), step(A), step(P, { negated: true, maxGap: days(1) })]),
    ['q4', 'q6', 'q7'],
  ),
  c(
    'negated last step with a shorter max gap: a later event does not block',
    sequence([step(V), step(A), step(P, { negated: true, maxGap: hours(12) })]),
    ['q1', 'q4', 'q6', 'q7'],
  ),
  c(
    'negated middle step: nothing strictly between; a tie with the step before does not block',
    sequence([step(V), step(A, { negated: true }), step(P)]),
    ['q2', 'q3'],
  ),
  c(
    'negated last step without a max gap: nothing until asOf',
    sequence([step(V), step(A), step(P, { negated: true })]),
    ['q4', 'q6', 'q7'],
  ),
  c(
    'negated step events need not lie in the window',
    sequence([step(V), step(A), step(P, { negated: true })], {
      window: { type: 'between', from: iso(T - 6 * DAY), to: iso(T - 3 * DAY) },
    }),
    ['q6'],
  ),
  c(
    'two negated steps in a row both apply to the step before',
    sequence([step(V), step(A), step(P, { negated: true }), step(V, { negated: true })]),
    ['q4', 'q7'],
  ),
  c(
    'negated step with a max gap between positive steps',
    sequence([step(V), step(A, { negated: true, maxGap: { amount: 12, unit: 'hour' } }), step(P)]),
    ['q1', 'q2', 'q3', 'q5'],
  ),
  c(
    'did X, then did not do Y within a day: one positive step; a purchase exactly a day later counts as "did"',
    sequence([step(A), step(P, { negated: true, maxGap: days(1) })]),
    ['q3', 'q4', 'q6', 'q7', 'q8'],
  ),
  c(
    'did X, then did not do Y within two days: a cart less than two days before asOf is not in yet',
    sequence([step(A), step(P, { negated: true, maxGap: days(2) })]),
    ['q3', 'q4', 'q6', 'q8'],
  ),
  c(
    'did X, then never did Y (no max gap): nothing after the step up to asOf',
    sequence([step(A), step(P, { negated: true })]),
    ['q4', 'q6', 'q7', 'q8'],
  ),
  c('asOf in the past: later events do not exist', sequence([step(V), step(A)]), ['q1', 'q5', 'q6'], T - 3 * DAY),
]

runCases(exampleCatalog, data, cases)
