import { describe, expect, it } from 'vitest'
import { indexCatalog } from '../catalog/index-catalog.ts'
import { OPERATORS_BY_TYPE, valueShape } from '../model/operators.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import { checkPredicate } from '../validate/check-predicate.ts'
import { changeOperator, changeProperty, defaultValueFor, operatorsFor } from './operators.ts'

const index = indexCatalog(exampleCatalog)
const plan = index.property('user', 'plan')!
const ltv = index.property('user', 'ltv')!
const email = index.property('user', 'email')!

describe('operator helpers', () => {
  it('offer only the operators of the property type', () => {
    expect(operatorsFor(plan)).toEqual(OPERATORS_BY_TYPE.enum)
    expect(operatorsFor(ltv)).toContain('between')
    expect(operatorsFor(email)).not.toContain('between')
  })

  it('give no invented value: a value the user must type is missing (value_missing), a time starts relative', () => {
    for (const property of exampleCatalog.entities[0]!.properties) {
      for (const operator of operatorsFor(property)) {
        const value = defaultValueFor(operator, property)
        const shape = valueShape(operator, property.type)
        const found = checkPredicate({ property: property.id, operator, value }, property, [], undefined).filter(
          (i) => i.severity === 'error',
        )
        const typed = shape === 'scalar' || shape === 'list' || shape === 'range'
        expect(value === undefined, `${property.id} ${operator}`).toBe(typed || shape === 'none')
        expect(
          found.map((i) => i.code),
          `${property.id} ${operator}`,
        ).toEqual(typed ? ['value_missing'] : [])
      }
    }
  })

  it('keep the value when the new operator takes the same shape, reset it otherwise', () => {
    const base = { property: 'ltv', operator: 'gt' as const, value: 42 }
    expect(changeOperator(base, 'lte', ltv)).toEqual({ property: 'ltv', operator: 'lte', value: 42 })
    expect(changeOperator(base, 'is_set', ltv)).toEqual({ property: 'ltv', operator: 'is_set' })
  })

  it('switching gte 5 to between gives a range from the current value, not the default [0, 100]', () => {
    const gte = { property: 'ltv', operator: 'gte' as const, value: 5 }
    expect(changeOperator(gte, 'between', ltv).value).toEqual([5, 100])
    expect(changeOperator({ ...gte, value: 250 }, 'between', ltv).value).toEqual([250, 500])
    expect(changeOperator({ ...gte, operator: 'lte' as const }, 'not_between', ltv).value).toEqual([0, 5])
    expect(changeOperator({ ...gte, value: -4 }, 'between', ltv).value).toEqual([-4, 0])
    // And back: the bound the operator names.
    const range = { property: 'ltv', operator: 'between' as const, value: [10, 20] as [number, number] }
    expect(changeOperator(range, 'gte', ltv).value).toBe(10)
    expect(changeOperator(range, 'lt', ltv).value).toBe(20)
    // Nothing to carry from is_set: no value (the user types the range).
    expect(
      changeOperator({ property: 'ltv', operator: 'is_set' as const, value: undefined }, 'between', ltv),
    ).not.toHaveProperty('value')
  })

  it('switching between one value and a list carries the value over', () => {
    expect(changeOperator({ property: 'plan', operator: 'eq' as const, value: 'pro' }, 'in', plan).value).toEqual([
      'pro',
    ])
    expect(
      changeOperator({ property: 'plan', operator: 'in' as const, value: ['team', 'pro'] }, 'neq', plan).value,
    ).toBe('team')
  })

  it('reset operator and value when the property type changes, keep them when it does not', () => {
    const base = { property: 'email', operator: 'contains' as const, value: 'acme', ignoreCase: true }
    expect(changeProperty(base, index.property('user', 'name')!, email)).toEqual({ ...base, property: 'name' })
    expect(changeProperty(base, ltv, email)).toEqual({ property: 'ltv', operator: 'eq' })
  })
})
