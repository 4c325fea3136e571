import { describe, expect, it } from 'vitest'
import type { SegmentNode } from '../model/segment.ts'
import { referencedSegments } from './segment-references.ts'

const ref = (id: string, segment: string): SegmentNode => ({ id, kind: 'segment', segment, operator: 'in' })

describe('referencedSegments', () => {
  it('finds references in nested and related groups, in tree order, each once', () => {
    const root: SegmentNode = {
      id: 'root',
      kind: 'group',
      combinator: 'and',
      children: [
        ref('a', 'pro'),
        { id: 'g', kind: 'group', combinator: 'or', children: [ref('b', 'whales'), ref('c', 'pro')] },
        {
          id: 'r',
          kind: 'related',
          relation: 'account',
          match: { type: 'any' },
          root: { id: 'rr', kind: 'group', combinator: 'and', children: [ref('d', 'big_accounts')] },
        },
      ],
    }
    expect(referencedSegments(root)).toEqual(['pro', 'whales', 'big_accounts'])
    expect(referencedSegments(undefined)).toEqual([])
  })

  it('ends on a cyclic object', () => {
    const group = { id: 'g', kind: 'group', combinator: 'and', children: [] as SegmentNode[] } as SegmentNode
    if (group.kind === 'group') group.children.push(group, ref('a', 'pro'))
    expect(referencedSegments(group)).toEqual(['pro'])
  })
})
