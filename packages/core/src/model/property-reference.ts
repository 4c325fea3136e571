/**
 * Telling a comparison with another property, or with an earlier sequence step, from a value. No zod here: the builder imports this
 * module, and a module that builds a schema at load time would bring zod into its bundle.
 */
import type { PropertyReference, StepReference } from './predicate.ts'

/** Whether `value` is a plain object whose own `type` is `type`. */
function typed(value: unknown, type: string): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.hasOwn(value, 'type') &&
    (value as { type?: unknown }).type === type
  )
}

/** Whether a predicate's value is a reference to another property rather than a value. */
export function isPropertyReference(value: unknown): value is PropertyReference {
  return typed(value, 'property')
}

/** Whether a step filter's value is a reference to an earlier step's event property. */
export function isStepReference(value: unknown): value is StepReference {
  return typed(value, 'step')
}
