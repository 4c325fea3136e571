/**
 * Cross-step references for the segment arbitrary: given generated steps (ids not yet assigned) and
 * random choices, makes the positive steps from an anchor on compare a property with the anchor's
 * (while their events have one of the same kind), and some negated steps among them too, always in a
 * form validation accepts (one key; no keyed step after a positive step without it; a keyed blocker
 * only before a keyed step). A reference names its step as `#<index>`; `assignIds` resolves it.
 */
import type { CatalogIndex } from '../catalog/index-catalog.ts'
import type { PropertyDef } from '../catalog/schema.ts'
import type { SequenceStep } from '../model/conditions.ts'
import { comparableAs } from '../model/operators.ts'
import { isStepReference } from '../model/property-reference.ts'

/** The random choices: which positive step anchors the key, and a coin per later step. */
export interface StepReferenceChoice {
  anchor: number
  coins: readonly boolean[]
}

const keyKind = (def: PropertyDef) => {
  const kind = comparableAs(def.type)
  return kind === 'text' || kind === 'number' || kind === 'boolean' ? kind : undefined
}

export function withStepReferences(
  steps: SequenceStep[],
  choice: StepReferenceChoice,
  index: CatalogIndex,
): SequenceStep[] {
  // Step references need each step to be one event (validation: step_reference_event_set).
  if (steps.some((s) => typeof s.event !== 'string')) return steps
  const eventOf = (s: SequenceStep): string => (typeof s.event === 'string' ? s.event : '')
  const positives = steps.flatMap((s, i) => (s.negated ? [] : [i]))
  const a = positives[choice.anchor % positives.length]!
  const keyable = (index.event(eventOf(steps[a]!))?.properties ?? []).filter((p) => keyKind(p) !== undefined)
  if (keyable.length === 0) return steps
  const key = keyable[(choice.coins[0] ? 1 : 0) % keyable.length]!
  const kind = keyKind(key)
  /** A property of the step's event that compares with the key: the same id when it has one. */
  const partner = (step: SequenceStep) => {
    const props = (index.event(eventOf(step))?.properties ?? []).filter((p) => keyKind(p) === kind)
    return props.find((p) => p.id === key.id) ?? props[0]
  }
  const out = steps.map((s) => ({ ...s, filters: [...s.filters] }))
  const refer = (i: number, property: PropertyDef) => {
    out[i]!.filters.push({
      id: '',
      property: property.id,
      operator: 'eq',
      value: { type: 'step', step: `#${a}`, property: key.id },
    })
  }
  // Positive steps after the anchor take the key until the first one whose event has no partner.
  let end = out.length
  for (let i = a + 1; i < out.length; i++) {
    if (out[i]!.negated) continue
    const p = partner(out[i]!)
    if (!p) {
      end = i
      break
    }
    refer(i, p)
  }
  // Negated steps inside the keyed run: on a coin; a blocker (no gap) only when a keyed step follows or none does.
  for (let i = a + 1; i < end; i++) {
    const step = out[i]!
    if (!step.negated || !choice.coins[i % choice.coins.length]) continue
    const p = partner(step)
    if (!p) continue
    const nextPositive = out.findIndex((s, j) => j > i && !s.negated)
    if (step.maxGap || nextPositive === -1 || nextPositive < end) refer(i, p)
  }
  // A negated step only: if no positive step took the key, at least one reference must exist to be worth it.
  return out.some((s) => s.filters.some((f) => isStepReference(f.value))) ? out : steps
}
