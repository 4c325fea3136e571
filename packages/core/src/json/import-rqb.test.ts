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

  it('imports a field-to-field comparison as a property compared with another property', () => {
    const query = {
      combinator: 'and',
      rules: [{ id: 'r1', field: 'name', operator: '!=', value: 'email', valueSource: 'field' }],
    }
    const parsed = parseSegment(query, { catalog: exampleCatalog })
    expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([])
    expect(parsed.segment?.root.children).toEqual([
      { id: 'r1', kind: 'property', property: 'name', operator: 'neq', value: { type: 'property', property: 'email' } },
    ])
  })

  it('rewrites <= between two datetimes exactly from before / after: both set, and not after', () => {
    const query = {
      combinator: 'and',
      rules: [{ id: 'r1', field: 'last_seen_at', operator: '<=', value: 'created_at', valueSource: 'field' }],
    }
    const parsed = parseSegment(query, { catalog: exampleCatalog })
    expect(parsed.issues.filter((i) => i.severity === 'error')).toEqual([])
    expect(JSON.stringify(parsed.segment?.root.children)).toBe(
      JSON.stringify([
        {
          id: 'r1-lte',
          kind: 'group',
          combinator: 'and',
          children: [
            { id: 'r1-is_set', kind: 'property', property: 'last_seen_at', operator: 'is_set' },
            { id: 'r1-is_set-other', kind: 'property', property: 'created_at', operator: 'is_set' },
            {
              id: 'r1-not-after',
              kind: 'group',
              combinator: 'and',
              negated: true,
              children: [
                {
                  id: 'r1-after',
                  kind: 'property',
                  property: 'last_seen_at',
                  operator: 'after',
                  value: { type: 'property', property: 'created_at' },
                },
              ],
            },
          ],
        },
      ]),
    )
  })

  it('says plainly which field comparisons cannot be imported and why, keeping them as they were', () => {
    const rule = (field: string, operator: string, value: unknown) => ({ field, operator, value, valueSource: 'field' })
    const cases: [Record<string, unknown>, RegExp][] = [
      [rule('age', '=', 'name'), /compares 'age' \(number\) with 'name' \(string\).*numbers with numbers/],
      [
        rule('name', 'beginsWith', 'email'),
        /by 'beginsWith'; segkit compares a property with another property only by =/,
      ],
      [rule('name', '<', 'email'), /compares texts with another property only by = and !=/],
      [rule('age', 'between', ['ltv', 'age']), /not one field name/],
      [rule('age', '>', 'shoe_size'), /the field 'shoe_size' it compares with is not a property of the catalog/],
    ]
    for (const [r, message] of cases) {
      const parsed = parseSegment({ combinator: 'and', rules: [r] }, { catalog: exampleCatalog })
      expect(parsed.ok).toBe(false)
      const refusal = parsed.issues.find((i) => i.code === 'import_unsupported')
      expect(refusal?.path).toEqual(['root', 'children', 0])
      expect(refusal?.message).toMatch(message)
      expect(serializeSegment(parsed.segment!)).toContain('"valueSource":"field"')
    }
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
