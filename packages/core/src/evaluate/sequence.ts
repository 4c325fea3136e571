/**
 * Sequences, exactly and in linear time: is there a choice of positive step
 * events t1 < … < tk inside the window, within each step's max gap and the
 * overall `within`, with no negated step's event where it must not be?
 *
 * Step by step, each candidate event of step i keeps the latest possible start
 * t1 of a valid chain ending at it (a later start is always better for
 * `within`; nothing else depends on t1). Its predecessors are the step-(i-1)
 * candidates with `max(t - maxGap, last negated event before t) <= t' < t`; both
 * bounds only grow with t, so a monotonic deque gives the best start in O(1)
 * amortised. Negated steps with a max gap and trailing ones filter a step's
 * candidates with one forward pointer each. O(events × steps) per entity, no
 * allocation (scratch arrays grow once).
 */
import type { CatalogIndex } from '../catalog/index-catalog.ts'
import { type Calendar, UTC_CALENDAR } from '../model/calendar.ts'
import type { SequenceCondition } from '../model/conditions.ts'
import { durationMs } from '../model/time.ts'
import { type Bitset, filterMembers } from './bitset.ts'
import type { DataIndex } from './data-index.ts'
import type { EventSource } from './event.ts'
import { eventSetSource } from './event-set.ts'
import { firstAfter } from './search.ts'
import { windowBounds } from './window.ts'

interface NegatedStep {
  src: EventSource
  gap: number | undefined
  /** Index of the step in `node.steps`. */
  index: number
}

interface PositiveStep {
  src: EventSource
  gap: number | undefined
  index: number
  /** Negated steps that follow this positive step (before the next positive one). */
  after: NegatedStep[]
}

export interface SequenceRunner {
  /** Whether entity e completes the sequence. */
  match(e: number): boolean
  /** The step times of a completing choice (the one that ends earliest), or undefined. */
  trace(e: number): number[] | undefined
  /** After `match(e)`: how many steps (in `node.steps` order) e got past; `steps.length` when matched. */
  readonly reached: number
  /**
   * The members of `candidates` that complete the sequence in one loop over the columns, and with
   * `reached` the count per number of steps got past; null when this sequence cannot (use `match`).
   */
  scan(candidates: Bitset, reached: Int32Array | null): Bitset | null
}

export function compileSequence(
  node: SequenceCondition,
  catalog: CatalogIndex,
  data: DataIndex,
  asOf: number,
  /** The entity type the sequence is about (which events `{ any: true }` counts). */
  entity: string,
  calendar: Calendar = UTC_CALENDAR,
  /** The steps' sources when the caller prepares them (a keyed sequence's, sequence-keyed.ts). */
  sources?: readonly EventSource[],
): SequenceRunner {
  const positives: PositiveStep[] = []
  node.steps.forEach((step, index) => {
    const src = sources?.[index] ?? eventSetSource(catalog, data, step.event, entity, step.filters ?? [], asOf).src
    const gap = step.maxGap ? durationMs(step.maxGap) : undefined
    if (step.negated) positives[positives.length - 1]?.after.push({ src, gap, index })
    else positives.push({ src, gap, index, after: [] })
  })
  const bounds = windowBounds(node.window, asOf, calendar)
  const within = node.within ? durationMs(node.within) : undefined
  const k = positives.length
  const totalSteps = node.steps.length
  // Per transition s-1 → s: the negated steps without a max gap between them, and their scratch pointers.
  const betweenOf = positives.map((_, s) => (s === 0 ? [] : positives[s - 1]!.after.filter((n) => n.gap === undefined)))
  const ptrsOf = betweenOf.map((b) => new Array<number>(b.length).fill(0))
  const lastNegOf = betweenOf.map((b) => new Array<number>(b.length).fill(0))
  const state = { reached: 0, pending: false }

  let size = 64
  let curT = new Float64Array(size)
  let curS = new Float64Array(size)
  let curP = new Int32Array(size)
  let nxT = new Float64Array(size)
  let nxS = new Float64Array(size)
  let nxP = new Int32Array(size)
  let dq = new Int32Array(size)
  const ensure = (n: number) => {
    if (n <= size) return
    while (size < n) size *= 2
    const copy = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
      const b = make(size)
      b.set(a)
      return b
    }
    curT = copy(curT, (n) => new Float64Array(n))
    curS = copy(curS, (n) => new Float64Array(n))
    curP = copy(curP, (n) => new Int32Array(n))
    nxT = new Float64Array(size)
    nxS = new Float64Array(size)
    nxP = new Int32Array(size)
    dq = new Int32Array(size)
  }

  /**
   * Keeps the current candidates that no negated step after step `s` rules out; returns how
   * many remain and moves `reached` past the decided negated steps.
   */
  const filterAfter = (s: number, n: number, last: boolean, state: { reached: number; pending: boolean }) => {
    for (const neg of positives[s]!.after) {
      const src = neg.src
      if (neg.gap === undefined && !last) {
        // Decided with the next positive step (no such event between the two).
        state.pending = true
        continue
      }
      const times = src.block.times
      let kept = 0
      if (neg.gap === undefined) {
        // Trailing, no gap: none after the step up to asOf.
        const x = src.last()
        const lastNeg = x < 0 ? Number.NEGATIVE_INFINITY : times[x]!
        for (let c = 0; c < n; c++) {
          if (curT[c]! >= lastNeg) {
            curT[kept] = curT[c]!
            curS[kept] = curS[c]!
            curP[kept] = curP[c]!
            kept++
          }
        }
      } else {
        const gap = neg.gap
        // "Did not within N" is known only once N has passed: a later step must be at or before asOf − N.
        const latest = asOf - gap
        let ptr = src.lo
        const hi = src.hi
        for (let c = 0; c < n; c++) {
          const a = curT[c]!
          if (a > latest) continue
          while (ptr < hi && (times[ptr]! <= a || (src.filtered && !src.passes(ptr)))) ptr++
          if (ptr >= hi || times[ptr]! > a + gap) {
            curT[kept] = a
            curS[kept] = curS[c]!
            curP[kept] = curP[c]!
            kept++
          }
        }
      }
      n = kept
      if (n === 0) return 0
      if (!state.pending) state.reached = neg.index + 1
    }
    return n
  }

  // Without max gaps and negated steps, the earliest later event of each step is always the best
  // choice for a given first event (it leaves the most room for `within` and every later step), and
  // those choices only move forward as the first event does: one pointer per step.
  const greedy = positives.every((p) => p.gap === undefined && p.after.length === 0)
  const ptr = new Int32Array(k)
  const stepEnd = new Int32Array(k)
  const located = new Uint8Array(k)

  // Each step's events of the entity being scanned: `stepTimes[s]`, rows `[stepLo[s], stepHi[s])`.
  const stepTimes: Float64Array[] = positives.map(() => new Float64Array(0))
  const stepLo = new Int32Array(k)
  const stepHi = new Int32Array(k)

  /** The greedy scan of one entity's placed steps (`stepTimes`, `stepLo`, `stepHi`); sets `runner.reached`. */
  function greedyPlaced(): boolean {
    runner.reached = 0
    const first = positives[0]!.src
    const times0 = stepTimes[0]!
    const start = firstAfter(times0, stepLo[0]!, stepHi[0]!, bounds.lo, bounds.loIncluded)
    const end0 = firstAfter(times0, start, stepHi[0]!, bounds.hi, !bounds.hiIncluded)
    if (start === end0) return false
    located.fill(0)
    let best = 0
    for (let i = start; i < end0; i++) {
      if (first.filtered && !first.passes(i)) continue
      const t1 = times0[i]!
      if (best < 1) best = 1
      let t = t1
      let s = 1
      for (; s < k; s++) {
        const src = positives[s]!.src
        const stepT = stepTimes[s]!
        if (located[s] === 0) {
          // Only the window's end needs a search: every event after t is past the window's start.
          stepEnd[s] = firstAfter(stepT, stepLo[s]!, stepHi[s]!, bounds.hi, !bounds.hiIncluded)
          ptr[s] = firstAfter(stepT, stepLo[s]!, stepEnd[s]!, t)
          located[s] = 1
        }
        const end = stepEnd[s]!
        let p = ptr[s]!
        while (p < end && (stepT[p]! <= t || (src.filtered && !src.passes(p)))) p++
        ptr[s] = p
        if (p === end) break
        t = stepT[p]!
        if (within !== undefined && t - t1 > within) break
        if (best < s + 1) best = s + 1
      }
      if (s === k) {
        runner.reached = totalSteps
        return true
      }
      // Step s has no event after this first event's chain: no later first event gets further than s steps.
      if (located[s] === 1 && ptr[s] === stepEnd[s] && best >= s) break
    }
    runner.reached = best
    return false
  }

  function scanGreedy(e: number): boolean {
    runner.reached = 0
    if (k === 0) return false
    for (let s = 0; s < k; s++) {
      const src = positives[s]!.src
      src.locate(e)
      stepTimes[s] = src.block.times
      stepLo[s] = src.lo
      stepHi[s] = src.hi
    }
    return greedyPlaced()
  }

  /**
   * The greedy scan over a set in one loop over the bulk columns (no locate per entity); with
   * `reached`, `reached[j]` counts the candidates that got past exactly j steps. Null when a step
   * is filtered or has patched rows, or the sequence is not greedy.
   */
  function scanBulk(candidates: Bitset, reached: Int32Array | null): Bitset | null {
    if (!greedy || k === 0) return null
    const bulks = positives.map((p) => (p.src.filtered ? null : p.src.rows.bulk()))
    if (bulks.some((b) => b === null)) return null
    const starts = bulks.map((b) => b!.starts)
    const ends = bulks.map((b) => b!.ends)
    for (let s = 0; s < k; s++) stepTimes[s] = bulks[s]!.block.times
    return filterMembers(candidates, (e) => {
      for (let s = 0; s < k; s++) {
        const st = starts[s]!
        const inRange = e < st.length
        stepLo[s] = inRange ? st[e]! : 0
        stepHi[s] = inRange ? ends[s]![e]! : 0
      }
      const matched = greedyPlaced()
      if (reached) reached[runner.reached]!++
      return matched
    })
  }

  const runner = {
    reached: 0,
    match(e: number): boolean {
      return greedy ? scanGreedy(e) : scan(e, null)
    },
    scan: scanBulk,
    trace(e: number): number[] | undefined {
      const steps: { t: Float64Array; p: Int32Array; n: number }[] = []
      if (!scan(e, steps)) return undefined
      const times: number[] = new Array(k)
      let at = 0
      for (let s = k - 1; s >= 0; s--) {
        const step = steps[s]!
        times[s] = step.t[at]!
        at = step.p[at]!
      }
      return times
    },
  }

  function scan(e: number, trace: { t: Float64Array; p: Int32Array; n: number }[] | null): boolean {
    runner.reached = 0
    if (k === 0) return false
    state.reached = 0
    state.pending = false
    // Step 1: every matching event in the window starts a chain.
    const first = positives[0]!
    // Each step's events are located only when the scan gets there: most entities stop at step 1.
    first.src.locate(e)
    first.src.range(bounds)
    if (first.src.start === first.src.end) return false
    ensure(first.src.end - first.src.start)
    let n = 0
    {
      const src = first.src
      const times = src.block.times
      for (let i = src.start; i < src.end; i++) {
        if (src.filtered && !src.passes(i)) continue
        curT[n] = times[i]!
        curS[n] = times[i]!
        curP[n] = -1
        n++
      }
    }
    if (n === 0) return false
    state.reached = first.index + 1
    for (const neg of first.after) neg.src.at(e)
    n = filterAfter(0, n, k === 1, state)
    if (trace) trace.push({ t: curT.slice(0, n), p: curP.slice(0, n), n })
    for (let s = 1; s < k && n > 0; s++) {
      const step = positives[s]!
      const src = step.src
      src.locate(e)
      src.range(bounds)
      if (src.start === src.end) {
        n = 0
        break
      }
      for (const neg of step.after) neg.src.at(e)
      ensure(Math.max(n, src.end - src.start))
      const times = src.block.times
      const gap = step.gap
      const between = betweenOf[s]!
      const ptrs = ptrsOf[s]!
      const lastNeg = lastNegOf[s]!
      for (let q = 0; q < between.length; q++) {
        ptrs[q] = between[q]!.src.lo
        lastNeg[q] = Number.NEGATIVE_INFINITY
      }
      let head = 0
      let tail = 0
      let p = 0
      let m = 0
      for (let j = src.start; j < src.end; j++) {
        if (src.filtered && !src.passes(j)) continue
        const b = times[j]!
        // Predecessors strictly before b enter the deque (kept decreasing in start).
        while (p < n && curT[p]! < b) {
          while (tail > head && curS[dq[tail - 1]!]! <= curS[p]!) tail--
          dq[tail++] = p
          p++
        }
        let lower = gap === undefined ? Number.NEGATIVE_INFINITY : b - gap
        for (let q = 0; q < between.length; q++) {
          const neg = between[q]!.src
          const nt = neg.block.times
          let ptr = ptrs[q]!
          while (ptr < neg.hi && nt[ptr]! < b) {
            if (!neg.filtered || neg.passes(ptr)) lastNeg[q] = nt[ptr]!
            ptr++
          }
          ptrs[q] = ptr
          // No negated event strictly between the predecessor and b: the predecessor is at or after it.
          if (lastNeg[q]! > lower) lower = lastNeg[q]!
        }
        while (head < tail && curT[dq[head]!]! < lower) head++
        if (head === tail) continue
        const start = curS[dq[head]!]!
        if (within !== undefined && b - start > within) continue
        nxT[m] = b
        nxS[m] = start
        nxP[m] = dq[head]!
        m++
      }
      ;[curT, nxT] = [nxT, curT]
      ;[curS, nxS] = [nxS, curS]
      ;[curP, nxP] = [nxP, curP]
      n = m
      if (n === 0) break
      state.pending = false
      state.reached = step.index + 1
      n = filterAfter(s, n, s === k - 1, state)
      if (trace) trace.push({ t: curT.slice(0, n), p: curP.slice(0, n), n })
    }
    runner.reached = n > 0 ? totalSteps : state.reached
    return n > 0
  }

  return runner
}
