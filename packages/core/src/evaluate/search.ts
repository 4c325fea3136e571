/**
 * The evaluator's binary search over sorted numbers (times, `from`s, offsets) in an index range.
 * Its twin over ids is `search-ids.ts`: two functions on purpose, since V8 keeps one set of type
 * feedback per function, so a search that also compared strings would make every time comparison
 * in the scans a generic one.
 */

/**
 * The first index in `[lo, hi)` whose value is after `t` (`> t`), or at or after it
 * (`>= t`) with `orEqual`; `hi` when there is none. `values` is sorted ascending in the range.
 */
export function firstAfter(values: ArrayLike<number>, lo: number, hi: number, t: number, orEqual = false): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const v = values[mid]!
    if (v < t || (!orEqual && v === t)) lo = mid + 1
    else hi = mid
  }
  return lo
}
