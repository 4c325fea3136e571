// @vitest-environment node
/**
 * The differential suite on a real MySQL-family server: MariaDB (Debian's mariadb-server, installed by
 * the test command through scripts/ensure-mariadb.mjs) started privately on a loopback socket and
 * stopped after, running the MySQL dialect's queries over the `mariadb` dialect's DDL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { type MariadbEngine, openMariadb } from '../sql/mariadb.ts'
import { diffRuns, diffSeed, diffTimeoutMs, runDifferential } from './harness.ts'

describe('evaluator versus MariaDB (the MySQL dialect)', () => {
  let engine: MariadbEngine
  beforeAll(async () => {
    // The time-zone tables, for CONVERT_TZ (segments with a time zone).
    engine = await openMariadb({ timeZones: true })
  }, 120_000)
  afterAll(() => engine?.close(), 60_000)

  it(
    'selects the same members for random segments on random datasets',
    async () => {
      const seed = diffSeed()
      const report = await runDifferential(engine, exampleCatalog, { runs: diffRuns(), seed })
      console.info(
        `differential mariadb: ${report.cases} cases on ${report.datasets} datasets, seed ${seed}, outcomes ${JSON.stringify(report.outcomes)}`,
      )
      expect(report.cases).toBe(diffRuns())
      expect(report.outcomes.some).toBeGreaterThan(report.cases / 4)
    },
    diffTimeoutMs(),
  )
})
