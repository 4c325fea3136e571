import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SegmentError } from '../errors.ts'
import { SegmentSchema } from '../model/segment-schemas.ts'
import { arbitrarySegment } from '../testing/arbitrary.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { presetSegments } from '../testing/presets.ts'
import { assertSegmentShape, checkSegmentShape } from './segment-shape.ts'
import { requireValidSegment, validateSegment } from './validate-segment.ts'

const doc = (children: unknown[]) => ({
  version: 1,
  id: 's',
  name: 'S',
  entity: 'user',
  root: { id: 'root', kind: 'group', combinator: 'and', children },
})
const event = (extra: Record<string, unknown>) => ({
  id: 'e',
  kind: 'event',
  event: 'purchase',
  filters: [],
  form: { type: 'performed', window: { type: 'ever' } },
  ...extra,
})

const errorsOf = (value: unknown) => checkSegmentShape(value).filter((i) => i.severity === 'error')

describe('checkSegmentShape', () => {
  it('finds nothing wrong with any preset segment', () => {
    for (const preset of presetSegments) expect(errorsOf(preset.segment), preset.id).toEqual([])
  })

  it('reports a malformed segment passed in code with a path, instead of throwing', () => {
    const cases: [unknown, string, (string | number)[]][] = [
      [null, 'invalid_structure', []],
      [{ ...doc([]), root: { id: 'root', kind: 'group', combinator: 'and' } }, 'missing_field', ['root', 'children']],
      [doc([null]), 'invalid_structure', ['root', 'children', 0]],
      [doc([event({ filters: undefined })]), 'missing_field', ['root', 'children', 0, 'filters']],
      [doc([event({ form: { type: 'sometimes' } })]), 'invalid_structure', ['root', 'children', 0, 'form', 'type']],
      [
        doc([event({ form: { type: 'performed', window: { type: 'soon' } } })]),
        'invalid_structure',
        ['root', 'children', 0, 'form', 'window', 'type'],
      ],
      [{ ...doc([]), name: undefined }, 'missing_field', ['name']],
    ]
    for (const [value, code, path] of cases) {
      const errors = errorsOf(value)
      expect(
        errors.map((i) => [i.code, i.path]),
        JSON.stringify(value),
      ).toContainEqual([code, path])
      expect(() => assertSegmentShape(value)).toThrow(SegmentError)
    }
  })

  it('says which field of which node is wrong, for the builder to show it there', () => {
    const [error] = errorsOf(
      doc([event({ filters: [{ id: 'f', property: 'amount', operator: 'gte', value: 'x\u0000' }] })]),
    )
    expect(error).toMatchObject({
      code: 'invalid_text',
      nodeId: 'e',
      field: ['filters', 0, 'value'],
      path: ['root', 'children', 0, 'filters', 0, 'value'],
      params: { problem: 'nul' },
    })
  })

  it('reports a getter that throws and a Proxy that refuses where they are, and never throws', () => {
    const hostile = doc([
      {
        id: 'p',
        kind: 'property',
        get property(): string {
          throw new Error('boom')
        },
        operator: 'eq',
      },
      new Proxy(
        {},
        {
          getOwnPropertyDescriptor() {
            throw new Error('no')
          },
          get() {
            throw new Error('no')
          },
        },
      ),
    ])
    const issues = errorsOf(hostile)
    expect(issues.filter((i) => i.code === 'unreadable').map((i) => i.path)).toEqual([
      ['root', 'children', 0],
      ['root', 'children', 1],
    ])
    expect(() => validateSegment(hostile as never, exampleCatalog)).not.toThrow()
  })

  it('ends on a cyclic segment, reporting the repeated node', () => {
    const root: Record<string, unknown> = { id: 'root', kind: 'group', combinator: 'and', children: [] }
    ;(root.children as unknown[]).push(root, root)
    const issues = errorsOf({ ...doc([]), root })
    expect(issues.some((i) => i.code === 'duplicate_id')).toBe(true)
    expect(() => requireValidSegment({ ...doc([]), root } as never, exampleCatalog)).toThrow(SegmentError)
  })

  it('enforces depth while descending: 100,000 nested groups give max_depth, not a stack overflow', () => {
    let group: Record<string, unknown> = { id: 'g0', kind: 'group', combinator: 'and', children: [] }
    for (let i = 1; i < 100_000; i++) group = { id: `g${i}`, kind: 'group', combinator: 'and', children: [group] }
    const issues = errorsOf({ ...doc([]), root: group })
    expect(issues.map((i) => i.code)).toEqual(['max_depth'])
  })

  it('agrees with SegmentSchema on the shape of thousands of corrupted segments', () => {
    // What the schema cannot see: texts, repeated ids, limits, and which time zones this platform knows.
    const ignore = new Set([
      'invalid_text',
      'duplicate_id',
      'limit_exceeded',
      'max_depth',
      'max_size',
      'unknown_time_zone',
    ])
    const corrupt = (json: unknown, pick: number, replacement: unknown): unknown => {
      let n = 0
      const walk = (v: unknown): unknown => {
        n += 1
        if (n === pick) return replacement
        if (Array.isArray(v)) return v.map(walk)
        if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
        return v
      }
      return walk(json)
    }
    fc.assert(
      fc.property(
        arbitrarySegment(exampleCatalog),
        fc.nat(300),
        fc.oneof(
          fc.constant(undefined),
          fc.constant(null),
          fc.integer({ min: -2, max: 3 }),
          fc.double(),
          fc.constantFrom('', 'x', 'day', 'ever', 'and', 'eq'),
          fc.constant([]),
          fc.constant({}),
        ),
        (segment, pick, replacement) => {
          const broken = corrupt(JSON.parse(JSON.stringify(segment)), pick, replacement)
          const shapeOk = errorsOf(broken).filter((i) => !ignore.has(i.code)).length === 0
          expect(shapeOk, JSON.stringify(broken)).toBe(SegmentSchema.safeParse(broken).success)
        },
      ),
      { numRuns: 1500 },
    )
  })
})
