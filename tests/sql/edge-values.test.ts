// @vitest-environment node
/**
 * Values where engines used to disagree, on the three engines and the evaluator: active days of
 * events before 1970 (days are floored, not truncated toward zero). Infinite numbers in an event
 * property, which JSON cannot hold and SQL read as missing, are a data error in the evaluator (as NaN
 * is): evaluator.test.ts.
 */
import type { EventRecord, SegmentData } from '../../packages/core/src/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { event, HOUR, runCases, type SqlCase, seg } from './harness.ts'

const at = (entityId: string, ev: string, time: number, properties: EventRecord['properties'] = {}): EventRecord => ({
  entity: 'user',
  entityId,
  event: ev,
  time,
  properties,
})

const data: SegmentData = {
  entities: { user: ['x1', 'x2'].map((id) => ({ id })) },
  events: [
    // x1: one hour either side of 1970-01-01T00:00Z: Dec 31 and Jan 1, two days (truncation made them one).
    at('x1', 'opened_app', -HOUR, { platform: 'web' }),
    at('x1', 'opened_app', HOUR, { platform: 'web' }),
    // x2: two hours on Dec 31, 1969: one day.
    at('x2', 'opened_app', -2 * HOUR, { platform: 'web' }),
    at('x2', 'opened_app', -HOUR, { platform: 'web' }),
  ],
}

const ever = { type: 'ever' } as const
const activeDays = (value: number) =>
  event('opened_app', {
    type: 'measure',
    measure: { fn: 'active_days' },
    comparison: 'eq',
    value,
    window: ever,
  })
const c = (name: string, node: Parameters<typeof seg>[0][number], expected: string[]): SqlCase => ({
  name,
  segment: seg([node]),
  expected,
})

const cases: SqlCase[] = [
  c('events an hour either side of 1970-01-01 are on two UTC days', activeDays(2), ['x1']),
  c('two events on Dec 31, 1969 are on one UTC day', activeDays(1), ['x2']),
]

runCases(exampleCatalog, data, cases)
