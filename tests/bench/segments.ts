/**
 * The segments the benchmarks run, each with its equivalent for the peer:
 * flat property segments (and the react-querybuilder query / JSON Logic rule
 * that means the same), behavioural mixes, and the DuckDB-vs-evaluator cases.
 */

import type { RuleGroupType } from 'react-querybuilder'
import type { Condition, Segment } from '../../packages/core/src/index.ts'

/** A property condition and the react-querybuilder rule that says the same. */
interface PropertyTemplate {
  condition: (i: number) => Condition
  rule: (i: number) => { field: string; operator: string; value: unknown }
}

const PLANS = ['free', 'starter', 'pro', 'enterprise']
const COUNTRIES = ['US', 'DE', 'FR', 'GB', 'JP', 'BR']

/** Ten kinds of property rules, cycled; values vary with the index so nothing is repeated verbatim. */
const TEMPLATES: PropertyTemplate[] = [
  {
    condition: (i) => ({
      id: `c${i}`,
      kind: 'property',
      property: 'plan',
      operator: 'in',
      value: [PLANS[i % 4]!, PLANS[(i + 1) % 4]!],
    }),
    rule: (i) => ({ field: 'plan', operator: 'in', value: [PLANS[i % 4]!, PLANS[(i + 1) % 4]!] }),
  },
  {
    condition: (i) => ({ id: `c${i}`, kind: 'property', property: 'ltv', operator: 'gt', value: i }),
    rule: (i) => ({ field: 'ltv', operator: '>', value: i }),
  },
  {
    condition: (i) => ({
      id: `c${i}`,
      kind: 'property',
      property: 'country',
      operator: 'eq',
      value: COUNTRIES[i % 6]!,
    }),
    rule: (i) => ({ field: 'country', operator: '=', value: COUNTRIES[i % 6]! }),
  },
  {
    condition: (i) => ({
      id: `c${i}`,
      kind: 'property',
      property: 'age',
      operator: 'between',
      value: [18 + (i % 10), 60],
    }),
    rule: (i) => ({ field: 'age', operator: 'between', value: [18 + (i % 10), 60] }),
  },
  {
    condition: (i) => ({ id: `c${i}`, kind: 'property', property: 'email', operator: 'contains', value: `user${i}` }),
    rule: (i) => ({ field: 'email', operator: 'contains', value: `user${i}` }),
  },
  {
    condition: (i) => ({ id: `c${i}`, kind: 'property', property: 'name', operator: 'starts_with', value: `N${i}` }),
    rule: (i) => ({ field: 'name', operator: 'beginsWith', value: `N${i}` }),
  },
  {
    condition: (i) => ({ id: `c${i}`, kind: 'property', property: 'age', operator: 'lte', value: 30 + (i % 50) }),
    rule: (i) => ({ field: 'age', operator: '<=', value: 30 + (i % 50) }),
  },
  {
    condition: (i) => ({ id: `c${i}`, kind: 'property', property: 'marketing_consent', operator: 'is_true' }),
    rule: () => ({ field: 'marketing_consent', operator: '=', value: true }),
  },
  {
    condition: (i) => ({
      id: `c${i}`,
      kind: 'property',
      property: 'email',
      operator: 'ends_with',
      value: `.example${i % 7}`,
    }),
    rule: (i) => ({ field: 'email', operator: 'endsWith', value: `.example${i % 7}` }),
  },
  {
    condition: (i) => ({ id: `c${i}`, kind: 'property', property: 'ltv', operator: 'gte', value: 10 * (i % 30) }),
    rule: (i) => ({ field: 'ltv', operator: '>=', value: 10 * (i % 30) }),
  },
]

function segmentOf(id: string, children: Condition[]): Segment {
  return {
    version: 1,
    id,
    name: id,
    entity: 'user',
    root: { id: `${id}_root`, kind: 'group', combinator: 'and', children },
  }
}

/** A flat AND of `n` property conditions over users. */
export function flatPropertySegment(n: number): Segment {
  return segmentOf(
    `flat_${n}`,
    Array.from({ length: n }, (_, i) => TEMPLATES[i % TEMPLATES.length]!.condition(i)),
  )
}

/** The react-querybuilder query equivalent to `flatPropertySegment(n)`. */
export function flatRqbQuery(n: number): RuleGroupType {
  return {
    id: `flat_${n}_root`,
    combinator: 'and',
    rules: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, ...TEMPLATES[i % TEMPLATES.length]!.rule(i) })),
  }
}

const eventCondition = (i: number): Condition => ({
  id: `c${i}`,
  kind: 'event',
  event: i % 2 === 0 ? 'purchased' : 'opened_app',
  filters: i % 2 === 0 ? [{ id: `c${i}_f`, property: 'amount', operator: 'gt', value: i % 100 }] : [],
  form: {
    type: 'measure',
    measure: { fn: 'count' },
    comparison: 'gte',
    value: 1 + (i % 5),
    window: { type: 'last', duration: { amount: 7 + (i % 60), unit: 'day' } },
  },
})

const sequenceCondition = (i: number): Condition => ({
  id: `c${i}`,
  kind: 'sequence',
  window: { type: 'last', duration: { amount: 90, unit: 'day' } },
  within: { amount: 1 + (i % 14), unit: 'day' },
  steps: [
    { id: `c${i}_s1`, event: 'viewed_product', filters: [] },
    { id: `c${i}_s2`, event: 'added_to_cart', filters: [] },
    { id: `c${i}_s3`, event: 'purchased', filters: [] },
  ],
})

/** `n` conditions: 60 % property, 30 % event measures, 10 % 3-step sequences. */
export function behaviouralSegment(n: number): Segment {
  return segmentOf(
    `mixed_${n}`,
    Array.from({ length: n }, (_, i) =>
      i % 10 < 6
        ? TEMPLATES[i % TEMPLATES.length]!.condition(i)
        : i % 10 < 9
          ? eventCondition(i)
          : sequenceCondition(i),
    ),
  )
}

/**
 * Property rules over users for the evaluator-vs-JSON-Logic race, and the JSON
 * Logic rule with the same meaning. Only positive operators on values every user
 * has, so that missing-value semantics (where JSON Logic has none) cannot differ.
 */
export function propertyRules(): { segment: Segment; jsonLogic: Record<string, unknown> } {
  const segment = segmentOf('property_rules', [
    { id: 'r1', kind: 'property', property: 'plan', operator: 'in', value: ['pro', 'enterprise', 'starter'] },
    { id: 'r2', kind: 'property', property: 'country', operator: 'in', value: ['US', 'DE', 'GB', 'FR'] },
    { id: 'r3', kind: 'property', property: 'ltv', operator: 'gte', value: 50 },
    { id: 'r4', kind: 'property', property: 'email', operator: 'contains', value: '@' },
  ])
  segment.root.children.push({
    id: 'r5',
    kind: 'group',
    combinator: 'or',
    children: [
      { id: 'r5a', kind: 'property', property: 'marketing_consent', operator: 'is_true' },
      { id: 'r5b', kind: 'property', property: 'ltv', operator: 'gt', value: 1000 },
    ],
  })
  const jsonLogic = {
    and: [
      { in: [{ var: 'plan' }, ['pro', 'enterprise', 'starter']] },
      { in: [{ var: 'country' }, ['US', 'DE', 'GB', 'FR']] },
      { '>=': [{ var: 'ltv' }, 50] },
      { in: ['@', { var: 'email' }] },
      { or: [{ '===': [{ var: 'marketing_consent' }, true] }, { '>': [{ var: 'ltv' }, 1000] }] },
    ],
  }
  return { segment, jsonLogic }
}

/** Property rules of 3, 5 and 20 conditions, each with its JSON Logic twin (current values, no nulls compared with < or <=). */
export function propertyRuleSets(): { rules: number; segment: Segment; jsonLogic: Record<string, unknown> }[] {
  const three = segmentOf('rules_3', [
    { id: 'p1', kind: 'property', property: 'plan', operator: 'in', value: ['pro', 'enterprise'] },
    { id: 'p2', kind: 'property', property: 'country', operator: 'neq', value: 'JP' },
    { id: 'p3', kind: 'property', property: 'ltv', operator: 'gt', value: 200 },
  ])
  const threeLogic = {
    and: [
      { in: [{ var: 'plan' }, ['pro', 'enterprise']] },
      { '!=': [{ var: 'country' }, 'JP'] },
      { '>': [{ var: 'ltv' }, 200] },
    ],
  }
  // 20: broad rules that most users pass, so that both sides test most of them for most users.
  const twenty: [Condition, unknown][] = [
    [
      { id: 'q1', kind: 'property', property: 'plan', operator: 'in', value: ['free', 'starter', 'pro', 'enterprise'] },
      { in: [{ var: 'plan' }, ['free', 'starter', 'pro', 'enterprise']] },
    ],
    [
      { id: 'q2', kind: 'property', property: 'country', operator: 'neq', value: 'XX' },
      { '!=': [{ var: 'country' }, 'XX'] },
    ],
    [{ id: 'q3', kind: 'property', property: 'ltv', operator: 'gte', value: 0 }, { '>=': [{ var: 'ltv' }, 0] }],
    [
      { id: 'q4', kind: 'property', property: 'email', operator: 'contains', value: '@' },
      { in: ['@', { var: 'email' }] },
    ],
    [
      { id: 'q5', kind: 'property', property: 'email', operator: 'not_contains', value: 'spam' },
      { '!': { in: ['spam', { var: 'email' }] } },
    ],
    [
      { id: 'q6', kind: 'property', property: 'name', operator: 'contains', value: ' ' },
      { in: [' ', { var: 'name' }] },
    ],
    [{ id: 'q7', kind: 'property', property: 'ltv', operator: 'lt', value: 1e9 }, { '<': [{ var: 'ltv' }, 1e9] }],
    [
      { id: 'q8', kind: 'property', property: 'country', operator: 'in', value: ['US', 'DE', 'FR', 'GB', 'JP', 'BR'] },
      { in: [{ var: 'country' }, ['US', 'DE', 'FR', 'GB', 'JP', 'BR']] },
    ],
    [
      { id: 'q9', kind: 'property', property: 'plan', operator: 'neq', value: 'legacy' },
      { '!=': [{ var: 'plan' }, 'legacy'] },
    ],
    [{ id: 'q10', kind: 'property', property: 'age', operator: 'gte', value: 18 }, { '>=': [{ var: 'age' }, 18] }],
    [{ id: 'q11', kind: 'property', property: 'age', operator: 'gt', value: 0 }, { '>': [{ var: 'age' }, 0] }],
    [
      { id: 'q12', kind: 'property', property: 'email', operator: 'not_contains', value: '#' },
      { '!': { in: ['#', { var: 'email' }] } },
    ],
    [
      { id: 'q13', kind: 'property', property: 'name', operator: 'not_contains', value: '@' },
      { '!': { in: ['@', { var: 'name' }] } },
    ],
    [{ id: 'q14', kind: 'property', property: 'ltv', operator: 'neq', value: -1 }, { '!=': [{ var: 'ltv' }, -1] }],
    [
      { id: 'q15', kind: 'property', property: 'country', operator: 'not_in', value: ['XX', 'YY'] },
      { '!': { in: [{ var: 'country' }, ['XX', 'YY']] } },
    ],
    [
      { id: 'q16', kind: 'property', property: 'plan', operator: 'not_in', value: ['legacy'] },
      { '!': { in: [{ var: 'plan' }, ['legacy']] } },
    ],
    [{ id: 'q17', kind: 'property', property: 'ltv', operator: 'gte', value: -5 }, { '>=': [{ var: 'ltv' }, -5] }],
    [{ id: 'q18', kind: 'property', property: 'ltv', operator: 'lte', value: 1e9 }, { '<=': [{ var: 'ltv' }, 1e9] }],
    [
      { id: 'q19', kind: 'property', property: 'country', operator: 'neq', value: 'JP' },
      { '!=': [{ var: 'country' }, 'JP'] },
    ],
    [{ id: 'q20', kind: 'property', property: 'ltv', operator: 'gt', value: 50 }, { '>': [{ var: 'ltv' }, 50] }],
  ]
  const five = propertyRules()
  return [
    { rules: 3, segment: three, jsonLogic: threeLogic },
    { rules: 5, segment: five.segment, jsonLogic: five.jsonLogic },
    {
      rules: 20,
      segment: segmentOf(
        'rules_20',
        twenty.map(([c]) => c),
      ),
      jsonLogic: { and: twenty.map(([, j]) => j) },
    },
  ]
}

const days = (amount: number) => ({ amount, unit: 'day' }) as const

/** The four evaluator-vs-DuckDB cases. */
export function engineCases(): { name: string; segment: Segment }[] {
  const props: Condition[] = [
    { id: 'p1', kind: 'property', property: 'plan', operator: 'in', value: ['pro', 'enterprise'] },
    { id: 'p2', kind: 'property', property: 'country', operator: 'neq', value: 'JP' },
    { id: 'p3', kind: 'property', property: 'ltv', operator: 'gt', value: 200 },
  ]
  const count: Condition = {
    id: 'e1',
    kind: 'event',
    event: 'opened_app',
    filters: [],
    form: {
      type: 'measure',
      measure: { fn: 'count' },
      comparison: 'gte',
      value: 5,
      window: { type: 'last', duration: days(30) },
    },
  }
  const sequence: Condition = {
    id: 's1',
    kind: 'sequence',
    window: { type: 'last', duration: days(90) },
    within: days(7),
    steps: [
      { id: 's1a', event: 'viewed_product', filters: [] },
      { id: 's1b', event: 'added_to_cart', filters: [] },
      { id: 's1c', event: 'purchased', filters: [] },
    ],
  }
  const spend: Condition = {
    id: 'e2',
    kind: 'event',
    event: 'purchased',
    filters: [],
    form: {
      type: 'measure',
      measure: { fn: 'sum', property: 'amount' },
      comparison: 'gt',
      value: 100,
      window: { type: 'last', duration: days(60) },
    },
  }
  return [
    { name: 'properties only (3 rules)', segment: segmentOf('props', props) },
    { name: 'event count in a 30-day window', segment: segmentOf('count', [count]) },
    { name: '3-step sequence within 7 days', segment: segmentOf('sequence', [sequence]) },
    {
      name: 'mix: 2 properties + count + sum + sequence',
      segment: segmentOf('mix', [props[0]!, props[2]!, count, spend, sequence]),
    },
  ]
}

const performedIn = (id: string, event: string, amount: number): Condition => ({
  id,
  kind: 'event',
  event,
  filters: [],
  form: { type: 'not_performed', window: { type: 'last', duration: days(amount) } },
})

/**
 * The evaluator's own bench cases (issue 14): properties; a count in a window;
 * a sum over 90 days; a 3-step sequence; a sequence with a negated last step;
 * not performed in 40 days; a mix of all of them.
 */
export function evaluatorCases(): { name: string; segment: Segment }[] {
  const [props, count, sequence, mix] = engineCases()
  const sum: Condition = {
    id: 'e3',
    kind: 'event',
    event: 'purchased',
    filters: [],
    form: {
      type: 'measure',
      measure: { fn: 'sum', property: 'amount' },
      comparison: 'gte',
      value: 200,
      window: { type: 'last', duration: days(90) },
    },
  }
  const abandoned: Condition = {
    id: 's2',
    kind: 'sequence',
    window: { type: 'last', duration: days(30) },
    steps: [
      { id: 's2a', event: 'added_to_cart', filters: [] },
      { id: 's2b', event: 'purchased', filters: [], negated: true, maxGap: days(1) },
      { id: 's2c', event: 'opened_app', filters: [] },
    ],
  }
  return [
    props!,
    count!,
    { name: 'sum of amounts over 90 days', segment: segmentOf('sum', [sum]) },
    sequence!,
    {
      name: 'sequence with a negated step (cart, no purchase within 1 day, app)',
      segment: segmentOf('negated', [abandoned]),
    },
    { name: 'not performed in 40 days', segment: segmentOf('lapsed', [performedIn('e4', 'opened_app', 40)]) },
    mix!,
  ]
}
