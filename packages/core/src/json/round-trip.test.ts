import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbitrarySegment } from '../testing/arbitrary.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { parseSegment } from '../validate/parse-segment.ts'
import { serializeSegment, toSegmentJson } from './serialize.ts'

const segments = arbitrarySegment(exampleCatalog)

/** Replaces the value at a random path of a JSON tree by a value of another type. */
function corrupt(json: unknown, pick: number, replacement: unknown): unknown {
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

describe('JSON round trip', () => {
  it('parseSegment(serializeSegment(s)) gives back s without errors, for thousands of generated segments', () => {
    fc.assert(
      fc.property(segments, (segment) => {
        const result = parseSegment(serializeSegment(segment), { catalog: exampleCatalog })
        expect(result.issues.filter((i) => i.severity === 'error')).toEqual([])
        expect(result.segment).toEqual(segment)
      }),
      { numRuns: 2000 },
    )
  }, 30_000)

  it('never throws on arbitrary JSON values and strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.anything()), (input) => {
        const result = parseSegment(input, { catalog: exampleCatalog })
        expect(typeof result.ok).toBe('boolean')
        if (!result.ok) expect(result.issues.length).toBeGreaterThan(0)
      }),
      { numRuns: 1000 },
    )
  })

  it('never throws on truncated documents, and reports them as invalid JSON', () => {
    fc.assert(
      fc.property(segments, fc.double({ min: 0, max: 0.999, noNaN: true }), (segment, cut) => {
        const text = serializeSegment(segment)
        const result = parseSegment(text.slice(0, Math.floor(text.length * cut)))
        expect(result.ok).toBe(false)
        expect(result.issues[0]?.code).toBe('invalid_json')
      }),
      { numRuns: 500 },
    )
  })

  it('never throws when any field holds a value of the wrong type, and loses no node of the tree', () => {
    fc.assert(
      fc.property(
        segments,
        fc.nat(400),
        fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.constant([]), fc.constant({})),
        (segment, pick, replacement) => {
          const broken = corrupt(toSegmentJson(segment), pick, replacement)
          const result = parseSegment(broken, { catalog: exampleCatalog })
          if (result.segment) {
            // Every node that could not be read is kept: writing the tree back gives the broken tree again.
            expect((toSegmentJson(result.segment) as { root: unknown }).root).toEqual(
              (broken as { root: unknown }).root,
            )
          } else {
            expect(result.ok).toBe(false)
          }
        },
      ),
      { numRuns: 1000 },
    )
  })
})
