import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Group, Segment, SegmentNode } from '../model/segment.ts'
import { CONDITION_KINDS } from '../model/segment.ts'
import { SegmentSchema } from '../model/segment-schemas.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { validateSegment } from '../validate/validate-segment.ts'
import { createCondition, createEmptySegment, createGroup } from './create.ts'
import { incompleteConditions } from './incomplete.ts'
import {
  addNode,
  duplicateNode,
  findNode,
  findParent,
  moveNode,
  moveNodeBy,
  nodePath,
  removeNode,
  setCollapsed,
  setDisabled,
  setLocked,
  toggleCombinator,
  toggleNegated,
  ungroup,
  updateNode,
  wrapInGroup,
} from './tree.ts'

const prop = (id: string, value = 'pro'): SegmentNode => ({
  id,
  kind: 'property',
  property: 'plan',
  operator: 'eq',
  value,
})

/** root(and): a, b, g1(or): c, d, rel(account): rg(and): e */
function sample(): Segment {
  return {
    version: 1,
    id: 's',
    name: 'S',
    entity: 'user',
    root: {
      id: 'root',
      kind: 'group',
      combinator: 'and',
      children: [
        prop('a'),
        prop('b'),
        { id: 'g1', kind: 'group', combinator: 'or', children: [prop('c'), prop('d')] },
        {
          id: 'rel',
          kind: 'related',
          relation: 'account',
          match: { type: 'any' },
          root: {
            id: 'rg',
            kind: 'group',
            combinator: 'and',
            children: [{ id: 'e', kind: 'property', property: 'arr', operator: 'gt', value: 5 }],
          },
        },
      ],
    },
  }
}

const ids = (group: Group) => group.children.map((c) => c.id)
function allIds(segment: Segment): string[] {
  const out: string[] = []
  const walk = (n: SegmentNode) => {
    out.push(n.id)
    if (n.kind === 'group') n.children.forEach(walk)
    if (n.kind === 'related') walk(n.root)
  }
  walk(segment.root)
  return out
}

describe('tree operations', () => {
  it('find a node and its parent, also inside a related condition', () => {
    const s = sample()
    expect(findNode(s, 'e')).toMatchObject({ property: 'arr' })
    expect(findParent(s, 'e')).toMatchObject({ parent: { id: 'rg' }, index: 0 })
    expect(findParent(s, 'root')).toBeUndefined()
    expect(nodePath(s, 'e')).toEqual(['root', 'rel', 'rg', 'e'])
  })

  it('given an update of one condition, then untouched siblings and subtrees keep their identity', () => {
    const s = sample()
    const next = updateNode(s, 'c', { value: 'free' })
    const g1 = next.root.children[2] as Group
    expect(findNode(next, 'c')).toMatchObject({ value: 'free' })
    expect(next.root.children[0]).toBe(s.root.children[0])
    expect(next.root.children[3]).toBe(s.root.children[3])
    expect(g1.children[1]).toBe((s.root.children[2] as Group).children[1])
    expect(s.root.children[2]).not.toBe(g1)
    expect(findNode(s, 'c')).toMatchObject({ value: 'pro' })
  })

  it('an update cannot change a node id or kind', () => {
    const next = updateNode(sample(), 'a', { id: 'zzz', kind: 'tag' } as never)
    expect(findNode(next, 'a')).toMatchObject({ kind: 'property' })
  })

  it('add and remove nodes, including inside a related group', () => {
    let s = addNode(sample(), 'rg', prop('new'), 0)
    expect(nodePath(s, 'new')).toEqual(['root', 'rel', 'rg', 'new'])
    s = removeNode(s, 'b')
    expect(ids(s.root)).toEqual(['a', 'g1', 'rel'])
    expect(removeNode(s, 'root')).toBe(s)
  })

  it('move a condition within its group, forward and backward', () => {
    const s = sample()
    expect(ids(moveNode(s, 'a', 'root', 2).root)).toEqual(['b', 'a', 'g1', 'rel'])
    expect(ids(moveNode(s, 'g1', 'root', 0).root)).toEqual(['g1', 'a', 'b', 'rel'])
    expect(moveNode(s, 'a', 'root', 0)).toBe(s)
  })

  it('move a node one place up or down within its group, and not past either end', () => {
    const s = sample()
    expect(ids(moveNodeBy(s, 'b', -1).root)).toEqual(['b', 'a', 'g1', 'rel'])
    expect(ids(moveNodeBy(s, 'b', 1).root)).toEqual(['a', 'g1', 'b', 'rel'])
    expect(ids(findNode(moveNodeBy(s, 'c', 1), 'g1') as Group)).toEqual(['d', 'c'])
    expect(moveNodeBy(s, 'a', -1)).toBe(s)
    expect(moveNodeBy(s, 'rel', 1)).toBe(s)
    expect(moveNodeBy(s, 'root', 1)).toBe(s)
    expect(moveNodeBy(setLocked(s, 'b', true), 'b', -1)).toEqual(setLocked(s, 'b', true))
  })

  it('move a condition into another group and into a related group', () => {
    const s = moveNode(sample(), 'a', 'g1', 1)
    expect(ids(s.root)).toEqual(['b', 'g1', 'rel'])
    expect(ids(findNode(s, 'g1') as Group)).toEqual(['c', 'a', 'd'])
    // The related group talks about accounts: a user condition may not move into it, nor out of it.
    expect(moveNode(s, 'b', 'rg', 0)).toBe(s)
    expect(moveNode(s, 'e', 'root', 0)).toBe(s)
    expect(nodePath(moveNode(s, 'e', 'rg', 1), 'e')).toEqual(['root', 'rel', 'rg', 'e'])
  })

  it('refuse to move a group into itself or its own descendants, or to move the root', () => {
    let s = sample()
    s = addNode(s, 'g1', createGroup('and'), 0)
    const inner = (findNode(s, 'g1') as Group).children[0]!.id
    expect(moveNode(s, 'g1', 'g1', 0)).toBe(s)
    expect(moveNode(s, 'g1', inner, 0)).toBe(s)
    expect(moveNode(s, 'root', 'g1', 0)).toBe(s)
  })

  it('duplicate a group deeply with fresh ids everywhere, right after the original', () => {
    const s = duplicateNode(sample(), 'g1')
    expect(s.root.children.map((c) => c.kind)).toEqual(['property', 'property', 'group', 'group', 'related'])
    const all = allIds(s)
    expect(new Set(all).size).toBe(all.length)
    const copy = s.root.children[3] as Group
    expect(copy.children.map((c) => (c.kind === 'property' ? c.value : undefined))).toEqual(['pro', 'pro'])
  })

  it('wrap a node in a group and ungroup it again', () => {
    const wrapped = wrapInGroup(sample(), 'b', 'or')
    const group = wrapped.root.children[1] as Group
    expect(group).toMatchObject({ kind: 'group', combinator: 'or', children: [{ id: 'b' }] })
    expect(ids(ungroup(wrapped, group.id).root)).toEqual(['a', 'b', 'g1', 'rel'])
    expect(ungroup(wrapped, 'root')).toBe(wrapped)
  })

  it('toggle AND/OR and NOT on a group', () => {
    let s = toggleCombinator(sample(), 'g1')
    expect(findNode(s, 'g1')).toMatchObject({ combinator: 'and' })
    s = toggleNegated(s, 'g1')
    expect(findNode(s, 'g1')).toMatchObject({ negated: true })
    s = toggleNegated(s, 'g1')
    expect((findNode(s, 'g1') as Group).negated).toBeUndefined()
  })

  it('disable, collapse and lock flags come and go without leaving false fields behind', () => {
    let s = setDisabled(sample(), 'a', true)
    expect(findNode(s, 'a')).toMatchObject({ disabled: true })
    s = setDisabled(s, 'a', false)
    expect(findNode(s, 'a')).not.toHaveProperty('disabled')
    expect(findNode(setCollapsed(s, 'g1', true), 'g1')).toMatchObject({ collapsed: true })
    expect(setCollapsed(s, 'a', true)).toBe(s)
  })

  it('given a locked group, edits, removals and moves inside it are refused but unlocking works', () => {
    const locked = setLocked(sample(), 'g1', true)
    expect(updateNode(locked, 'c', { value: 'x' })).toBe(locked)
    expect(removeNode(locked, 'c')).toBe(locked)
    expect(removeNode(locked, 'g1')).toBe(locked)
    expect(moveNode(locked, 'a', 'g1', 0)).toBe(locked)
    expect(moveNode(locked, 'c', 'root', 0)).toBe(locked)
    expect(setDisabled(locked, 'd', true)).toBe(locked)
    expect(toggleCombinator(locked, 'g1')).toBe(locked)
    const unlocked = setLocked(locked, 'g1', false)
    expect(findNode(updateNode(unlocked, 'c', { value: 'x' }), 'c')).toMatchObject({ value: 'x' })
  })

  it('a locked node is duplicated as an unlocked copy', () => {
    const s = duplicateNode(setLocked(sample(), 'a', true), 'a')
    expect(s.root.children[1]).not.toHaveProperty('locked')
  })

  it('createCondition gives a well-formed condition of every kind, whose only errors are what the user must still choose', () => {
    for (const entity of ['user', 'account']) {
      for (const kind of CONDITION_KINDS) {
        const condition = createCondition(kind, { catalog: exampleCatalog, entity })
        if (!condition) continue
        const segment = addNode(createEmptySegment(entity), createEmptySegment(entity).root.id, condition)
        const withCondition: Segment = { ...segment, root: { ...segment.root, children: [condition] } }
        expect(SegmentSchema.safeParse(withCondition).success).toBe(true)
        const errors = validateSegment(withCondition, exampleCatalog).filter((i) => i.severity === 'error')
        expect(errors.length, kind).toBeGreaterThan(0)
        expect(incompleteConditions(withCondition, exampleCatalog).map((f) => f.issue)).toEqual(errors)
      }
    }
    expect(createCondition('related', { catalog: exampleCatalog, entity: 'user' })).toMatchObject({
      relation: 'account',
    })
    expect(createCondition('list', { catalog: { entities: [], events: [] }, entity: 'user' })).toBeUndefined()
  })

  it('keeps ids unique and loses no node under any sequence of operations', () => {
    type Op = {
      op: 'add' | 'remove' | 'move' | 'duplicate' | 'wrap' | 'ungroup' | 'lock'
      a: number
      b: number
      c: number
    }
    const opArb = fc.record({
      op: fc.constantFrom<Op['op']>('add', 'remove', 'move', 'duplicate', 'wrap', 'ungroup', 'lock'),
      a: fc.nat(50),
      b: fc.nat(50),
      c: fc.nat(5),
    })
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        let s = sample()
        for (const { op, a, b, c } of ops) {
          const all = allIds(s)
          const groups = all.filter((id) => findNode(s, id)?.kind === 'group')
          const pick = all[a % all.length]!
          const group = groups[b % groups.length]!
          const before = all.length
          switch (op) {
            case 'add':
              s = addNode(s, group, c % 2 ? createGroup('or') : prop(`p${a}${b}${all.length}`), c)
              break
            case 'remove':
              s = removeNode(s, pick)
              break
            case 'move': {
              s = moveNode(s, pick, group, c)
              expect(allIds(s).length).toBe(before)
              break
            }
            case 'duplicate':
              s = duplicateNode(s, pick)
              break
            case 'wrap':
              s = wrapInGroup(s, pick)
              break
            case 'ungroup':
              s = ungroup(s, group)
              break
            case 'lock':
              s = setLocked(s, pick, c % 2 === 0)
              break
          }
          const after = allIds(s)
          expect(new Set(after).size).toBe(after.length)
        }
      }),
      { numRuns: 300 },
    )
  })
})
