import { describe, expect, it } from 'vitest'
import type { EventRecord } from '../data/types.ts'
import type { Segment, SegmentNode } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { FIXTURE_AS_OF, generateDataset } from '../testing/index.ts'
import { createEvaluator } from './evaluator.ts'

const H = 3_600_000
const asOfMs = Date.parse(FIXTURE_AS_OF)
const segment = (id: string, children: SegmentNode[]): Segment => ({
  version: 1,
  id,
  name: id,
  entity: 'user',
  root: { id: 'root', kind: 'group', combinator: 'and', children },
})
const last = (days: number) => ({ type: 'last', duration: { amount: days, unit: 'day' } }) as const

const segments: Segment[] = [
  segment('opened-on-web', [
    {
      id: 'e',
      kind: 'event',
      event: 'opened_app',
      filters: [{ id: 'f', property: 'platform', operator: 'eq', value: 'web' }],
      form: { type: 'measure', measure: { fn: 'count' }, comparison: 'gte', value: 3, window: last(30) },
    },
  ]),
  segment('opened-often', [
    {
      id: 'e',
      kind: 'event',
      event: 'opened_app',
      filters: [],
      form: { type: 'measure', measure: { fn: 'count' }, comparison: 'gte', value: 5, window: last(30) },
    },
  ]),
  segment('viewed-new-product', [
    {
      id: 'e',
      kind: 'event',
      event: 'viewed_product',
      filters: [{ id: 'f', property: 'product', operator: 'starts_with', value: 'Appended' }],
      form: { type: 'performed', window: last(60) },
    },
  ]),
  segment('price-sum', [
    {
      id: 'e',
      kind: 'event',
      event: 'viewed_product',
      filters: [],
      form: {
        type: 'measure',
        measure: { fn: 'sum', property: 'price' },
        comparison: 'gt',
        value: 150,
        window: last(90),
      },
    },
  ]),
  segment('view-then-open', [
    {
      id: 's',
      kind: 'sequence',
      window: last(90),
      within: { amount: 2, unit: 'day' },
      steps: [
        { id: 'a', event: 'viewed_product', filters: [] },
        { id: 'b', event: 'opened_app', filters: [] },
      ],
    },
  ]),
]

/** Events for existing and new users, some with product names no event had before. */
function delta(round: number, users: number): EventRecord[] {
  const events: EventRecord[] = []
  for (let i = 0; i < 1500; i++) {
    const user = `u${((i * 37 + round * 11) % (users + 40)) + 1}`
    const time = asOfMs - ((i * 7919 + round * 104_729) % (80 * 24)) * H
    events.push(
      i % 3 === 0
        ? {
            entity: 'user',
            entityId: user,
            event: 'viewed_product',
            time,
            properties: { product: `Appended ${round}-${i % 5}`, category: 'New', price: (i % 9) * 12.5 },
          }
        : {
            entity: 'user',
            entityId: user,
            event: 'opened_app',
            time,
            properties: { platform: i % 2 === 0 ? 'web' : 'ios' },
          },
    )
  }
  return events
}

describe('append: the index takes new data in place and answers as if built at once', () => {
  it('given several appends (patches, then a fold of the patches into the bulk), then every segment matches a fresh build', () => {
    const users = 300
    const base = generateDataset({ users })
    const live = createEvaluator(exampleCatalog, base)
    const all: EventRecord[] = [...base.events]
    for (let round = 0; round < 8; round++) {
      const events = delta(round, users)
      live.append({ events })
      all.push(...events)
      const fresh = createEvaluator(exampleCatalog, { ...base, events: all })
      for (const s of segments) {
        expect(live.evaluate(s, { asOf: FIXTURE_AS_OF }).ids, `${s.id} after round ${round}`).toEqual(
          fresh.evaluate(s, { asOf: FIXTURE_AS_OF }).ids,
        )
      }
      expect(live.topEventValues('viewed_product', 'product', { limit: 50 })).toEqual(
        fresh.topEventValues('viewed_product', 'product', { limit: 50 }),
      )
    }
    expect(live.stats().events).toBe(all.length)
  })
})
