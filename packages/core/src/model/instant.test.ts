import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isInstant, parseInstant } from './instant.ts'

describe('parseInstant', () => {
  it('reads a UTC instant, an offset and a fraction to the millisecond', () => {
    expect(parseInstant('2026-11-24T00:00:00Z')).toBe(Date.UTC(2026, 10, 24))
    expect(parseInstant('2026-11-24T09:30:00+05:30')).toBe(Date.UTC(2026, 10, 24, 4, 0))
    expect(parseInstant('2026-11-24T00:00:00-01:00')).toBe(Date.UTC(2026, 10, 24, 1))
    expect(parseInstant('2026-11-24T00:00:00.25Z')).toBe(Date.UTC(2026, 10, 24) + 250)
    expect(parseInstant('2026-11-24T00:00:00.123999Z')).toBe(Date.UTC(2026, 10, 24) + 123)
  })

  it('reads years before 100 as themselves, not as 19xx', () => {
    expect(new Date(parseInstant('0050-03-01T00:00:00Z') as number).getUTCFullYear()).toBe(50)
    expect(parseInstant('0000-01-01T00:00:00Z')).toBe(-62_167_219_200_000)
  })

  it("refuses what Date.parse reads loosely: '1', prose, a date alone, a missing offset", () => {
    for (const text of [
      '1',
      'March 7, 2026',
      '2026-03-07',
      '2026-11-21T12:00:00',
      '2026-11-21T12:00Z',
      '2026-11-21 12:00:00Z',
      '2026-11-21t12:00:00z',
      '+002026-11-21T12:00:00Z',
      '2026-11-21T12:00:00+0200',
      '2026-11-21T12:00:00+02',
      ' 2026-11-21T12:00:00Z',
      '2026-02-29T00:00:00Z',
      '2026-11-21T24:00:00Z',
      '2026-11-21T12:00:60Z',
      '2026-11-21T12:00:00+24:00',
    ]) {
      expect(parseInstant(text), text).toBeUndefined()
      expect(isInstant(text), text).toBe(false)
    }
  })

  it('gives the same answer in every host time zone, because it never reads local time', () => {
    // The host zone never enters: the result equals the UTC fields minus the offset.
    expect(parseInstant('2024-02-29T23:59:59+14:00')).toBe(Date.UTC(2024, 1, 29, 9, 59, 59))
  })

  it('takes a valid Date or finite epoch milliseconds, and refuses the rest', () => {
    expect(parseInstant(new Date(Date.UTC(2026, 0, 1)))).toBe(Date.UTC(2026, 0, 1))
    expect(parseInstant(0)).toBe(0)
    expect(parseInstant(new Date(Number.NaN))).toBeUndefined()
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 9e15, null, undefined, {}, [], 10n]) {
      expect(parseInstant(bad)).toBeUndefined()
    }
  })

  it('agrees with Date.parse on every strict instant, which both read the same way', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0')
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        (date, offset) => {
          const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 23)
          const sign = offset < 0 ? '-' : '+'
          const text = `${local}${sign}${pad(Math.floor(Math.abs(offset) / 60), 2)}:${pad(Math.abs(offset) % 60, 2)}`
          expect(parseInstant(text)).toBe(Date.parse(text))
          expect(parseInstant(text)).toBe(date.getTime())
        },
      ),
      { numRuns: 300 },
    )
  })
})
