/**
 * Property passes as one loop over the columns: the members of a candidate set
 * whose value at an instant (the latest change at or before it, for history)
 * passes a column test, without a call per entity to locate its rows. Tests of
 * codes (strings, enums, booleans: a table over the codes, the answer for a
 * missing value in front) and of number intervals are read inline, without a
 * branch on the value; only other tests (lists, negated number tests) are called
 * per entity. A word of candidates is tested slot by slot (entities in order, so
 * memory is read in order) and masked with the word; each array is read at its
 * own site, so that every site sees one kind of typed array.
 */
import { Bitset } from './bitset.ts'
import type { ColumnData } from './columns.ts'
import type { ColumnTest } from './predicate.ts'
import { firstAfter } from './search.ts'
import type { Offsets, TimedRows } from './timed-rows.ts'

/** A column of codes (strings, enums, booleans; -1 = missing). */
type Codes = Int8Array | Int16Array | Int32Array

const NO_CODES = new Int8Array(0)
const NO_NUMBERS = new Float64Array(0)

/** How a scan reads a test: a table of codes, an interval, or a call. */
const Read = { Codes: 0, Range: 1, Call: 2 } as const
type Read = (typeof Read)[keyof typeof Read]

/** The parts of a test a scan reads inline. */
interface Inline {
  read: Read
  /** 1 where code `c - 1` passes; entry 0 is the answer for a missing value (-1). */
  table: Uint8Array
  lo: number
  hi: number
}

function inline(test: ColumnTest): Inline {
  const { codes, range } = test
  // The bounds are always doubles (NaN when unused): one shape of object for every test.
  if (codes) {
    const table = new Uint8Array(codes.length + 1)
    table[0] = test.missing === true ? 1 : 0
    table.set(codes, 1)
    return { read: Read.Codes, table, lo: Number.NaN, hi: Number.NaN }
  }
  if (range) return { read: Read.Range, table: new Uint8Array(0), lo: range.lo, hi: range.hi }
  return { read: Read.Call, table: new Uint8Array(0), lo: Number.NaN, hi: Number.NaN }
}

/** 1 when `x` is in `[lo, hi]` (never for NaN), else 0. */
function within(x: number, lo: number, hi: number): number {
  return (x >= lo ? 1 : 0) & (x <= hi ? 1 : 0)
}

/** The last row in `[a, z)` whose time is at or before `t`, or `a - 1`; the last row usually is it. */
function rowAt(times: Float64Array, a: number, z: number, t: number): number {
  let row = z - 1
  if (times[row]! <= t) return row
  if (z - a > 4) return firstAfter(times, a, z, t) - 1
  while (row >= a && times[row]! > t) row--
  return row
}

/** History rows in entity order: entity e's at `[starts[e], ends[e])` of `times` and `values`. */
interface Rows {
  starts: Offsets
  ends: Offsets
  times: Float64Array
  values: ColumnData
  /** The latest time of any row: at or after it, every entity's last row is the one in force. */
  latest: number
}

const NO_ROWS: Rows = {
  starts: new Int32Array(0),
  ends: new Int32Array(0),
  times: NO_NUMBERS,
  values: NO_NUMBERS,
  latest: Number.NEGATIVE_INFINITY,
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
  const { block, starts, ends, latest } = bulk
  const rows = { starts, ends, times: block.times, values: block.cols[0]!, latest }
  return scan(rows, column, test, missing, t, candidates)
}

/** The members of `candidates` whose value in a plain column (one per entity) passes `test`. */
export function scanColumn(column: ColumnData, test: ColumnTest, candidates: Bitset): Bitset {
  return scan(NO_ROWS, column, test, false, 0, candidates)
}

function scan(
  rows: Rows,
  column: ColumnData,
  test: ColumnTest,
  missing: boolean,
  t: number,
  candidates: Bitset,
): Bitset {
  const { starts, ends, times, values } = rows
  const settled = t >= rows.latest
  const { read, table, lo, hi } = inline(test)
  const codeRows = read === Read.Codes ? (values as Codes) : NO_CODES
  const codeColumn = read === Read.Codes ? (column as Codes) : NO_CODES
  const numberRows = read === Read.Range ? (values as Float64Array) : NO_NUMBERS
  const numberColumn = read === Read.Range ? (column as Float64Array) : NO_NUMBERS
  const none = missing ? 1 : 0
  const size = candidates.size
  // Entities past the offsets have no rows.
  const entities = Math.min(starts.length, size)
  const out = new Bitset(size)
  const w = candidates.words
  const o = out.words
  for (let k = 0; k < w.length; k++) {
    const word = w[k]!
    if (word === 0) continue
    const base = k << 5
    const top = Math.min(base + 32, size)
    let kept = 0
    // One loop per kind of test, so that each reads its arrays at sites of their own.
    if (read === Read.Codes)
      for (let e = base; e < top; e++) {
        const a = e < entities ? starts[e]! : 0
        const z = e < entities ? ends[e]! : 0
        const row = a === z ? -1 : settled ? z - 1 : rowAt(times, a, z, t)
        kept |= (a === z ? table[codeColumn[e]! + 1]! : row < a ? none : table[codeRows[row]! + 1]!) << (e - base)
      }
    else if (read === Read.Range)
      for (let e = base; e < top; e++) {
        const a = e < entities ? starts[e]! : 0
        const z = e < entities ? ends[e]! : 0
        const row = a === z ? -1 : settled ? z - 1 : rowAt(times, a, z, t)
        const x = a === z ? numberColumn[e]! : row < a ? Number.NaN : numberRows[row]!
        kept |= (row < a && a !== z ? none : within(x, lo, hi)) << (e - base)
      }
    else
      for (let e = base; e < top; e++) {
        if (((word >>> (e - base)) & 1) === 0) continue
        const a = e < entities ? starts[e]! : 0
        const z = e < entities ? ends[e]! : 0
        const row = a === z ? -1 : settled ? z - 1 : rowAt(times, a, z, t)
        if (a === z ? test(column, e) : row < a ? missing : test(values, row)) kept |= 1 << (e - base)
      }
    o[k] = kept & word
  }
  return out
}
