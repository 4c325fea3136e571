import { describe, expect, it } from 'vitest'
import type { IssueCode } from '../errors.ts'
import { SegmentError } from '../errors.ts'
import type { Group, Segment, SegmentNode } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { requireValidSegment, validateSegment } from './validate-segment.ts'

const last30 = { type: 'last', duration: { amount: 30, unit: 'day' } } as const

function segmentOf(children: SegmentNode[], extra: Partial<Segment> = {}): Segment {
  return {
    version: 1,
    id: 'seg',
    name: 'Test',
    entity: 'user',
    root: { id: 'root', kind: 'group', combinator: 'and', children },
    ...extra,
  }
}

function codes(segment: Segment): IssueCode[] {
  return validateSegment(segment, exampleCatalog).map((i) => i.code)
}

const plan = (operator: string, value?: unknown): SegmentNode =>
  ({ id: 'c1', kind: 'property', property: 'plan', operator, ...(value === undefined ? {} : { value }) }) as SegmentNode

describe('validateSegment', () => {
  it('finds no issue in a valid segment using every condition kind', () => {
    const segment = segmentOf([
      plan('eq', 'pro'),
      {
        id: 'e',
        kind: 'event',
        event: 'purchased',
        filters: [{ id: 'f', property: 'amount', operator: 'gt', value: 10 }],
        form: {
          type: 'measure',
          measure: { fn: 'sum', property: 'amount' },
          comparison: 'gte',
          value: 800,
          window: last30,
        },
      },
      {
        id: 's',
        kind: 'sequence',
        window: last30,
        steps: [
          { id: 's1', event: 'added_to_cart', filters: [] },
          { id: 's2', event: 'purchased', filters: [], negated: true, maxGap: { amount: 1, unit: 'day' } },
          { id: 's3', event: 'opened_app', filters: [] },
        ],
      },
      { id: 'l', kind: 'list', list: 'beta', operator: 'in' },
      { id: 't', kind: 'tag', tag: 'whale', operator: 'has' },
      { id: 'r', kind: 'segment', segment: 'pro_users', operator: 'in' },
      {
        id: 'rel',
        kind: 'related',
        relation: 'account',
        match: { type: 'any' },
        root: {
          id: 'rg',
          kind: 'group',
          combinator: 'and',
          children: [{ id: 'arr', kind: 'property', property: 'arr', operator: 'gte', value: 100000 }],
        },
      },
    ])
    expect(validateSegment(segment, exampleCatalog)).toEqual([])
  })

  const cases: [string, Segment, IssueCode][] = [
    ['an unknown entity type', segmentOf([], { entity: 'robot' }), 'unknown_entity'],
    [
      'an unknown property',
      segmentOf([{ id: 'x', kind: 'property', property: 'plann', operator: 'eq', value: 'pro' }]),
      'unknown_property',
    ],
    [
      'an unknown event',
      segmentOf([{ id: 'x', kind: 'event', event: 'flew', filters: [], form: { type: 'performed', window: last30 } }]),
      'unknown_event',
    ],
    [
      'an unknown event property in a filter',
      segmentOf([
        {
          id: 'x',
          kind: 'event',
          event: 'purchased',
          filters: [{ id: 'f', property: 'colour', operator: 'eq', value: 'red' }],
          form: { type: 'performed', window: last30 },
        },
      ]),
      'unknown_event_property',
    ],
    ['an unknown list', segmentOf([{ id: 'x', kind: 'list', list: 'gamma', operator: 'in' }]), 'unknown_list'],
    ['an unknown tag', segmentOf([{ id: 'x', kind: 'tag', tag: 'shark', operator: 'has' }]), 'unknown_tag'],
    [
      'an unknown segment',
      segmentOf([{ id: 'x', kind: 'segment', segment: 'nope', operator: 'in' }]),
      'unknown_segment',
    ],
    [
      'an unknown relation',
      segmentOf([
        {
          id: 'x',
          kind: 'related',
          relation: 'boss',
          match: { type: 'any' },
          root: { id: 'g', kind: 'group', combinator: 'and', children: [] },
        },
      ]),
      'unknown_relation',
    ],
    [
      'a list of accounts used on users',
      segmentOf([{ id: 'x', kind: 'list', list: 'churn_watch', operator: 'in' }]),
      'entity_mismatch',
    ],
    ['an operator that does not fit the type', segmentOf([plan('gt', 3)]), 'operator_not_allowed'],
    ['a missing value', segmentOf([plan('eq')]), 'value_missing'],
    [
      'a value of the wrong type',
      segmentOf([{ id: 'x', kind: 'property', property: 'ltv', operator: 'gt', value: 'lots' }]),
      'value_type',
    ],
    [
      'a between with min above max',
      segmentOf([{ id: 'x', kind: 'property', property: 'ltv', operator: 'between', value: [10, 5] }]),
      'between_order',
    ],
    ['an empty in list', segmentOf([plan('in', [])]), 'empty_list'],
    [
      'a past value read from the future',
      segmentOf([
        {
          id: 'x',
          kind: 'property',
          property: 'plan',
          operator: 'eq',
          value: 'pro',
          at: { type: 'from_now', duration: { amount: 1, unit: 'day' } },
        },
      ]),
      'at_in_future',
    ],
    [
      'a sum over a text property',
      segmentOf([
        {
          id: 'x',
          kind: 'event',
          event: 'purchased',
          filters: [],
          form: {
            type: 'measure',
            measure: { fn: 'sum', property: 'coupon' },
            comparison: 'gt',
            value: 1,
            window: last30,
          },
        },
      ]),
      'measure_property_type',
    ],
    [
      'a negative count',
      segmentOf([
        {
          id: 'x',
          kind: 'event',
          event: 'purchased',
          filters: [],
          form: { type: 'measure', measure: { fn: 'count' }, comparison: 'gt', value: -1, window: last30 },
        },
      ]),
      'count_meaningless',
    ],
    [
      'a window that ends before it starts',
      segmentOf([
        {
          id: 'x',
          kind: 'event',
          event: 'purchased',
          filters: [],
          form: {
            type: 'performed',
            window: { type: 'between', from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
          },
        },
      ]),
      'window_order',
    ],
    [
      'more regular periods required than exist',
      segmentOf([
        {
          id: 'x',
          kind: 'event',
          event: 'opened_app',
          filters: [],
          form: { type: 'regularly', period: { amount: 1, unit: 'week' }, periods: 4, minPeriods: 5 },
        },
      ]),
      'period_order',
    ],
    [
      'a count per period of 0',
      segmentOf([
        {
          id: 'x',
          kind: 'event',
          event: 'opened_app',
          filters: [],
          form: { type: 'regularly', period: { amount: 1, unit: 'week' }, periods: 4, minPeriods: 2, minPerPeriod: 0 },
        },
      ]),
      'invalid_structure',
    ],
    [
      'a sequence of one step',
      segmentOf([{ id: 'x', kind: 'sequence', window: last30, steps: [{ id: 'a', event: 'purchased', filters: [] }] }]),
      'sequence_too_short',
    ],
    [
      'a sequence starting with a step that did not happen',
      segmentOf([
        {
          id: 'x',
          kind: 'sequence',
          window: last30,
          steps: [
            { id: 'a', event: 'purchased', filters: [], negated: true },
            { id: 'b', event: 'opened_app', filters: [] },
            { id: 'c', event: 'sent_ticket', filters: [] },
          ],
        },
      ]),
      'sequence_negative_first',
    ],
    ['two nodes sharing an id', segmentOf([plan('eq', 'pro'), { ...plan('eq', 'free') }]), 'duplicate_id'],
    [
      'an opaque node of an unknown kind',
      segmentOf([{ id: 'x', kind: 'opaque', reason: 'unknown_kind', raw: { id: 'x', kind: 'funnel' } }]),
      'unknown_kind',
    ],
    [
      'a self-referencing catalog segment',
      segmentOf([{ id: 'x', kind: 'segment', segment: 'pro_users', operator: 'in' }], { id: 'pro_users' }),
      'segment_cycle',
    ],
  ]
  it.each(cases)('reports %s as an error with a path and the node id', (_name, segment, code) => {
    const found = validateSegment(segment, exampleCatalog).filter((i) => i.code === code)
    expect(found.length).toBeGreaterThan(0)
    expect(found[0]?.severity).toBe('error')
    expect(found[0]?.path.length).toBeGreaterThan(0)
  })

  it('points the path at the offending field', () => {
    const [found] = validateSegment(
      segmentOf([{ id: 'x', kind: 'property', property: 'ltv', operator: 'between', value: [10, 5] }]),
      exampleCatalog,
    )
    expect(found).toMatchObject({ path: ['root', 'children', 0, 'value'], nodeId: 'x', code: 'between_order' })
  })

  describe('at least k of these', () => {
    const tag = (id: string): SegmentNode => ({ id, kind: 'tag', tag: 'whale', operator: 'has' })
    const orOf = (extra: Partial<Group>, children = [tag('a'), tag('b'), tag('c')]): Segment =>
      segmentOf([{ id: 'g', kind: 'group', combinator: 'or', children, ...extra }])
    it('given at least 2 of 3 on an OR group, then there is no issue', () => {
      expect(validateSegment(orOf({ atLeast: 2 }), exampleCatalog)).toEqual([])
    })
    it("given at least on an AND group, then it is an error on the group's atLeast field", () => {
      const issues = validateSegment(orOf({ combinator: 'and', atLeast: 2 }), exampleCatalog)
      expect(issues.map((i) => [i.code, i.severity, i.path])).toEqual([
        ['at_least_needs_or', 'error', ['root', 'children', 0, 'atLeast']],
      ])
    })
    it('given more than the active children (a disabled one does not count), then a warning says it matches no one', () => {
      const issues = validateSegment(
        orOf({ atLeast: 3 }, [tag('a'), tag('b'), { ...tag('c'), disabled: true } as SegmentNode]),
        exampleCatalog,
      )
      expect(issues.map((i) => [i.code, i.severity, i.params])).toEqual([
        ['at_least_unreachable', 'warning', { atLeast: 3, active: 2 }],
      ])
    })
    it('given a count that is not a whole number of at least 1, then the shape is invalid', () => {
      for (const atLeast of [0, 1.5, -2]) {
        const issues = validateSegment(orOf({ atLeast }), exampleCatalog)
        expect(issues.some((i) => i.severity === 'error' && i.path.join('.') === 'root.children.0.atLeast')).toBe(true)
      }
    })
  })

  const warnings: [string, Segment, IssueCode][] = [
    ['an empty group', segmentOf([]), 'empty_group'],
    [
      'a disabled root',
      {
        ...segmentOf([plan('eq', 'pro')]),
        root: { id: 'root', kind: 'group', combinator: 'and', disabled: true, children: [plan('eq', 'pro')] },
      },
      'root_disabled',
    ],
    ['an enum value that is not an option', segmentOf([plan('eq', 'platinum')]), 'enum_option'],
    ['a value given to is_set', segmentOf([plan('is_set', 'pro')]), 'value_unexpected'],
    [
      'ignoreCase on a number',
      segmentOf([{ id: 'x', kind: 'property', property: 'ltv', operator: 'gt', value: 1, ignoreCase: true }]),
      'ignore_case_not_string',
    ],
    [
      'a count of at least 0',
      segmentOf([
        {
          id: 'x',
          kind: 'event',
          event: 'purchased',
          filters: [],
          form: { type: 'measure', measure: { fn: 'count' }, comparison: 'gte', value: 0, window: last30 },
        },
      ]),
      'count_meaningless',
    ],
    [
      'a step gap longer than the window',
      segmentOf([
        {
          id: 'x',
          kind: 'sequence',
          window: { type: 'last', duration: { amount: 1, unit: 'day' } },
          steps: [
            { id: 'a', event: 'purchased', filters: [] },
            { id: 'b', event: 'opened_app', filters: [], maxGap: { amount: 2, unit: 'day' } },
          ],
        },
      ]),
      'sequence_gap_exceeds_window',
    ],
  ]
  it.each(warnings)('warns about %s without blocking', (_name, segment, code) => {
    const found = validateSegment(segment, exampleCatalog)
    expect(found.filter((i) => i.code === code).map((i) => i.severity)).toContain('warning')
    expect(found.some((i) => i.severity === 'error')).toBe(false)
  })

  it('reports nesting deeper than the limit', () => {
    let group: Group = { id: 'g0', kind: 'group', combinator: 'and', children: [plan('eq', 'pro')] }
    for (let i = 1; i < 5; i++) group = { id: `g${i}`, kind: 'group', combinator: 'or', children: [group] }
    const segment = segmentOf([group])
    expect(validateSegment(segment, exampleCatalog, { maxDepth: 3 }).map((i) => i.code)).toContain('max_depth')
    expect(codes(segment)).not.toContain('max_depth')
  })

  it('reports a segment larger than the limit', () => {
    const children = Array.from({ length: 11 }, (_, i) => ({ ...plan('eq', 'pro'), id: `c${i}` }) as SegmentNode)
    expect(validateSegment(segmentOf(children), exampleCatalog, { maxNodes: 10 }).map((i) => i.code)).toContain(
      'max_size',
    )
  })

  it('checks the conditions inside a related group against the related entity', () => {
    const segment = segmentOf([
      {
        id: 'rel',
        kind: 'related',
        relation: 'account',
        match: { type: 'any' },
        root: {
          id: 'rg',
          kind: 'group',
          combinator: 'and',
          children: [{ id: 'bad', kind: 'property', property: 'ltv', operator: 'gt', value: 1 }],
        },
      },
    ])
    expect(validateSegment(segment, exampleCatalog)).toMatchObject([
      { code: 'unknown_property', nodeId: 'bad', message: "Unknown property 'ltv' on Account" },
    ])
  })

  it('requireValidSegment throws a SegmentError listing the errors, and passes a valid one', () => {
    expect(() => requireValidSegment(segmentOf([plan('gt', 3)]), exampleCatalog)).toThrow(SegmentError)
    try {
      requireValidSegment(segmentOf([plan('gt', 3)]), exampleCatalog)
    } catch (error) {
      expect((error as SegmentError).issues.map((i) => i.code)).toEqual(['operator_not_allowed'])
    }
    expect(() => requireValidSegment(segmentOf([plan('eq', 'pro')]), exampleCatalog)).not.toThrow()
  })
})
