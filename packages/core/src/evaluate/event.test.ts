import { describe, expect, it } from 'vitest'
import { indexCatalog } from '../catalog/index-catalog.ts'
import type { Segment } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { DataIndex } from './data-index.ts'
import { createEvaluator } from './evaluator.ts'
import { compileForm, eventSource } from './event.ts'
import { readData } from './read-data.ts'

const NOW = Date.parse('2026-12-15T12:00:00Z')
const MIN = 60_000
const catalog = indexCatalog(exampleCatalog)

const regularly = (periods: number, minPeriods: number): Segment => ({
  version: 1,
  id: 's',
  name: 's',
  entity: 'user',
  root: {
    id: 'r',
    kind: 'group',
    combinator: 'and',
    children: [
      {
        id: 'e',
        kind: 'event',
        event: 'opened_app',
        filters: [],
        form: { type: 'regularly', period: { amount: 1, unit: 'minute' }, periods, minPeriods },
      },
    ],
  },
})

describe('regularly: counting active periods without a list of periods', () => {
  // Opened the app 0.5, 1.5 and 1.7 minutes before asOf, and 10 minutes before: periods 0, 1 and 10.
  const evaluator = createEvaluator(exampleCatalog, {
    entities: { user: [{ id: 'u1' }] },
    events: [0.5, 1.5, 1.7, 10].map((m) => ({
      entity: 'user',
      entityId: 'u1',
      event: 'opened_app',
      time: NOW - m * MIN,
    })),
  })

  it('counts the distinct periods (asOf - (i+1)p, asOf - ip] that hold an event', () => {
    expect(evaluator.evaluate(regularly(2, 2), { asOf: NOW }).ids).toEqual(['u1'])
    expect(evaluator.evaluate(regularly(10, 3), { asOf: NOW }).ids).toEqual([])
    expect(evaluator.evaluate(regularly(11, 3), { asOf: NOW }).ids).toEqual(['u1'])
    expect(evaluator.explain(regularly(11, 3), 'u1', { asOf: NOW }).tree.children?.[0]?.actual).toBe(3)
  })

  it('puts an event exactly p before asOf in period 1, not 0', () => {
    const e = createEvaluator(exampleCatalog, {
      entities: { user: [{ id: 'u1' }] },
      events: [{ entity: 'user', entityId: 'u1', event: 'opened_app', time: NOW - MIN }],
    })
    expect(e.evaluate(regularly(1, 1), { asOf: NOW }).ids).toEqual([])
    expect(e.evaluate(regularly(2, 1), { asOf: NOW }).ids).toEqual(['u1'])
  })

  it('given a billion periods, then it answers at once instead of allocating per period', () => {
    // Validation caps `periods` (SEGMENT_LIMITS.maxPeriods); the form itself must not depend on it.
    const data = new DataIndex(catalog)
    data.add(
      readData(
        catalog,
        {
          entities: { user: [{ id: 'u1' }] },
          events: [{ entity: 'user', entityId: 'u1', event: 'opened_app', time: NOW - 0.5 * MIN }],
        },
        data,
      ),
      false,
    )
    const src = eventSource(catalog, data, 'opened_app', [], NOW)
    src.at(0)
    for (const [periods, minPeriods, matched] of [
      [1e9, 1, true],
      [2 ** 40, 2, false],
    ] as const) {
      const form = compileForm(
        { type: 'regularly', period: { amount: 1, unit: 'minute' }, periods, minPeriods },
        NOW,
        () => -1,
      )
      expect(form.test(src)).toBe(matched)
      expect(form.outcome(src)).toEqual({ matched, value: 1 })
    }
    expect(evaluator.evaluate(regularly(1000, 3), { asOf: NOW }).ids).toEqual(['u1'])
  })
})
