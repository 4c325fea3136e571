/**
 * Property passes over history as one loop over the columns: the members of a
 * candidate set whose value at an instant (the latest change at or before it)
 * passes a column test, without a call per entity to locate its rows.
 */
import { Bitset } from './bitset.ts'
import type { ColumnData } from './columns.ts'
import type { ColumnTest } from './predicate.ts'
import { firstAfter } from './search.ts'
import type { TimedRows } from './timed-rows.ts'

/**
 * The members of `candidates` whose value at `t` passes `test`: the history row in force at
 * `t` (none: `missing`), or the column's value for an entity without history rows. Null when
 * the history has patched rows (use the per-entity test then).
 */
export function scanHistory(
  history: TimedRows,
  column: ColumnData,
  test: ColumnTest,
  missing: boolean,
  t: number,
  candidates: Bitset,
): Bitset | null {
  const bulk = history.bulk()
  if (!bulk) return null
  const { block, starts, ends } = bulk
  const times = block.times
  const values = block.cols[0]!
  const entities = starts.length
  const out = new Bitset(candidates.size)
  const w = candidates.words
  const o = out.words
  for (let k = 0; k < w.length; k++) {
    let word = w[k]!
    let kept = 0
    while (word !== 0) {
      const low = word & -word
      word ^= low
      const e = (k << 5) + 31 - Math.clz32(low)
      const a = e < entities ? starts[e]! : 0
      const z = e < entities ? ends[e]! : 0
      // The change in force at t: the one before the first change after t.
      const row = a === z ? -1 : firstAfter(times, a, z, t) - 1
      const ok = a === z ? test(column, e) : row < a ? missing : test(values, row)
      if (ok) kept |= low
    }
    o[k] = kept
  }
  return out
}
