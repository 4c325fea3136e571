import { describe, expect, it } from 'vitest'
import type { SequenceStep } from '../model/conditions.ts'
import type { Segment, SegmentNode } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { validateSegment } from './validate-segment.ts'

function segmentOf(children: SegmentNode[]): Segment {
  return {
    version: 1,
    id: 'seg',
    name: 'Test',
    entity: 'user',
    root: { id: 'root', kind: 'group', combinator: 'and', children },
  }
}

const same = (property: string, step: string, of = property, extra: Record<string, unknown> = {}) =>
  ({
    id: `f_${property}_${step}`,
    property,
    operator: 'eq',
    value: { type: 'step', step, property: of },
    ...extra,
  }) as never
const step = (id: string, event: string, filters: unknown[] = [], extra: Partial<SequenceStep> = {}): SequenceStep =>
  ({ id, event, filters, ...extra }) as SequenceStep
const sequence = (steps: SequenceStep[]): SegmentNode => ({
  id: 'sq',
  kind: 'sequence',
  steps,
  window: { type: 'ever' },
})

const issuesOf = (nodes: SegmentNode[]) =>
  validateSegment(segmentOf(nodes), exampleCatalog).map((i) => ({
    code: i.code,
    field: i.field?.join('.'),
  }))

describe('a sequence step compared with an earlier step', () => {
  it('is valid for the same product, a number key, a negated step reading the key, and a key that starts later', () => {
    for (const steps of [
      [step('v', 'viewed_product'), step('a', 'added_to_cart', [same('product', 'v')])],
      [step('v', 'viewed_product'), step('a', 'added_to_cart', [same('price', 'v')])],
      [step('a', 'added_to_cart'), step('p', 'purchased', [same('product', 'a')], { negated: true })],
      [step('o', 'opened_app'), step('v', 'viewed_product'), step('a', 'added_to_cart', [same('product', 'v')])],
      [
        step('v', 'viewed_product'),
        step('a', 'added_to_cart', [same('product', 'v')]),
        step('p', 'purchased', [same('product', 'a')]),
        step('o', 'opened_app'),
      ],
    ]) {
      expect(issuesOf([sequence(steps)]), JSON.stringify(steps)).toEqual([])
    }
  })

  it('refuses a reference to an unknown, a later, the same or a negated step at the filter value', () => {
    const cases: [SequenceStep[], string][] = [
      [[step('v', 'viewed_product'), step('a', 'added_to_cart', [same('product', 'zz')])], 'steps.1.filters.0.value'],
      [[step('v', 'viewed_product', [same('product', 'a')]), step('a', 'added_to_cart')], 'steps.0.filters.0.value'],
      [[step('v', 'viewed_product', [same('product', 'v')]), step('a', 'added_to_cart')], 'steps.0.filters.0.value'],
      [
        [
          step('v', 'viewed_product'),
          step('n', 'added_to_cart', [], { negated: true }),
          step('p', 'purchased', [same('product', 'n')]),
        ],
        'steps.2.filters.0.value',
      ],
    ]
    for (const [steps, field] of cases) {
      expect(issuesOf([sequence(steps)])).toEqual([{ code: 'step_reference_invalid', field }])
    }
  })

  it('refuses another operator than eq and ignoreCase at their fields', () => {
    const neq = same('product', 'v', 'product', { operator: 'neq' })
    const folded = same('product', 'v', 'product', { ignoreCase: true })
    expect(issuesOf([sequence([step('v', 'viewed_product'), step('a', 'added_to_cart', [neq])])])).toEqual([
      { code: 'step_reference_invalid', field: 'steps.1.filters.0.operator' },
    ])
    expect(issuesOf([sequence([step('v', 'viewed_product'), step('a', 'added_to_cart', [folded])])])).toEqual([
      { code: 'step_reference_invalid', field: 'steps.1.filters.0.ignoreCase' },
    ])
  })

  it('names an unknown target property and incompatible types at value.property', () => {
    expect(
      issuesOf([sequence([step('v', 'viewed_product'), step('a', 'added_to_cart', [same('product', 'v', 'shoe')])])]),
    ).toEqual([{ code: 'unknown_event_property', field: 'steps.1.filters.0.value.property' }])
    expect(
      issuesOf([sequence([step('v', 'viewed_product'), step('a', 'added_to_cart', [same('product', 'v', 'price')])])]),
    ).toEqual([{ code: 'reference_type_mismatch', field: 'steps.1.filters.0.value.property' }])
  })

  it('refuses a second key and a positive step without the key between two that compare it', () => {
    expect(
      issuesOf([
        sequence([step('v', 'viewed_product'), step('a', 'added_to_cart', [same('product', 'v'), same('price', 'v')])]),
      ]),
    ).toEqual([{ code: 'sequence_reference_keys', field: 'steps.1.filters.1.value' }])
    expect(
      issuesOf([
        sequence([
          step('v', 'viewed_product'),
          step('o', 'opened_app'),
          step('a', 'added_to_cart', [same('product', 'v')]),
        ]),
      ]),
    ).toEqual([{ code: 'sequence_reference_run', field: 'steps.1.filters' }])
    // A keyed "did not" between two steps blocks per key: the step after it must compare the key too.
    expect(
      issuesOf([
        sequence([
          step('v', 'viewed_product'),
          step('a', 'added_to_cart', [same('product', 'v')], { negated: true }),
          step('o', 'opened_app'),
        ]),
      ]),
    ).toEqual([{ code: 'sequence_reference_run', field: 'steps.2.filters' }])
  })

  it('refuses a step reference outside a sequence (an event condition filter)', () => {
    const node = {
      id: 'e',
      kind: 'event',
      event: 'purchased',
      filters: [same('product', 'v')],
      form: { type: 'performed', window: { type: 'ever' } },
    } as SegmentNode
    expect(issuesOf([node])).toEqual([{ code: 'reference_not_allowed', field: 'filters.0.value' }])
  })
})

describe('a sequence with step references and a step of several events', () => {
  it('refuses each step that is a set (anyOf or any) at its event, and leaves the same steps alone without references', () => {
    const anyOf = { ...step('v', 'viewed_product'), event: { anyOf: ['viewed_product', 'added_to_cart'] } }
    const any = { ...step('o', 'opened_app'), event: { any: true as const } }
    const withRefs = [anyOf, any, step('a', 'added_to_cart'), step('p', 'purchased', [same('product', 'a')])]
    expect(issuesOf([sequence(withRefs)])).toEqual([
      { code: 'step_reference_event_set', field: 'steps.0.event' },
      { code: 'step_reference_event_set', field: 'steps.1.event' },
    ])
    expect(issuesOf([sequence([anyOf, any, step('a', 'added_to_cart'), step('p', 'purchased')])])).toEqual([])
  })
})
