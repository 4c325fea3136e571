/**
 * The binary search over sorted ids (code-unit order): `firstAfter` (search.ts) for strings, kept a
 * function of its own so that the one over numbers keeps number-only type feedback. Internal.
 */

/** The first index in `[lo, hi)` whose id is at or after `id` (code units); `hi` when there is none. */
export function firstIdFrom(ids: readonly string[], lo: number, hi: number, id: string): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (ids[mid]! < id) lo = mid + 1
    else hi = mid
  }
  return lo
}
