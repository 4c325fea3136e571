import { describe, expect, it } from 'vitest'
import { describeNode } from '../describe/describe.ts'
import type { IssueCode } from '../errors.ts'
import { createEvaluator } from '../evaluate/evaluator.ts'
import { formatExplanation } from '../evaluate/explain-text.ts'
import { deMessages } from '../i18n/de.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { parseSegment } from '../validate/parse-segment.ts'
import { checkSegmentShape } from '../validate/segment-shape.ts'
import { validateSegment } from '../validate/validate-segment.ts'
import type { EventCondition, EventForm } from './conditions.ts'
import type { EventRef } from './event-ref.ts'
import type { Segment, SegmentNode } from './segment.ts'

const DAY = 86_400_000
const NOW = Date.parse('2026-12-15T12:00:00Z')
const last30 = { type: 'last', duration: { amount: 30, unit: 'day' } } as const
const seg = (children: SegmentNode[]): Segment => ({
  version: 1,
  id: 's',
  name: 'S',
  entity: 'user',
  root: { id: 'r', kind: 'group', combinator: 'and', children },
})
const node = (event: EventRef, form: EventForm, filters: EventCondition['filters'] = []): EventCondition => ({
  id: 'e',
  kind: 'event',
  event,
  filters,
  form,
})
const issuesOf = (n: SegmentNode) =>
  validateSegment(seg([n]), exampleCatalog).map((i) => ({ code: i.code, field: i.field, severity: i.severity }))
const browse = { anyOf: ['viewed_product', 'added_to_cart'] }

describe('event sets and the n-th time: JSON and validation', () => {
  it('given JSON written before sets existed, when it is parsed, then the event stays a plain id', () => {
    const json = JSON.stringify(seg([node('purchased', { type: 'performed', window: last30 })]))
    const parsed = parseSegment(json)
    expect(parsed.issues).toEqual([])
    expect(parsed.segment?.root.children[0]).toMatchObject({ event: 'purchased' })
  })

  it('given a set with a filter on a property both events have, then it is valid', () => {
    expect(
      issuesOf(
        node(browse, { type: 'performed', window: last30 }, [{ id: 'f', property: 'price', operator: 'gt', value: 5 }]),
      ),
    ).toEqual([])
  })

  it('given a filter on a property only one event of the set has, then it is event_property_not_common at the filter', () => {
    expect(
      issuesOf(
        node(browse, { type: 'performed', window: last30 }, [
          { id: 'f', property: 'category', operator: 'eq', value: 'x' },
        ]),
      ),
    ).toEqual([{ code: 'event_property_not_common', field: ['filters', 0, 'property'], severity: 'error' }])
  })

  it('given a sum of a property not every event has, then it is event_property_not_common at the measured property', () => {
    const form: EventForm = {
      type: 'measure',
      measure: { fn: 'sum', property: 'amount' },
      comparison: 'gte',
      value: 1,
      window: last30,
    }
    expect(issuesOf(node({ anyOf: ['purchased', 'added_to_cart'] }, form))).toEqual([
      { code: 'event_property_not_common', field: ['form', 'measure', 'property'], severity: 'error' },
    ])
  })

  it('given an unknown id and an empty set, then each is reported where it is', () => {
    expect(issuesOf(node({ anyOf: ['purchased', 'nope'] }, { type: 'performed', window: last30 }))).toEqual([
      { code: 'unknown_event', field: ['event', 'anyOf', 1], severity: 'error' },
    ])
    expect(issuesOf(node({ anyOf: [] }, { type: 'performed', window: last30 }))).toEqual([
      { code: 'empty_list', field: ['event', 'anyOf'], severity: 'error' },
    ])
  })

  it('given a malformed reference, then the shape check says so at the event without a crash', () => {
    const bad = { ...node('purchased', { type: 'performed', window: last30 }), event: { anyOf: 'purchased' } }
    const both = { ...node('purchased', { type: 'performed', window: last30 }), event: { any: true, anyOf: [] } }
    const codes = (n: unknown): IssueCode[] => checkSegmentShape(seg([n as SegmentNode])).map((i) => i.code)
    expect(codes(bad)).toEqual(['invalid_structure'])
    expect(codes(both)).toEqual(['invalid_structure'])
    expect(checkSegmentShape(seg([bad as unknown as SegmentNode]))[0]?.path).toEqual([
      'root',
      'children',
      0,
      'event',
      'anyOf',
    ])
  })

  it('given the n-th time, then n must be a whole number of at least 1, and n = 1 with a limit after the first is a warning', () => {
    const nth = (n: number, extra = {}) => node('purchased', { type: 'nth_time', n, window: last30, ...extra })
    expect(issuesOf(nth(2, { withinOfFirst: { amount: 30, unit: 'day' } }))).toEqual([])
    expect(issuesOf(nth(1, { withinOfFirst: { amount: 30, unit: 'day' } }))).toEqual([
      { code: 'nth_within_meaningless', field: ['form', 'withinOfFirst'], severity: 'warning' },
    ])
    expect(checkSegmentShape(seg([nth(0)])).map((i) => [i.code, i.path.at(-1)])).toEqual([['invalid_structure', 'n']])
  })
})

describe('event sets and the n-th time: describe and explain', () => {
  const data = {
    entities: { user: [{ id: 'u1' }, { id: 'u2' }] },
    events: [
      { entity: 'user', entityId: 'u1', event: 'purchased', time: NOW - 40 * DAY, properties: {} },
      { entity: 'user', entityId: 'u1', event: 'purchased', time: NOW - 20 * DAY, properties: {} },
      { entity: 'user', entityId: 'u1', event: 'viewed_product', time: NOW - 2 * DAY, properties: {} },
      { entity: 'user', entityId: 'u2', event: 'purchased', time: NOW - 2 * DAY, properties: {} },
    ],
  }
  const evaluator = createEvaluator(exampleCatalog, data)
  const explain = (n: SegmentNode, id: string, de = false) => {
    const s = seg([n])
    const tree = formatExplanation(
      evaluator.explain(s, id, { asOf: NOW }).tree,
      s,
      exampleCatalog,
      de ? { messages: deMessages } : {},
    )
    return tree.children?.[0]?.reason
  }
  const nth = node('purchased', { type: 'nth_time', n: 2, window: last30, withinOfFirst: { amount: 30, unit: 'day' } })

  it('words a set of events, any event and the n-th time in English and German', () => {
    const set = node(browse, { type: 'measure', measure: { fn: 'count' }, comparison: 'gte', value: 3, window: last30 })
    expect(describeNode(set, exampleCatalog, 'user')).toBe(
      'who had at least 3 “Viewed Product” or “Added to Cart” events in the last 30 days',
    )
    expect(describeNode(node({ any: true }, { type: 'performed', window: last30 }), exampleCatalog, 'user')).toBe(
      'who had at least one tracked event in the last 30 days',
    )
    expect(describeNode(nth, exampleCatalog, 'user')).toBe(
      'whose 2nd “Purchased” event ever was in the last 30 days, at most 30 days after the first',
    )
    expect(describeNode(nth, exampleCatalog, 'user', { messages: deMessages.describe })).toBe(
      'deren 2. „Purchased“-Ereignis überhaupt in den letzten 30 Tagen war, innerhalb von 30 Tagen nach dem ersten',
    )
  })

  it('explains the n-th time with both times, or how many there were', () => {
    expect(evaluator.evaluate(seg([nth]), { asOf: NOW }).ids).toEqual(['u1'])
    expect(explain(nth, 'u1')).toBe(
      '2nd “Purchased” event at Nov 25, 2026, 12:00 PM UTC, the first at Nov 5, 2026, 12:00 PM UTC; needed in the last 30 days, at most 30 days after the first',
    )
    expect(explain(nth, 'u2')).toBe(
      '1 “Purchased” event in all; needed the 2nd one in the last 30 days, at most 30 days after the first',
    )
    expect(explain(nth, 'u2', true)).toBe(
      'Insgesamt 1 „Purchased“-Ereignis; benötigt das 2. in den letzten 30 Tagen, innerhalb von 30 Tagen nach dem ersten',
    )
    expect(explain(node({ anyOf: ['purchased', 'viewed_product'] }, { type: 'performed', window: last30 }), 'u1')).toBe(
      '2 “Purchased” or “Viewed Product” events in the last 30 days; needed at least one',
    )
  })

  it('given a set, when events are appended, then the merged events include them', () => {
    const live = createEvaluator(exampleCatalog, data)
    const set = seg([node(browse, { type: 'performed', window: last30 })])
    expect(live.evaluate(set, { asOf: NOW }).ids).toEqual(['u1'])
    live.append({
      events: [{ entity: 'user', entityId: 'u2', event: 'added_to_cart', time: NOW - DAY, properties: {} }],
    })
    expect(live.evaluate(set, { asOf: NOW }).ids).toEqual(['u1', 'u2'])
  })
})
