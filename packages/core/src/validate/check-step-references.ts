/**
 * Checks of a sequence's step references ("then bought the same product_id as step 1"): each names
 * an earlier positive step and a property of its event of a type that compares with the filter's
 * own (text with text, number with number, boolean with boolean), with `eq`; all of them share one
 * key, and every positive step from the first referenced one on compares with it (sequence-key.ts).
 */
import type { SequenceCondition } from '../model/conditions.ts'
import { comparableAs } from '../model/operators.ts'
import { isStepReference } from '../model/property-reference.ts'
import { hasStepReferences, planSequenceKey, type SequenceKeyProblem } from '../model/sequence-key.ts'
import type { CheckContext } from './context.ts'
import { issue, type Path } from './issues.ts'

const REASONS: Record<Exclude<SequenceKeyProblem['kind'], 'second_key' | 'run'>, string> = {
  unknown_step: 'names no step of this sequence',
  not_earlier: 'names a step that is not earlier',
  negated_target: 'names a step that did not happen',
  operator: "compares with 'eq' only",
  ignore_case: 'compares case-sensitively only',
}

export function checkStepReferences(node: SequenceCondition, at: Path, ctx: CheckContext): void {
  // The shared key is a property of each step's event: a step of several events has no one such property.
  if (hasStepReferences(node.steps))
    node.steps.forEach((step, i) => {
      if (typeof step.event === 'string') return
      ctx.issues.push(
        issue({
          code: 'step_reference_event_set',
          at,
          field: ['steps', i, 'event'],
          nodeId: node.id,
          message: 'A sequence that compares with an earlier step needs each step to be one event',
          params: { step: i + 1 },
        }),
      )
    })
  const { problems } = planSequenceKey(node.steps)
  for (const p of problems) {
    const filterPath = (sub: string) =>
      p.kind === 'run' ? ['steps', p.step, 'filters'] : ['steps', p.step, 'filters', p.filter, sub]
    switch (p.kind) {
      case 'unknown_step':
      case 'not_earlier':
      case 'negated_target':
      case 'operator':
      case 'ignore_case': {
        const sub = p.kind === 'operator' ? 'operator' : p.kind === 'ignore_case' ? 'ignoreCase' : 'value'
        const filter = (node.steps[p.step]!.filters ?? [])[p.filter]!
        ctx.issues.push(
          issue({
            code: 'step_reference_invalid',
            at,
            field: filterPath(sub),
            nodeId: node.id,
            message: `The comparison of ${filter.property} with an earlier step ${REASONS[p.kind]}`,
            params: { property: filter.property, step: p.step + 1, reason: p.kind },
          }),
        )
        break
      }
      case 'second_key':
        ctx.issues.push(
          issue({
            code: 'sequence_reference_keys',
            at,
            field: filterPath('value'),
            nodeId: node.id,
            message: 'All comparisons with earlier steps of a sequence must share one value (one key)',
            params: { step: p.step + 1 },
          }),
        )
        break
      case 'run':
        ctx.issues.push(
          issue({
            code: 'sequence_reference_run',
            at,
            field: filterPath(''),
            nodeId: node.id,
            message: `Step ${p.step + 1} must compare with the shared value too, because a later step does`,
            params: { step: p.step + 1 },
          }),
        )
        break
      default: {
        p satisfies never
        throw new Error('unknown sequence key problem')
      }
    }
  }
  // Types: each reference's target is a property of the target step's event that compares with the filter's.
  const indexOf = new Map(node.steps.map((s, i) => [s.id, i] as const))
  node.steps.forEach((step, i) => {
    ;(step.filters ?? []).forEach((f, fi) => {
      const ref = f.value
      if (!isStepReference(ref)) return
      const j = indexOf.get(ref.step)
      if (j === undefined || j >= i) return
      const field = ['steps', i, 'filters', fi]
      const targetEvent = node.steps[j]!.event
      // A step of several events is reported above (step_reference_event_set).
      if (typeof step.event !== 'string' || typeof targetEvent !== 'string') return
      const own = ctx.index.eventProperty(step.event, f.property)
      const other = ctx.index.eventProperty(targetEvent, ref.property)
      if (!own) return // checkFilters reports the unknown property
      if (!other) {
        const label = ctx.index.event(targetEvent)?.label ?? targetEvent
        ctx.issues.push(
          issue({
            code: 'unknown_event_property',
            at,
            field: [...field, 'value', 'property'],
            nodeId: node.id,
            message: `Unknown property '${ref.property}' of ${label}`,
            params: { property: ref.property, event: label },
          }),
        )
        return
      }
      const kind = comparableAs(own.type)
      if (kind === 'none' || kind === 'datetime' || kind !== comparableAs(other.type)) {
        ctx.issues.push(
          issue({
            code: 'reference_type_mismatch',
            at,
            field: [...field, 'value', 'property'],
            nodeId: node.id,
            message: `${own.label} (${own.type}) cannot be compared with ${other.label} (${other.type})`,
            params: { property: own.label, type: own.type, other: other.label, otherType: other.type },
          }),
        )
      }
    })
  })
}
