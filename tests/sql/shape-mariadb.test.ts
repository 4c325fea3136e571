// @vitest-environment node
/**
 * The 20-step sequence of the shape tests on a real MariaDB (the MySQL family's
 * window-function form of a sequence, one pass per step), with parameters and
 * inline, against the hand-known members. Its timing is in `pnpm bench sql-shape`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { toSql } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { seg, T } from './harness.ts'
import { hasMariadb, type MariadbEngine, openMariadbWith } from './mariadb.ts'
import { data, twentySteps, users } from './twenty-steps.ts'

describe.runIf(hasMariadb())('mariadb', () => {
  let maria: MariadbEngine
  beforeAll(async () => {
    maria = await openMariadbWith(exampleCatalog, data)
  }, 120_000)
  afterAll(() => maria?.close(), 60_000)

  it.each([false, true])('runs a 20-step sequence with max gaps and within (inline: %s)', async (inline) => {
    const query = toSql(seg([twentySteps]), { catalog: exampleCatalog, dialect: 'mariadb', asOf: T, inline })
    const rows = await maria.query(query.sql, query.params)
    // u000 does the steps backwards, u001 one event only.
    expect(rows.map((r) => String(r.id))).toEqual(users.slice(2))
  })
})
