import { describe, expect, it } from 'vitest'
import type { Group, Segment, SegmentNode } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { validateSegment } from '../validate/validate-segment.ts'
import { createCondition, createEmptySegment, createFilter, createGroup, createStep } from './create.ts'
import { incompleteConditions, previewSegment } from './incomplete.ts'
import { changeOperator, changeProperty } from './operators.ts'

const catalog = exampleCatalog
const segmentOf = (...children: SegmentNode[]): Segment => ({
  ...createEmptySegment('user', { id: 's' }),
  root: { id: 'root', kind: 'group', combinator: 'and', children },
})
const pro: SegmentNode = { id: 'pro', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' }
const adult: SegmentNode = { id: 'adult', kind: 'property', property: 'age', operator: 'gte', value: 18 }
const fresh = (kind: Parameters<typeof createCondition>[0], entity = 'user') => {
  const made = createCondition(kind, { catalog, entity })
  if (!made) throw new Error(`no ${kind}`)
  return made
}

describe('a new condition invents nothing', () => {
  it('given each kind, when it is created, then its property, event, list, tag or segment is not chosen', () => {
    expect(fresh('property')).toMatchObject({ kind: 'property', property: '' })
    expect(fresh('property')).not.toHaveProperty('value')
    expect(fresh('event')).toMatchObject({ event: '', form: { type: 'performed' } })
    expect(fresh('sequence')).toMatchObject({ steps: [{ event: '' }, { event: '' }] })
    expect(fresh('list')).toMatchObject({ list: '' })
    expect(fresh('tag')).toMatchObject({ tag: '' })
    expect(fresh('segment')).toMatchObject({ segment: '' })
    expect(fresh('related')).toMatchObject({ relation: 'account', root: { children: [{ property: '' }] } })
    expect(createStep()).toMatchObject({ event: '', filters: [] })
    expect(createFilter(catalog, 'purchased')).toMatchObject({ property: '' })
    expect(createFilter(catalog, 'purchased')).not.toHaveProperty('value')
  })

  it('given a property chosen for a new condition, then it has an operator but no value (not "" nor 0)', () => {
    const age = catalog.entities[0]!.properties.find((p) => p.id === 'age')!
    const email = catalog.entities[0]!.properties.find((p) => p.id === 'email')!
    const plan = catalog.entities[0]!.properties.find((p) => p.id === 'plan')!
    const base = fresh('property') as Extract<SegmentNode, { kind: 'property' }>
    expect(changeProperty(base, age)).toEqual({ id: base.id, kind: 'property', property: 'age', operator: 'eq' })
    expect(changeProperty(base, email)).not.toHaveProperty('value')
    expect(changeProperty(base, plan)).not.toHaveProperty('value')
    // Nothing to carry into a range: no invented [0, 100].
    expect(changeOperator({ property: 'age', operator: 'is_set' as const }, 'between', age)).not.toHaveProperty('value')
  })
})

describe('incompleteConditions', () => {
  it('given new conditions of every kind, then each one says what to choose, at which field', () => {
    const kinds = ['property', 'event', 'sequence', 'list', 'tag', 'segment', 'related'] as const
    const nodes = kinds.map((kind) => fresh(kind))
    const found = incompleteConditions(segmentOf(...nodes), catalog)
    const related = nodes[6] as Extract<SegmentNode, { kind: 'related' }>
    expect(found.map((f) => [f.nodeId, f.reason, f.field])).toEqual([
      [nodes[0]!.id, 'property', ['property']],
      [nodes[1]!.id, 'event', ['event']],
      [nodes[2]!.id, 'event', ['steps', 0, 'event']],
      [nodes[2]!.id, 'event', ['steps', 1, 'event']],
      [nodes[3]!.id, 'list', ['list']],
      [nodes[4]!.id, 'tag', ['tag']],
      [nodes[5]!.id, 'segment', ['segment']],
      [related.root.children[0]!.id, 'property', ['property']],
    ])
    expect(found[0]!.path).toEqual(['root', 'children', 0, 'property'])
    expect(found.every((f) => f.issue.severity === 'error')).toBe(true)
  })

  it("reuses validation's value_missing and empty_list for a missing value", () => {
    const noValue: SegmentNode = { id: 'n', kind: 'property', property: 'email', operator: 'contains' }
    const emptyList: SegmentNode = { id: 'l', kind: 'property', property: 'plan', operator: 'in', value: [] }
    const segment = segmentOf(noValue, emptyList)
    const found = incompleteConditions(segment, catalog)
    expect(found.map((f) => [f.nodeId, f.reason, f.field, f.issue.code])).toEqual([
      ['n', 'value', ['value'], 'value_missing'],
      ['l', 'value', ['value'], 'empty_list'],
    ])
    // The same issues validation gives, not a second notion.
    const issues = validateSegment(segment, catalog)
    expect(found.map((f) => f.issue)).toEqual(
      issues.filter((i) => i.code === 'value_missing' || i.code === 'empty_list'),
    )
  })

  it('given an unknown id that the user typed or imported, then it is a problem, not an incomplete condition', () => {
    const shoe: SegmentNode = { id: 'x', kind: 'property', property: 'shoe_size', operator: 'gt', value: 40 }
    expect(incompleteConditions(segmentOf(shoe), catalog)).toEqual([])
    expect(previewSegment(segmentOf(shoe), catalog).issues.some((i) => i.code === 'unknown_property')).toBe(true)
  })

  it('given a complete segment, then nothing is incomplete and the preview is the segment itself', () => {
    const segment = segmentOf(pro, adult)
    expect(incompleteConditions(segment, catalog)).toEqual([])
    const plan = previewSegment(segment, catalog)
    expect(plan.segment).toBe(segment)
    expect(plan.leftOut).toEqual([])
  })
})

describe('previewSegment leaves out what is not finished, as if it had not been added', () => {
  const valid = (segment: Segment) => validateSegment(segment, catalog).filter((i) => i.severity === 'error')

  it('given a new row in an AND group, then the preview is the group without it, and it is valid', () => {
    const row = fresh('property')
    const plan = previewSegment(segmentOf(pro, row), catalog)
    expect(plan.leftOut).toEqual([row.id])
    expect(plan.segment.root.children).toEqual([pro])
    expect(valid(plan.segment)).toEqual([])
    expect(plan.issues.filter((i) => i.severity === 'error')).toEqual([])
  })

  it('given a new row in an OR group and in a NOT group, then it is left out of each (not counted as true or false)', () => {
    const inOr = fresh('event')
    const inNot = fresh('list')
    const or: Group = { ...createGroup('or', [pro, inOr]), id: 'or' }
    const not: Group = { ...createGroup('and', [adult, inNot]), id: 'not', negated: true }
    const plan = previewSegment(segmentOf(or, not), catalog)
    expect(plan.segment.root.children).toEqual([
      { ...or, children: [pro] },
      { ...not, children: [adult] },
    ])
    expect(plan.leftOut).toEqual([inOr.id, inNot.id])
  })

  it('given a new group that holds only a new row, then the group is left out too (an empty group would match everyone)', () => {
    const row = fresh('property')
    const group: Group = { ...createGroup('and', [row]), id: 'new-group' }
    const or: Group = { ...createGroup('or', [pro, group]), id: 'or' }
    const plan = previewSegment(segmentOf(or), catalog)
    expect(plan.segment.root.children).toEqual([{ ...or, children: [pro] }])
    expect(plan.leftOut).toEqual(['new-group'])
  })

  it('given a new nested group with nothing in it yet, then it is incomplete and left out; an empty root is not', () => {
    const empty: Group = { ...createGroup('and'), id: 'empty' }
    const or: Group = { ...createGroup('or', [pro, empty]), id: 'or' }
    const plan = previewSegment(segmentOf(or), catalog)
    expect(plan.incomplete.map((f) => [f.nodeId, f.reason, f.field])).toEqual([['empty', 'condition', ['children']]])
    expect(plan.segment.root.children).toEqual([{ ...or, children: [pro] }])
    expect(incompleteConditions(segmentOf(), catalog)).toEqual([])
    // A group whose nodes are all disabled is the user's choice: kept.
    const off: Group = { ...createGroup('and', [{ ...adult, disabled: true }]), id: 'off' }
    expect(incompleteConditions(segmentOf(pro, off), catalog)).toEqual([])
  })

  it('given only a new row, then the root is the empty group it was before', () => {
    const plan = previewSegment(segmentOf(fresh('tag')), catalog)
    expect(plan.segment.root).toEqual({ id: 'root', kind: 'group', combinator: 'and', children: [] })
  })

  it('given an event condition with a new filter, then the condition stays without that filter', () => {
    const purchased: SegmentNode = {
      id: 'buy',
      kind: 'event',
      event: 'purchased',
      filters: [{ id: 'f1', property: 'amount', operator: 'gt', value: 10 }, createFilter(catalog, 'purchased')!],
      form: { type: 'performed', window: { type: 'last', duration: { amount: 30, unit: 'day' } } },
    }
    const plan = previewSegment(segmentOf(purchased), catalog)
    expect(plan.leftOut).toEqual([])
    expect(plan.segment.root.children).toEqual([{ ...purchased, filters: [purchased.filters[0]] }])
    expect(plan.incomplete.map((f) => f.field)).toEqual([['filters', 1, 'property']])
  })

  it('given a third step not chosen yet, then the sequence is counted with its two steps; with one step left, it is left out', () => {
    const steps = [
      { id: 'a', event: 'viewed_product', filters: [] },
      { id: 'b', event: 'added_to_cart', filters: [] },
    ]
    const sequence: SegmentNode = {
      id: 'seq',
      kind: 'sequence',
      steps: [...steps, { ...createStep(), id: 'c' }],
      window: { type: 'last', duration: { amount: 30, unit: 'day' } },
    }
    const plan = previewSegment(segmentOf(pro, sequence), catalog)
    expect(plan.segment.root.children).toEqual([pro, { ...sequence, steps }])
    const short: SegmentNode = { ...sequence, steps: [steps[0]!, { ...createStep(), id: 'c' }] }
    const shortPlan = previewSegment(segmentOf(pro, short), catalog)
    expect(shortPlan.segment.root.children).toEqual([pro])
    expect(shortPlan.leftOut).toEqual(['seq'])
  })

  it('given a new related condition, then it is left out as a whole, not as "any account"', () => {
    const related = fresh('related')
    const plan = previewSegment(segmentOf(pro, related), catalog)
    expect(plan.segment.root.children).toEqual([pro])
    expect(plan.leftOut).toEqual([related.id])
  })

  it('given a real error beside an incomplete row, then the preview still reports the error', () => {
    const upsideDown: SegmentNode = { id: 'u', kind: 'property', property: 'age', operator: 'between', value: [60, 20] }
    const plan = previewSegment(segmentOf(upsideDown, fresh('property')), catalog)
    expect(plan.issues.map((i) => i.code)).toContain('between_order')
  })
})

describe('an event not chosen yet in a set of events', () => {
  const last30 = { type: 'last', duration: { amount: 30, unit: 'day' } } as const
  it('given "+ or" was just pressed, then the condition is incomplete at event.anyOf.1 and the preview counts the event already chosen', () => {
    const set: SegmentNode = {
      id: 'set',
      kind: 'event',
      event: { anyOf: ['purchased', ''] },
      filters: [],
      form: { type: 'performed', window: last30 },
    }
    const segment = segmentOf(pro, set)
    expect(incompleteConditions(segment, catalog).map((i) => [i.nodeId, i.field, i.reason])).toEqual([
      ['set', ['event', 'anyOf', 1], 'event'],
    ])
    const preview = previewSegment(segment, catalog)
    expect(preview.leftOut).toEqual([])
    expect(preview.segment.root.children[1]).toMatchObject({ event: { anyOf: ['purchased'] } })
  })

  it('given a step whose second event is not chosen yet, then the step in the preview counts the first one', () => {
    const steps: SegmentNode = {
      id: 'seq',
      kind: 'sequence',
      window: last30,
      steps: [
        { id: 'a', event: 'viewed_product', filters: [] },
        { id: 'b', event: { anyOf: ['added_to_cart', ''] }, filters: [] },
        { id: 'c', event: 'purchased', filters: [] },
      ],
    }
    const preview = previewSegment(segmentOf(steps), catalog)
    expect(preview.segment.root.children[0]).toMatchObject({
      steps: [{ id: 'a' }, { id: 'b', event: { anyOf: ['added_to_cart'] } }, { id: 'c' }],
    })
  })
})
