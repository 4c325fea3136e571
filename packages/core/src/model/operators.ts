/**
 * Operators: which ones exist, which value each takes, and which are valid for
 * each property type. This table is the one place the UI, the validator, the
 * SQL compiler and the evaluator learn what an operator means.
 *
 * No zod here: the builder imports this table, and a module that builds a
 * schema at load time would bring zod into its bundle. The schemas built
 * from these lists live in `operator-schemas.ts`.
 */

/** Every property type, in the order a menu shows them. */
export const PROPERTY_TYPES = ['string', 'number', 'boolean', 'datetime', 'enum', 'string[]'] as const
/** The type of a catalog property: `string`, `number`, `boolean`, `datetime`, `enum` or `string[]`. */
export type PropertyType = (typeof PROPERTY_TYPES)[number]

/** Every operator of a property predicate. */
export const OPERATORS = [
  'eq',
  'neq',
  'lt',
  'lte',
  'gt',
  'gte',
  'between',
  'not_between',
  'in',
  'not_in',
  'contains',
  'not_contains',
  'starts_with',
  'ends_with',
  'is_true',
  'is_false',
  'before',
  'after',
  'within_last',
  'not_within_last',
  'within_next',
  'has_any',
  'has_all',
  'has_none',
  'is_set',
  'is_not_set',
] as const
/** Every operator of a property condition or an event filter; `operatorsFor` tells which apply to a property type. */
export type Operator = (typeof OPERATORS)[number]

/** The operators valid for each property type, in the order a menu shows them. */
export const OPERATORS_BY_TYPE: Readonly<Record<PropertyType, readonly Operator[]>> = {
  string: ['eq', 'neq', 'contains', 'not_contains', 'starts_with', 'ends_with', 'in', 'not_in', 'is_set', 'is_not_set'],
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between', 'not_between', 'in', 'not_in', 'is_set', 'is_not_set'],
  boolean: ['is_true', 'is_false', 'is_set', 'is_not_set'],
  datetime: ['before', 'after', 'between', 'within_last', 'not_within_last', 'within_next', 'is_set', 'is_not_set'],
  enum: ['eq', 'neq', 'in', 'not_in', 'is_set', 'is_not_set'],
  'string[]': ['has_any', 'has_all', 'has_none', 'is_set', 'is_not_set'],
}

/**
 * What value an operator takes, given the property type:
 * - `none`: no value (`is_set`, `is_true`)
 * - `scalar`: one value of the property's type (string, number, enum option)
 * - `list`: a non-empty array of values of the property's type
 * - `range`: `[min, max]` numbers, inclusive on both ends
 * - `date`: a DateValue
 * - `date_range`: `[from, to]` DateValues, half-open `[from, to)`
 * - `duration`: a Duration
 */
export type ValueShape = 'none' | 'scalar' | 'list' | 'range' | 'date' | 'date_range' | 'duration'

/** The shape of the value an operator takes for a property type (none, scalar, list, range, date, date range, duration). */
export function valueShape(operator: Operator, type: PropertyType): ValueShape {
  switch (operator) {
    case 'is_set':
    case 'is_not_set':
    case 'is_true':
    case 'is_false':
      return 'none'
    case 'eq':
    case 'neq':
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
    case 'contains':
    case 'not_contains':
    case 'starts_with':
    case 'ends_with':
      return 'scalar'
    case 'in':
    case 'not_in':
    case 'has_any':
    case 'has_all':
    case 'has_none':
      return 'list'
    case 'between':
    case 'not_between':
      return type === 'datetime' ? 'date_range' : 'range'
    case 'before':
    case 'after':
      return 'date'
    case 'within_last':
    case 'not_within_last':
    case 'within_next':
      return 'duration'
    default: {
      operator satisfies never
      throw new Error(`unknown operator ${String(operator)}`)
    }
  }
}

/**
 * Negative operators match entities whose value is missing (`neq`, `not_in`,
 * `not_contains`, `not_between`, `has_none`, `not_within_last`, `is_not_set`);
 * every other operator never matches a missing value.
 */
export const NEGATIVE_OPERATORS: ReadonlySet<Operator> = new Set<Operator>([
  'neq',
  'not_in',
  'not_contains',
  'not_between',
  'has_none',
  'not_within_last',
  'is_not_set',
])

/** Operators where a case-insensitive match (`ignoreCase`) is meaningful. */
export const CASE_OPERATORS: ReadonlySet<Operator> = new Set<Operator>([
  'eq',
  'neq',
  'in',
  'not_in',
  'contains',
  'not_contains',
  'starts_with',
  'ends_with',
])

/**
 * Whether `ignoreCase` means something for this type and operator: text
 * comparisons (`eq`, `contains`, `in`…) on `string` and `enum` properties, and the
 * membership tests of `string[]`. The one rule that validation, the SQL compiler,
 * the evaluator and the builder follow; elsewhere `ignoreCase` is flagged and ignored.
 */
export function caseFoldable(propertyType: PropertyType, operator: Operator): boolean {
  switch (propertyType) {
    case 'string':
    case 'enum':
      return CASE_OPERATORS.has(operator)
    case 'string[]':
      return operator === 'has_any' || operator === 'has_all' || operator === 'has_none'
    case 'number':
    case 'boolean':
    case 'datetime':
      return false
    default: {
      propertyType satisfies never
      return false
    }
  }
}

/** Every comparison of a number (an event measure, a related-entity count) with a threshold. */
export const COMPARISON_OPERATORS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between'] as const
/** A comparison of a number (an event measure, a related-entity count) with a threshold. */
export type Comparison = (typeof COMPARISON_OPERATORS)[number]

/**
 * The operators that compare a property with another property of the same entity (a
 * `PropertyReference` value), per type: order comparisons for numbers, `before` / `after` for
 * datetimes, equality for text and booleans. A list of texts compares with nothing.
 */
export const PROPERTY_REFERENCE_OPERATORS: Readonly<Record<PropertyType, readonly Operator[]>> = {
  string: ['eq', 'neq'],
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'],
  boolean: ['eq', 'neq'],
  datetime: ['before', 'after'],
  enum: ['eq', 'neq'],
  'string[]': [],
}

/** What a property type compares as, with another property: text (string and enum), number, datetime, boolean. */
export function comparableAs(propertyType: PropertyType): 'text' | 'number' | 'datetime' | 'boolean' | 'none' {
  switch (propertyType) {
    case 'string':
    case 'enum':
      return 'text'
    case 'number':
    case 'datetime':
    case 'boolean':
      return propertyType
    case 'string[]':
      return 'none'
    default: {
      propertyType satisfies never
      return 'none'
    }
  }
}
