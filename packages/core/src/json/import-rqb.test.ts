/**
 * The react-querybuilder import's refusals: what it cannot say is kept as it was and named plainly.
 * (tests/fuzz/rqb-fixtures.test.ts runs 50+ queries on DuckDB beside react-querybuilder's own SQL.)
 */
import { describe, expect, it } from 'vitest'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { parseSegment } from '../validate/parse-segment.ts'
import { RQB_MAX_DEPTH } from './import-rqb.ts'
import { migrateSegmentJson } from './migrations.ts'
import { serializeSegment } from './serialize.ts'

describe('the react-querybuilder import', () => {
  it('keeps groups nested beyond its depth as they were, with a refusal, instead of overflowing the stack', () => {
    let query: Record<string, unknown> = { field: 'age', operator: '=', value: 1 }
    for (let i = 0; i < 20_000; i++) query = { combinator: 'and', rules: [query] }
    const result = migrateSegmentJson(query, { catalog: exampleCatalog })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const refusal = result.issues.find((i) => i.code === 'import_unsupported')
    expect(refusal?.message).toContain(`deeper than ${RQB_MAX_DEPTH} levels`)
    expect(refusal?.path.length).toBeGreaterThan(RQB_MAX_DEPTH)
  })

  it('refuses a field-to-field comparison by name, and never compares with the text of the other field', () => {
    const query = {
      combinator: 'and',
      rules: [{ field: 'name', operator: '!=', value: 'email', valueSource: 'field' }],
    }
    const parsed = parseSegment(query, { catalog: exampleCatalog })
    expect(parsed.ok).toBe(false)
    const refusal = parsed.issues.find((i) => i.code === 'import_unsupported')
    expect(refusal?.path).toEqual(['root', 'children', 0])
    expect(refusal?.message).toMatch(
      /compares the field 'name' with the field "email".*cannot compare one property with another/,
    )
    const out = serializeSegment(parsed.segment!)
    expect(out).toContain('"valueSource":"field"')
    expect(out).not.toContain('"operator":"neq"')
  })

  it('names an unknown operator and a matchMode in its refusal', () => {
    const parsed = parseSegment(
      {
        combinator: 'and',
        rules: [
          { field: 'name', operator: 'sounds_like', value: 'x' },
          { field: 'interests', operator: '=', value: 'a', matchMode: 'all' },
        ],
      },
      { catalog: exampleCatalog },
    )
    const messages = parsed.issues.filter((i) => i.code === 'import_unsupported').map((i) => i.message)
    expect(messages[0]).toContain("the operator 'sounds_like' has no segkit equivalent")
    expect(messages[1]).toContain('matchMode')
  })
})
