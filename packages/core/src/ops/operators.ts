/**
 * Operator helpers for editors: which operators a property offers, a default
 * value for an operator, and changing operator or property while keeping the
 * value when it still fits.
 */
import type { PropertyDef } from '../catalog/schema.ts'
import { OPERATORS_BY_TYPE, type Operator, type ValueShape, valueShape } from '../model/operators.ts'
import type { PredicateValue } from '../model/predicate.ts'
import { defaultDuration } from './defaults.ts'

/** The operators valid for a property, in menu order. */
export function operatorsFor(property: PropertyDef): readonly Operator[] {
  return OPERATORS_BY_TYPE[property.type]
}

/** A value of the right shape for an operator on a property (undefined when it takes none). */
export function defaultValueFor(operator: Operator, property: PropertyDef): PredicateValue | undefined {
  const shape = valueShape(operator, property.type)
  const first = property.options?.[0]?.value
  switch (shape) {
    case 'none':
      return undefined
    case 'scalar':
      return property.type === 'number' ? 0 : property.type === 'enum' ? (first ?? '') : ''
    case 'list':
      return property.type === 'number' ? [] : first !== undefined ? [first] : []
    case 'range':
      return [0, 100]
    case 'date':
      return { type: 'ago', duration: defaultDuration('relativeDate') }
    case 'date_range':
      return [
        { type: 'ago', duration: { amount: 30, unit: 'day' } },
        { type: 'ago', duration: { amount: 0, unit: 'day' } },
      ]
    case 'duration':
      return defaultDuration('relativeDate')
    default: {
      shape satisfies never
      throw new Error('unknown value shape')
    }
  }
}

function shapeOf(operator: Operator, property: PropertyDef): ValueShape {
  return valueShape(operator, property.type)
}

interface PredicateFields {
  property: string
  operator: Operator
  value?: PredicateValue | undefined
  ignoreCase?: boolean | undefined
}

/** Switches the operator, keeping the value when the new operator takes the same shape. */
export function changeOperator<T extends PredicateFields>(predicate: T, operator: Operator, property: PropertyDef): T {
  const keep = shapeOf(predicate.operator, property) === shapeOf(operator, property)
  const value = keep ? predicate.value : defaultValueFor(operator, property)
  const next = { ...predicate, operator, value }
  if (value === undefined) delete next.value
  return next
}

/** Switches the property; operator and value reset when the type changes. */
export function changeProperty<T extends PredicateFields>(
  predicate: T,
  property: PropertyDef,
  previous?: PropertyDef,
): T {
  if (previous && previous.type === property.type && (property.type !== 'enum' || previous.id === property.id)) {
    return { ...predicate, property: property.id }
  }
  const operator = operatorsFor(property)[0]!
  const value = defaultValueFor(operator, property)
  const next: T = { ...predicate, property: property.id, operator, value }
  if (value === undefined) delete next.value
  if (property.type !== 'string' && property.type !== 'enum' && property.type !== 'string[]') delete next.ignoreCase
  return next
}
