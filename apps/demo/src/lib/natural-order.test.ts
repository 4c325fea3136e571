import { describe, expect, it } from 'vitest'
import { firstInNaturalOrder } from './natural-order.ts'

describe('firstInNaturalOrder', () => {
  it('lists u2 before u10 and u100, as people read ids', () => {
    const ids = ['u1', 'u10', 'u100', 'u11', 'u2', 'u20', 'u3']
    expect(firstInNaturalOrder(ids, 4)).toEqual(['u1', 'u2', 'u3', 'u10'])
    expect(firstInNaturalOrder(ids, 20)).toEqual(['u1', 'u2', 'u3', 'u10', 'u11', 'u20', 'u100'])
  })

  it('agrees with a full natural sort on shuffled ids', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `acc_${(i * 7919) % 500}`)
    const sorted = [...ids].sort(new Intl.Collator('en', { numeric: true }).compare)
    expect(firstInNaturalOrder(ids, 20)).toEqual(sorted.slice(0, 20))
    expect(firstInNaturalOrder(ids, 0)).toEqual([])
  })
})
