/**
 * Sequences, exactly: is there a choice of positive step events t1 < … < tk
 * inside the window, within each step's max gap and the overall `within`,
 * such that no negated step's event falls where it must not? A depth-first
 * search with memoisation of dead ends; ties never chain.
 */
import type { CatalogIndex } from '../catalog/index-catalog.ts'
import type { EventRecord } from '../data/types.ts'
import type { SequenceCondition } from '../model/conditions.ts'
import { durationMs } from '../model/time.ts'
import type { EntityState } from './data-index.ts'
import { compileEventMatcher, countAtOrBefore, type EventMatcher, rangeOf } from './event.ts'
import { windowBounds } from './window.ts'

const NO_MATCH: SequenceMatch = { matched: false }

interface NegatedStep {
  matcher: EventMatcher
  gap: number | undefined
}

interface PositiveStep {
  matcher: EventMatcher
  gap: number | undefined
  /** Negated steps that follow this positive step (before the next positive one). */
  after: NegatedStep[]
}

export interface SequenceMatch {
  matched: boolean
  /** Times of the positive steps of the first match found. */
  times?: number[] | undefined
}

export function compileSequence(
  node: SequenceCondition,
  catalog: CatalogIndex,
  asOf: number,
): (state: EntityState) => SequenceMatch {
  const positives: PositiveStep[] = []
  for (const step of node.steps) {
    const matcher = compileEventMatcher(catalog, step.event, step.filters, asOf)
    const gap = step.maxGap ? durationMs(step.maxGap) : undefined
    if (step.negated) positives[positives.length - 1]?.after.push({ matcher, gap })
    else positives.push({ matcher, gap, after: [] })
  }
  const bounds = windowBounds(node.window, asOf)
  const within = node.within ? durationMs(node.within) : undefined
  // Without gaps and negated steps, a later event at a step leaves fewer choices after it: once an event fails,
  // every later one fails too, and the search can stop there (the earliest choices are the best ones).
  const monotone = positives.every((p, i) => (i === 0 || p.gap === undefined) && p.after.length === 0)

  return (state) => {
    // Step by step, stopping at the first step with no event in the window: most entities end here.
    // Events stay in the index's sorted lists; a step is the index range [from[i], to[i]) of its list.
    const lists: (readonly EventRecord[])[] = []
    const from: number[] = []
    const to: number[] = []
    for (const p of positives) {
      const events = p.matcher.events(state)
      const [start, end] = rangeOf(events, bounds)
      if (start === end) return NO_MATCH
      lists.push(events)
      from.push(start)
      to.push(end)
    }
    const negatives = positives.map((p) => p.after.map((n) => ({ gap: n.gap, events: n.matcher.events(state) })))

    /** No negated event after step i's time `t` where it must not be (next positive at `next`). */
    const negationsHold = (i: number, t: number, next: number | undefined): boolean => {
      for (const n of negatives[i]!) {
        // The first negated event strictly after t decides: sorted lists need one binary search.
        const x = n.events[countAtOrBefore(n.events, t)]?.time
        if (x === undefined) continue
        if (n.gap !== undefined ? x <= t + n.gap : next === undefined ? x <= asOf : x < next) return false
      }
      return true
    }

    const k = positives.length
    const chosen: number[] = new Array(k)
    // dead[i] holds indexes of step-i events from which no completion exists (for the current first event when
    // `within` applies); made on first use, as most entities never need one.
    let dead: (Set<number> | undefined)[] = []
    const search = (i: number, first: number): boolean => {
      const prev = chosen[i - 1]!
      const list = lists[i]!
      const gap = positives[i]!.gap
      // Ties do not chain: start after the last event at prev's time.
      for (let j = Math.max(from[i]!, countAtOrBefore(list, prev)); j < to[i]!; j++) {
        const t = list[j]!.time
        if (gap !== undefined && t - prev > gap) break
        if (within !== undefined && t - first > within) break
        if (!negationsHold(i - 1, prev, t)) break
        if (dead[i]?.has(j)) continue
        chosen[i] = t
        if (i === k - 1 ? negationsHold(i, t, undefined) : search(i + 1, first)) return true
        if (monotone) return false
        const set = dead[i] ?? new Set<number>()
        set.add(j)
        dead[i] = set
      }
      return false
    }
    const firsts = lists[0]!
    for (let j = from[0]!; j < to[0]!; j++) {
      if (within !== undefined && dead.length > 0) dead = []
      chosen[0] = firsts[j]!.time
      if (k === 1 ? negationsHold(0, chosen[0], undefined) : search(1, chosen[0])) {
        return { matched: true, times: [...chosen] }
      }
    }
    return NO_MATCH
  }
}
