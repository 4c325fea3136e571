/**
 * Rows with a time, grouped by entity and sorted by time within each entity:
 * one event type's events, one property's history (`from`), one list's or
 * tag's memberships (`from`, with `to` as a column). The bulk is one block in
 * CSR form (offsets per dense entity number, then times and typed columns);
 * an `append` gives each touched entity its own merged block (a patch) and the
 * patches are folded into the bulk once they grow past a quarter of it.
 */
import type { DataValue } from '../data/types.ts'
import { allocate, type ColumnData, columnBytes, type Dictionary, type ValueKind, write } from './columns.ts'

export interface Block {
  readonly length: number
  readonly times: Float64Array
  readonly cols: ColumnData[]
}

/** Rows read from the caller's data, not yet placed: entity numbers, times and raw values per column. */
export interface StagedRows {
  entity: number[]
  time: number[]
  /** `values[c][row]`. */
  values: (DataValue | undefined)[][]
}

export function stagedRows(columns: number): StagedRows {
  return { entity: [], time: [], values: Array.from({ length: columns }, () => []) }
}

const EMPTY_OFFSETS = new Int32Array(1)

export class TimedRows {
  private base: Block
  private offsets: Int32Array = EMPTY_OFFSETS
  private patched = new Uint8Array(0)
  private readonly patches = new Map<number, Block>()
  private patchedRows = 0
  /** The range of the last `locate`. */
  lo = 0
  hi = 0

  constructor(
    readonly kinds: readonly ValueKind[],
    readonly dicts: readonly (Dictionary | null)[],
  ) {
    this.base = this.emptyBlock()
  }

  private emptyBlock(): Block {
    return { length: 0, times: new Float64Array(0), cols: this.kinds.map((k) => allocate(k, 0)) }
  }

  /** The block holding entity `e`'s rows; their range is `[lo, hi)` afterwards. */
  locate(e: number): Block {
    if (e < this.patched.length && this.patched[e] === 1) {
      const b = this.patches.get(e)!
      this.lo = 0
      this.hi = b.length
      return b
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
    for (const [e, b] of this.patches) {
      n += b.length
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
    let n = this.offsets.byteLength + this.patched.byteLength
    const add = (b: Block) => {
      n += b.times.byteLength
      for (const c of b.cols) n += columnBytes(c)
    }
    add(this.base)
    for (const b of this.patches.values()) add(b)
    return n
  }

  /** Places the staged rows: a bulk build when empty, else patches (and a fold when they grow large). */
  add(staged: StagedRows, entities: number): void {
    if (staged.entity.length === 0) return
    if (this.base.length === 0 && this.patches.size === 0) {
      this.build(staged, entities)
      return
    }
    // Group the new rows by entity (input order kept), then merge each entity's old and new rows.
    const byEntity = new Map<number, number[]>()
    for (let r = 0; r < staged.entity.length; r++) {
      const e = staged.entity[r]!
      const list = byEntity.get(e)
      if (list) list.push(r)
      else byEntity.set(e, [r])
    }
    if (this.patched.length < entities) {
      const next = new Uint8Array(Math.max(entities, this.patched.length * 2))
      next.set(this.patched)
      this.patched = next
    }
    for (const [e, rows] of byEntity) {
      const old = this.locate(e)
      const { lo, hi } = this
      rows.sort((a, b) => staged.time[a]! - staged.time[b]! || a - b)
      const n = hi - lo + rows.length
      const block: Block = { length: n, times: new Float64Array(n), cols: this.kinds.map((k) => allocate(k, n)) }
      // Merge: on equal times the rows already there come first.
      let i = lo
      let j = 0
      for (let out = 0; out < n; out++) {
        if (j >= rows.length || (i < hi && old.times[i]! <= staged.time[rows[j]!]!)) {
          block.times[out] = old.times[i]!
          for (let c = 0; c < this.kinds.length; c++) copyValue(this.kinds[c]!, old.cols[c]!, i, block.cols[c]!, out)
          i++
        } else {
          const r = rows[j]!
          block.times[out] = staged.time[r]!
          for (let c = 0; c < this.kinds.length; c++)
            write(this.kinds[c]!, block.cols[c]!, this.dicts[c] ?? null, out, staged.values[c]![r])
          j++
        }
      }
      if (this.patched[e] === 1) this.patchedRows -= hi - lo
      this.patches.set(e, block)
      this.patched[e] = 1
      this.patchedRows += n
    }
    if (this.patchedRows > (this.base.length >> 2) + 4096) this.fold(entities)
  }

  /** Rebuilds the bulk block from the bulk and the patches. */
  private fold(entities: number): void {
    const offsets = new Int32Array(entities + 1)
    for (let e = 0; e < entities; e++) {
      this.locate(e)
      offsets[e + 1] = offsets[e]! + (this.hi - this.lo)
    }
    const n = offsets[entities]!
    const block: Block = { length: n, times: new Float64Array(n), cols: this.kinds.map((k) => allocate(k, n)) }
    for (let e = 0; e < entities; e++) {
      const from = this.locate(e)
      let out = offsets[e]!
      for (let i = this.lo; i < this.hi; i++, out++) {
        block.times[out] = from.times[i]!
        for (let c = 0; c < this.kinds.length; c++) copyValue(this.kinds[c]!, from.cols[c]!, i, block.cols[c]!, out)
      }
    }
    this.base = block
    this.offsets = offsets
    this.patches.clear()
    this.patched = new Uint8Array(0)
    this.patchedRows = 0
  }

  /** The bulk build: a stable counting sort by entity, then a stable sort by time where a range is out of order. */
  private build(staged: StagedRows, entities: number): void {
    const rows = staged.entity.length
    const offsets = new Int32Array(entities + 1)
    for (let r = 0; r < rows; r++) offsets[staged.entity[r]! + 1]!++
    for (let e = 0; e < entities; e++) offsets[e + 1]! += offsets[e]!
    const fill = offsets.slice(0, entities)
    const order = new Int32Array(rows)
    for (let r = 0; r < rows; r++) order[fill[staged.entity[r]!]!++] = r
    const time = staged.time
    for (let e = 0; e < entities; e++) {
      const a = offsets[e]!
      const b = offsets[e + 1]!
      for (let k = a + 1; k < b; k++) {
        if (time[order[k - 1]!]! > time[order[k]!]!) {
          const part = Array.from(order.subarray(a, b)).sort((x, y) => time[x]! - time[y]! || x - y)
          order.set(part, a)
          break
        }
      }
    }
    const block: Block = { length: rows, times: new Float64Array(rows), cols: this.kinds.map((k) => allocate(k, rows)) }
    for (let k = 0; k < rows; k++) block.times[k] = time[order[k]!]!
    for (let c = 0; c < this.kinds.length; c++) {
      const kind = this.kinds[c]!
      const col = block.cols[c]!
      const dict = this.dicts[c] ?? null
      const values = staged.values[c]!
      for (let k = 0; k < rows; k++) write(kind, col, dict, k, values[order[k]!])
    }
    this.base = block
    this.offsets = offsets
  }
}

function copyValue(kind: ValueKind, from: ColumnData, i: number, to: ColumnData, j: number): void {
  if (kind === 'list') (to as (readonly string[] | null)[])[j] = (from as (readonly string[] | null)[])[i] ?? null
  else (to as Float64Array)[j] = (from as Float64Array)[i]!
}
