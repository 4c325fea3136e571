// @vitest-environment node
/**
 * The react-querybuilder import as a migration path: each fixture query is imported with
 * `parseSegment` and compiled with `toSql` for DuckDB, and run beside react-querybuilder's own
 * `formatQuery(query, 'sql')` on the same people table. An imported query must select
 * react-querybuilder's members (0 silent meaning changes), except where react-querybuilder's SQL
 * loses the people whose value is missing (NULL) under a negation — segkit's documented missing-value
 * rule (docs/semantics.md: negative operators match a missing value) — which is counted apart.
 * A refusal names the react-querybuilder feature (`import_unsupported` with a path).
 */
import type { RuleGroupTypeAny } from 'react-querybuilder'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseSegment } from '../../packages/core/src/index.ts'
import { toSql } from '../../packages/core/src/sql/index.ts'
import { type Engine, openDuckdb } from '../engines/engines.ts'
import { loadDataset, memberIds } from '../engines/load.ts'
import { area } from './fuzz.ts'
import { people, peopleCatalog, RQB_FIXTURES } from './rqb-fixtures.ts'
import { rqbSqlForDuckdb } from './rqb-sql.ts'

let engine: Engine
beforeAll(async () => {
  engine = await openDuckdb()
  await loadDataset(engine, peopleCatalog, people)
})
afterAll(() => engine?.close())

const rows = (people.entities.user ?? []) as unknown as readonly Record<string, unknown>[]
const tally = { same: 0, nullOnly: 0, refused: 0, changed: 0 }
const nullNames: string[] = []

/** Whether every person in `ids` has a missing value in one of `fields`. */
const missingIn = (ids: string[], fields: string[]) =>
  ids.every((id) => fields.some((f) => rows.find((p) => p.id === id)?.[f] == null))

describe('react-querybuilder fixtures on DuckDB beside formatQuery', () => {
  const figures = area('import: react-querybuilder fixtures')
  it(`has at least 50 fixtures (${RQB_FIXTURES.length})`, () => {
    expect(RQB_FIXTURES.length).toBeGreaterThanOrEqual(50)
  })

  it.each(RQB_FIXTURES.map((f) => [f.name, f] as const))('%s', async (_, fixture) => {
    figures.inputs += 1
    const parsed = parseSegment(fixture.query, { catalog: peopleCatalog })
    const refusals = parsed.issues.filter((i) => i.code === 'import_unsupported' && i.severity === 'error')
    if (fixture.refused) {
      tally.refused += 1
      expect(parsed.ok).toBe(false)
      expect(refusals.map((i) => i.message).join('\n')).toMatch(fixture.refused)
      for (const i of refusals) expect(i.path[0]).toBe('root')
      return
    }
    expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([])
    expect(parsed.ok).toBe(true)
    const where = rqbSqlForDuckdb(fixture.query as unknown as RuleGroupTypeAny)
    if (JSON.stringify(fixture.query).toLowerCase().includes('"xor"')) expect(where).toContain('% 2) = 1')
    const theirs = (await engine.query(`SELECT id FROM users WHERE ${where}`)).map((x) => String(x.id)).sort()
    const ours = await memberIds(engine, toSql(parsed.segment!, { catalog: peopleCatalog, dialect: 'duckdb' }))
    if (JSON.stringify(ours) === JSON.stringify(theirs)) {
      tally.same += 1
      return
    }
    // Only extra members, each missing a value of the query's fields, under a negation in the query.
    // The query's fields: those rules name, and those field-to-field rules compare with.
    const fields = [...JSON.stringify(fixture.query).matchAll(/"(?:field|value)":"([^"]+)"/g)]
      .map((m) => m[1] as string)
      .filter((f) => peopleCatalog.entities[0]!.properties.some((p) => p.id === f))
    const extra = ours.filter((id) => !theirs.includes(id))
    // Under a negation — a negative operator, `not`, or `xor` (whose rewrite negates): there segkit's
    // two-valued logic reads a comparison with a missing value as false where SQL's NULL drops the row.
    const negative = /"(!=|notIn|notBetween|doesNot\w+|xor)"|"not":(true|"true")/i.test(JSON.stringify(fixture.query))
    const nullOnly = theirs.every((id) => ours.includes(id)) && negative && missingIn(extra, fields)
    if (nullOnly) {
      tally.nullOnly += 1
      nullNames.push(fixture.name)
      return
    }
    tally.changed += 1
    figures.wrong += 1
    expect({ ours, theirs, sql: where }).toEqual({ ours: theirs, theirs, sql: where })
  })

  it('imports at least 45 of 50 with react-querybuilder’s members, and changes none silently', () => {
    const imported = tally.same + tally.nullOnly
    console.info(
      `react-querybuilder fixtures: ${RQB_FIXTURES.length} — ${tally.same} same members, ${tally.nullOnly} differ only by segkit's missing-value rule (${nullNames.join('; ')}), ${tally.refused} refused by name, ${tally.changed} changed`,
    )
    expect(tally.changed).toBe(0)
    expect(imported).toBeGreaterThanOrEqual(Math.ceil((RQB_FIXTURES.length - tally.refused) * 0.9))
    expect(imported).toBeGreaterThanOrEqual(45)
  })
})
