/**
 * Denial-of-service shapes: huge counts, long texts, wide and deep trees, large lists. Each is either
 * refused by validation (a typed error or issues) or evaluated and compiled within time and memory
 * bounds — the bounds are generous absolutes for a loaded 2-core machine, far below what an
 * unbounded loop or allocation takes (the campaign's `periods: 1e9` ran 96 s and 2.9 GB).
 */
import { describe, expect, it } from 'vitest'
import { createEvaluator } from '../../packages/core/src/evaluate/index.ts'
import { parseSegment, SEGMENT_LIMITS, type Segment, serializeSegment } from '../../packages/core/src/index.ts'
import { toSql } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog, FIXTURE_AS_OF_MS, generateDataset } from '../../packages/core/src/testing/index.ts'
import { area, typedOnly } from './fuzz.ts'

const data = generateDataset({ seed: 5, users: 100 })
const evaluator = createEvaluator(exampleCatalog, data)
const seg = (children: unknown[]): unknown => ({
  version: 1,
  id: 'd',
  name: 'd',
  entity: 'user',
  root: { id: 'r', kind: 'group', combinator: 'and', children },
})
const ev = (form: unknown, filters: unknown[] = []) => ({ id: 'e', kind: 'event', event: 'opened_app', filters, form })
const minute = { amount: 1, unit: 'minute' }
const SHAPES: [string, unknown][] = [
  ['regularly, 1e9 periods', seg([ev({ type: 'regularly', period: minute, periods: 1e9, minPeriods: 1 })])],
  ['regularly, 2^32 periods', seg([ev({ type: 'regularly', period: minute, periods: 2 ** 32, minPeriods: 1 })])],
  [
    'regularly at the limit',
    seg([ev({ type: 'regularly', period: minute, periods: SEGMENT_LIMITS.maxPeriods, minPeriods: 1 })]),
  ],
  [
    'window of 1e308 days',
    seg([ev({ type: 'performed', window: { type: 'last', duration: { amount: 1e308, unit: 'day' } } })]),
  ],
  [
    'window of 10,000 years',
    seg([ev({ type: 'performed', window: { type: 'last', duration: { amount: 10_000, unit: 'year' } } })]),
  ],
  [
    '5,000 sibling conditions',
    seg(
      Array.from({ length: 5000 }, (_, i) => ({
        id: `p${i}`,
        kind: 'property',
        property: 'age',
        operator: 'gt',
        value: i,
      })),
    ),
  ],
  [
    '200,000 sibling conditions',
    seg(
      Array.from({ length: 200_000 }, (_, i) => ({
        id: `p${i}`,
        kind: 'property',
        property: 'age',
        operator: 'gt',
        value: i,
      })),
    ),
  ],
  [
    'an in-list of 1,000 values',
    seg([
      {
        id: 'p',
        kind: 'property',
        property: 'name',
        operator: 'in',
        value: Array.from({ length: 1000 }, (_, i) => `n${i}`),
      },
    ]),
  ],
  [
    'an in-list of 1,000,000 values',
    seg([
      {
        id: 'p',
        kind: 'property',
        property: 'name',
        operator: 'in',
        value: Array.from({ length: 1_000_000 }, (_, i) => `n${i}`),
      },
    ]),
  ],
  [
    'a text of 10 MB',
    seg([{ id: 'p', kind: 'property', property: 'name', operator: 'contains', value: 'x'.repeat(10_000_000) }]),
  ],
  ['an id of 1 MB', seg([{ id: 'p'.repeat(1_000_000), kind: 'property', property: 'age', operator: 'gt', value: 1 }])],
  [
    '500 filters',
    seg([
      ev(
        { type: 'performed', window: { type: 'ever' } },
        Array.from({ length: 500 }, (_, i) => ({ id: `f${i}`, property: 'platform', operator: 'eq', value: 'ios' })),
      ),
    ]),
  ],
  [
    'a sequence of 1,000 steps',
    seg([
      {
        id: 'q',
        kind: 'sequence',
        steps: Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}`, event: 'opened_app', filters: [] })),
        window: { type: 'ever' },
      },
    ]),
  ],
  [
    'a measure over 1e9 days',
    seg([
      ev({
        type: 'measure',
        measure: { fn: 'count' },
        comparison: 'gte',
        value: 1e9,
        window: { type: 'last', duration: { amount: 1e9, unit: 'day' } },
      }),
    ]),
  ],
]

describe('denial-of-service shapes', () => {
  const figures = area('dos: shapes')
  it.each(SHAPES)('%s: refused or run within bounds', (_, doc) => {
    figures.inputs += 1
    const heap0 = process.memoryUsage().heapUsed
    const t0 = performance.now()
    const parsed = parseSegment(doc, { catalog: exampleCatalog })
    if (parsed.ok && parsed.segment) {
      const segment = parsed.segment as Segment
      typedOnly(figures, () => evaluator.evaluate(segment, { asOf: FIXTURE_AS_OF_MS }))
      typedOnly(figures, () => toSql(segment, { catalog: exampleCatalog, dialect: 'postgres', asOf: FIXTURE_AS_OF_MS }))
      typedOnly(figures, () => serializeSegment(segment))
    }
    // Given in code, without parseSegment: the same bounds.
    typedOnly(figures, () => evaluator.evaluate(doc as Segment, { asOf: FIXTURE_AS_OF_MS }))
    typedOnly(figures, () =>
      toSql(doc as Segment, { catalog: exampleCatalog, dialect: 'duckdb', asOf: FIXTURE_AS_OF_MS }),
    )
    const ms = performance.now() - t0
    const mb = (process.memoryUsage().heapUsed - heap0) / 1e6
    if (ms > 15_000) figures.hangs += 1
    expect(ms).toBeLessThan(15_000)
    expect(mb).toBeLessThan(1_000)
  })
})
