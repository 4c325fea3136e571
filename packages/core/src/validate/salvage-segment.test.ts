import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { serializeSegment } from '../json/serialize.ts'
import type { Segment } from '../model/segment.ts'
import { arbitrarySegment } from '../testing/arbitrary.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { presetSegments } from '../testing/presets.ts'
import { parseSegment } from './parse-segment.ts'
import { salvageSegment } from './salvage-segment.ts'

const plan = { id: 'c_plan', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' }
const doc = (children: unknown[]): unknown => ({
  version: 1,
  id: 's',
  name: 'S',
  entity: 'user',
  root: { id: 'root', kind: 'group', combinator: 'and', children },
})
const kindsOf = (segment: Segment | undefined) => segment?.root.children.map((c) => c.kind)

describe('salvageSegment', () => {
  it('returns a sound segment itself, not a copy, with no issue', () => {
    for (const preset of presetSegments) {
      const read = salvageSegment(preset.segment)
      expect(read.segment).toBe(preset.segment)
      expect(read.issues.filter((i) => i.severity === 'error')).toEqual([])
    }
  })

  it('keeps the sound conditions and turns a null child, a number and a broken condition into opaque nodes', () => {
    const broken = { id: 'c_bad', kind: 'property', property: 'plan', operator: 5, value: 'pro' }
    const read = salvageSegment(doc([plan, null, 42, broken]))
    expect(kindsOf(read.segment)).toEqual(['property', 'opaque', 'opaque', 'opaque'])
    expect(read.segment?.root.children[0]).toEqual(plan)
    const opaque = read.segment?.root.children[3]
    expect(opaque).toMatchObject({ id: 'c_bad', kind: 'opaque', reason: 'invalid', raw: broken })
    expect(read.issues.map((i) => i.path.slice(0, 3))).toEqual(
      expect.arrayContaining([
        ['root', 'children', 1],
        ['root', 'children', 2],
        ['root', 'children', 3],
      ]),
    )
  })

  it('gives opaque nodes distinct ids (a repeated or missing id becomes one named after the path)', () => {
    const read = salvageSegment(doc([plan, { ...plan, value: 5, operator: 'nope' }, { kind: 'property' }]))
    const ids = read.segment?.root.children.map((c) => c.id) ?? []
    expect(new Set(ids).size).toBe(3)
    expect(ids).toEqual(['c_plan', 'invalid-root-children-1', 'invalid-root-children-2'])
  })

  it('salvages inside nested groups and related conditions', () => {
    const nested = { id: 'g', kind: 'group', combinator: 'or', children: [plan, { kind: 'group' }] }
    const read = salvageSegment(doc([nested]))
    const group = read.segment?.root.children[0]
    expect(group?.kind).toBe('group')
    expect(group?.kind === 'group' ? group.children.map((c) => c.kind) : []).toEqual(['property', 'opaque'])
  })

  it('gives no segment when the document or its root is broken, or the value is no object', () => {
    for (const value of [
      null,
      42,
      'x',
      [],
      {},
      { ...(doc([]) as object), root: null },
      { ...(doc([]) as object), version: 'one' },
    ]) {
      const read = salvageSegment(value)
      expect(read.segment).toBeUndefined()
      expect(read.issues.some((i) => i.severity === 'error')).toBe(true)
    }
  })

  it('never throws, on hostile values too (getters that throw, cycles, BigInt)', () => {
    const throwing = { ...plan }
    Object.defineProperty(throwing, 'value', {
      enumerable: true,
      get() {
        throw new Error('no')
      },
    })
    const cyclic: Record<string, unknown> = { ...plan, operator: 'in' }
    cyclic.value = [cyclic]
    const read = salvageSegment(doc([throwing, cyclic, { ...plan, value: 10n }]))
    expect(kindsOf(read.segment)).toEqual(['opaque', 'opaque', 'opaque'])
    fc.assert(
      fc.property(fc.anything(), (value) => {
        salvageSegment(value)
        salvageSegment(doc([value]))
      }),
      { numRuns: 300 },
    )
  })

  it('agrees with parseSegment on which nodes of a sound segment with one broken child are kept', () => {
    fc.assert(
      fc.property(arbitrarySegment(exampleCatalog), fc.anything(), (segment, junk) => {
        const json = JSON.parse(serializeSegment(segment)) as { root: { children: unknown[] } }
        json.root.children.push({ id: 'junk_node', kind: 'property', property: junk })
        const salvaged = salvageSegment(json)
        const parsed = parseSegment(json)
        expect(kindsOf(salvaged.segment)).toEqual(kindsOf(parsed.segment))
      }),
      { numRuns: 100 },
    )
  })
})
