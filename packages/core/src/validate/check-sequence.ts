/**
 * Checks of a sequence: at least one step that happens, not starting with a
 * negated step, and — with a single positive step — a negated step after it
 * ("added to cart, then did not purchase within a day"); each step's event and
 * filters and their references to earlier steps; gaps no longer than the window.
 */
import type { SequenceCondition } from '../model/conditions.ts'
import { durationMs } from '../model/time.ts'
import { checkEventRefs, checkFilters } from './check-filters.ts'
import { checkStepReferences } from './check-step-references.ts'
import { checkWindow } from './check-window.ts'
import type { CheckContext } from './context.ts'
import { issue, type Path } from './issues.ts'

export function checkSequence(node: SequenceCondition, at: Path, entity: string, ctx: CheckContext): void {
  const positive = node.steps.filter((s) => !s.negated).length
  const negated = node.steps.length - positive
  if (positive === 0 || (positive === 1 && negated === 0)) {
    ctx.issues.push(
      issue({
        code: 'sequence_too_short',
        at,
        field: ['steps'],
        nodeId: node.id,
        message: 'A sequence needs two steps that happen, or one followed by a step that did not happen',
        params: { positive, negated },
      }),
    )
  }
  if (node.steps[0]?.negated) {
    ctx.issues.push(
      issue({
        code: 'sequence_negative_first',
        at,
        field: ['steps', 0, 'negated'],
        nodeId: node.id,
        message: 'A sequence cannot start with a step that did not happen',
        params: {},
      }),
    )
  }
  checkWindow(node.window, at, ['window'], node.id, ctx)
  const windowMs = node.window.type === 'last' ? durationMs(node.window.duration) : undefined
  node.steps.forEach((step, i) => {
    const field = ['steps', i]
    const ids = checkEventRefs(step.event, at, [...field, 'event'], entity, node.id, ctx)
    if (ids) checkFilters(ids, step.filters, at, [...field, 'filters'], node.id, ctx, true)
    if (step.maxGap && windowMs !== undefined && durationMs(step.maxGap) > windowMs) {
      ctx.issues.push(
        issue({
          code: 'sequence_gap_exceeds_window',
          at,
          field: [...field, 'maxGap'],
          nodeId: node.id,
          message: 'This gap is longer than the whole window',
          params: { step: i + 1 },
          severity: 'warning',
        }),
      )
    }
  })
  checkStepReferences(node, at, ctx)
  if (node.within && windowMs !== undefined && durationMs(node.within) > windowMs) {
    ctx.issues.push(
      issue({
        code: 'sequence_gap_exceeds_window',
        at,
        field: ['within'],
        nodeId: node.id,
        message: "'Within' is longer than the whole window",
        params: {},
        severity: 'warning',
      }),
    )
  }
}
