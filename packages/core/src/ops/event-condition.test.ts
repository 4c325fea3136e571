import { describe, expect, it } from 'vitest'
import type { EventDef } from '../catalog/schema.ts'
import type { EventCondition, EventForm } from '../model/conditions.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { changeEvent, changeEventForm, changeMeasure, measurePropertiesFor, measuresFor } from './event-condition.ts'

const event = (id: string): EventDef => {
  const found = exampleCatalog.events.find((e) => e.id === id)
  if (!found) throw new Error(`no event ${id} in the example catalog`)
  return found
}
const last7 = { type: 'last', duration: { amount: 7, unit: 'day' } } as const

describe('changeEventForm', () => {
  it('keeps the window when switching between windowed forms', () => {
    const form: EventForm = { type: 'performed', window: last7 }
    expect(changeEventForm(form, 'last_time')).toEqual({ type: 'last_time', window: last7 })
    expect(changeEventForm(form, 'not_performed')).toEqual({ type: 'not_performed', window: last7 })
  })

  it('turns performed into a count of at least 1 and not performed into a count of exactly 0', () => {
    expect(changeEventForm({ type: 'performed', window: last7 }, 'measure')).toEqual({
      type: 'measure',
      measure: { fn: 'count' },
      comparison: 'gte',
      value: 1,
      window: last7,
    })
    expect(changeEventForm({ type: 'not_performed', window: last7 }, 'measure')).toMatchObject({
      comparison: 'eq',
      value: 0,
    })
  })

  it('uses the duration of a "last N" window as the recent period of stopped and restarted', () => {
    const stopped = changeEventForm({ type: 'performed', window: last7 }, 'stopped')
    expect(stopped).toEqual({ type: 'stopped', recent: last7.duration, baseline: last7.duration })
    const restarted = changeEventForm(
      { type: 'stopped', recent: { amount: 2, unit: 'week' }, baseline: { amount: 3, unit: 'month' } },
      'restarted',
    )
    expect(restarted).toEqual({
      type: 'restarted',
      recent: { amount: 2, unit: 'week' },
      inactive: { amount: 3, unit: 'month' },
    })
  })

  it('gives regularly a weekly default and returns the same form when the type does not change', () => {
    const form: EventForm = { type: 'first_time', window: { type: 'ever' } }
    expect(changeEventForm(form, 'regularly')).toEqual({
      type: 'regularly',
      period: { amount: 1, unit: 'week' },
      periods: 4,
      minPeriods: 3,
    })
    expect(changeEventForm(form, 'first_time')).toBe(form)
    expect(
      changeEventForm(
        { type: 'regularly', period: { amount: 1, unit: 'day' }, periods: 2, minPeriods: 1 },
        'performed',
      ),
    ).toEqual({
      type: 'performed',
      window: { type: 'last', duration: { amount: 30, unit: 'day' } },
    })
  })
})

describe('measures', () => {
  it('offers sum, avg, min and max only on number properties, distinct on any property', () => {
    expect(measurePropertiesFor('sum', event('purchased')).map((p) => p.id)).toEqual(['amount', 'items'])
    expect(measurePropertiesFor('distinct', event('purchased')).map((p) => p.id)).toEqual([
      'amount',
      'currency',
      'coupon',
      'items',
      'product',
    ])
    expect(measurePropertiesFor('count', event('purchased'))).toEqual([])
  })

  it('leaves out the measures an event cannot support', () => {
    expect(measuresFor(event('opened_app'))).toEqual(['count', 'distinct', 'active_days'])
    expect(measuresFor(event('purchased'))).toEqual(['count', 'sum', 'avg', 'min', 'max', 'distinct', 'active_days'])
    expect(measuresFor(undefined)).toEqual(['count', 'active_days'])
  })

  it('keeps the measured property when it still fits and picks the first fitting one otherwise', () => {
    expect(changeMeasure({ fn: 'sum', property: 'items' }, 'max', event('purchased'))).toEqual({
      fn: 'max',
      property: 'items',
    })
    expect(changeMeasure({ fn: 'distinct', property: 'currency' }, 'avg', event('purchased'))).toEqual({
      fn: 'avg',
      property: 'amount',
    })
    expect(changeMeasure({ fn: 'sum', property: 'amount' }, 'active_days', event('purchased'))).toEqual({
      fn: 'active_days',
    })
    expect(changeMeasure({ fn: 'count' }, 'sum', event('opened_app'))).toBeUndefined()
  })
})

describe('changeEvent', () => {
  it('keeps filters the new event can apply and drops the others', () => {
    const condition: EventCondition = {
      id: 'c',
      kind: 'event',
      event: 'viewed_product',
      filters: [
        { id: 'f1', property: 'product', operator: 'eq', value: 'Shoes' },
        { id: 'f2', property: 'category', operator: 'eq', value: 'Shoes' },
      ],
      form: { type: 'performed', window: last7 },
    }
    const next = changeEvent(condition, event('added_to_cart'), event('viewed_product'))
    expect(next.event).toBe('added_to_cart')
    expect(next.filters.map((f) => f.id)).toEqual(['f1'])
    expect(next.form).toBe(condition.form)
  })

  it('replaces a measured property that the new event lacks', () => {
    const condition: EventCondition = {
      id: 'c',
      kind: 'event',
      event: 'purchased',
      filters: [],
      form: { type: 'measure', measure: { fn: 'sum', property: 'amount' }, comparison: 'gt', value: 10, window: last7 },
    }
    expect(changeEvent(condition, event('added_to_cart'), event('purchased')).form).toMatchObject({
      measure: { fn: 'sum', property: 'price' },
      comparison: 'gt',
      value: 10,
    })
    expect(changeEvent(condition, event('opened_app'), event('purchased')).form).toMatchObject({
      measure: { fn: 'count' },
    })
  })
})
