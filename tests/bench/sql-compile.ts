/**
 * SQL compile time: segkit's `toSql` on a 1,000-condition segment against
 * react-querybuilder's `formatQuery` (`sql` and `parameterized`) on the same
 * flat query; then segkit with behavioural conditions, which react-querybuilder
 * cannot express (its figure is the flat query of the same size, for scale).
 */
import { formatQuery } from 'react-querybuilder/formatQuery'
import { toSql } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog, FIXTURE_AS_OF } from '../../packages/core/src/testing/index.ts'
import { compare, measurePair, report } from './harness.ts'
import { behaviouralSegment, flatPropertySegment, flatRqbQuery } from './segments.ts'

const N = 1000
const section = `SQL compile, ${N} conditions`
const options = { warmup: 30, iterations: 40 }
const segment = flatPropertySegment(N)
const query = flatRqbQuery(N)
const base = { catalog: exampleCatalog, dialect: 'postgres', asOf: FIXTURE_AS_OF } as const

const [segkitParams, rqbParams] = await measurePair(
  () => toSql(segment, base),
  () => formatQuery(query, 'parameterized'),
  options,
)
const [segkitInline, rqbSql] = await measurePair(
  () => toSql(segment, { ...base, inline: true }),
  () => formatQuery(query, 'sql'),
  options,
)

compare(
  section,
  'flat properties, parameterized',
  'ms',
  segkitParams.median,
  "RQB formatQuery 'parameterized'",
  rqbParams.median,
)
compare(section, 'flat properties, inline literals', 'ms', segkitInline.median, "RQB formatQuery 'sql'", rqbSql.median)

const mixed = behaviouralSegment(N)
const [segkitMixed, rqbFlat] = await measurePair(
  () => toSql(mixed, base),
  () => formatQuery(query, 'parameterized'),
  options,
)
compare(
  section,
  '60% property, 30% event, 10% sequence',
  'ms',
  segkitMixed.median,
  "RQB 'parameterized' (flat only)",
  rqbFlat.median,
  'react-querybuilder has no event or sequence rules; its figure is the flat query of the same size',
)
report({
  section,
  case: 'SQL text length, behavioural segment',
  unit: 'kB',
  segkit: toSql(mixed, base).sql.length / 1024,
})
