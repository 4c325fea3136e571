import { describe, expect, it } from 'vitest'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { createEvaluator } from './evaluator.ts'

const NOW = Date.parse('2026-12-15T12:00:00Z')
const evaluator = createEvaluator(exampleCatalog, {
  entities: {
    user: [
      { id: 'u1', country: 'DE', plan: 'pro', interests: ['music', 'tech'], age: 30 },
      { id: 'u2', country: 'DE', plan: 'free', interests: ['music'], age: 30 },
      { id: 'u3', country: 'FR', plan: 'pro', age: 41 },
      { id: 'u4', country: 'US' },
    ],
  },
  events: [
    {
      entity: 'user',
      entityId: 'u1',
      event: 'purchased',
      time: NOW,
      properties: { currency: 'EUR', coupon: 'BF_50%' },
    },
    { entity: 'user', entityId: 'u2', event: 'purchased', time: NOW, properties: { currency: 'EUR' } },
    { entity: 'user', entityId: 'u3', event: 'purchased', time: NOW, properties: { currency: 'USD' } },
  ],
})

describe('topValues: real values to suggest, most frequent first', () => {
  it('counts the current values of an entity property; ties in value order', () => {
    expect(evaluator.topValues('user', 'country')).toEqual([
      { value: 'DE', count: 2 },
      { value: 'FR', count: 1 },
      { value: 'US', count: 1 },
    ])
    expect(evaluator.topValues('user', 'age')).toEqual([
      { value: 30, count: 2 },
      { value: 41, count: 1 },
    ])
  })

  it('counts each element of a string list, narrows by a case-insensitive query, and stops at the limit', () => {
    expect(evaluator.topValues('user', 'interests')).toEqual([
      { value: 'music', count: 2 },
      { value: 'tech', count: 1 },
    ])
    expect(evaluator.topValues('user', 'country', { query: 'd' })).toEqual([{ value: 'DE', count: 2 }])
    expect(evaluator.topValues('user', 'country', { limit: 1 })).toEqual([{ value: 'DE', count: 2 }])
  })

  it('counts event property values over the events, including appended ones', () => {
    expect(evaluator.topEventValues('purchased', 'currency')).toEqual([
      { value: 'EUR', count: 2 },
      { value: 'USD', count: 1 },
    ])
    const e = createEvaluator(exampleCatalog, { entities: { user: [{ id: 'u1' }] }, events: [] })
    e.append({
      events: [{ entity: 'user', entityId: 'u1', event: 'purchased', time: NOW, properties: { coupon: 'vip' } }],
    })
    expect(e.topEventValues('purchased', 'coupon')).toEqual([{ value: 'vip', count: 1 }])
  })

  it('answers nothing for an unknown property or event, rather than throwing', () => {
    expect(evaluator.topValues('user', 'constructor')).toEqual([])
    expect(evaluator.topEventValues('purchased', 'toString')).toEqual([])
    expect(evaluator.topEventValues('nope', 'currency')).toEqual([])
  })
})
