import { describe, expect, it } from 'vitest'
import type { SequenceCondition } from '../model/conditions.ts'
import type { Segment } from '../model/segment.ts'
import {
  addFilter,
  addStep,
  moveStep,
  removeFilter,
  removeStep,
  replaceStep,
  updateFilter,
  updateStep,
} from './steps.ts'
import { findNode, setLocked } from './tree.ts'

const segment: Segment = {
  version: 1,
  id: 's',
  name: 'S',
  entity: 'user',
  root: {
    id: 'root',
    kind: 'group',
    combinator: 'and',
    children: [
      {
        id: 'seq',
        kind: 'sequence',
        window: { type: 'ever' },
        steps: [
          { id: 's1', event: 'viewed_product', filters: [] },
          { id: 's2', event: 'added_to_cart', filters: [] },
        ],
      },
      {
        id: 'ev',
        kind: 'event',
        event: 'purchased',
        filters: [],
        form: { type: 'performed', window: { type: 'ever' } },
      },
    ],
  },
}
const steps = (s: Segment) => (findNode(s, 'seq') as SequenceCondition).steps

describe('sequence steps and filters', () => {
  it('add, move, update and remove steps of a sequence', () => {
    let s = addStep(segment, 'seq', { id: 's3', event: 'purchased', filters: [] })
    expect(steps(s).map((st) => st.id)).toEqual(['s1', 's2', 's3'])
    s = moveStep(s, 'seq', 's3', 0)
    expect(steps(s).map((st) => st.id)).toEqual(['s3', 's1', 's2'])
    s = updateStep(s, 'seq', 's2', { negated: true, maxGap: { amount: 1, unit: 'day' } })
    expect(steps(s)[2]).toMatchObject({ id: 's2', negated: true })
    s = removeStep(s, 'seq', 's1')
    expect(steps(s).map((st) => st.id)).toEqual(['s3', 's2'])
    expect(steps(segment)).toHaveLength(2)
  })

  it('edit filters of an event condition and of one sequence step', () => {
    let s = addFilter(segment, { nodeId: 'ev' }, { id: 'f1', property: 'amount', operator: 'gt', value: 10 })
    s = updateFilter(s, { nodeId: 'ev' }, 'f1', { value: 20 })
    expect(findNode(s, 'ev')).toMatchObject({ filters: [{ id: 'f1', value: 20 }] })
    s = addFilter(s, { nodeId: 'seq', stepId: 's2' }, { id: 'f2', property: 'product', operator: 'eq', value: 'Shoes' })
    expect(steps(s)[1]?.filters).toHaveLength(1)
    expect(steps(s)[0]).toBe(steps(segment)[0])
    s = removeFilter(s, { nodeId: 'ev' }, 'f1')
    expect(findNode(s, 'ev')).toMatchObject({ filters: [] })
  })

  it('refuse every step and filter edit on a locked sequence', () => {
    const locked = setLocked(segment, 'seq', true)
    expect(addStep(locked, 'seq', { id: 'x', event: 'purchased', filters: [] })).toBe(locked)
    expect(moveStep(locked, 'seq', 's2', 0)).toBe(locked)
    expect(
      addFilter(locked, { nodeId: 'seq', stepId: 's1' }, { id: 'f', property: 'product', operator: 'is_set' }),
    ).toBe(locked)
  })

  it('replaces a step by a version without its negation and gap, keeping the others untouched', () => {
    const sequence = findNode(segment, 'seq') as SequenceCondition
    const marked = {
      ...sequence,
      steps: [
        sequence.steps[0]!,
        { ...sequence.steps[1]!, negated: true, maxGap: { amount: 1, unit: 'day' as const } },
      ],
    }
    const next = replaceStep(marked, { id: 's2', event: 'purchased', filters: [] })
    expect(next.steps[1]).toEqual({ id: 's2', event: 'purchased', filters: [] })
    expect(next.steps[0]).toBe(sequence.steps[0])
  })
})
