/**
 * Telling a comparison with another property from a value. No zod here: the builder imports this
 * module, and a module that builds a schema at load time would bring zod into its bundle.
 */
import type { PropertyReference } from './predicate.ts'

/** Whether a predicate's value is a reference to another property rather than a value. */
export function isPropertyReference(value: unknown): value is PropertyReference {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.hasOwn(value, 'type') &&
    (value as { type?: unknown }).type === 'property'
  )
}
