import { describe, expect, it } from 'vitest'
import { serializeSegment, toSegmentJson } from '../json/serialize.ts'
import { SEGMENT_VERSION } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { parseSegment } from './parse-segment.ts'

const doc = (children: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 1,
  id: 's',
  name: 'Test',
  entity: 'user',
  root: { id: 'root', kind: 'group', combinator: 'and', children },
  ...extra,
})

describe('parseSegment', () => {
  it('reads a valid segment from a JSON string', () => {
    const result = parseSegment(
      JSON.stringify(doc([{ id: 'p', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' }])),
      { catalog: exampleCatalog },
    )
    expect(result.ok).toBe(true)
    expect(result.issues).toEqual([])
    expect(result.segment?.root.children[0]).toMatchObject({ kind: 'property', property: 'plan' })
  })

  it('reports broken JSON text as invalid_json instead of throwing', () => {
    const result = parseSegment('{"version": 1, "root": ')
    expect(result).toMatchObject({ ok: false, segment: undefined, issues: [{ code: 'invalid_json', path: [] }] })
  })

  it('refuses a document from a newer format version with a clear message', () => {
    const result = parseSegment(doc([], { version: SEGMENT_VERSION + 1 }))
    expect(result.ok).toBe(false)
    expect(result.issues[0]).toMatchObject({ code: 'version_too_new', path: ['version'] })
    expect(result.issues[0]?.message).toContain('newer version')
  })

  it('reports a version that is not a whole number', () => {
    expect(parseSegment(doc([], { version: 'one' })).issues[0]?.code).toBe('version_invalid')
  })

  it('keeps a node of an unknown kind as an opaque node and writes it back unchanged', () => {
    const funnel = { id: 'f1', kind: 'funnel', steps: ['a', 'b'], future: { nested: true } }
    const input = doc([funnel, { id: 'p', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' }])
    const result = parseSegment(input, { catalog: exampleCatalog })
    expect(result.ok).toBe(false)
    expect(result.segment?.root.children[0]).toEqual({ id: 'f1', kind: 'opaque', reason: 'unknown_kind', raw: funnel })
    expect(result.issues).toMatchObject([{ code: 'unknown_kind', nodeId: 'f1', path: ['root', 'children', 0] }])
    expect(toSegmentJson(result.segment!)).toEqual(input)
  })

  it('keeps a malformed known node and points at the broken field', () => {
    const broken = { id: 'p', kind: 'property', property: 'plan', operator: 'equals', value: 'pro' }
    const result = parseSegment(doc([broken]))
    expect(result.segment?.root.children[0]).toMatchObject({ kind: 'opaque', reason: 'invalid', raw: broken })
    expect(result.issues[0]).toMatchObject({
      code: 'invalid_structure',
      nodeId: 'p',
      path: ['root', 'children', 0, 'operator'],
    })
  })

  it('keeps a node that refers to something the catalog no longer has and flags it', () => {
    const result = parseSegment(
      doc([{ id: 'p', kind: 'property', property: 'old_field', operator: 'eq', value: 'x' }]),
      { catalog: exampleCatalog },
    )
    expect(result.segment?.root.children[0]).toMatchObject({ kind: 'property', property: 'old_field' })
    expect(result.issues.map((i) => i.code)).toEqual(['unknown_property'])
  })

  it('reads malformed nodes nested inside groups and related conditions without losing siblings', () => {
    const input = doc([
      {
        id: 'g',
        kind: 'group',
        combinator: 'or',
        children: [
          { id: 'bad', kind: 'list' },
          { id: 'ok', kind: 'tag', tag: 'whale', operator: 'has' },
        ],
      },
      {
        id: 'rel',
        kind: 'related',
        relation: 'account',
        match: { type: 'any' },
        root: { id: 'rg', kind: 'group', combinator: 'and', children: [{ kind: 'mystery' }] },
      },
    ])
    const result = parseSegment(input)
    expect(result.issues.map((i) => i.code).sort()).toEqual(['missing_field', 'missing_field', 'unknown_kind'])
    expect(toSegmentJson(result.segment!)).toEqual(input)
  })

  it('gives no segment when the document has no usable root group', () => {
    expect(parseSegment({ version: 1, id: 's', name: 'n', entity: 'user', root: 42 }).segment).toBeUndefined()
    expect(parseSegment([1, 2, 3]).issues[0]?.code).toBe('invalid_structure')
  })

  it('migrates a version 0 (react-querybuilder style) document', () => {
    const legacy = {
      name: 'Legacy',
      entity: 'user',
      combinator: 'OR',
      rules: [
        { field: 'plan', operator: '=', value: 'pro' },
        {
          combinator: 'AND',
          not: true,
          rules: [
            { field: 'ltv', operator: 'between', value: '10,20' },
            { field: 'email', operator: 'notNull' },
          ],
        },
      ],
    }
    const result = parseSegment(legacy, { catalog: exampleCatalog })
    expect(result.issues).toEqual([])
    expect(result.segment?.version).toBe(SEGMENT_VERSION)
    expect(result.segment?.root).toMatchObject({
      kind: 'group',
      combinator: 'or',
      children: [
        { kind: 'property', property: 'plan', operator: 'eq', value: 'pro' },
        {
          kind: 'group',
          combinator: 'and',
          negated: true,
          children: [
            { kind: 'property', property: 'ltv', operator: 'between', value: [10, 20] },
            { kind: 'property', property: 'email', operator: 'is_set' },
          ],
        },
      ],
    })
    // Migrated ids are stable: parsing twice gives the same tree.
    expect(parseSegment(legacy).segment).toEqual(result.segment)
  })

  it('round-trips through serializeSegment', () => {
    const input = doc(
      [
        {
          id: 'p',
          kind: 'property',
          property: 'plan',
          operator: 'in',
          value: ['pro', 'free'],
          at: { type: 'ago', duration: { amount: 7, unit: 'day' } },
        },
      ],
      { description: 'd', asOf: '2026-01-01T00:00:00Z' },
    )
    const first = parseSegment(input)
    const second = parseSegment(serializeSegment(first.segment!))
    expect(second.segment).toEqual(first.segment)
  })
})
