/**
 * Descriptions read back against the evaluator's meaning: the description tree
 * selects exactly the segment's members, and the words are a faithful
 * rendering of that tree (read back with bracketing messages).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEvaluator } from '../evaluate/evaluator.ts'
import type { Group, Segment, SegmentNode } from '../model/segment.ts'
import { arbitraryDataset, arbitrarySegment } from '../testing/arbitrary.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { FIXTURE_AS_OF } from '../testing/fixture-time.ts'
import { describeNode, describeSegment, wordDescription } from './describe.ts'
import { type Description, describeGroupTree } from './description.ts'
import type { DescribeMessages } from './messages.ts'

/** The description tree as a segment group again (fresh ids for the groups it adds). */
function toGroup(d: Description, fresh: () => string): Group {
  const group = (combinator: 'and' | 'or', children: SegmentNode[], negated = false): Group => ({
    id: fresh(),
    kind: 'group',
    combinator,
    ...(negated ? { negated: true } : {}),
    children,
  })
  const node = (x: Description): SegmentNode => {
    switch (x.type) {
      case 'everyone':
        return group('and', [])
      case 'nobody':
        return group('or', [])
      case 'all':
        return group('and', x.parts.map(node))
      case 'any':
        return group('or', x.parts.map(node))
      case 'atLeast':
        return { ...group('or', x.parts.map(node)), atLeast: x.count }
      case 'not':
        return group('and', [node(x.part)], true)
      case 'leaf':
        return x.node
      case 'related':
        return { id: x.nodeId, kind: 'related', relation: x.relation, match: x.match, root: toGroup(x.inner, fresh) }
      default: {
        x satisfies never
        throw new Error('unknown description')
      }
    }
  }
  const out = node(d)
  return out.kind === 'group' ? out : group('and', [out])
}

function fromDescription(segment: Segment): Segment {
  let n = 0
  return { ...segment, root: toGroup(describeGroupTree(segment.root), () => `described-${++n}`) }
}

const smallSegments = fc.oneof(
  arbitrarySegment(exampleCatalog, { entity: 'user', maxDepth: 2, maxChildren: 3 }),
  arbitrarySegment(exampleCatalog, { entity: 'account', maxDepth: 1, maxChildren: 3 }),
)

const datasets = fc.sample(
  arbitraryDataset(exampleCatalog, { minUsers: 4, maxUsers: 8, minEvents: 30, maxEvents: 80 }),
  {
    numRuns: 3,
    seed: 20261215,
  },
)

describe('the description tree', () => {
  it('selects exactly the members of the segment it describes, on random trees and data', () => {
    for (const [i, data] of datasets.entries()) {
      const evaluator = createEvaluator(exampleCatalog, data)
      fc.assert(
        fc.property(smallSegments, (segment) => {
          const asOf = segment.asOf === undefined ? { asOf: FIXTURE_AS_OF } : {}
          expect(evaluator.evaluate(fromDescription(segment), asOf).ids).toEqual(evaluator.evaluate(segment, asOf).ids)
        }),
        { numRuns: 60, seed: 7 + i },
      )
    }
  })

  it('says "All" or "No" exactly when the segment selects every entity or none, whatever the data', () => {
    const evaluator = createEvaluator(exampleCatalog, datasets[0]!)
    fc.assert(
      fc.property(smallSegments, (segment) => {
        const text = describeSegment(segment, exampleCatalog)
        const tree = describeGroupTree(segment.root)
        const asOf = segment.asOf === undefined ? { asOf: FIXTURE_AS_OF } : {}
        const everyone = evaluator.evaluate(
          { ...segment, root: { id: 'r', kind: 'group', combinator: 'and', children: [] } },
          asOf,
        )
        const members = evaluator.evaluate(segment, asOf)
        expect(text.startsWith('All ')).toBe(tree.type === 'everyone')
        expect(text.startsWith('No ')).toBe(tree.type === 'nobody')
        if (tree.type === 'everyone') expect(members.ids).toEqual(everyone.ids)
        if (tree.type === 'nobody') expect(members.ids).toEqual([])
      }),
      { numRuns: 300, seed: 11 },
    )
  })
})

/** Messages that bracket every structure with symbols no label or value uses, so the text can be parsed. */
const bracketing: Partial<DescribeMessages> = {
  segment: (_plural, body) => body,
  and: (parts) => parts.join(' ∧ '),
  or: (parts) => parts.join(' ∨ '),
  group: (inner) => `⟨${inner}⟩`,
  not: (inner) => `¬${inner}`,
  atLeast: (count, parts) => `≥${count}⟨${parts.join(' ‖ ')}⟩`,
  related: (match, r) => `⟪${r.relation}|${typeof match === 'string' ? match : 'count'}|${r.body ?? '⊤'}⟫`,
}

type Read =
  | string
  | { op: 'and' | 'or'; parts: Read[] }
  | { op: 'not'; part: Read }
  | { op: 'atLeast'; count: number; parts: Read[] }
  | { op: 'related'; head: string; body: Read }

/** Parses the bracketed words back; mixing ∧ and ∨ without brackets is refused (the scope would be unclear). */
function readBack(text: string): Read {
  let i = 0
  const special = new Set(['∧', '∨', '⟨', '⟩', '¬', '⟪', '⟫', '|', '≥', '‖'])
  const expr = (): Read => {
    const parts = [term()]
    let op: 'and' | 'or' | undefined
    while (text.startsWith(' ∧ ', i) || text.startsWith(' ∨ ', i)) {
      const next = text[i + 1] === '∧' ? 'and' : 'or'
      if (op && op !== next) throw new Error(`mixed ∧ and ∨ without brackets at ${i}: ${text}`)
      op = next
      i += 3
      parts.push(term())
    }
    return op ? { op, parts } : parts[0]!
  }
  const term = (): Read => {
    if (text[i] === '¬') {
      i++
      return { op: 'not', part: term() }
    }
    if (text[i] === '≥') {
      const start = ++i
      while (/[0-9]/.test(text[i] ?? '')) i++
      const count = Number(text.slice(start, i))
      if (text[i] !== '⟨') throw new Error(`expected ⟨ after ≥ at ${i}: ${text}`)
      i++
      const parts = [expr()]
      while (text.startsWith(' ‖ ', i)) {
        i += 3
        parts.push(expr())
      }
      if (text[i] !== '⟩') throw new Error(`unclosed ≥⟨ at ${i}: ${text}`)
      i++
      return { op: 'atLeast', count, parts }
    }
    if (text[i] === '⟨') {
      i++
      const inner = expr()
      if (text[i] !== '⟩') throw new Error(`unclosed ⟨ at ${i}: ${text}`)
      i++
      return inner
    }
    if (text[i] === '⟪') {
      i++
      const start = i
      i = text.indexOf('|', text.indexOf('|', i) + 1) + 1
      const head = text.slice(start, i - 1)
      let body: Read = '⊤'
      if (text[i] === '⊤') i++
      else body = expr()
      if (text[i] !== '⟫') throw new Error(`unclosed ⟪ at ${i}: ${text}`)
      i++
      return { op: 'related', head, body }
    }
    const start = i
    while (
      i < text.length &&
      !special.has(text[i]!) &&
      !text.startsWith(' ∧ ', i) &&
      !text.startsWith(' ∨ ', i) &&
      !text.startsWith(' ‖ ', i)
    )
      i++
    return text.slice(start, i)
  }
  const out = expr()
  if (i !== text.length) throw new Error(`trailing text at ${i}: ${text}`)
  return out
}

/** What the reader should find: the tree's structure with each leaf worded on its own. */
function expected(d: Description, entity: string): Read {
  switch (d.type) {
    case 'everyone':
    case 'nobody':
      throw new Error('constants are worded by describeSegment, not inside a tree')
    case 'all':
    case 'any':
      return { op: d.type === 'all' ? 'and' : 'or', parts: d.parts.map((p) => expected(p, entity)) }
    case 'atLeast':
      return { op: 'atLeast', count: d.count, parts: d.parts.map((p) => expected(p, entity)) }
    case 'not':
      return { op: 'not', part: expected(d.part, entity) }
    case 'leaf':
      return describeNode(d.node, exampleCatalog, entity)
    case 'related': {
      const relation = exampleCatalog.entities.find((e) => e.id === entity)?.relations?.find((r) => r.id === d.relation)
      const target = relation?.target ?? entity
      return {
        op: 'related',
        head: `${relation?.label}|${d.match.type}`,
        body: d.inner.type === 'everyone' ? '⊤' : expected(d.inner, target),
      }
    }
    default: {
      d satisfies never
      throw new Error('unknown description')
    }
  }
}

describe('the words of a description', () => {
  it('read back to the description tree: every AND, OR, NOT and related scope is where the tree has it', () => {
    fc.assert(
      fc.property(smallSegments, (segment) => {
        const tree = describeGroupTree(segment.root)
        if (tree.type === 'everyone' || tree.type === 'nobody') return
        const text = wordDescription(tree, exampleCatalog, segment.entity, { messages: bracketing })
        expect(readBack(text)).toEqual(expected(tree, segment.entity))
      }),
      { numRuns: 400, seed: 3 },
    )
  })

  it('never leave a dangling word, an empty bracket or a missing value in English', () => {
    fc.assert(
      fc.property(smallSegments, (segment) => {
        const text = describeSegment(segment, exampleCatalog)
        expect(text).not.toMatch(
          /\s{2}|\s$|\(\s*\)|\b(?:and|or|excluding those)\s*\)|\b(?:and|or|those|where|who|whose)$/,
        )
        expect(text).not.toMatch(/undefined|NaN|\[object|""/)
        let depth = 0
        for (const c of text) {
          depth += c === '(' ? 1 : c === ')' ? -1 : 0
          expect(depth).toBeGreaterThanOrEqual(0)
        }
        expect(depth).toBe(0)
      }),
      { numRuns: 400, seed: 5 },
    )
  })
})
