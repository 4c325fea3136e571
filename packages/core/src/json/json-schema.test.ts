import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbitrarySegment } from '../testing/arbitrary.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { presetSegments } from '../testing/presets.ts'
import { parseSegment } from '../validate/parse-segment.ts'
import { segmentJsonSchema } from './json-schema.ts'
import { serializeSegment, toSegmentJson } from './serialize.ts'

describe('segmentJsonSchema', () => {
  const schema = segmentJsonSchema()
  const text = JSON.stringify(schema)

  it('is a draft 2020-12 schema of the segment document', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'id', 'name', 'entity', 'root']))
  })

  it('describes every condition kind a saved segment may hold', () => {
    for (const kind of ['group', 'property', 'event', 'sequence', 'list', 'tag', 'segment', 'related']) {
      expect(text).toContain(`"const":"${kind}"`)
    }
  })

  it('leaves out the in-memory opaque node, which is never saved as such', () => {
    expect(text).not.toContain('OpaqueNode')
    expect(text).not.toContain('"const":"opaque"')
  })
})

describe('segmentJsonSchema with Ajv (and ajv-formats, which format: date-time needs)', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats(ajv)
  const validate = ajv.compile(segmentJsonSchema())
  const base = {
    version: 1,
    id: 's',
    name: 'S',
    entity: 'user',
    root: { id: 'root', kind: 'group', combinator: 'and', children: [] as unknown[] },
  }
  const withChild = (child: unknown) => ({ ...base, root: { ...base.root, children: [child] } })

  it('accepts every preset segment and thousands of generated ones', () => {
    for (const preset of presetSegments) expect(validate(toSegmentJson(preset.segment)), preset.id).toBe(true)
    fc.assert(
      fc.property(arbitrarySegment(exampleCatalog), (segment) => {
        expect(validate(JSON.parse(serializeSegment(segment))), JSON.stringify(validate.errors)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('accepts unknown keys, as parseSegment does (keeping them, with a warning)', () => {
    const doc = { ...withChild({ id: 'p', kind: 'tag', tag: 'whale', operator: 'has', note: 'x' }), ownerId: 'u1' }
    expect(validate(doc)).toBe(true)
    expect(parseSegment(doc).ok).toBe(true)
  })

  it('accepts a comparison with another property, with a signed offset', () => {
    const ref = (offset?: unknown) => ({
      id: 'p',
      kind: 'property',
      property: 'last_seen_at',
      operator: 'before',
      value: { type: 'property', property: 'created_at', ...(offset === undefined ? {} : { offset }) },
    })
    for (const doc of [
      withChild(ref()),
      withChild(ref({ amount: 7, unit: 'day' })),
      withChild(ref({ amount: -7, unit: 'day' })),
    ]) {
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true)
      expect(parseSegment(doc).ok).toBe(true)
    }
    const rejected: [string, unknown][] = [
      ['a fractional offset', withChild(ref({ amount: 1.5, unit: 'day' }))],
      ['an offset beyond 10,000 years', withChild(ref({ amount: -6e9, unit: 'minute' }))],
      ['an offset in an unknown unit', withChild(ref({ amount: 1, unit: 'fortnight' }))],
      ['a reference without a property', withChild({ ...ref(), value: { type: 'property' } })],
    ]
    for (const [what, doc] of rejected) {
      expect(validate(doc), what).toBe(false)
      expect(parseSegment(doc).ok, what).toBe(false)
    }
  })

  it('rejects exactly the documents parseSegment rejects', () => {
    const rejected: [string, unknown][] = [
      ['a newer version', { ...base, version: 99 }],
      ['version 0 shape under version 1', { ...base, root: { combinator: 'and', rules: [] } }],
      ['no name', { ...base, name: undefined }],
      ['an unknown kind', withChild({ id: 'x', kind: 'mystery' })],
      ['an unknown operator', withChild({ id: 'p', kind: 'property', property: 'plan', operator: 'is' })],
      [
        'a NUL in a value',
        withChild({ id: 'p', kind: 'property', property: 'plan', operator: 'eq', value: 'a\u0000' }),
      ],
      ['a lone surrogate', withChild({ id: 'p', kind: 'property', property: 'plan', operator: 'eq', value: '\ud800' })],
      ['an instant without offset', { ...base, asOf: '2026-11-24T00:00:00' }],
      [
        'a fractional amount',
        withChild({
          id: 'e',
          kind: 'event',
          event: 'x',
          filters: [],
          form: { type: 'performed', window: { type: 'last', duration: { amount: 2.5, unit: 'day' } } },
        }),
      ],
      [
        'a billion periods',
        withChild({
          id: 'e',
          kind: 'event',
          event: 'x',
          filters: [],
          form: { type: 'regularly', period: { amount: 1, unit: 'day' }, periods: 1e9, minPeriods: 1 },
        }),
      ],
      [
        'an event without filters',
        withChild({ id: 'e', kind: 'event', event: 'x', form: { type: 'performed', window: { type: 'ever' } } }),
      ],
    ]
    for (const [what, doc] of rejected) {
      const clean = JSON.parse(JSON.stringify(doc))
      expect(validate(clean), what).toBe(false)
      expect(parseSegment(clean).ok, what).toBe(false)
    }
  })
})
