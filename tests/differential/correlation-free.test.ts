// @vitest-environment node
/**
 * The forms written for engines that restrict correlated subqueries (ClickHouse, Snowflake: a
 * negated sequence step as a window MIN of the next negated event instead of `NOT EXISTS`), and
 * sequences without ASOF joins, executed: DuckDB and PostgreSQL run their own dialect with
 * `correlatedSubqueries: false` (and DuckDB without `asofJoins`) against the evaluator.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { DIALECTS } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { type Engine, openDuckdb, openPglite } from '../engines/engines.ts'
import { diffRuns, diffSeed, diffTimeoutMs, runDifferential } from './harness.ts'

const variants = [
  { name: 'duckdb', open: openDuckdb, dialect: { ...DIALECTS.duckdb, correlatedSubqueries: false, asofJoins: false } },
  { name: 'postgres', open: openPglite, dialect: { ...DIALECTS.postgres, correlatedSubqueries: false } },
] as const

describe.each(variants)('evaluator versus $name without correlated subqueries', ({ name, open, dialect }) => {
  let engine: Engine | undefined
  afterAll(() => engine?.close())

  it(
    'selects the same members for random segments on random datasets',
    async () => {
      engine = await open()
      const seed = diffSeed()
      const runs = Math.ceil(diffRuns() / 2)
      const report = await runDifferential(engine, exampleCatalog, { runs, seed, dialect })
      console.info(
        `differential ${name} (no correlation): ${report.cases} cases on ${report.datasets} datasets, seed ${seed}, outcomes ${JSON.stringify(report.outcomes)}`,
      )
      expect(report.cases).toBe(runs)
      expect(report.outcomes.some).toBeGreaterThan(report.cases / 4)
    },
    diffTimeoutMs(),
  )
})
