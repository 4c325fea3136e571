/**
 * Value measures of computed properties, zod-free: the evaluator and the SQL compiler import this
 * module, and one that builds schemas at load time would bring zod into their bundles.
 */
import type { Measure } from '../model/conditions.ts'

/**
 * What a computed property takes from an event property's values instead of measuring a number
 * (Segment's computed traits); events without a value are skipped, and ties go to the smallest value
 * (numbers by size, text by Unicode code point):
 * - `most_frequent`: the value most events carry;
 * - `first` / `last`: the value of the earliest / latest event that has one;
 * - `unique_list`: the distinct values (a `string[]` property; of a string or enum event property).
 * Over no event with a value the property is missing.
 */
export interface ValueMeasure {
  fn: 'most_frequent' | 'first' | 'last' | 'unique_list'
  /** The event property whose values are taken. */
  property: string
}
/** The `fn` of a {@link ValueMeasure}. */
export type ValueMeasureFn = ValueMeasure['fn']

/** Whether a computed property's measure takes values (`first`, `unique_list`…) rather than a number. */
export function isValueMeasure(measure: Measure | ValueMeasure): measure is ValueMeasure {
  return (
    measure.fn === 'most_frequent' || measure.fn === 'first' || measure.fn === 'last' || measure.fn === 'unique_list'
  )
}
