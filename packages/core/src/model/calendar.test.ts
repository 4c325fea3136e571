import { describe, expect, it } from 'vitest'
import { type Calendar, calendarBounds, calendarOf, periodStart, periodStarts } from './calendar.ts'
import type { CalendarWindow } from './time.ts'

const at = (iso: string) => Date.parse(iso)
const iso = (ms: number) => new Date(ms).toISOString()
const zone = (timeZone: string, weekStart?: Calendar['weekStart']): Calendar => calendarOf({ timeZone, weekStart })
const win = (unit: CalendarWindow['unit'], complete: number, current: boolean): CalendarWindow => ({
  type: 'calendar',
  unit,
  complete,
  current,
})
/** The length in hours of the local day holding `t`. */
const dayHours = (c: Calendar, t: number) => (periodStart(c, t, 'day', 1) - periodStart(c, t, 'day')) / 3_600_000

describe('calendar days across daylight-saving changes', () => {
  it('given Europe/Berlin, the day clocks spring forward has 23 hours and the day they fall back 25', () => {
    const berlin = zone('Europe/Berlin')
    expect(iso(periodStart(berlin, at('2026-03-29T12:00:00Z'), 'day'))).toBe('2026-03-28T23:00:00.000Z')
    expect(dayHours(berlin, at('2026-03-29T12:00:00Z'))).toBe(23)
    expect(iso(periodStart(berlin, at('2026-10-25T12:00:00Z'), 'day'))).toBe('2026-10-24T22:00:00.000Z')
    expect(dayHours(berlin, at('2026-10-25T12:00:00Z'))).toBe(25)
    expect(dayHours(berlin, at('2026-07-01T12:00:00Z'))).toBe(24)
  })

  it('given America/New_York, the DST days are 23 and 25 hours long, starting at local midnight', () => {
    const ny = zone('America/New_York')
    expect(iso(periodStart(ny, at('2026-03-08T12:00:00Z'), 'day'))).toBe('2026-03-08T05:00:00.000Z')
    expect(dayHours(ny, at('2026-03-08T12:00:00Z'))).toBe(23)
    expect(iso(periodStart(ny, at('2026-11-01T12:00:00Z'), 'day'))).toBe('2026-11-01T04:00:00.000Z')
    expect(dayHours(ny, at('2026-11-01T12:00:00Z'))).toBe(25)
    // 03:30 UTC on Nov 1 is still Oct 31 in New York (EDT, -4).
    expect(iso(periodStart(ny, at('2026-11-01T03:30:00Z'), 'day'))).toBe('2026-10-31T04:00:00.000Z')
  })

  it('given Asia/Kolkata (+5:30), a day starts at 18:30 UTC the evening before', () => {
    const kolkata = zone('Asia/Kolkata')
    expect(iso(periodStart(kolkata, at('2026-11-23T18:29:59Z'), 'day'))).toBe('2026-11-22T18:30:00.000Z')
    expect(iso(periodStart(kolkata, at('2026-11-23T18:30:00Z'), 'day'))).toBe('2026-11-23T18:30:00.000Z')
  })

  it('given Australia/Lord_Howe (30-minute DST), the change days last 24.5 and 23.5 hours', () => {
    const lordHowe = zone('Australia/Lord_Howe')
    expect(iso(periodStart(lordHowe, at('2026-04-05T06:00:00Z'), 'day'))).toBe('2026-04-04T13:00:00.000Z')
    expect(dayHours(lordHowe, at('2026-04-05T06:00:00Z'))).toBe(24.5)
    expect(iso(periodStart(lordHowe, at('2026-10-04T06:00:00Z'), 'day'))).toBe('2026-10-03T13:30:00.000Z')
    expect(dayHours(lordHowe, at('2026-10-04T06:00:00Z'))).toBe(23.5)
  })
})

describe('calendar windows', () => {
  const berlin = zone('Europe/Berlin')
  const asOf = at('2026-11-18T12:00:00Z') // a Wednesday

  it('today and yesterday are local days, yesterday excluding today’s midnight', () => {
    expect(calendarBounds(win('day', 0, true), berlin, asOf)).toEqual({
      from: at('2026-11-17T23:00:00Z'),
      to: asOf,
      toIncluded: true,
    })
    expect(calendarBounds(win('day', 1, false), berlin, asOf)).toEqual({
      from: at('2026-11-16T23:00:00Z'),
      to: at('2026-11-17T23:00:00Z'),
      toIncluded: false,
    })
  })

  it('weeks start on Monday by default, on the segment’s weekStart otherwise', () => {
    expect(calendarBounds(win('week', 0, true), berlin, asOf).from).toBe(at('2026-11-15T23:00:00Z'))
    expect(calendarBounds(win('week', 0, true), zone('Europe/Berlin', 'sunday'), asOf).from).toBe(
      at('2026-11-14T23:00:00Z'),
    )
    expect(calendarBounds(win('week', 2, false), zone('Europe/Berlin', 'saturday'), asOf)).toEqual({
      from: at('2026-10-30T23:00:00Z'),
      to: at('2026-11-13T23:00:00Z'),
      toIncluded: false,
    })
  })

  it('the last 3 complete months run from August 1 to November 1, local midnights in summer and winter time', () => {
    expect(calendarBounds(win('month', 3, false), berlin, asOf)).toEqual({
      from: at('2026-07-31T22:00:00Z'),
      to: at('2026-10-31T23:00:00Z'),
      toIncluded: false,
    })
    expect(calendarBounds(win('month', 3, true), berlin, asOf)).toEqual({
      from: at('2026-07-31T22:00:00Z'),
      to: asOf,
      toIncluded: true,
    })
  })

  it('quarters and years start on their first local day', () => {
    expect(calendarBounds(win('quarter', 0, true), berlin, asOf).from).toBe(at('2026-09-30T22:00:00Z'))
    expect(calendarBounds(win('quarter', 1, false), berlin, asOf)).toEqual({
      from: at('2026-06-30T22:00:00Z'),
      to: at('2026-09-30T22:00:00Z'),
      toIncluded: false,
    })
    expect(calendarBounds(win('year', 0, true), berlin, asOf).from).toBe(at('2025-12-31T23:00:00Z'))
    expect(calendarBounds(win('year', 1, false), zone('UTC'), asOf)).toEqual({
      from: at('2025-01-01T00:00:00Z'),
      to: at('2026-01-01T00:00:00Z'),
      toIncluded: false,
    })
  })

  it('the periods of regularly are the current one and those before, newest first', () => {
    expect(periodStarts(zone('America/New_York'), at('2026-11-02T12:00:00Z'), 'day', 3).map(iso)).toEqual([
      '2026-11-02T05:00:00.000Z',
      '2026-11-01T04:00:00.000Z',
      '2026-10-31T04:00:00.000Z',
    ])
  })
})
