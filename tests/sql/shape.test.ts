// @vitest-environment node
/**
 * Segments whose shape used to blow up the SQL, on the three engines: a
 * 20-step sequence (the self-join was exponential in steps), a flat AND of
 * 1,000 conditions and deep negated groups (expression-depth limits), 10,000
 * conditions, an `in` list of 70,000 values (parameter limits), and a chain
 * of segments each referring to the one below twice (inlined, the text doubled
 * per level). Each runs with parameters and inline, against hand-known members.
 */
import { describe, expect, it } from 'vitest'
import type { Catalog, SegmentNode } from '../../packages/core/src/index.ts'
import { toSql } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { group, prop, runCases, type SqlCase, seg, T } from './harness.ts'
import { data, twentySteps, users } from './twenty-steps.ts'

/** `n` conditions `age >= 0` (all true), then `age < limit`: the members are the users below `limit`. */
const flat = (n: number, limit: number): SegmentNode[] => [
  ...Array.from({ length: n - 1 }, () => prop('age', 'gte', 0)),
  prop('age', 'lt', limit),
]

/** NOT(NOT(… (age < 10) …)) `depth` levels deep: an even depth keeps the meaning. */
function negated(depth: number): SegmentNode {
  let node: SegmentNode = prop('age', 'lt', 10)
  for (let d = 0; d < depth; d++) node = group('and', [node, prop('age', 'gte', 0)], { negated: true })
  return node
}

const below = (n: number) => users.slice(0, n)
const manyValues = Array.from({ length: 70_000 }, (_, i) => `n${i * 3}`)

const cases: SqlCase[] = [
  {
    name: 'a 20-step sequence with max gaps and within',
    segment: seg([twentySteps]),
    // u000 does the steps backwards, u001 one event only.
    expected: users.slice(2),
  },
  { name: 'a flat AND of 1,000 conditions', segment: seg(flat(1000, 30)), expected: below(30) },
  {
    name: 'a flat OR of 1,000 conditions',
    segment: seg(
      Array.from({ length: 1000 }, (_, i) => prop('age', 'eq', i * 7)),
      { combinator: 'or' },
    ),
    expected: users.filter((_, u) => u % 7 === 0),
  },
  {
    name: 'negated groups 10 levels deep',
    segment: seg([negated(10)]),
    expected: below(10),
  },
  {
    name: '6,000 conditions',
    segment: seg(flat(6000, 5)),
    expected: below(5),
    sql: { maxNodes: 10_000 },
    enginesOnly: true,
  },
  {
    name: 'an in list of 70,000 values (one parameter)',
    segment: seg([prop('name', 'in', manyValues)]),
    expected: users.filter((_, u) => u % 3 === 0),
    sql: { limits: { maxListValues: 100_000 } },
    enginesOnly: true,
  },
  {
    name: 'a not_in list of 200 numbers',
    segment: seg([
      prop(
        'age',
        'not_in',
        Array.from({ length: 200 }, (_, i) => i + 3),
      ),
    ]),
    expected: below(3),
  },
]

runCases(exampleCatalog, data, cases)

/** A catalog with segments L0 … L20, each Lk+1 = (Lk AND plan = pro) OR (Lk AND age < 50). */
function chainCatalog(levels: number): Catalog {
  const segments = [
    {
      id: 'L0',
      label: 'L0',
      entity: 'user',
      definition: seg([prop('age', 'lt', 80)], { id: 'L0', name: 'L0' }),
    },
  ]
  for (let k = 1; k <= levels; k++) {
    let n = 0
    const ref = (): SegmentNode => ({ id: `ref${k}_${++n}`, kind: 'segment', segment: `L${k - 1}`, operator: 'in' })
    segments.push({
      id: `L${k}`,
      label: `L${k}`,
      entity: 'user',
      definition: seg(
        [group('and', [ref(), prop('plan', 'eq', 'pro')]), group('and', [ref(), prop('age', 'lt', 50)])],
        { id: `L${k}`, name: `L${k}`, combinator: 'or' },
      ),
    })
  }
  return { ...exampleCatalog, segments }
}

describe('a chain of segments, each referring to the one below twice', () => {
  const catalog = chainCatalog(20)
  const top = seg([{ id: 'top', kind: 'segment', segment: 'L20', operator: 'in' }])
  it('compiles each segment once: the SQL grows linearly with the levels', () => {
    const { sql } = toSql(top, { catalog, dialect: 'postgres', asOf: T })
    // 21 common table expressions, one per level; inlined, 2^20 copies of L0.
    expect(sql.match(/seg_\d+ AS \(/g)).toHaveLength(21)
    expect(sql.length).toBeLessThan(30_000)
  })
  it('compiles 10,000 conditions', () => {
    expect(
      toSql(seg(flat(10_000, 5)), { catalog, dialect: 'duckdb', asOf: T, maxNodes: 20_000 }).sql.length,
    ).toBeLessThan(1_000_000)
  })
  // SQLite refuses views nested deeper than its limit: 4 levels run on every engine.
  runCases(chainCatalog(4), data, [
    {
      name: 'members of the 4th level (age < 50, or pro and age < 80)',
      segment: seg([{ id: 'top', kind: 'segment', segment: 'L4', operator: 'in' }]),
      expected: users.filter((_, u) => u < 50 || (u % 2 === 0 && u < 80)),
    },
  ])
})
