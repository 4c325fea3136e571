/**
 * A predicate on one property: the shared part of a property condition, an
 * event-property filter and a sequence-step filter.
 */
import * as z from 'zod/mini'
import { OperatorSchema } from './operator-schemas.ts'
import type { Operator } from './operators.ts'
import { DateValueSchema, DurationSchema, OffsetSchema } from './time-schemas.ts'

/**
 * The right-hand side "another property of the same entity": `{ type: 'property', property }`, for
 * datetimes optionally shifted by a signed `offset` ("signed up + 7 days"). See `PropertyReference`.
 */
export const PropertyReferenceSchema = z.object({
  type: z.literal('property'),
  /** Property id in the catalog, of the same entity as the compared property. */
  property: z.string(),
  /** Datetimes only: added to the other property's value (negative: earlier). */
  offset: z.optional(OffsetSchema),
})

/**
 * A comparison with another property of the same entity instead of a value: `last_seen before
 * signed_up + 7 days`, `spend gt budget`, `first_name neq last_name`. Both properties are read at the
 * same instant (a condition's `at`, else asOf). The types must be compatible (number with number,
 * datetime with datetime, string or enum with string or enum, boolean with boolean) and the operator
 * one of `propertyReferenceOperators`; only datetimes take an `offset`. A missing value on either
 * side makes the comparison false (and `neq` true), as with any value.
 */
export type PropertyReference = z.infer<typeof PropertyReferenceSchema>

/**
 * The right-hand side "the same value as an earlier step's event had", in a sequence step's filter:
 * `{ type: 'step', step, property }` ("then bought the same product_id as step 1"). See `StepReference`.
 */
export const StepReferenceSchema = z.object({
  type: z.literal('step'),
  /** Id of an earlier positive step of the same sequence. */
  step: z.string().check(z.minLength(1)),
  /** Property id of that step's event. */
  property: z.string(),
})

/**
 * A sequence step's filter compared with a property of the event chosen for an earlier positive
 * step of the same chain: "viewed a product, then bought the same `product_id`". Equality only
 * (`eq`, case-sensitive); a missing value on either side never matches. All references of one
 * sequence name one shared key, and every positive step from the first referenced step on compares
 * with it (docs/semantics.md, Sequences: same value as an earlier step).
 */
export type StepReference = z.infer<typeof StepReferenceSchema>

/** Which value a predicate takes depends on its operator; see `valueShape`. */
export const PredicateValueSchema = z.union([
  PropertyReferenceSchema,
  StepReferenceSchema,
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.array(z.number()),
  z.tuple([z.number(), z.number()]),
  DateValueSchema,
  z.tuple([DateValueSchema, DateValueSchema]),
  DurationSchema,
])
/**
 * The value of a property condition or an event filter; its shape follows the operator (see
 * `valueShape`), or, on a property condition, a `PropertyReference` to another property.
 */
export type PredicateValue = z.infer<typeof PredicateValueSchema>

/** The fields shared by property conditions and event filters: `property`, `operator`, `value`, `ignoreCase`. */
export const PredicateFields = {
  /** Property id in the catalog (an entity property, or an event property for filters). */
  property: z.string(),
  operator: OperatorSchema,
  value: z.optional(PredicateValueSchema),
  /** Compare strings ignoring ASCII case. Default: case-sensitive. */
  ignoreCase: z.optional(z.boolean()),
}

/**
 * A predicate: a property compared by an operator with a value whose shape the
 * operator decides (`valueShape`). The one predicate type: property conditions,
 * event filters and step filters are predicates with more fields.
 */
export interface Predicate {
  /** Property id in the catalog (an entity property, or an event property for filters). */
  property: string
  operator: Operator
  value?: PredicateValue | undefined
  /** Compare text ignoring ASCII case (see `caseFoldable`). Default: case-sensitive. */
  ignoreCase?: boolean | undefined
}

/** A filter on an event's properties (all filters of an event must hold). */
export const EventFilterSchema = z.object({
  id: z.string().check(z.minLength(1)),
  ...PredicateFields,
})
/** A filter on an event’s property (same fields as a property condition). */
export type EventFilter = z.infer<typeof EventFilterSchema>
