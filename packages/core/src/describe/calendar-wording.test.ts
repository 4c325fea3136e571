import { describe, expect, it } from 'vitest'
import { createEvaluator } from '../evaluate/index.ts'
import { deDescribeMessages, deExplainMessages, formatExplanation } from '../i18n/index.ts'
import type { EventForm } from '../model/conditions.ts'
import type { Segment } from '../model/segment.ts'
import type { CalendarWindow } from '../model/time.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { describeSegment } from './describe.ts'

const segment = (form: EventForm, timeZone?: string): Segment => ({
  version: 1,
  id: 's',
  name: 's',
  entity: 'user',
  ...(timeZone ? { timeZone } : {}),
  root: {
    id: 'root',
    kind: 'group',
    combinator: 'and',
    children: [{ id: 'c', kind: 'event', event: 'purchased', filters: [], form }],
  },
})
const cal = (unit: CalendarWindow['unit'], complete: number, current: boolean): EventForm => ({
  type: 'performed',
  window: { type: 'calendar', unit, complete, current },
})
const en = (form: EventForm, timeZone?: string) => describeSegment(segment(form, timeZone), exampleCatalog)
const de = (form: EventForm, timeZone?: string) =>
  describeSegment(segment(form, timeZone), exampleCatalog, { messages: deDescribeMessages, locale: 'de-DE' })

describe('calendar windows in words', () => {
  it('reads today, yesterday, this month, last week and the last 3 complete months in English', () => {
    expect(en(cal('day', 0, true))).toContain('today')
    expect(en(cal('day', 1, false))).toContain('yesterday')
    expect(en(cal('month', 0, true))).toContain('this month')
    expect(en(cal('week', 1, false))).toContain('last week')
    expect(en(cal('month', 3, false))).toContain('in the last 3 complete months')
    expect(en(cal('quarter', 2, true))).toContain('this quarter or in the 2 complete quarters before')
  })

  it('names the time zone after the phrase when the segment has one other than UTC', () => {
    expect(en(cal('day', 1, false), 'Europe/Berlin')).toContain('yesterday (Europe/Berlin)')
    expect(en(cal('day', 1, false), 'UTC')).not.toContain('(UTC)')
  })

  it('reads the same windows in German', () => {
    expect(de(cal('day', 0, true))).toContain('heute')
    expect(de(cal('day', 1, false), 'Europe/Berlin')).toContain('gestern (Europe/Berlin)')
    expect(de(cal('month', 0, true))).toContain('diesen Monat')
    expect(de(cal('month', 3, false))).toContain('in den letzten 3 vollständigen Monaten')
  })

  it('says that calendar regularly counts calendar weeks, the current one included', () => {
    const weekly: EventForm = {
      type: 'regularly',
      period: { amount: 1, unit: 'week' },
      periods: 6,
      minPeriods: 4,
      calendar: true,
    }
    expect(en(weekly)).toContain('in at least 4 of the last 6 calendar weeks (the current one included)')
    expect(de(weekly)).toContain('in mindestens 4 der letzten 6 Kalenderwochen')
  })
})

describe('calendar windows in explanations', () => {
  it('explains yesterday in the segment’s time zone, in English and German', () => {
    const s = segment(cal('day', 1, false), 'Europe/Berlin')
    const data = {
      entities: { user: [{ id: 'u' }], account: [] },
      events: [{ entity: 'user', entityId: 'u', event: 'purchased', time: Date.parse('2026-03-28T23:30:00Z') }],
    }
    const evaluator = createEvaluator(exampleCatalog, data)
    const explanation = evaluator.explain(s, 'u', { asOf: '2026-03-30T10:00:00Z' })
    expect(explanation.matched).toBe(true)
    const en = formatExplanation(explanation.tree, s, exampleCatalog)
    expect(JSON.stringify(en)).toContain('yesterday (Europe/Berlin)')
    const de = formatExplanation(explanation.tree, s, exampleCatalog, {
      messages: { explain: deExplainMessages, describe: deDescribeMessages },
    })
    expect(JSON.stringify(de)).toContain('gestern (Europe/Berlin)')
  })
})
