/**
 * Property passes as one loop over the columns: the members of a candidate set
 * whose value at an instant (the latest change at or before it, for history)
 * passes a column test, without a call per entity to locate its rows; tests of
 * codes are read inline.
 */
import { Bitset, filterMembers } from './bitset.ts'
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
  const codes = test.codes
  const missingCode = test.missing === true
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
      if (a === z) {
        if (codes ? passesCode(column as Int32Array, e, codes, missingCode) : test(column, e)) kept |= low
        continue
      }
      // Most entities have one or two changes: look back from the last instead of searching.
      let row = z - 1
      if (times[row]! > t) row = z - a <= 4 ? lastAtOrBefore(times, a, row, t) : firstAfter(times, a, z, t) - 1
      const ok =
        row < a ? missing : codes ? passesCode(values as Int32Array, row, codes, missingCode) : test(values, row)
      if (ok) kept |= low
    }
    o[k] = kept
  }
  return out
}

/** Whether the code at `i` passes: its entry in `codes`, or `missing` for a missing value (-1). */
function passesCode(column: Int32Array, i: number, codes: Uint8Array, missing: boolean): boolean {
  const c = column[i]!
  return c < 0 ? missing : codes[c] === 1
}

/** The last row in `[a, row]` whose time is at or before `t`, or `a - 1`: a short backward walk. */
function lastAtOrBefore(times: Float64Array, a: number, row: number, t: number): number {
  while (row >= a && times[row]! > t) row--
  return row
}

/**
 * The members of `candidates` whose value in a plain column (one per entity) passes `test`; a
 * test of codes is read inline.
 */
export function scanColumn(column: ColumnData, test: ColumnTest, candidates: Bitset): Bitset {
  const codes = test.codes
  if (!codes) return filterMembers(candidates, (e) => test(column, e))
  const missing = test.missing === true
  const data = column as Int32Array
  return filterMembers(candidates, (e) => passesCode(data, e, codes, missing))
}
