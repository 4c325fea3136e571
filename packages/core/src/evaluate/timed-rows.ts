/**
 * Rows with a time, grouped by entity and sorted by time within each entity:
 * one event type's events, one property's history (`from`), one list's or
 * tag's memberships (`from`, with `to` as a column). The bulk is one block of
 * times and typed columns in entity order (CSR: entity e's rows at
 * `[offsets[e], offsets[e + 1])`, so a pass over entities reads memory in order);
 * an `append` writes each touched entity's merged rows (a patch) into one shared
 * arena block that grows by doubling, and the patches are folded into the bulk
 * once they grow past a quarter of it.
 */
import {
  allocate,
  type ColumnData,
  columnBytes,
  copyValue,
  type Dictionary,
  narrowCodes,
  type ValueKind,
} from './columns.ts'
import { firstAfter } from './search.ts'

export interface Block {
  readonly length: number
  readonly times: Float64Array
  readonly cols: ColumnData[]
}

/** Rows read from the caller's data, not yet placed: entity numbers, times and encoded values per column. */
export interface StagedRows {
  length: number
  entity: Int32Array
  time: Float64Array
  /** `values[c][row]`, encoded like the columns (same dictionaries). */
  values: ColumnData[]
}

/** Row offsets per entity. */
export type Offsets = Int32Array | Uint16Array

const EMPTY = new Int32Array(0)

/** The offsets in 16 bits when every one fits. */
function narrowOffsets(offsets: Int32Array): Offsets {
  return offsets.length > 0 && offsets[offsets.length - 1]! <= 0xffff ? Uint16Array.from(offsets) : offsets
}

export class TimedRows {
  private base: Block
  /**
   * Entity e's bulk rows are `[offsets[e], offsets[e + 1])` (for `e < offsets.length - 1`); 16-bit
   * when the block has fewer than 65,536 rows (most lists, tags and rare events).
   */
  private offsets: Offsets = EMPTY
  /**
   * Patched entities: their merged rows live in one shared arena block at
   * `[patchLo[e], patchHi[e])` (no typed array per entity); a re-patched entity's
   * old range becomes garbage, reclaimed by the next fold.
   */
  private patched = new Uint8Array(0)
  private patchLo = new Int32Array(0)
  private patchHi = new Int32Array(0)
  private arena: Block
  private arenaUsed = 0
  private patchCount = 0
  /** Rows in the arena (live and garbage): the fold threshold. */
  private patchedRows = 0
  /** The range of the last `locate`. */
  lo = 0
  hi = 0

  constructor(
    readonly kinds: readonly ValueKind[],
    readonly dicts: readonly (Dictionary | null)[],
  ) {
    this.base = this.block(0)
    this.arena = this.base
  }

  /** The bulk block with its code columns narrowed (it is only read until the next fold). */
  private narrowed(block: Block): Block {
    const cols = block.cols.map((col, c) => {
      const dict = this.dicts[c]
      return this.kinds[c] === 'code' && dict && col instanceof Int32Array ? narrowCodes(col, dict) : col
    })
    return { length: block.length, times: block.times, cols }
  }

  private block(n: number): Block {
    return { length: n, times: new Float64Array(n), cols: this.kinds.map((k) => allocate(k, n)) }
  }

  /**
   * The bulk block and its ranges when no entity is patched (entity e's rows are
   * `[starts[e], ends[e])` of it for `e < starts.length`, none beyond; views of the offsets), else null: for passes
   * that read the columns directly instead of calling `locate` per entity.
   */
  bulk(): { block: Block; starts: Offsets; ends: Offsets; latest: number } | null {
    if (this.patchCount !== 0) return null
    const n = Math.max(0, this.offsets.length - 1)
    return {
      block: this.base,
      starts: this.offsets.subarray(0, n),
      ends: this.offsets.subarray(1, n + 1),
      latest: this.latest(),
    }
  }

  /** The latest time of the bulk block (-Infinity when empty), found once per bulk block. */
  private latestTime: { of: Block; time: number } | null = null
  private latest(): number {
    const base = this.base
    if (this.latestTime?.of !== base) {
      let time = Number.NEGATIVE_INFINITY
      const times = base.times
      for (let i = 0; i < base.length; i++) if (times[i]! > time) time = times[i]!
      this.latestTime = { of: base, time }
    }
    return this.latestTime.time
  }

  /** The block holding entity `e`'s rows; their range is `[lo, hi)` afterwards. */
  locate(e: number): Block {
    if (e < this.patched.length && this.patched[e] === 1) {
      this.lo = this.patchLo[e]!
      this.hi = this.patchHi[e]!
      return this.arena
    }
    if (e + 1 < this.offsets.length) {
      this.lo = this.offsets[e]!
      this.hi = this.offsets[e + 1]!
    } else {
      this.lo = 0
      this.hi = 0
    }
    return this.base
  }

  /** Number of rows. */
  get size(): number {
    let n = this.base.length
    if (this.patchCount === 0) return n
    for (let e = 0; e < this.patched.length; e++) {
      if (this.patched[e] !== 1) continue
      n += this.patchHi[e]! - this.patchLo[e]!
      if (e + 1 < this.offsets.length) n -= this.offsets[e + 1]! - this.offsets[e]!
    }
    return n
  }

  /** Every row of every entity, in entity then time order. */
  forEachBlock(fn: (e: number, block: Block, lo: number, hi: number) => void, entities: number): void {
    for (let e = 0; e < entities; e++) {
      const b = this.locate(e)
      if (this.hi > this.lo) fn(e, b, this.lo, this.hi)
    }
  }

  bytes(): number {
    let n = this.offsets.byteLength + this.patched.byteLength + this.patchLo.byteLength + this.patchHi.byteLength
    const add = (b: Block) => {
      n += b.times.byteLength
      for (const c of b.cols) n += columnBytes(c)
    }
    add(this.base)
    if (this.arena !== this.base) add(this.arena)
    return n
  }

  /** Room for `n` more rows in the arena (doubling). */
  private reserve(n: number): void {
    const need = this.arenaUsed + n
    if (this.arena !== this.base && this.arena.times.length >= need) return
    const capacity = Math.max(need, this.arena === this.base ? 1024 : this.arena.times.length * 2)
    const next = this.block(capacity)
    if (this.arena !== this.base) {
      next.times.set(this.arena.times.subarray(0, this.arenaUsed))
      for (let c = 0; c < this.kinds.length; c++) {
        const from = this.arena.cols[c]!
        const to = next.cols[c]!
        if (Array.isArray(from)) for (let i = 0; i < this.arenaUsed; i++) (to as unknown[])[i] = from[i]
        else (to as Float64Array).set((from as Float64Array).subarray(0, this.arenaUsed))
      }
    }
    this.arena = next
  }

  private ensureEntities(entities: number): void {
    if (this.patched.length >= entities) return
    const size = Math.max(entities, this.patched.length * 2)
    const patched = new Uint8Array(size)
    patched.set(this.patched)
    const lo = new Int32Array(size)
    lo.set(this.patchLo)
    const hi = new Int32Array(size)
    hi.set(this.patchHi)
    this.patched = patched
    this.patchLo = lo
    this.patchHi = hi
  }

  /** Places the staged rows: a bulk build when empty, else patches (and a fold when they grow large). */
  add(staged: StagedRows, entities: number): void {
    if (staged.length === 0) return
    if (this.base.length === 0 && this.patchCount === 0) {
      this.build(staged, entities)
      return
    }
    // Group the new rows by entity (input order kept, then by time): a stable sort of row numbers.
    const order = Int32Array.from({ length: staged.length }, (_, r) => r).sort(
      (a, b) => staged.entity[a]! - staged.entity[b]! || staged.time[a]! - staged.time[b]! || a - b,
    )
    this.ensureEntities(entities)
    const { kinds } = this
    for (let k = 0; k < order.length; ) {
      const e = staged.entity[order[k]!]!
      let end = k + 1
      while (end < order.length && staged.entity[order[end]!] === e) end++
      const old = this.locate(e)
      const { lo, hi } = this
      const n = hi - lo + (end - k)
      this.reserve(n)
      // `reserve` may have moved the arena: read the old rows from where they are now.
      const from = old === this.base ? this.base : this.arena
      const block = this.arena
      // Merge: on equal times the rows already there come first. The old rows go over in runs
      // (one copy per column between two new rows), the new rows one by one.
      let i = lo
      let out = this.arenaUsed
      const at = out
      for (let j = k; j < end; j++) {
        const r = order[j]!
        const time = staged.time[r]!
        const stop = i < hi && from.times[hi - 1]! <= time ? hi : firstAfter(from.times, i, hi, time)
        copyRows(from, i, stop, block, out)
        out += stop - i
        i = stop
        block.times[out] = time
        for (let c = 0; c < kinds.length; c++) copyValue(kinds[c]!, staged.values[c]!, r, block.cols[c]!, out)
        out++
      }
      copyRows(from, i, hi, block, out)
      if (this.patched[e] !== 1) this.patchCount++
      this.patched[e] = 1
      this.patchLo[e] = at
      this.patchHi[e] = at + n
      this.arenaUsed = at + n
      this.patchedRows += n
      ;(block as { length: number }).length = this.arenaUsed
      k = end
    }
    if (this.patchedRows > (this.base.length >> 2) + 4096) this.fold(entities)
  }

  /** Rebuilds the bulk block from the bulk and the patches, entity by entity (CSR again). */
  private fold(entities: number): void {
    const offsets = new Int32Array(entities + 1)
    for (let e = 0; e < entities; e++) {
      this.locate(e)
      offsets[e + 1] = offsets[e]! + (this.hi - this.lo)
    }
    const block = this.block(offsets[entities]!)
    for (let e = 0; e < entities; e++) {
      const from = this.locate(e)
      const { lo, hi } = this
      if (hi === lo) continue
      copyRows(from, lo, hi, block, offsets[e]!)
    }
    this.base = this.narrowed(block)
    this.offsets = narrowOffsets(offsets)
    this.arena = this.base
    this.arenaUsed = 0
    this.patchCount = 0
    this.patched = new Uint8Array(0)
    this.patchLo = new Int32Array(0)
    this.patchHi = new Int32Array(0)
    this.patchedRows = 0
  }

  /**
   * The bulk build: a stable counting sort of the rows by entity (one gather per column, into
   * the narrowest array for codes), then a stable sort by time of each entity's rows that are
   * out of order.
   */
  private build(staged: StagedRows, entities: number): void {
    const rows = staged.length
    const { entity, time } = staged
    const offsets = new Int32Array(entities + 1)
    for (let r = 0; r < rows; r++) offsets[entity[r]! + 1]!++
    for (let e = 0; e < entities; e++) offsets[e + 1]! += offsets[e]!
    const fill = offsets.slice(0, entities)
    const order = new Int32Array(rows)
    for (let r = 0; r < rows; r++) order[fill[entity[r]!]!++] = r
    const times = new Float64Array(rows)
    for (let k = 0; k < rows; k++) times[k] = time[order[k]!]!
    for (let e = 0; e < entities; e++) {
      const a = offsets[e]!
      const b = offsets[e + 1]!
      for (let k = a + 1; k < b; k++) {
        if (times[k - 1]! > times[k]!) {
          const part = Array.from(order.subarray(a, b)).sort((x, y) => time[x]! - time[y]! || x - y)
          order.set(part, a)
          for (let j = a; j < b; j++) times[j] = time[order[j]!]!
          break
        }
      }
    }
    const cols = this.kinds.map((kind, c) => gather(kind, this.dicts[c] ?? null, staged.values[c]!, order))
    this.base = { length: rows, times, cols }
    this.arena = this.base
    this.offsets = narrowOffsets(offsets)
  }
}

/** The values of `from` at `order[0..)`, in a new column (codes in the narrowest array that holds the dictionary). */
function gather(kind: ValueKind, dict: Dictionary | null, from: ColumnData, order: Int32Array): ColumnData {
  const n = order.length
  if (kind === 'list') {
    const list = from as (readonly string[] | null)[]
    const to = new Array<readonly string[] | null>(n)
    for (let k = 0; k < n; k++) to[k] = list[order[k]!] ?? null
    return to
  }
  if (kind === 'num') {
    const values = from as Float64Array
    const to = new Float64Array(n)
    for (let k = 0; k < n; k++) to[k] = values[order[k]!]!
    return to
  }
  const codes = from as Int32Array | Int8Array
  const size = kind === 'code' && dict ? dict.values.length : 1
  const to = size <= 0x7f ? new Int8Array(n) : size <= 0x7fff ? new Int16Array(n) : new Int32Array(n)
  for (let k = 0; k < n; k++) to[k] = codes[order[k]!]!
  return to
}

/** Copies rows `[lo, hi)` of a block (times and every column) to `at..` of another. */
function copyRows(from: Block, lo: number, hi: number, to: Block, at: number): void {
  if (hi <= lo) return
  copyRange(from.times, lo, hi, to.times, at)
  for (let c = 0; c < from.cols.length; c++) copyRange(from.cols[c]!, lo, hi, to.cols[c]!, at)
}

/** Copies rows `[lo, hi)` of one column to `at..` of another of the same kind. */
function copyRange(from: ColumnData | Float64Array, lo: number, hi: number, to: ColumnData, at: number): void {
  if (Array.isArray(from)) {
    const list = to as (readonly string[] | null)[]
    for (let i = lo; i < hi; i++) list[at + i - lo] = from[i] ?? null
  } else if (hi - lo > 32) (to as Float64Array).set((from as Float64Array).subarray(lo, hi), at)
  else {
    const values = from as Float64Array
    const out = to as Float64Array
    for (let i = lo; i < hi; i++) out[at + i - lo] = values[i]!
  }
}
