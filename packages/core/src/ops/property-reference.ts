/**
 * Editing a comparison with another property (`PropertyReference`): which
 * properties a property can be compared with, and switching a predicate
 * between "a value" and "another property" with an operator that fits.
 */
import type { PropertyDef } from '../catalog/schema.ts'
import { comparableAs, OPERATORS_BY_TYPE, type Operator, PROPERTY_REFERENCE_OPERATORS } from '../model/operators.ts'
import type { PredicateValue, PropertyReference } from '../model/predicate.ts'
import { defaultValueFor } from './operators.ts'

interface PredicateFields {
  property: string
  operator: Operator
  value?: PredicateValue | undefined
  ignoreCase?: boolean | undefined
}

/** The properties among `properties` that `property` can be compared with (compatible types, itself left out), in their order. */
export function referenceCandidates(property: PropertyDef, properties: readonly PropertyDef[]): PropertyDef[] {
  const kind = comparableAs(property.type)
  if (kind === 'none' || PROPERTY_REFERENCE_OPERATORS[property.type].length === 0) return []
  return properties.filter((p) => p.id !== property.id && comparableAs(p.type) === kind)
}

/**
 * The predicate compared with another property instead of a value: the operator is kept where it
 * compares two properties, else the first that does (`eq`, `before`); the other property is the
 * first candidate. Undefined when no property compares with this one.
 */
export function compareWithProperty<T extends PredicateFields>(
  predicate: T,
  property: PropertyDef,
  properties: readonly PropertyDef[],
): T | undefined {
  const other = referenceCandidates(property, properties)[0]
  const operators = PROPERTY_REFERENCE_OPERATORS[property.type]
  if (!other) return undefined
  const operator = operators.includes(predicate.operator) ? predicate.operator : operators[0]!
  const value: PropertyReference = { type: 'property', property: other.id }
  return { ...predicate, operator, value }
}

/** The predicate compared with a value again: the operator kept where the type offers it, and its default value. */
export function compareWithValue<T extends PredicateFields>(predicate: T, property: PropertyDef): T {
  const operators = OPERATORS_BY_TYPE[property.type]
  const operator = operators.includes(predicate.operator) ? predicate.operator : operators[0]!
  const value = defaultValueFor(operator, property)
  const next = { ...predicate, operator, value }
  if (value === undefined) delete next.value
  return next
}
