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

  it('give a default value that passes validation for every operator of every user property', () => {
    for (const property of exampleCatalog.entities[0]!.properties) {
      for (const operator of operatorsFor(property)) {
        const value = defaultValueFor(operator, property)
        const found = checkPredicate({ property: property.id, operator, value }, property, [], undefined).filter(
          (i) => i.severity === 'error' && i.code !== 'empty_list',
        )
        expect(found, `${property.id} ${operator}`).toEqual([])
        expect(value === undefined).toBe(valueShape(operator, property.type) === 'none')
      }
    }
  })

  it('keep the value when the new operator takes the same shape, reset it otherwise', () => {
    const base = { property: 'ltv', operator: 'gt' as const, value: 42 }
    expect(changeOperator(base, 'lte', ltv)).toEqual({ property: 'ltv', operator: 'lte', value: 42 })
    expect(changeOperator(base, 'between', ltv)).toEqual({ property: 'ltv', operator: 'between', value: [0, 100] })
    expect(changeOperator(base, 'is_set', ltv)).toEqual({ property: 'ltv', operator: 'is_set' })
  })

  it('reset operator and value when the property type changes, keep them when it does not', () => {
    const base = { property: 'email', operator: 'contains' as const, value: 'acme', ignoreCase: true }
    expect(changeProperty(base, index.property('user', 'name')!, email)).toEqual({ ...base, property: 'name' })
    expect(changeProperty(base, ltv, email)).toEqual({ property: 'ltv', operator: 'eq', value: 0 })
  })
})
