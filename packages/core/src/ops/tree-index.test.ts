import { describe, expect, it } from 'vitest'
import type { Group, Segment, SegmentNode } from '../model/segment.ts'
import { CONDITION_KINDS } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { addableKinds, canCreateCondition, createCondition } from './create.ts'
import { defaultDuration, defaultPastReference } from './defaults.ts'
import { sameSegment } from './same-segment.ts'
import { isLocked, moveNode, setLocked } from './tree.ts'
import { canMoveNode, indexSegment } from './tree-index.ts'

const prop = (id: string): SegmentNode => ({ id, kind: 'property', property: 'plan', operator: 'eq', value: 'pro' })
const accountGroup = (id: string, children: SegmentNode[]): Group => ({
  id,
  kind: 'group',
  combinator: 'and',
  children,
})

/** root(and): a, g1(or): b, c, rel1(account): r1(and): x, rel2(account): r2(and): y, users(user): u(and): z */
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
        { id: 'g1', kind: 'group', combinator: 'or', locked: true, children: [prop('b'), prop('c')] },
        {
          id: 'rel1',
          kind: 'related',
          relation: 'account',
          match: { type: 'any' },
          root: accountGroup('r1', [prop('x')]),
        },
        {
          id: 'rel2',
          kind: 'related',
          relation: 'account',
          match: { type: 'any' },
          root: accountGroup('r2', [
            prop('y'),
            {
              id: 'users',
              kind: 'related',
              relation: 'users',
              match: { type: 'any' },
              root: accountGroup('u', [prop('z')]),
            },
          ]),
        },
      ],
    },
  }
}

describe('the tree index of a segment', () => {
  it('given a segment, when indexed, then every node has its parent, place, depth and lock as core reads them', () => {
    const s = sample()
    const index = indexSegment(s, { catalog: exampleCatalog })
    expect([...index.nodes.keys()]).toEqual([
      'root',
      'a',
      'g1',
      'b',
      'c',
      'rel1',
      'r1',
      'x',
      'rel2',
      'r2',
      'y',
      'users',
      'u',
      'z',
    ])
    expect(index.parent.get('b')).toBe('g1')
    expect(index.parent.get('x')).toBe('r1')
    expect(index.parent.has('r1')).toBe(false)
    expect(index.owner.get('r1')).toBe('rel1')
    expect(index.position.get('rel1')).toBe(2)
    expect([index.place.get('a'), index.place.get('g1'), index.place.get('rel2'), index.place.get('x')]).toEqual([
      'first',
      'middle',
      'last',
      'only',
    ])
    expect([index.depth.get('root'), index.depth.get('g1'), index.depth.get('r2'), index.depth.get('u')]).toEqual([
      1, 2, 2, 3,
    ])
    expect(index.entity.get('r1')).toBe('account')
    expect(index.entity.get('u')).toBe('user')
    expect(index.scope.get('g1')).toBe('root')
    expect(index.scope.get('u')).toBe('u')
    for (const id of index.nodes.keys()) expect(index.locked.has(id)).toBe(isLocked(s, id))
    expect([...index.locked].sort()).toEqual(['b', 'c', 'g1'])
  })

  it('given no catalog, then the entity of related groups is unknown but their scope is known', () => {
    const index = indexSegment(sample())
    expect(index.entity.get('root')).toBe('user')
    expect(index.entity.has('r1')).toBe(false)
    expect(index.scope.get('r1')).toBe('r1')
  })

  it('given 20,000 nested groups, when indexed, then it does not overflow the call stack', () => {
    let inner: Group = accountGroup('g0', [prop('leaf')])
    for (let i = 1; i < 20_000; i++) inner = accountGroup(`g${i}`, [inner])
    const index = indexSegment({ version: 1, id: 's', name: 'S', entity: 'user', root: inner })
    expect(index.depth.get('g0')).toBe(20_000)
  })
})

describe('which moves are legal', () => {
  it('given a user condition, then it may not move into an account group, and an account condition may not move out', () => {
    const s = sample()
    expect(canMoveNode(s, 'a', 'r1')).toBe(false)
    expect(canMoveNode(s, 'x', 'root')).toBe(false)
    expect(moveNode(s, 'a', 'r1', 0)).toBe(s)
  })

  it('given two related groups on the same entity, then a move between them needs the catalog to know it', () => {
    const s = sample()
    expect(canMoveNode(s, 'x', 'r2')).toBe(false)
    expect(canMoveNode(s, 'x', 'r2', { catalog: exampleCatalog })).toBe(true)
    const moved = moveNode(s, 'x', 'r2', 0, { catalog: exampleCatalog })
    expect((moved.root.children[3] as { root: Group }).root.children.map((c) => c.id)).toEqual(['x', 'y', 'users'])
    // The users relation leads back to users: a top-level user condition may go there.
    expect(canMoveNode(s, 'a', 'u', { catalog: exampleCatalog })).toBe(true)
  })

  it('given locks, the root and nesting, then those moves are refused', () => {
    const s = sample()
    expect(canMoveNode(s, 'b', 'root')).toBe(false)
    expect(canMoveNode(s, 'a', 'g1')).toBe(false)
    expect(canMoveNode(setLocked(s, 'g1', false), 'a', 'g1')).toBe(true)
    expect(canMoveNode(s, 'root', 'g1')).toBe(false)
    expect(canMoveNode(s, 'a', 'missing')).toBe(false)
    expect(canMoveNode(s, 'rel2', 'u', { catalog: exampleCatalog })).toBe(false)
    expect(canMoveNode(s, 'a', 'x')).toBe(false)
  })

  it('given an index of the segment, then the answer is the same as without it', () => {
    const s = sample()
    const index = indexSegment(s, { catalog: exampleCatalog })
    for (const id of index.nodes.keys())
      for (const to of index.nodes.keys())
        expect(canMoveNode(s, id, to, { index })).toBe(canMoveNode(s, id, to, { catalog: exampleCatalog }))
  })
})

describe('addable kinds and defaults', () => {
  it('given each entity of the catalog, then the addable kinds are exactly those createCondition can make', () => {
    for (const entity of ['user', 'account', 'nobody']) {
      const made = CONDITION_KINDS.filter((kind) => createCondition(kind, { catalog: exampleCatalog, entity }))
      expect(addableKinds(exampleCatalog, entity)).toEqual(made)
      for (const kind of CONDITION_KINDS)
        expect(canCreateCondition(kind, { catalog: exampleCatalog, entity })).toBe(made.includes(kind))
    }
    expect(addableKinds(exampleCatalog, 'user', ['tag', 'property'])).toEqual(['tag', 'property'])
    expect(addableKinds({ entities: [{ id: 'user', label: 'User', properties: [] }], events: [] }, 'user')).toEqual([])
  })

  it('given a default duration, then each call returns a fresh object', () => {
    const a = defaultDuration('stepGap')
    a.amount = 99
    expect(defaultDuration('stepGap')).toEqual({ amount: 1, unit: 'day' })
    expect(defaultDuration('sequenceWithin')).toEqual({ amount: 7, unit: 'day' })
    expect(defaultPastReference()).toEqual({ type: 'ago', duration: { amount: 7, unit: 'day' } })
  })
})

describe('structural equality of segments', () => {
  it('given a JSON copy of a segment, then it is the same segment; after an edit it is not', () => {
    const s = sample()
    const copy = JSON.parse(JSON.stringify(s)) as Segment
    expect(sameSegment(s, copy)).toBe(true)
    expect(sameSegment(s, { ...copy, name: 'Other' })).toBe(false)
    const edited = JSON.parse(JSON.stringify(s)) as Segment
    ;(edited.root.children[0] as { value: string }).value = 'free'
    expect(sameSegment(s, edited)).toBe(false)
    expect(sameSegment(s, { ...s, description: undefined } as Segment)).toBe(true)
    expect(sameSegment(s, { ...s, root: { ...s.root, children: s.root.children.slice(1) } })).toBe(false)
  })

  it('given cyclic opaque data, then the comparison terminates', () => {
    const raw: Record<string, unknown> = { kind: 'future' }
    raw.self = raw
    const other: Record<string, unknown> = { kind: 'future' }
    other.self = other
    const node = (r: unknown): SegmentNode => ({ id: 'o', kind: 'opaque', raw: r }) as SegmentNode
    expect(sameSegment(node(raw), node(other))).toBe(true)
    expect(sameSegment(node(raw), node({ kind: 'future', self: 1 }))).toBe(false)
  })
})
