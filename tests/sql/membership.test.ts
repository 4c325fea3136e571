// @vitest-environment node
/**
 * Lists and tags (membership history), segment references (nested, their own
 * asOf ignored), relations in both directions (any, all, none, count; related
 * entities that do not exist), groups (AND, OR, NOT, empty, disabled nodes).
 */
import type {
  Catalog,
  ListCondition,
  RelatedCondition,
  SegmentData,
  SegmentNode,
  TagCondition,
} from '../../packages/core/src/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { DAY, event, group, prop, runCases, type SqlCase, seg, T } from './harness.ts'

const catalog: Catalog = {
  ...exampleCatalog,
  segments: [
    ...(exampleCatalog.segments ?? []),
    {
      id: 'beta_pro',
      label: 'Pro beta testers',
      definition: seg(
        [
          { id: 'bp1', kind: 'segment', segment: 'pro_users', operator: 'in' },
          { id: 'bp2', kind: 'list', list: 'beta', operator: 'in' },
        ],
        { id: 'beta_pro', name: 'Pro beta testers' },
      ),
    },
    {
      id: 'old_pro',
      label: 'Pro (saved with an old asOf)',
      definition: seg([{ id: 'op1', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' }], {
        id: 'old_pro',
        name: 'Old pro',
        asOf: '2020-01-01T00:00:00Z',
      }),
    },
  ],
}

const data: SegmentData = {
  entities: {
    user: [
      { id: 'm1', plan: 'pro', age: 40, account_id: 'a1' },
      { id: 'm2', plan: 'enterprise', age: 20, account_id: 'a2' },
      { id: 'm3', plan: 'free', account_id: 'a3' },
      { id: 'm4' },
      { id: 'm5', account_id: 'a9' },
      // created after asOf: never a member, never a related user
      { id: 'm6', plan: 'pro', account_id: 'a2', created_at: T + DAY },
    ],
    account: [
      { id: 'a1', industry: 'saas', seats: 10 },
      { id: 'a2', industry: 'retail', seats: 3 },
      // created after asOf: does not exist
      { id: 'a3', industry: 'saas', created_at: T + 5 * DAY },
      { id: 'a4', industry: 'finance' },
    ],
  },
  events: [{ entity: 'user', entityId: 'm3', event: 'purchased', time: T - DAY, properties: { amount: 1 } }],
  lists: [
    { list: 'beta', entityId: 'm1', from: T - 10 * DAY },
    // `to` is exclusive: not a member at asOf
    { list: 'beta', entityId: 'm2', from: T - 10 * DAY, to: T },
    { list: 'vip', entityId: 'm2' },
    { list: 'beta', entityId: 'm3', from: T + DAY },
    { list: 'beta', entityId: 'm4', to: T - DAY },
    { list: 'beta', entityId: 'm5', from: T - 5 * DAY, to: T - 3 * DAY },
    { list: 'beta', entityId: 'm5', from: T - DAY },
    { list: 'churn_watch', entityId: 'a2' },
  ],
  tags: [
    { tag: 'whale', entityId: 'm1' },
    { tag: 'whale', entityId: 'm3', from: T - DAY },
    { tag: 'strategic', entityId: 'a1', from: T - 2 * DAY, to: T + DAY },
  ],
  history: [{ entity: 'user', entityId: 'm1', property: 'plan', value: 'pro', from: T - 50 * DAY }],
}

const c = (name: string, node: SegmentNode, expected: string[], asOf?: number): SqlCase => ({
  name,
  segment: seg([node]),
  expected,
  ...(asOf === undefined ? {} : { asOf }),
})
const list = (name: string, operator: 'in' | 'not_in'): ListCondition => ({
  id: 'l',
  kind: 'list',
  list: name,
  operator,
})
const tag = (name: string, operator: 'has' | 'not_has'): TagCondition => ({ id: 't', kind: 'tag', tag: name, operator })
const ref = (name: string, operator: 'in' | 'not_in'): SegmentNode => ({
  id: 's',
  kind: 'segment',
  segment: name,
  operator,
})
const related = (relation: string, match: RelatedCondition['match'], children: SegmentNode[]): RelatedCondition => ({
  id: 'r',
  kind: 'related',
  relation,
  match,
  root: group('and', children),
})
const accounts = (node: SegmentNode, expected: string[]): SqlCase => ({
  name: `accounts: ${node.kind === 'related' ? `users ${node.match.type}` : node.kind}`,
  segment: seg([node], { entity: 'account' }),
  expected,
})

const cases: SqlCase[] = [
  // lists
  c('list in: [from, to) at asOf', list('beta', 'in'), ['m1', 'm5']),
  c('list not_in', list('beta', 'not_in'), ['m2', 'm3', 'm4']),
  c('list in with asOf in the past', list('beta', 'in'), ['m1', 'm2', 'm4'], T - 2 * DAY),
  c('list in: `from` is inclusive', list('beta', 'in'), ['m1', 'm2', 'm4', 'm5'], T - 5 * DAY),
  c('list without bounds', list('vip', 'in'), ['m2']),
  // tags
  c('tag has', tag('whale', 'has'), ['m1', 'm3']),
  c('tag not_has', tag('whale', 'not_has'), ['m2', 'm4', 'm5']),
  c('tag has with asOf in the past', tag('whale', 'has'), ['m1'], T - 2 * DAY),
  // segment references
  c('segment in', ref('pro_users', 'in'), ['m1', 'm2']),
  c('segment not_in', ref('pro_users', 'not_in'), ['m3', 'm4', 'm5']),
  c('segment with events', ref('recent_buyers', 'in'), ['m3']),
  c('segment with events, asOf in the past', ref('recent_buyers', 'in'), [], T - 2 * DAY),
  c('a segment that references a segment', ref('beta_pro', 'in'), ['m1']),
  c("a referenced segment's own asOf is ignored", ref('old_pro', 'in'), ['m1']),
  // relations, user → account
  c(
    'related any: a related entity that does not exist does not count',
    related('account', { type: 'any' }, [prop('industry', 'eq', 'saas')]),
    ['m1'],
  ),
  c(
    'related all: true without related entities',
    related('account', { type: 'all' }, [prop('industry', 'eq', 'saas')]),
    ['m1', 'm3', 'm4', 'm5'],
  ),
  c('related none', related('account', { type: 'none' }, [prop('industry', 'eq', 'saas')]), ['m2', 'm3', 'm4', 'm5']),
  c(
    'related count of existing related entities',
    related('account', { type: 'count', comparison: 'eq', value: 0 }, []),
    ['m3', 'm4', 'm5'],
  ),
  c('related with a list of the related entity', related('account', { type: 'any' }, [list('churn_watch', 'in')]), [
    'm2',
  ]),
  c('related with a tag of the related entity', related('account', { type: 'any' }, [tag('strategic', 'has')]), ['m1']),
  // relations, account → users
  accounts(related('users', { type: 'any' }, [prop('plan', 'eq', 'pro')]), ['a1']),
  accounts(related('users', { type: 'all' }, [prop('plan', 'eq', 'pro')]), ['a1', 'a4']),
  accounts(related('users', { type: 'none' }, [prop('plan', 'eq', 'pro')]), ['a2', 'a4']),
  accounts(related('users', { type: 'count', comparison: 'gte', value: 1 }, []), ['a1', 'a2']),
  // groups
  {
    name: 'an empty AND root matches every existing entity',
    segment: seg([]),
    expected: ['m1', 'm2', 'm3', 'm4', 'm5'],
  },
  { name: 'an empty OR root matches no one', segment: seg([], { combinator: 'or' }), expected: [] },
  c('a negated empty OR group matches everyone', group('or', [], { negated: true }), ['m1', 'm2', 'm3', 'm4', 'm5']),
  c('a negated empty AND group matches no one', group('and', [], { negated: true }), []),
  c('OR', group('or', [tag('whale', 'has'), list('vip', 'in')]), ['m1', 'm2', 'm3']),
  c('NOT', group('and', [tag('whale', 'has')], { negated: true }), ['m2', 'm4', 'm5']),
  c(
    'at least 2 of 3: whale, pro, younger than 30',
    group('or', [tag('whale', 'has'), prop('plan', 'eq', 'pro'), prop('age', 'lt', 30)], { atLeast: 2 }),
    ['m1'],
  ),
  c(
    'at least 2 of 3 with a negative operator (a missing plan is not free)',
    group('or', [tag('whale', 'has'), prop('age', 'lt', 30), prop('plan', 'neq', 'free')], { atLeast: 2 }),
    ['m1', 'm2'],
  ),
  c(
    'NOT at least 2 of 3',
    group('or', [tag('whale', 'has'), prop('age', 'lt', 30), prop('plan', 'neq', 'free')], {
      atLeast: 2,
      negated: true,
    }),
    ['m3', 'm4', 'm5'],
  ),
  c(
    'at least 3 of 3 is all of them; a missing value counts as not holding',
    group('or', [tag('whale', 'has'), prop('plan', 'neq', 'free'), prop('age', 'gt', 30)], { atLeast: 3 }),
    ['m1'],
  ),
  c(
    'at least 2 counts active children only: a disabled one is skipped',
    group('or', [tag('whale', 'has'), { ...prop('plan', 'eq', 'pro'), disabled: true }, prop('age', 'lt', 30)], {
      atLeast: 2,
    }),
    [],
  ),
  c(
    'at least 3 of 2 matches no one',
    group('or', [tag('whale', 'has'), prop('plan', 'neq', 'free')], { atLeast: 3 }),
    [],
  ),
  c('NOT of a positive operator on a missing value is true', group('and', [prop('age', 'gt', 30)], { negated: true }), [
    'm2',
    'm3',
    'm4',
    'm5',
  ]),
  c(
    'NOT of a comparison with a missing measure is true (m3 has an avg of 1)',
    group(
      'and',
      [
        event('purchased', {
          type: 'measure',
          measure: { fn: 'avg', property: 'amount' },
          comparison: 'neq',
          value: 5,
          window: { type: 'ever' },
        }),
      ],
      { negated: true },
    ),
    ['m1', 'm2', 'm4', 'm5'],
  ),
  c('a disabled condition is skipped', group('and', [tag('whale', 'has'), { ...list('vip', 'in'), disabled: true }]), [
    'm1',
    'm3',
  ]),
  c(
    'a group whose children are all disabled is empty (AND: everyone)',
    group('and', [{ ...tag('whale', 'has'), disabled: true }]),
    ['m1', 'm2', 'm3', 'm4', 'm5'],
  ),
  c('a disabled OR group is skipped', group('and', [tag('whale', 'has'), group('or', [], { disabled: true })]), [
    'm1',
    'm3',
  ]),
  {
    name: 'a disabled root is ignored',
    segment: { ...seg([tag('whale', 'has')]), root: { ...seg([tag('whale', 'has')]).root, disabled: true } },
    expected: ['m1', 'm3'],
  },
  c(
    'nested groups',
    group('or', [
      group('and', [prop('plan', 'in', ['pro', 'enterprise']), list('beta', 'not_in')]),
      tag('whale', 'has'),
    ]),
    ['m1', 'm2', 'm3'],
  ),
]

runCases(catalog, data, cases)
