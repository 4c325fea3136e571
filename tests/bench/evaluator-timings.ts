/**
 * Evaluator timings on generated data (default 100k users, about 2M events):
 * index build, evaluate for a properties-only segment, an event count in a
 * window, a 3-step sequence, a mix; explain; heap. Self-contained.
 *
 *   npx tsx tests/bench/evaluator-timings.ts [users]
 *   node --expose-gc --import tsx tests/bench/evaluator-timings.ts   (settled heap figures)
 *
 * `measureEvaluatorTimings` is exported for a benchmark suite to reuse.
 */
import { createEvaluator } from '../../packages/core/src/evaluate/index.ts'
import type { Segment, SegmentNode } from '../../packages/core/src/model/segment.ts'
import {
  exampleCatalog,
  FIXTURE_AS_OF,
  generateDataset,
  presetSegments,
} from '../../packages/core/src/testing/index.ts'

export interface TimingRow {
  case: string
  /** Median milliseconds over the runs. */
  ms: number
  /** Members (evaluate) or matched (explain). */
  result: string
}

const segment = (id: string, children: SegmentNode[], combinator: 'and' | 'or' = 'and'): Segment => ({
  version: 1,
  id,
  name: id,
  entity: 'user',
  root: { id: `${id}_root`, kind: 'group', combinator, children },
})

const propertiesOnly = segment('properties', [
  { id: 'p1', kind: 'property', property: 'country', operator: 'in', value: ['US', 'DE'] },
  { id: 'p2', kind: 'property', property: 'plan', operator: 'in', value: ['pro', 'enterprise'] },
  { id: 'p3', kind: 'property', property: 'marketing_consent', operator: 'is_true' },
])

const eventCount = segment('event_count', [
  {
    id: 'e1',
    kind: 'event',
    event: 'opened_app',
    filters: [],
    form: {
      type: 'measure',
      measure: { fn: 'count' },
      comparison: 'gte',
      value: 5,
      window: { type: 'last', duration: { amount: 30, unit: 'day' } },
    },
  },
])

const sequence = segment('sequence', [
  {
    id: 's1',
    kind: 'sequence',
    window: { type: 'last', duration: { amount: 90, unit: 'day' } },
    within: { amount: 2, unit: 'day' },
    steps: [
      { id: 'st1', event: 'viewed_product', filters: [] },
      { id: 'st2', event: 'added_to_cart', filters: [] },
      { id: 'st3', event: 'purchased', filters: [] },
    ],
  },
])

const mix = segment('mix', [
  { id: 'm1', kind: 'property', property: 'country', operator: 'neq', value: 'JP' },
  {
    id: 'm2',
    kind: 'group',
    combinator: 'or',
    children: [
      {
        id: 'm3',
        kind: 'event',
        event: 'purchased',
        filters: [{ id: 'f1', property: 'amount', operator: 'gt', value: 100 }],
        form: { type: 'performed', window: { type: 'last', duration: { amount: 60, unit: 'day' } } },
      },
      { id: 'm4', kind: 'tag', tag: 'whale', operator: 'has' },
      {
        id: 'm5',
        kind: 'property',
        property: 'plan',
        operator: 'eq',
        value: 'pro',
        at: { type: 'ago', duration: { amount: 7, unit: 'day' } },
      },
    ],
  },
  {
    id: 'm6',
    kind: 'related',
    relation: 'account',
    match: { type: 'any' },
    root: {
      id: 'm7',
      kind: 'group',
      combinator: 'and',
      children: [{ id: 'm8', kind: 'property', property: 'seats', operator: 'gte', value: 10 }],
    },
  },
  { id: 'm9', kind: 'list', list: 'beta', operator: 'not_in' },
])

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function time<T>(runs: number, fn: () => T): { ms: number; value: T } {
  // Warm-up runs (JIT tiers), not counted.
  let value = fn()
  for (let i = 0; i < 3; i++) value = fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    value = fn()
    times.push(performance.now() - start)
  }
  return { ms: median(times), value }
}

const heapMb = () => {
  ;(globalThis as { gc?: () => void }).gc?.()
  return process.memoryUsage().heapUsed / 1024 / 1024
}

/** Runs every measurement; `users` default 100 000. */
export function measureEvaluatorTimings(users = 100_000): {
  events: number
  heapMb: Record<string, number>
  rows: TimingRow[]
} {
  const heapStart = heapMb()
  const once = <T>(fn: () => T): { ms: number; value: T } => {
    const start = performance.now()
    const value = fn()
    return { ms: performance.now() - start, value }
  }
  const generated = once(() => generateDataset({ users }))
  const data = generated.value
  const heapData = heapMb()
  // The index is built once per dataset: one cold build is the honest figure.
  const build = once(() => createEvaluator(exampleCatalog, data))
  const evaluator = build.value
  const heapIndex = heapMb()
  const rows: TimingRow[] = [
    { case: 'generateDataset (not the evaluator)', ms: generated.ms, result: `${data.events.length} events` },
    { case: 'index build (createEvaluator)', ms: build.ms, result: '' },
  ]

  const asOf = FIXTURE_AS_OF
  for (const [name, s] of [
    ['evaluate: properties only (3 conditions)', propertiesOnly],
    ['evaluate: event count in a 30-day window', eventCount],
    ['evaluate: 3-step sequence within 2 days', sequence],
    ['evaluate: mix (property, OR of event/tag/past value, related, list)', mix],
    ...presetSegments.map((p) => [`evaluate: preset ${p.id}`, p.segment] as const),
  ] as const) {
    const { ms, value } = time(7, () => evaluator.evaluate(s, { asOf }))
    rows.push({ case: name, ms, result: `${value.count} members` })
  }
  const explained = time(20, () => evaluator.explain(mix, 'u42', { asOf }))
  rows.push({ case: 'explain: mix, one user', ms: explained.ms, result: `matched ${explained.value.matched}` })
  const changes = time(3, () => evaluator.changes(eventCount, '2026-12-01T00:00:00Z', asOf))
  rows.push({
    case: 'changes: event count, two instants',
    ms: changes.ms,
    result: `${changes.value.entered.length} entered, ${changes.value.left.length} left`,
  })
  const segmentsOf = time(20, () =>
    evaluator.segmentsOf(
      'u42',
      presetSegments.map((p) => p.segment),
      { asOf },
    ),
  )
  rows.push({
    case: `segmentsOf: one user, ${presetSegments.length} presets`,
    ms: segmentsOf.ms,
    result: `${segmentsOf.value.length} segments`,
  })
  const appendStart = performance.now()
  evaluator.append({
    events: Array.from({ length: 1000 }, (_, i) => ({
      entity: 'user',
      entityId: `u${((i * 97) % users) + 1}`,
      event: 'opened_app',
      time: Date.parse(asOf) - i * 60_000,
      properties: { platform: 'web' },
    })),
  })
  rows.push({ case: 'append: 1000 events', ms: performance.now() - appendStart, result: '' })

  return {
    events: data.events.length,
    heapMb: { start: heapStart, withData: heapData, withIndex: heapIndex },
    rows,
  }
}

const invokedDirectly = process.argv[1]?.endsWith('evaluator-timings.ts')
if (invokedDirectly) {
  const users = Number(process.argv[2] ?? 100_000)
  const { events, heapMb: heap, rows } = measureEvaluatorTimings(users)
  const load = (await import('node:os')).loadavg()[0]!.toFixed(1)
  console.log(`Evaluator timings: ${users} users, ${events} events (node ${process.version}, load average ${load})`)
  for (const row of rows) console.log(`${row.case.padEnd(72)} ${row.ms.toFixed(1).padStart(9)} ms  ${row.result}`)
  const gcNote = (globalThis as { gc?: () => void }).gc ? '' : ' (run with --expose-gc for settled figures)'
  console.log(
    `heap: data ${(heap.withData! - heap.start!).toFixed(0)} MB, index +${(heap.withIndex! - heap.withData!).toFixed(0)} MB${gcNote}`,
  )
}
