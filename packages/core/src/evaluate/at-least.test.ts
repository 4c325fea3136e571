/**
 * "At least k of these" groups in the evaluator: members, explain (raw and worded) and the
 * per-condition breakdown, on hand-made users.
 */
import { describe, expect, it } from 'vitest'
import { describeSegment } from '../describe/describe.ts'
import { deMessages } from '../i18n/de.ts'
import type { Group, Segment, SegmentNode } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { createEvaluator } from './evaluator.ts'
import { formatExplanation } from './explain-text.ts'

const NOW = Date.parse('2026-12-15T12:00:00Z')
const plan = (value: string): SegmentNode => ({
  id: `p_${value}`,
  kind: 'property',
  property: 'plan',
  operator: 'eq',
  value,
})
const olderThan = (age: number): SegmentNode => ({
  id: 'age',
  kind: 'property',
  property: 'age',
  operator: 'gt',
  value: age,
})
const whale: SegmentNode = { id: 'whale', kind: 'tag', tag: 'whale', operator: 'has' }
const seg = (root: Partial<Group>): Segment => ({
  version: 1,
  id: 's',
  name: 's',
  entity: 'user',
  root: { id: 'root', kind: 'group', combinator: 'or', children: [plan('pro'), olderThan(30), whale], ...root },
})

const evaluator = createEvaluator(exampleCatalog, {
  entities: {
    user: [
      { id: 'u1', plan: 'pro', age: 40 }, // pro, older: 2 of 3
      { id: 'u2', plan: 'pro', age: 20 }, // pro: 1 of 3
      { id: 'u3', plan: 'free', age: 50 }, // older, whale: 2 of 3
      { id: 'u4', plan: 'pro', age: 60 }, // all three
      { id: 'u5' }, // none
    ],
  },
  events: [],
  tags: [
    { tag: 'whale', entityId: 'u3' },
    { tag: 'whale', entityId: 'u4' },
  ],
})
const ids = (s: Segment) => evaluator.evaluate(s, { asOf: NOW }).ids

describe('at least k of these conditions', () => {
  it('given at least 2 of plan Pro, older than 30 and whale, then the users holding two or three are in', () => {
    expect(ids(seg({ atLeast: 2 }))).toEqual(['u1', 'u3', 'u4'])
    expect(ids(seg({ atLeast: 3 }))).toEqual(['u4'])
    expect(ids(seg({ atLeast: 1 }))).toEqual(['u1', 'u2', 'u3', 'u4'])
    expect(ids(seg({ atLeast: 4 }))).toEqual([])
  })

  it('given NOT at least 2, then the users holding at most one are in', () => {
    expect(ids(seg({ atLeast: 2, negated: true }))).toEqual(['u2', 'u5'])
  })

  it('explains how many hold and how many were needed, in English and German', () => {
    const s = seg({ atLeast: 2 })
    const raw = evaluator.explain(s, 'u2', { asOf: NOW }).tree
    expect(raw.matched).toBe(false)
    expect(raw.reason).toBe('1 of 3 conditions hold (AT LEAST 2)')
    expect(formatExplanation(raw, s, exampleCatalog).reason).toBe('1 of 3 conditions hold (at least 2 needed)')
    expect(formatExplanation(raw, s, exampleCatalog, { messages: deMessages }).reason).toBe(
      '1 von 3 Bedingungen erfüllt (mindestens 2 nötig)',
    )
  })

  it('counts each condition and what the group keeps after each one in the breakdown', () => {
    const counts = evaluator.evaluate(seg({ atLeast: 2 }), { asOf: NOW, breakdown: true }).breakdown ?? []
    const root = counts.find((n) => n.nodeId === 'root')
    expect(root?.matches).toBe(3)
    expect(counts.filter((n) => n.parentId === 'root').map((n) => [n.nodeId, n.matches, n.remaining])).toEqual([
      ['p_pro', 3, 0],
      ['age', 3, 2],
      ['whale', 2, 3],
    ])
  })

  it('describes the count in English and German', () => {
    expect(describeSegment(seg({ atLeast: 2 }), exampleCatalog)).toBe(
      'Users matching at least 2 of (whose Plan is Pro; whose Age is more than 30; tagged Whale)',
    )
    expect(describeSegment(seg({ atLeast: 2 }), exampleCatalog, { messages: deMessages.describe })).toMatch(
      /^Users, die mindestens 2 hiervon erfüllen: \(deren Plan Pro ist; .+\)$/,
    )
  })
})
