import { describe, expect, it } from 'vitest'
import type { Window } from '../model/time.ts'
import { changeWindowType } from './window.ts'

const NOW = Date.parse('2026-11-25T10:30:00Z')
const last7: Window = { type: 'last', duration: { amount: 7, unit: 'day' } }

describe('changeWindowType', () => {
  it('keeps the duration between "in the last" and "more than … ago"', () => {
    expect(changeWindowType(last7, 'before', NOW)).toEqual({ type: 'before', duration: { amount: 7, unit: 'day' } })
  })

  it('turns "in the last 7 days" into "between 14 and 7 days ago"', () => {
    expect(changeWindowType(last7, 'relative_range', NOW)).toEqual({
      type: 'relative_range',
      start: { amount: 14, unit: 'day' },
      end: { amount: 7, unit: 'day' },
    })
  })

  it('turns "in the last 7 days" into the absolute UTC days ending with today', () => {
    expect(changeWindowType(last7, 'between', NOW)).toEqual({
      type: 'between',
      from: '2026-11-19T00:00:00.000Z',
      to: '2026-11-26T00:00:00.000Z',
    })
  })

  it('drops the duration for "ever" and returns the same window for the same type', () => {
    expect(changeWindowType(last7, 'ever', NOW)).toEqual({ type: 'ever' })
    expect(changeWindowType(last7, 'last', NOW)).toBe(last7)
    expect(changeWindowType({ type: 'ever' }, 'last', NOW)).toEqual({
      type: 'last',
      duration: { amount: 30, unit: 'day' },
    })
  })
})
