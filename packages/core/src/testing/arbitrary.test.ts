import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { indexCatalog } from '../catalog/index-catalog.ts'
import type { SequenceStep } from '../model/conditions.ts'
import { isStepReference } from '../model/property-reference.ts'
import { SegmentSchema } from '../model/segment-schemas.ts'
import { EVENT_FORM_TYPES } from '../ops/event-condition.ts'
import { validateSegment } from '../validate/validate-segment.ts'
import { arbitraryDataset, arbitrarySegment } from './arbitrary.ts'
import { exampleCatalog } from './example-catalog.ts'
import { FIXTURE_AS_OF_MS } from './fixture-time.ts'

describe('arbitrarySegment', () => {
  it('compares properties with other properties often enough for the differential suite to see it', () => {
    const texts = fc
      .sample(arbitrarySegment(exampleCatalog, { entity: 'user' }), { numRuns: 500, seed: 7 })
      .map((s) => JSON.stringify(s))
    const references = texts.filter((t) => t.includes('"value":{"type":"property"'))
    expect(references.length).toBeGreaterThan(20)
    expect(references.filter((t) => t.includes('"offset"')).length).toBeGreaterThan(2)
    expect(references.filter((t) => t.includes('"at"')).length).toBeGreaterThan(2)
  })

  it('compares sequence steps with earlier steps often enough, negated steps included', () => {
    const segments = fc.sample(arbitrarySegment(exampleCatalog, { entity: 'user', kinds: ['sequence'] }), {
      numRuns: 300,
      seed: 3,
    })
    const steps = segments.flatMap((s) => s.root.children.flatMap((c) => (c.kind === 'sequence' ? c.steps : [])))
    const referring = steps.filter((st) => st.filters.some((f) => isStepReference(f.value)))
    expect(referring.length).toBeGreaterThan(20)
    expect(referring.filter((st) => st.negated).length).toBeGreaterThan(3)
    // Every reference names a step of its own sequence (ids resolved after they were assigned).
    for (const s of segments) {
      for (const c of s.root.children) {
        if (c.kind !== 'sequence') continue
        const ids = new Set(c.steps.map((st) => st.id))
        for (const st of c.steps)
          for (const f of st.filters) if (isStepReference(f.value)) expect(ids.has(f.value.step)).toBe(true)
      }
    }
  })

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

  it('covers every condition kind, every event form, and one event, any of several and any event', () => {
    const kinds = new Set<string>()
    const forms = new Set<string>()
    const refs = new Set<string>()
    for (const segment of fc.sample(arbitrarySegment(exampleCatalog), { numRuns: 300, seed: 1 })) {
      JSON.stringify(segment, (key, value) => {
        if (key === 'kind') kinds.add(value)
        if (key === 'form') forms.add(value.type)
        if (key === 'event') refs.add(typeof value === 'string' ? 'one' : 'anyOf' in value ? 'anyOf' : 'any')
        return value
      })
    }
    expect([...kinds].sort()).toEqual(['event', 'group', 'list', 'property', 'related', 'segment', 'sequence', 'tag'])
    expect([...forms].sort()).toEqual([...EVENT_FORM_TYPES].sort())
    expect([...refs].sort()).toEqual(['any', 'anyOf', 'one'])
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
  it('generates data whose values have the catalog types and whose ids resolve, but for the dangling id u999', () => {
    const index = indexCatalog(exampleCatalog)
    fc.assert(
      fc.property(arbitraryDataset(exampleCatalog), (data) => {
        const users = new Set(data.entities.user!.map((u) => u.id))
        for (const e of data.events) {
          expect(users.has(e.entityId) || e.entityId === 'u999').toBe(true)
          expect(Number.isInteger(e.time)).toBe(true)
          for (const key of Object.keys(e.properties ?? {})) expect(index.eventProperty(e.event, key)).toBeDefined()
        }
        for (const u of data.entities.user!)
          for (const key of Object.keys(u)) if (key !== 'id') expect(index.property('user', key)).toBeDefined()
      }),
      { numRuns: 100 },
    )
  })

  it('comes up with tied history changes, history rows for properties without history, and dangling facts', () => {
    let ties = 0
    let ignoredHistory = 0
    let dangling = 0
    const index = indexCatalog(exampleCatalog)
    for (const data of fc.sample(arbitraryDataset(exampleCatalog), { numRuns: 200, seed: 3 })) {
      const seen = new Set<string>()
      for (const h of data.history ?? []) {
        const key = `${h.entityId}/${h.property}/${h.from}`
        if (seen.has(key)) ties++
        seen.add(key)
        if (!index.property(h.entity, h.property)?.history) ignoredHistory++
      }
      if (data.events.some((e) => e.entityId === 'u999')) dangling++
    }
    expect(ties).toBeGreaterThan(0)
    expect(ignoredHistory).toBeGreaterThan(0)
    expect(dangling).toBeGreaterThan(0)
  })
})

describe('arbitrarySegment coverage', () => {
  it('comes up with empty groups, segments with their own asOf in the past, negated steps and past-value reads', () => {
    const seen = { emptyGroup: 0, asOf: 0, negatedStep: 0, at: 0 }
    for (const segment of fc.sample(arbitrarySegment(exampleCatalog), { numRuns: 300, seed: 2 })) {
      if (segment.asOf !== undefined) {
        seen.asOf++
        expect(Date.parse(segment.asOf)).toBeLessThanOrEqual(FIXTURE_AS_OF_MS)
      }
      JSON.stringify(segment, (key, value) => {
        if (value?.kind === 'group' && value.children.length === 0) seen.emptyGroup++
        if (value?.kind === 'sequence') seen.negatedStep += value.steps.filter((st: SequenceStep) => st.negated).length
        if (key === 'at') seen.at++
        return value
      })
    }
    expect(seen.emptyGroup).toBeGreaterThan(0)
    expect(seen.asOf).toBeGreaterThan(0)
    expect(seen.negatedStep).toBeGreaterThan(0)
    expect(seen.at).toBeGreaterThan(0)
  })

  it('leaves out the segment asOf on request', () => {
    for (const segment of fc.sample(arbitrarySegment(exampleCatalog, { withAsOf: false }), { numRuns: 100, seed: 4 }))
      expect(segment.asOf).toBeUndefined()
  })
})
