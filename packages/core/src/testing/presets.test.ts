import { describe, expect, it } from 'vitest'
import { createEvaluator } from '../evaluate/evaluator.ts'
import { validateSegment } from '../validate/validate-segment.ts'
import { exampleCatalog } from './example-catalog.ts'
import { FIXTURE_AS_OF } from './fixture-time.ts'
import { generateDataset } from './generate-dataset.ts'
import { presetSegments } from './presets.ts'

describe('presetSegments', () => {
  it('have unique ids equal to their segment ids', () => {
    const ids = presetSegments.map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const p of presetSegments) expect(p.segment.id).toBe(p.id)
  })

  it('validate against the example catalog without any issue', () => {
    for (const p of presetSegments) expect(validateSegment(p.segment, exampleCatalog), p.id).toEqual([])
  })

  it('each select some but not all entities of the generated fixture data', () => {
    const data = generateDataset({ users: 3000, seed: 7 })
    const evaluator = createEvaluator(exampleCatalog, data)
    for (const p of presetSegments) {
      const total = evaluator.entityIds(p.segment.entity).length
      const { count } = evaluator.evaluate(p.segment, { asOf: FIXTURE_AS_OF })
      expect(count, p.id).toBeGreaterThan(0)
      expect(count, p.id).toBeLessThan(total)
    }
  })
})
