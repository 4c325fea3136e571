/**
 * The shared key of a sequence whose step filters compare with earlier steps ("then bought the
 * same product_id as step 1"). The equalities a positive step makes are transitive, so its
 * references and their targets form classes; segkit allows one class per sequence — one key, which
 * negated steps may compare with too (or, without positive references, one property that every
 * negated step's reference reads) — and then a chain exists exactly when it exists
 * among the events whose key has one value v, for some v: the evaluator scans per key value and the
 * SQL partitions by (entity, key). Zod-free and pure: validation, the evaluator and SQL read one plan.
 */
import type { SequenceCondition, SequenceStep } from './conditions.ts'
import type { EventFilter } from './predicate.ts'
import { isStepReference } from './property-reference.ts'

/** How the steps of a sequence take part in its shared key. */
export interface SequenceKeyPlan {
  /**
   * Per step (in `steps` order): the step's own event properties that must all equal the key; the
   * first is the one read. Empty when the step does not take part.
   */
  readonly keys: readonly (readonly string[])[]
  /** Per step: its filters other than step references (the ordinary value filters). */
  readonly filters: readonly (readonly EventFilter[])[]
  /** Index of the first step that takes part (a positive step), or -1 when there is no reference. */
  readonly anchor: number
  /**
   * Only negated steps compare with the key (one property of one step: "added p to cart, then did
   * not buy p"): the anchor's events without a value still start chains, in which the keyed negated
   * steps match nothing (a missing value never equals). Otherwise a positive step compares, and a
   * chain needs the key set.
   */
  readonly optional: boolean
}

/** Why a sequence's references cannot be planned; `filter` is the index in the step's filters. */
export type SequenceKeyProblem =
  | {
      kind: 'unknown_step' | 'not_earlier' | 'negated_target' | 'operator' | 'ignore_case'
      step: number
      filter: number
    }
  /** A second class of equal properties: a second key. */
  | { kind: 'second_key'; step: number; filter: number }
  /** A positive step that does not compare the key although a later step does (or a blocker before it does). */
  | { kind: 'run'; step: number }

/** A step of one event (not a set): the key of a step reference is a property of that event. */
export type SingleEventStep = Omit<SequenceStep, 'event'> & { event: string }

/** A sequence whose every step is one event, as a sequence with step references must be. */
export type SingleEventSequence = Omit<SequenceCondition, 'steps'> & { steps: SingleEventStep[] }

/** Whether every step of the sequence is one event (`anyOf` and `any` are sets). */
export function isSingleEventSequence(node: SequenceCondition): node is SingleEventSequence {
  return node.steps.every((s) => typeof s.event === 'string')
}

/** Whether any step filter of the sequence compares with an earlier step. */
export function hasStepReferences(steps: readonly SequenceStep[]): boolean {
  return steps.some((s) => (s.filters ?? []).some((f) => isStepReference(f.value)))
}

const nodeName = (step: number, property: string) => `${step}\u0000${property}`

/** The plan of a sequence's shared key and the problems that stop it (none: the plan is exact). */
export function planSequenceKey(steps: readonly SequenceStep[]): {
  plan: SequenceKeyPlan
  problems: SequenceKeyProblem[]
} {
  const problems: SequenceKeyProblem[] = []
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let r = x
    while (parent.get(r) !== r) r = parent.get(r)!
    parent.set(x, r)
    return r
  }
  const add = (x: string) => {
    if (!parent.has(x)) parent.set(x, x)
  }
  const indexOf = new Map<string, number>()
  steps.forEach((s, i) => {
    if (!indexOf.has(s.id)) indexOf.set(s.id, i)
  })
  // The valid references: positive steps' first (they make the key), then negated steps' (they read it).
  const refs: { step: number; filter: number; a: string; b: string }[] = []
  steps.forEach((step, i) => {
    ;(step.filters ?? []).forEach((f, fi) => {
      const ref = f.value
      if (!isStepReference(ref)) return
      const j = indexOf.get(ref.step)
      const at = { step: i, filter: fi }
      if (j === undefined) problems.push({ kind: 'unknown_step', ...at })
      else if (j >= i) problems.push({ kind: 'not_earlier', ...at })
      else if (steps[j]!.negated) problems.push({ kind: 'negated_target', ...at })
      else if (f.operator !== 'eq') problems.push({ kind: 'operator', ...at })
      else if (f.ignoreCase) problems.push({ kind: 'ignore_case', ...at })
      else refs.push({ ...at, a: nodeName(i, f.property), b: nodeName(j, ref.property) })
    })
  })
  const positiveRefs = refs.filter((r) => !steps[r.step]!.negated)
  for (const r of positiveRefs) {
    add(r.a)
    add(r.b)
    parent.set(find(r.a), find(r.b))
  }
  // With positive references the key is their class; with only negated ones, the one property they read.
  const root = positiveRefs.length > 0 ? find(positiveRefs[0]!.a) : refs[0]?.b
  const inKey = (name: string) => (positiveRefs.length > 0 ? parent.has(name) && find(name) === root : name === root)
  const members = new Set<string>()
  for (const r of refs) {
    const negated = steps[r.step]!.negated
    if ((negated && !inKey(r.b)) || (!negated && find(r.a) !== root)) {
      if (!problems.some((p) => p.kind === 'second_key'))
        problems.push({ kind: 'second_key', step: r.step, filter: r.filter })
      continue
    }
    members.add(r.a)
    members.add(r.b)
  }
  const keys: string[][] = steps.map(() => [])
  for (const name of members) {
    const cut = name.indexOf('\u0000')
    const list = keys[Number(name.slice(0, cut))]!
    const property = name.slice(cut + 1)
    if (!list.includes(property)) list.push(property)
  }
  const anchor = keys.findIndex((k) => k.length > 0)
  if (anchor >= 0) {
    const lastKeyed = keys.reduce((last, k, i) => (k.length > 0 ? i : last), -1)
    let blocked = false
    steps.forEach((step, i) => {
      if (i <= anchor) return
      const keyed = keys[i]!.length > 0
      if (step.negated) {
        // A "did not" between two steps that compares the key blocks per key: the next step must be keyed too.
        if (keyed && !step.maxGap) blocked = true
        return
      }
      if (!keyed && (i < lastKeyed || blocked)) problems.push({ kind: 'run', step: i })
      blocked = false
    })
  }
  const filters = steps.map((s) => (s.filters ?? []).filter((f) => !isStepReference(f.value)))
  return { plan: { keys, filters, anchor, optional: anchor >= 0 && positiveRefs.length === 0 }, problems }
}
