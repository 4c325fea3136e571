import { describe, expect, it } from 'vitest'
import type { Segment, SegmentNode } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { parseSegment } from './parse-segment.ts'
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

const compare = (property: string, operator: string, value: unknown): SegmentNode =>
  ({ id: 'c1', kind: 'property', property, operator, value }) as SegmentNode

const ref = (property: string, offset?: unknown) => ({
  type: 'property',
  property,
  ...(offset === undefined ? {} : { offset }),
})

const issuesOf = (node: SegmentNode) =>
  validateSegment(segmentOf([node]), exampleCatalog).map((i) => ({
    code: i.code,
    path: i.path.join('.'),
    field: i.field?.join('.'),
    severity: i.severity,
  }))

describe('a property compared with another property', () => {
  it('is valid for numbers, datetimes (with an offset either way), text with enum and text', () => {
    for (const node of [
      compare('age', 'gt', ref('ltv')),
      compare('last_seen_at', 'before', ref('created_at', { amount: 7, unit: 'day' })),
      compare('last_seen_at', 'after', ref('created_at', { amount: -2, unit: 'hour' })),
      compare('name', 'eq', ref('email')),
      compare('country', 'neq', ref('name')),
      compare('marketing_consent', 'eq', ref('marketing_consent')),
    ]) {
      expect(issuesOf(node), JSON.stringify(node)).toEqual([])
    }
  })

  it('names an unknown other property at value.property', () => {
    expect(issuesOf(compare('age', 'gt', ref('shoe_size')))).toEqual([
      { code: 'unknown_property', path: 'root.children.0.value.property', field: 'value.property', severity: 'error' },
    ])
  })

  it('refuses incompatible types with reference_type_mismatch', () => {
    for (const [property, other] of [
      ['age', 'created_at'],
      ['name', 'age'],
      ['marketing_consent', 'name'],
      ['interests', 'interests'],
    ] as const) {
      const op = property === 'interests' ? 'has_any' : 'eq'
      expect(issuesOf(compare(property, op, ref(other))).map((i) => i.code)).toEqual(['reference_type_mismatch'])
    }
  })

  it('allows only the operators of its type (no contains, no between, no text order)', () => {
    for (const [property, op] of [
      ['name', 'contains'],
      ['name', 'lt'],
      ['age', 'between'],
      ['created_at', 'within_last'],
      ['marketing_consent', 'is_true'],
    ] as const) {
      const other = property === 'created_at' ? 'last_seen_at' : property
      expect(issuesOf(compare(property, op, ref(other)))).toEqual([
        { code: 'operator_not_allowed', path: 'root.children.0.operator', field: 'operator', severity: 'error' },
      ])
    }
  })

  it('shifts only datetimes: an offset on a number is reference_offset', () => {
    expect(issuesOf(compare('age', 'gt', ref('ltv', { amount: 1, unit: 'day' })))).toEqual([
      { code: 'reference_offset', path: 'root.children.0.value.offset', field: 'value.offset', severity: 'error' },
    ])
  })

  it('bounds the offset as every duration is bounded, and wants a whole amount', () => {
    const far = parseSegment(
      segmentOf([compare('last_seen_at', 'before', ref('created_at', { amount: -20_000, unit: 'year' }))]),
    )
    expect(far.ok).toBe(false)
    expect(far.issues.map((i) => [i.code, i.path.join('.')])).toContainEqual([
      'limit_exceeded',
      'root.children.0.value.offset.amount',
    ])
    const half = parseSegment(
      segmentOf([compare('last_seen_at', 'before', ref('created_at', { amount: 0.5, unit: 'day' }))]),
    )
    expect(half.ok).toBe(false)
    // Like a fractional amount in a date value: the value as a whole is not one of the value shapes.
    expect(half.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_structure', 'root.children.0.value']])
  })

  it('is refused in an event filter, which compares with a value', () => {
    const node = {
      id: 'e',
      kind: 'event',
      event: 'purchased',
      filters: [{ id: 'f', property: 'amount', operator: 'gt', value: ref('items') }],
      form: { type: 'performed', window: { type: 'ever' } },
    } as SegmentNode
    expect(issuesOf(node)).toEqual([
      {
        code: 'reference_not_allowed',
        path: 'root.children.0.filters.0.value',
        field: 'filters.0.value',
        severity: 'error',
      },
    ])
  })

  it('survives a save and a reload unchanged', () => {
    const segment = segmentOf([compare('last_seen_at', 'before', ref('created_at', { amount: 7, unit: 'day' }))])
    const parsed = parseSegment(JSON.parse(JSON.stringify(segment)), { catalog: exampleCatalog })
    expect(parsed.issues).toEqual([])
    expect(parsed.segment).toEqual(segment)
  })
})
