import { describe, expect, it } from 'vitest'
import { createEvaluator } from '../evaluate/evaluator.ts'
import type { EventForm } from '../model/conditions.ts'
import type { Segment } from '../model/segment.ts'
import { toSql } from '../sql/to-sql.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { parseSegment } from './parse-segment.ts'
import { validateSegment } from './validate-segment.ts'

const withForm = (form: EventForm, extra: Partial<Segment> = {}): Segment => ({
  version: 1,
  id: 's',
  name: 's',
  entity: 'user',
  ...extra,
  root: {
    id: 'root',
    kind: 'group',
    combinator: 'and',
    children: [{ id: 'c', kind: 'event', event: 'purchased', filters: [], form }],
  },
})
const thisMonth: EventForm = {
  type: 'performed',
  window: { type: 'calendar', unit: 'month', complete: 0, current: true },
}
const codes = (segment: Segment) => validateSegment(segment, exampleCatalog).map((i) => [i.code, i.path.join('.')])

describe('checks of time zones and calendar windows', () => {
  it('given an unknown time zone or an offset, validation says unknown_time_zone at timeZone', () => {
    for (const timeZone of ['Mars/Olympus', '+05:30', 'europe/berlin', '']) {
      expect(codes(withForm(thisMonth, { timeZone })), timeZone).toContainEqual(['unknown_time_zone', 'timeZone'])
    }
    expect(codes(withForm(thisMonth, { timeZone: 'Europe/Berlin' }))).toEqual([])
    expect(codes(withForm(thisMonth, { timeZone: 'UTC' }))).toEqual([])
  })

  it('given a calendar window of no period, validation says window_empty at the window', () => {
    const empty = withForm({
      type: 'performed',
      window: { type: 'calendar', unit: 'week', complete: 0, current: false },
    })
    expect(codes(empty)).toEqual([['window_empty', 'root.children.0.form.window']])
  })

  it('given a calendar window going back more than a thousand years, it is limit_exceeded at complete', () => {
    const far = withForm({
      type: 'performed',
      window: { type: 'calendar', unit: 'year', complete: 1001, current: false },
    })
    expect(codes(far)).toContainEqual(['limit_exceeded', 'root.children.0.form.window.complete'])
  })

  it('given calendar regularly over 2 weeks or hours, validation says calendar_period at the period', () => {
    for (const period of [
      { amount: 2, unit: 'week' },
      { amount: 1, unit: 'hour' },
    ] as const) {
      const form: EventForm = { type: 'regularly', period, periods: 4, minPeriods: 2, calendar: true }
      expect(codes(withForm(form))).toEqual([['calendar_period', 'root.children.0.form.period']])
    }
    const weekly: EventForm = {
      type: 'regularly',
      period: { amount: 1, unit: 'week' },
      periods: 4,
      minPeriods: 2,
      calendar: true,
    }
    expect(codes(withForm(weekly))).toEqual([])
  })

  it('a weekStart that is no weekday is invalid_structure at weekStart', () => {
    const bad = { ...withForm(thisMonth), weekStart: 'funday' } as unknown as Segment
    expect(codes(bad)).toContainEqual(['invalid_structure', 'weekStart'])
  })

  it('timeZone and weekStart survive JSON and are not unknown keys', () => {
    const segment = withForm(thisMonth, { timeZone: 'Asia/Kolkata', weekStart: 'sunday' })
    const parsed = parseSegment(JSON.stringify(segment), { catalog: exampleCatalog })
    expect(parsed.ok).toBe(true)
    if (parsed.ok) {
      expect(parsed.segment?.timeZone).toBe('Asia/Kolkata')
      expect(parsed.segment?.weekStart).toBe('sunday')
      expect(parsed.issues).toEqual([])
    }
  })

  it('an unknown timeZone option of evaluate and toSql is a SegmentError at timeZone', () => {
    const evaluator = createEvaluator(exampleCatalog, { entities: { user: [], account: [] }, events: [] })
    const segment = withForm(thisMonth)
    expect(() => evaluator.evaluate(segment, { timeZone: 'Nowhere/City' })).toThrow(/Unknown time zone 'Nowhere\/City'/)
    expect(() => toSql(segment, { catalog: exampleCatalog, dialect: 'postgres', timeZone: 'Nowhere/City' })).toThrow(
      /Unknown time zone/,
    )
  })

  it('a computed property of the catalog with a calendar window is catalog_invalid', () => {
    const catalog = structuredClone(exampleCatalog)
    const user = catalog.entities.find((e) => e.id === 'user')!
    const computed = user.properties.find((p) => p.computed)!
    computed.computed!.window = { type: 'calendar', unit: 'month', complete: 0, current: true }
    expect(() => toSql(withForm(thisMonth), { catalog, dialect: 'postgres' })).toThrow(/cannot use a calendar window/)
  })
})
