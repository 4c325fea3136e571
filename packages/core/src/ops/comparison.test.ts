import { describe, expect, it } from 'vitest'
import { changeComparison } from './comparison.ts'

describe('changeComparison', () => {
  it('adds an upper bound equal to the value when switching to between', () => {
    expect(changeComparison({ comparison: 'eq', value: 3 }, 'between')).toEqual({
      comparison: 'between',
      value: 3,
      value2: 3,
    })
  })

  it('removes the upper bound when leaving between and keeps other fields', () => {
    const next = changeComparison({ type: 'count', comparison: 'between', value: 2, value2: 5 } as const, 'gte')
    expect(next).toEqual({ type: 'count', comparison: 'gte', value: 2 })
    expect('value2' in next).toBe(false)
  })
})
