/**
 * Per-condition counts: every active node's own matches among the existing
 * entities, how many remain after it within its group (tree order), and the
 * funnel of each sequence. Each node runs once over the existing entities; the
 * group results are word-wise combinations of their children's sets.
 */
import { type NodeKind, requiredMatches } from '../model/segment.ts'
import { Bitset, filterMembers, forEachMember } from './bitset.ts'
import type { Pass } from './compile.ts'

/** The counts of one node of the segment (disabled nodes are left out). */
export interface NodeBreakdown {
  nodeId: string
  kind: NodeKind
  /** Id of the group it belongs to; absent for the root. */
  parentId?: string | undefined
  /** Existing entities the node matches on its own (a negated group: after its NOT). */
  matches: number
  /**
   * Within its group, in tree order: the entities that still match the group's children up to
   * and including this one (AND: all of them; OR: any of them). Absent for the root.
   */
  remaining?: number | undefined
  /**
   * Sequences: per step (in `steps` order), the entities whose events get past it. A negated
   * step without `maxGap` between two positive steps is decided with the next positive step,
   * so both show the same number; the last entry is the sequence's own `matches`.
   */
  funnel?: { stepId: string; entities: number }[] | undefined
}

/** Runs `pass` over `all` and records the counts of it and its descendants, in tree pre-order. */
export function breakdownOf(pass: Pass, all: Bitset, out: NodeBreakdown[], parentId?: string): Bitset {
  const node = pass.node
  const entry: NodeBreakdown = { nodeId: node.id, kind: node.kind, parentId, matches: 0 }
  out.push(entry)
  let bits: Bitset
  if (node.kind === 'group' && pass.children) {
    const isAnd = node.combinator === 'and'
    const atLeast = isAnd ? 1 : requiredMatches(node, pass.children.length)
    let acc = isAnd ? all.clone() : new Bitset(all.size)
    const held = atLeast > 1 ? new Int32Array(all.size) : undefined
    for (const child of pass.children) {
      const at = out.length
      const childBits = breakdownOf(child, all, out, node.id)
      if (held) {
        // "At least k": the entities that hold k of the children so far.
        forEachMember(childBits, (e) => held[e]!++)
        acc = filterMembers(all, (e) => held[e]! >= atLeast)
      } else acc = isAnd ? acc.and(childBits) : acc.or(childBits)
      out[at]!.remaining = acc.count()
    }
    bits = node.negated ? all.clone().andNot(acc) : acc
  } else if (node.kind === 'sequence' && pass.sequence) {
    const runner = pass.sequence
    const steps = node.steps
    const reached = new Int32Array(steps.length + 1)
    const scanned = runner.scan(all, reached)
    if (scanned) bits = scanned
    else {
      const result = new Bitset(all.size)
      forEachMember(all, (e) => {
        if (runner.match(e)) result.add(e)
        reached[runner.reached]!++
      })
      bits = result
    }
    // reached[j] entities got past exactly j steps: the funnel is the suffix sums.
    let past = 0
    const counts = new Array<number>(steps.length)
    for (let j = steps.length; j >= 1; j--) {
      past += reached[j]!
      counts[j - 1] = past
    }
    entry.funnel = steps.map((step, j) => ({ stepId: step.id, entities: counts[j]! }))
  } else {
    bits = pass.run(all)
  }
  entry.matches = bits.count()
  return bits
}
