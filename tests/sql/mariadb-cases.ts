/**
 * Hand-made SQL cases (harness.ts) on a private MariaDB server, when one is installed: the dataset
 * loaded once, each case run parameterized and inline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Catalog, SegmentData } from '../../packages/core/src/index.ts'
import { toSql } from '../../packages/core/src/sql/index.ts'
import { type SqlCase, T } from './harness.ts'
import { hasMariadb, type MariadbEngine, openMariadbWith } from './mariadb.ts'

export function runMariadbCases(catalog: Catalog, data: SegmentData, cases: readonly SqlCase[]): void {
  describe.runIf(hasMariadb())('mariadb', () => {
    let maria: MariadbEngine
    beforeAll(async () => {
      maria = await openMariadbWith(catalog, data)
    }, 180_000)
    afterAll(() => maria?.close(), 60_000)
    const ids = async (q: { sql: string; params: unknown }) =>
      (await maria.query(q.sql, q.params as never)).map((r) => String(r.id)).sort()
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
      const options = { catalog, dialect: 'mariadb' as const, asOf: typeof c.asOf === 'number' ? c.asOf : T }
      expect(await ids(toSql(c.segment, options))).toEqual(c.expected)
      expect(await ids(toSql(c.segment, { ...options, inline: true }))).toEqual(c.expected)
    })
  })
}
