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
    // `n` is a page of rows (20): a step back from the end finds the place.
    let at = first.length
    while (at > 0 && collator.compare(first[at - 1]!, id) > 0) at--
    first.splice(at, 0, id)
    if (first.length > n) first.pop()
  }
  return first
}
