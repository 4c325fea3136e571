import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { indexCatalog } from '../catalog/index-catalog.ts'
import { SegmentSchema } from '../model/segment.ts'
import { validateSegment } from '../validate/validate-segment.ts'
import { arbitraryDataset, arbitrarySegment } from './arbitrary.ts'
import { exampleCatalog } from './example-catalog.ts'

describe('arbitrarySegment', () => {
  it('generates segments that match the schema and have no validation errors, for users and accounts', () => {
    for (const entity of ['user', 'account']) {
      fc.assert(
        fc.property(arbitrarySegment(exampleCatalog, { entity }), (segment) => {
          expect(SegmentSchema.safeParse(segment).success).toBe(true)
          expect(validateSegment(segment, exampleCatalog).filter((i) => i.severity === 'error')).toEqual([])
        }),
        { numRuns: 300 },
      )
    }
  })

  it('covers every condition kind and every event form', () => {
    const kinds = new Set<string>()
    const forms = new Set<string>()
    for (const segment of fc.sample(arbitrarySegment(exampleCatalog), { numRuns: 300, seed: 1 })) {
      JSON.stringify(segment, (key, value) => {
        if (key === 'kind') kinds.add(value)
        if (key === 'form') forms.add(value.type)
        return value
      })
    }
    expect([...kinds].sort()).toEqual(['event', 'group', 'list', 'property', 'related', 'segment', 'sequence', 'tag'])
    expect(forms.size).toBe(8)
  })

  it('restricts kinds on request', () => {
    for (const segment of fc.sample(arbitrarySegment(exampleCatalog, { kinds: ['list', 'tag'] }), {
      numRuns: 50,
      seed: 2,
    })) {
      const text = JSON.stringify(segment)
      expect(text).not.toMatch(/"kind":"(property|event|sequence|segment|related)"/)
    }
  })
})

describe('arbitraryDataset', () => {
  it('generates data whose values have the catalog types and whose ids resolve', () => {
    const index = indexCatalog(exampleCatalog)
    fc.assert(
      fc.property(arbitraryDataset(exampleCatalog), (data) => {
        const users = new Set(data.entities.user!.map((u) => u.id))
        for (const e of data.events) {
          expect(users.has(e.entityId)).toBe(true)
          expect(Number.isInteger(e.time)).toBe(true)
          for (const key of Object.keys(e.properties ?? {})) expect(index.eventProperty(e.event, key)).toBeDefined()
        }
        for (const u of data.entities.user!)
          for (const key of Object.keys(u)) if (key !== 'id') expect(index.property('user', key)).toBeDefined()
      }),
      { numRuns: 100 },
    )
  })
})
