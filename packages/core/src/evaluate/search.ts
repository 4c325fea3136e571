/** The evaluator's one binary search, over sorted numbers (times, `from`s) or ids (code-unit order) in an index range. */

/**
 * The first index in `[lo, hi)` whose value is after `t` (`> t`), or at or after it
 * (`>= t`) with `orEqual`; `hi` when there is none. `values` is sorted ascending in the range.
 */
export function firstAfter<T extends number | string>(
  values: ArrayLike<T>,
  lo: number,
  hi: number,
  t: T,
  orEqual = false,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const v = values[mid]!
    if (v < t || (!orEqual && v === t)) lo = mid + 1
    else hi = mid
  }
  return lo
}
