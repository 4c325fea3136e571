/**
 * The predicate half of the authoring API: what can be said about one property,
 * typed by the property's definition. `prop('plan')` and an event's
 * `.where('amount')` both end in one of these; which methods exist, and which
 * values they take (enum options included), follows the property's type.
 */
import type { Operator } from '../model/operators.ts'
import type { PredicateValue } from '../model/predicate.ts'
import type { TimeUnit } from '../model/time.ts'
import { type DateInput, duration, toDateValue } from './time.ts'

/** What a predicate method produced: operator, value and case option, before it becomes a node. */
export interface PredicateSpec {
  /** The property's id. */
  property: string
  /** The operator. */
  operator: Operator
  /** The value, in the shape the operator takes (absent for `is_set`, `is_true`, …). */
  value?: PredicateValue | undefined
  /** Compare strings ignoring ASCII case. */
  ignoreCase?: boolean | undefined
}

/** Options of a string comparison. */
export interface CaseOptions {
  /** Compare ignoring ASCII case (default: case-sensitive). */
  ignoreCase?: boolean | undefined
}

/** `is set` / `is not set`, which every property type has. */
export interface PresencePredicate<R> {
  /** The property has a value. */
  isSet(): R
  /** The property has no value. */
  isNotSet(): R
}

/** Predicates on a `string` property. */
export interface StringPredicate<R> extends PresencePredicate<R> {
  /** Equal to `value`. */
  eq(value: string, options?: CaseOptions): R
  /** Not equal to `value` (matches a missing value). */
  neq(value: string, options?: CaseOptions): R
  /** Contains `value` (`%` and `_` are literal). */
  contains(value: string, options?: CaseOptions): R
  /** Does not contain `value` (matches a missing value). */
  notContains(value: string, options?: CaseOptions): R
  /** Starts with `value`. */
  startsWith(value: string, options?: CaseOptions): R
  /** Ends with `value`. */
  endsWith(value: string, options?: CaseOptions): R
  /** One of `values`. */
  in(values: readonly string[], options?: CaseOptions): R
  /** None of `values` (matches a missing value). */
  notIn(values: readonly string[], options?: CaseOptions): R
}

/** Predicates on a `number` property. */
export interface NumberPredicate<R> extends PresencePredicate<R> {
  /** Equal to `value`. */
  eq(value: number): R
  /** Not equal to `value` (matches a missing value). */
  neq(value: number): R
  /** Greater than `value`. */
  gt(value: number): R
  /** Greater than or equal to `value`. */
  gte(value: number): R
  /** Less than `value`. */
  lt(value: number): R
  /** Less than or equal to `value`. */
  lte(value: number): R
  /** Between `min` and `max`, both included. */
  between(min: number, max: number): R
  /** Outside `[min, max]` (matches a missing value). */
  notBetween(min: number, max: number): R
  /** One of `values`. */
  in(values: readonly number[]): R
  /** None of `values` (matches a missing value). */
  notIn(values: readonly number[]): R
}

/** Predicates on a `boolean` property. */
export interface BooleanPredicate<R> extends PresencePredicate<R> {
  /** The value is `true`. */
  isTrue(): R
  /** The value is `false`. */
  isFalse(): R
}

/** Predicates on a `datetime` property. */
export interface DatetimePredicate<R> extends PresencePredicate<R> {
  /** Before `date`. */
  before(date: DateInput): R
  /** After `date`. */
  after(date: DateInput): R
  /** In `[from, to)`. */
  between(from: DateInput, to: DateInput): R
  /** In the last `amount` `unit`s. */
  withinLast(amount: number, unit: TimeUnit): R
  /** Not in the last `amount` `unit`s (matches a missing value). */
  notWithinLast(amount: number, unit: TimeUnit): R
  /** In the next `amount` `unit`s. */
  withinNext(amount: number, unit: TimeUnit): R
}

/** Predicates on an `enum` property whose option values are `V`. */
export interface EnumPredicate<V extends string, R> extends PresencePredicate<R> {
  /** Equal to the option `value`. */
  eq(value: V): R
  /** Not equal to the option `value` (matches a missing value). */
  neq(value: V): R
  /** One of the options `values`. */
  in(values: readonly V[]): R
  /** None of the options `values` (matches a missing value). */
  notIn(values: readonly V[]): R
}

/** Predicates on a `string[]` property. */
export interface StringListPredicate<R> extends PresencePredicate<R> {
  /** Holds at least one of `values`. */
  hasAny(values: readonly string[]): R
  /** Holds every one of `values`. */
  hasAll(values: readonly string[]): R
  /** Holds none of `values` (matches a missing value). */
  hasNone(values: readonly string[]): R
}

/** Every predicate, for a property whose type is not known statically. */
export type AnyPredicate<R> = StringPredicate<R> &
  NumberPredicate<R> &
  BooleanPredicate<R> &
  DatetimePredicate<R> &
  StringListPredicate<R>

type OptionValue<P> = P extends { readonly options: readonly { readonly value: infer V extends string }[] } ? V : string

/** The predicates a property definition `P` allows, each producing `R`. */
export type PredicateFor<P, R> = P extends { readonly id: infer Id extends string }
  ? string extends Id
    ? AnyPredicate<R>
    : P extends { readonly type: 'string' }
      ? StringPredicate<R>
      : P extends { readonly type: 'number' }
        ? NumberPredicate<R>
        : P extends { readonly type: 'boolean' }
          ? BooleanPredicate<R>
          : P extends { readonly type: 'datetime' }
            ? DatetimePredicate<R>
            : P extends { readonly type: 'enum' }
              ? EnumPredicate<OptionValue<P>, R>
              : P extends { readonly type: 'string[]' }
                ? StringListPredicate<R>
                : never
  : never

type RangeValue = [number, number]

/** The run-time side of every predicate interface: each method hands a {@link PredicateSpec} to `finish`. */
export class Predicate<R> implements AnyPredicate<R> {
  readonly #property: string
  readonly #finish: (spec: PredicateSpec) => R
  constructor(property: string, finish: (spec: PredicateSpec) => R) {
    this.#property = property
    this.#finish = finish
  }
  #done(operator: Operator, value?: PredicateValue, options?: CaseOptions): R {
    const spec: PredicateSpec = { property: this.#property, operator }
    if (value !== undefined) spec.value = value
    if (options?.ignoreCase) spec.ignoreCase = true
    return this.#finish(spec)
  }
  isSet(): R {
    return this.#done('is_set')
  }
  isNotSet(): R {
    return this.#done('is_not_set')
  }
  isTrue(): R {
    return this.#done('is_true')
  }
  isFalse(): R {
    return this.#done('is_false')
  }
  eq(value: string | number, options?: CaseOptions): R {
    return this.#done('eq', value, options)
  }
  neq(value: string | number, options?: CaseOptions): R {
    return this.#done('neq', value, options)
  }
  contains(value: string, options?: CaseOptions): R {
    return this.#done('contains', value, options)
  }
  notContains(value: string, options?: CaseOptions): R {
    return this.#done('not_contains', value, options)
  }
  startsWith(value: string, options?: CaseOptions): R {
    return this.#done('starts_with', value, options)
  }
  endsWith(value: string, options?: CaseOptions): R {
    return this.#done('ends_with', value, options)
  }
  in(values: readonly string[] | readonly number[], options?: CaseOptions): R {
    return this.#done('in', [...values] as string[] | number[], options)
  }
  notIn(values: readonly string[] | readonly number[], options?: CaseOptions): R {
    return this.#done('not_in', [...values] as string[] | number[], options)
  }
  gt(value: number): R {
    return this.#done('gt', value)
  }
  gte(value: number): R {
    return this.#done('gte', value)
  }
  lt(value: number): R {
    return this.#done('lt', value)
  }
  lte(value: number): R {
    return this.#done('lte', value)
  }
  between(from: number | DateInput, to: number | DateInput): R {
    if (typeof from === 'number' && typeof to === 'number')
      return this.#done('between', [from, to] satisfies RangeValue)
    return this.#done('between', [toDateValue(from as DateInput), toDateValue(to as DateInput)])
  }
  notBetween(min: number, max: number): R {
    return this.#done('not_between', [min, max] satisfies RangeValue)
  }
  before(date: DateInput): R {
    return this.#done('before', toDateValue(date))
  }
  after(date: DateInput): R {
    return this.#done('after', toDateValue(date))
  }
  withinLast(amount: number, unit: TimeUnit): R {
    return this.#done('within_last', duration(amount, unit))
  }
  notWithinLast(amount: number, unit: TimeUnit): R {
    return this.#done('not_within_last', duration(amount, unit))
  }
  withinNext(amount: number, unit: TimeUnit): R {
    return this.#done('within_next', duration(amount, unit))
  }
  hasAny(values: readonly string[]): R {
    return this.#done('has_any', [...values])
  }
  hasAll(values: readonly string[]): R {
    return this.#done('has_all', [...values])
  }
  hasNone(values: readonly string[]): R {
    return this.#done('has_none', [...values])
  }
}
