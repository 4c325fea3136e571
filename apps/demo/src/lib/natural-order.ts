/**
 * Ids as people read them: `u2` before `u10` (numeric runs compared as numbers). The evaluator
 * sorts ids by UTF-16 code units (u1, u10, u100, u2), which is right for joins and wrong on screen.
 */
const collator = new Intl.Collator('en', { numeric: true })

/** The first `n` of `ids` in natural order, in one pass (no sort of the whole list). */
export function firstInNaturalOrder(ids: readonly string[], n: number): string[] {
  const first: string[] = []
  for (const id of ids) {
    if (first.length === n && collator.compare(id, first[n - 1]!) >= 0) continue
    let lo = 0
    let hi = first.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (collator.compare(first[mid]!, id) <= 0) lo = mid + 1
      else hi = mid
    }
    first.splice(lo, 0, id)
    if (first.length > n) first.pop()
  }
  return first
}
