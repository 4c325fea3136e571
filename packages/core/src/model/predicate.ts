/**
 * A predicate on one property: the shared part of a property condition, an
 * event-property filter and a sequence-step filter.
 */
import * as z from 'zod/mini'
import { OperatorSchema } from './operator-schemas.ts'
import type { Operator } from './operators.ts'
import { DateValueSchema, DurationSchema } from './time-schemas.ts'

/** Which value a predicate takes depends on its operator; see `valueShape`. */
export const PredicateValueSchema = z.union([
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
/** The value of a property condition or an event filter; its shape follows the operator (see `valueShape`). */
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
