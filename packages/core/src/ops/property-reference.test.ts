import { describe, expect, it } from 'vitest'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { changeOperator } from './operators.ts'
import { compareWithProperty, compareWithValue, referenceCandidates } from './property-reference.ts'

const props = exampleCatalog.entities.find((e) => e.id === 'user')!.properties
const def = (id: string) => props.find((p) => p.id === id)!

describe('editing a comparison with another property', () => {
  it('offers the properties of a compatible type, without the property itself', () => {
    expect(referenceCandidates(def('last_seen_at'), props).map((p) => p.id)).toEqual(['created_at'])
    expect(referenceCandidates(def('name'), props).map((p) => p.id)).toEqual([
      'email',
      'country',
      'plan',
      'account_id',
      // Computed properties that take a text value compare like stored text.
      'favorite_category',
      'last_viewed_product',
    ])
    expect(referenceCandidates(def('interests'), props)).toEqual([])
  })

  it('switches to the first candidate, keeping an operator that compares two properties', () => {
    const p = {
      id: 'c',
      kind: 'property',
      property: 'last_seen_at',
      operator: 'after',
      value: { type: 'ago', duration: { amount: 7, unit: 'day' } },
    } as const
    expect(compareWithProperty(p, def('last_seen_at'), props)).toEqual({
      ...p,
      value: { type: 'property', property: 'created_at' },
    })
    const within = { ...p, operator: 'within_last' as const }
    expect(compareWithProperty(within, def('last_seen_at'), props)?.operator).toBe('before')
    expect(compareWithProperty({ property: 'interests', operator: 'has_any' as const }, def('interests'), props)).toBe(
      undefined,
    )
  })

  it('switches back to a value: the default of the operator, or none to type (no invented 0 or empty text)', () => {
    const boolRef = {
      property: 'marketing_consent',
      operator: 'eq' as const,
      value: { type: 'property' as const, property: 'x' },
    }
    expect(compareWithValue(boolRef, def('marketing_consent'))).toEqual({
      property: 'marketing_consent',
      operator: 'is_true',
    })
    const numRef = { property: 'age', operator: 'gt' as const, value: { type: 'property' as const, property: 'ltv' } }
    expect(compareWithValue(numRef, def('age'))).toEqual({ property: 'age', operator: 'gt' })
  })

  it('keeps the reference when the operator changes to one that compares two properties, and drops it otherwise', () => {
    const ref = { type: 'property' as const, property: 'email' }
    expect(changeOperator({ property: 'name', operator: 'eq' as const, value: ref }, 'neq', def('name'))).toEqual({
      property: 'name',
      operator: 'neq',
      value: ref,
    })
    expect(changeOperator({ property: 'name', operator: 'eq' as const, value: ref }, 'contains', def('name'))).toEqual({
      property: 'name',
      operator: 'contains',
    })
  })
})
