/**
 * Limits on everything in a segment that can grow: nesting, node count, steps,
 * filters, list values, periods, text length, durations. Validation enforces them
 * (`limit_exceeded`), so a valid segment can never make the evaluator or a
 * database run without bound. docs/semantics.md ("Limits") lists them.
 *
 * The counts can be changed per call (`ValidateOptions.limits`) up to the
 * hard ceilings of `SEGMENT_LIMIT_CEILINGS`; the longest duration is part of the
 * meaning of a segment (the SQL parameters and the evaluator's arithmetic rely on
 * it) and is fixed.
 */

/** The limits validation enforces; see `SEGMENT_LIMITS` for the defaults. */
export interface SegmentLimits {
  /** Deepest nesting of groups (the root is 1; a related condition's group counts one more). */
  maxDepth: number
  /** Most nodes (groups and conditions) in one segment. */
  maxNodes: number
  /** Most steps in one sequence. */
  maxSteps: number
  /** Most filters on one event condition or sequence step. */
  maxFilters: number
  /** Most values in one list value (`in`, `has_any`…). */
  maxListValues: number
  /** Most periods of a `regularly` form. */
  maxPeriods: number
  /** Longest text (UTF-16 code units) of any string: ids, names, values. */
  maxTextLength: number
}

/** The default limits. */
export const SEGMENT_LIMITS: Readonly<SegmentLimits> = {
  maxDepth: 12,
  maxNodes: 5000,
  maxSteps: 20,
  maxFilters: 50,
  maxListValues: 1000,
  maxPeriods: 1000,
  maxTextLength: 10_000,
}

/** How far each limit may be raised; a larger option is taken as the ceiling. */
export const SEGMENT_LIMIT_CEILINGS: Readonly<SegmentLimits> = {
  maxDepth: 64,
  maxNodes: 100_000,
  maxSteps: 100,
  maxFilters: 500,
  maxListValues: 100_000,
  maxPeriods: 10_000,
  maxTextLength: 1_000_000,
}

/** The longest duration anywhere in a segment: 10,000 years of 365 days (3.1536e14 ms). */
export const MAX_DURATION_MS = 10_000 * 365 * 86_400_000

/** The limits to enforce: the defaults, overridden by `overrides`, each kept within its ceiling. */
export function resolveLimits(overrides: Partial<SegmentLimits> = {}): SegmentLimits {
  const out = { ...SEGMENT_LIMITS }
  for (const key of Object.keys(SEGMENT_LIMITS) as (keyof SegmentLimits)[]) {
    const value = Object.hasOwn(overrides, key) ? overrides[key] : undefined
    if (typeof value === 'number' && Number.isFinite(value) && value >= 1) {
      out[key] = Math.min(Math.floor(value), SEGMENT_LIMIT_CEILINGS[key])
    }
  }
  return out
}
