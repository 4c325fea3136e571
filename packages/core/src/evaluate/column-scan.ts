/**
 * Property passes as one loop over the columns: the members of a candidate set
 * whose stored value (or, with history, the latest change at or before an
 * instant) passes a column test, without a call per entity to locate its rows.
 */
import { Bitset } from './bitset.ts'
import type { ColumnData } from './columns.ts'
import type { ColumnTest } from './predicate.ts'
import type { TimedRows } from './timed-rows.ts'

/** The members of `candidates` whose value in `column` passes `test`. */
export function scanColumn(column: ColumnData, test: ColumnTest, candidates: Bitset): Bitset {
  const out = new Bitset(candidates.size)
  const w = candidates.words
  const o = out.words
  for (let k = 0; k < w.length; k++) {
    let word = w[k]!
    let kept = 0
    while (word !== 0) {
      const low = word & -word
      word ^= low
      if (test(column, (k << 5) + 31 - Math.clz32(low))) kept |= low
    }
    o[k] = kept
  }
  return out
}

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
      let ok: boolean
      if (a === z) ok = test(column, e)
      else {
        // The first change after t; the one before it is in force at t.
        let lo = a
        let hi = z
        while (lo < hi) {
          const mid = (lo + hi) >>> 1
          if (times[mid]! <= t) lo = mid + 1
          else hi = mid
        }
        ok = lo === a ? missing : test(values, lo - 1)
      }
      if (ok) kept |= low
    }
    o[k] = kept
  }
  return out
}
