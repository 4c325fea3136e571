import { describe, expect, it } from 'vitest'
import type { EventCondition } from '../model/conditions.ts'
import type { Segment } from '../model/segment.ts'
import { setWeekStart, usesCalendar, usesWeeks } from './calendar.ts'

const condition = (form: EventCondition['form']): EventCondition => ({
  id: 'c',
  kind: 'event',
  event: 'purchased',
  filters: [],
  form,
})
const withForm = (form: EventCondition['form']): Segment => ({
  ...{ version: 1, id: 's', name: 'S', entity: 'user' },
  root: { id: 'root', kind: 'group', combinator: 'and', children: [condition(form)] },
})
const week = { amount: 1, unit: 'week' } as const

describe('usesCalendar and usesWeeks', () => {
  it('tell which calendar a segment reads: any calendar window, active days and calendar periods; weeks only for week windows and weekly calendar periods', () => {
    const cases: [EventCondition['form'], boolean, boolean][] = [
      [{ type: 'performed', window: { type: 'last', duration: { amount: 30, unit: 'day' } } }, false, false],
      [{ type: 'performed', window: { type: 'calendar', unit: 'month', complete: 0, current: true } }, true, false],
      [{ type: 'performed', window: { type: 'calendar', unit: 'week', complete: 2, current: false } }, true, true],
      [
        { type: 'measure', measure: { fn: 'active_days' }, comparison: 'gte', value: 3, window: { type: 'ever' } },
        true,
        false,
      ],
      [{ type: 'regularly', period: week, periods: 4, minPeriods: 2, calendar: true }, true, true],
      [{ type: 'regularly', period: week, periods: 4, minPeriods: 2 }, false, false],
      [
        { type: 'regularly', period: { amount: 1, unit: 'month' }, periods: 4, minPeriods: 2, calendar: true },
        true,
        false,
      ],
    ]
    for (const [form, calendar, weeks] of cases) {
      expect(usesCalendar(withForm(form)), JSON.stringify(form)).toBe(calendar)
      expect(usesWeeks(withForm(form)), JSON.stringify(form)).toBe(weeks)
    }
    const plain = withForm(cases[0]![0])
    expect(usesWeeks({ ...plain, weekStart: 'sunday' })).toBe(true)
    expect(usesCalendar({ ...plain, timeZone: 'Europe/Berlin' })).toBe(true)
  })

  it('setWeekStart sets a day, and undefined removes the field', () => {
    const segment = withForm({ type: 'performed', window: { type: 'ever' } })
    const sunday = setWeekStart(segment, 'sunday')
    expect(sunday.weekStart).toBe('sunday')
    expect('weekStart' in setWeekStart(sunday, undefined)).toBe(false)
  })
})
