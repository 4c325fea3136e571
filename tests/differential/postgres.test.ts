// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { type Engine, openPglite } from '../engines/engines.ts'
import { diffRuns, diffSeed, diffTimeoutMs, runDifferential } from './harness.ts'

describe('evaluator versus PostgreSQL (PGlite)', () => {
  let engine: Engine
  beforeAll(async () => {
    engine = await openPglite()
  })
  afterAll(() => engine.close())

  it(
    'selects the same members for random segments on random datasets',
    async () => {
      const seed = diffSeed()
      const report = await runDifferential(engine, exampleCatalog, { runs: diffRuns(), seed })
      console.info(
        `differential postgres: ${report.cases} cases on ${report.datasets} datasets, seed ${seed}, outcomes ${JSON.stringify(report.outcomes)}`,
      )
      expect(report.cases).toBe(diffRuns())
      // Shrinking may re-run a case, so outcomes can exceed cases; most cases must select some but not all.
      expect(report.outcomes.some).toBeGreaterThan(report.cases / 4)
    },
    diffTimeoutMs(),
  )
})
