/**
 * "At least k of these n" over bitsets: how many of the children's results each
 * entity is in, kept when it reaches k. Used by group passes and the breakdown.
 */
import { Bitset, filterMembers, forEachMember } from './bitset.ts'

/** The members of `candidates` that are in at least `k` of `matched` (each a subset of candidates). */
export function atLeastOf(candidates: Bitset, matched: readonly Bitset[], k: number): Bitset {
  if (k > matched.length) return new Bitset(candidates.size)
  const counts = new Int32Array(candidates.size)
  for (const bits of matched) forEachMember(bits, (e) => counts[e]!++)
  return filterMembers(candidates, (e) => counts[e]! >= k)
}

/** Whether at least `k` of `tests` hold for `e`, stopping as soon as the answer is known. */
export function atLeastHolds(tests: readonly ((e: number) => boolean)[], e: number, k: number): boolean {
  let held = 0
  for (let i = 0; i < tests.length; i++) {
    if (tests[i]!(e)) held++
    if (held >= k) return true
    if (held + tests.length - 1 - i < k) return false
  }
  return held >= k
}
