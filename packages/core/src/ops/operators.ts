/**
 * Operator helpers for editors: which operators a property offers, a default
 * value for an operator, and changing operator or property while keeping the
 * value when it still fits.
 */
import type { PropertyDef } from '../catalog/schema.ts'
import {
  OPERATORS_BY_TYPE,
  type Operator,
  PROPERTY_REFERENCE_OPERATORS,
  type ValueShape,
  valueShape,
} from '../model/operators.ts'
import type { PredicateValue } from '../model/predicate.ts'
import { isPropertyReference } from '../model/property-reference.ts'
import { defaultDuration } from './defaults.ts'

/** The operators valid for a property, in menu order. */
export function operatorsFor(property: PropertyDef): readonly Operator[] {
  return OPERATORS_BY_TYPE[property.type]
}

/**
 * The value a predicate starts with for an operator on a property: none for a value the user must
 * give (a text, a number, an option, a list, a range: the predicate is then incomplete, and
 * validation says `value_missing`), a relative time for the time shapes, whose editors always show
 * one (`7 days ago`, `between 30 days ago and now`, `7 days`). Undefined also for operators that
 * take no value.
 */
export function defaultValueFor(operator: Operator, property: PropertyDef): PredicateValue | undefined {
  const shape = valueShape(operator, property.type)
  switch (shape) {
    case 'none':
    case 'scalar':
    case 'list':
    case 'range':
      return undefined
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

const UPPER_BOUNDS: ReadonlySet<Operator> = new Set<Operator>(['lt', 'lte'])

/** A number range around a bound: `gte 5` → `[5, 100]`, `lte 5` → `[0, 5]`, `gte 250` → `[250, 500]`. */
function rangeFrom(bound: number, upper: boolean): [number, number] {
  if (upper) return [bound > 0 ? 0 : bound < 0 ? bound * 2 : -100, bound]
  return [bound, bound >= 0 ? Math.max(100, bound * 2) : 0]
}

/**
 * The current value carried into another value shape, where it means something
 * there: a number bound becomes a range starting (or, for `lt`/`lte`, ending)
 * at it and a range gives back the bound; one value becomes a list of it and a
 * list gives back its first value. Undefined when nothing carries over.
 */
export function carryValue(
  from: { operator: Operator; value?: PredicateValue | undefined },
  operator: Operator,
  property: PropertyDef,
): PredicateValue | undefined {
  const before = shapeOf(from.operator, property)
  const after = shapeOf(operator, property)
  const value = from.value
  if (before === after) return value
  const upper = UPPER_BOUNDS.has(operator) || (before === 'scalar' && UPPER_BOUNDS.has(from.operator))
  if (before === 'scalar' && after === 'range' && typeof value === 'number') return rangeFrom(value, upper)
  if (before === 'range' && after === 'scalar' && Array.isArray(value) && value.length === 2) {
    const bound = upper ? value[1] : value[0]
    return typeof bound === 'number' ? bound : undefined
  }
  if (before === 'scalar' && after === 'list' && (typeof value === 'string' || typeof value === 'number'))
    return value === '' ? undefined : ([value] as PredicateValue)
  if (before === 'list' && after === 'scalar' && Array.isArray(value)) {
    const first = value[0]
    return typeof first === 'string' || typeof first === 'number' ? first : undefined
  }
  return undefined
}

/**
 * Switches the operator. The value is kept when the new operator takes the same
 * shape, carried over when it can be (`carryValue`: `gte 5` → `between 5
 * and 100`, `eq "pro"` → `in ["pro"]`), else the operator's default.
 */
export function changeOperator<T extends PredicateFields>(predicate: T, operator: Operator, property: PropertyDef): T {
  // A comparison with another property stays one where the new operator compares two properties.
  if (isPropertyReference(predicate.value)) {
    if (PROPERTY_REFERENCE_OPERATORS[property.type].includes(operator)) return { ...predicate, operator }
    const next = { ...predicate, operator, value: defaultValueFor(operator, property) }
    if (next.value === undefined) delete next.value
    return next
  }
  const value = carryValue(predicate, operator, property) ?? defaultValueFor(operator, property)
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
