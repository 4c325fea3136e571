/**
 * Editing a comparison with an earlier sequence step (`StepReference`): which (step, property) pairs
 * a step filter can compare with — the earlier positive steps' event properties of a type that
 * compares with the filter's (text, number, boolean) — and switching a filter to one of them.
 */
import type { CatalogIndex } from '../catalog/index-catalog.ts'
import type { PropertyDef } from '../catalog/schema.ts'
import type { SequenceStep } from '../model/conditions.ts'
import { comparableAs } from '../model/operators.ts'
import type { EventFilter, StepReference } from '../model/predicate.ts'

/** An earlier step's property that a step filter can compare with. */
export interface StepReferenceCandidate {
  /** The earlier step. */
  step: SequenceStep
  /** Its 0-based place in the sequence. */
  index: number
  /** Its event (a referenced step is one event). */
  event: string
  /** The property of its event. */
  property: PropertyDef
}

const keyable = (def: PropertyDef) => {
  const kind = comparableAs(def.type)
  return kind === 'text' || kind === 'number' || kind === 'boolean' ? kind : undefined
}

/**
 * The earlier positive steps' properties (before `steps[at]`) that `property` of step `at` can equal,
 * the same property id first within each step, nearest step first.
 */
export function stepReferenceCandidates(
  steps: readonly SequenceStep[],
  at: number,
  property: PropertyDef,
  index: CatalogIndex,
): StepReferenceCandidate[] {
  const kind = keyable(property)
  if (!kind) return []
  const out: StepReferenceCandidate[] = []
  for (let i = Math.min(at, steps.length) - 1; i >= 0; i--) {
    const step = steps[i]!
    // A step of several events has no one property to compare with (validation: step_reference_event_set).
    if (step.negated || typeof step.event !== 'string') continue
    const props = (index.event(step.event)?.properties ?? []).filter((p) => keyable(p) === kind)
    props.sort((a, b) => Number(b.id === property.id) - Number(a.id === property.id))
    for (const p of props) out.push({ step, index: i, event: step.event, property: p })
  }
  return out
}

/** The filter compared with `candidate` ("the same Product as in step 1"): `eq`, case-sensitive. */
export function compareWithStep(filter: EventFilter, candidate: StepReferenceCandidate): EventFilter {
  const value: StepReference = { type: 'step', step: candidate.step.id, property: candidate.property.id }
  const { ignoreCase: _dropped, ...rest } = filter
  return { ...rest, operator: 'eq', value }
}
