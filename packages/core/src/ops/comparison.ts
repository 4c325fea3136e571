/** Editing a number compared with a threshold (an event measure, a related-entity count). */
import type { Comparison } from '../model/operators.ts'

/** The comparisons in menu order. */
export const COMPARISONS: readonly Comparison[] = ['gte', 'gt', 'eq', 'neq', 'lte', 'lt', 'between']

interface Compared {
  comparison: Comparison
  value: number
  value2?: number | undefined
}

/**
 * Switches the comparison. To `between`, the upper bound starts at the current
 * value (an interval of one value, so the meaning of `eq` is kept); away from
 * `between`, the upper bound is removed.
 */
export function changeComparison<T extends Compared>(compared: T, comparison: Comparison): T {
  if (compared.comparison === comparison) return compared
  const next: T = { ...compared, comparison }
  if (comparison === 'between') next.value2 = compared.value2 ?? compared.value
  else delete next.value2
  return next
}
