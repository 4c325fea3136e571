/**
 * Operations on the parts inside a condition: the steps of a sequence and the
 * event-property filters of an event condition or of a sequence step.
 */
import type { EventCondition, SequenceCondition, SequenceStep } from '../model/conditions.ts'
import type { EventFilter } from '../model/predicate.ts'
import type { Segment } from '../model/segment.ts'
import { isLocked, mapNode } from './tree.ts'

function mapSequence(
  segment: Segment,
  sequenceId: string,
  update: (s: SequenceCondition) => SequenceCondition,
): Segment {
  if (isLocked(segment, sequenceId)) return segment
  return mapNode(segment, sequenceId, (node) => (node.kind === 'sequence' ? update(node) : node))
}

/** Adds a step to a sequence node (at the end, or at `index`). */
export function insertStep(sequence: SequenceCondition, step: SequenceStep, index?: number): SequenceCondition {
  const steps = [...sequence.steps]
  steps.splice(index ?? steps.length, 0, step)
  return { ...sequence, steps }
}

/** Removes a step from a sequence node. */
export function deleteStep(sequence: SequenceCondition, stepId: string): SequenceCondition {
  return { ...sequence, steps: sequence.steps.filter((st) => st.id !== stepId) }
}

/** Moves a step of a sequence node to a new index (the index it will have after the move). */
export function reorderStep(sequence: SequenceCondition, stepId: string, toIndex: number): SequenceCondition {
  const from = sequence.steps.findIndex((st) => st.id === stepId)
  if (from < 0) return sequence
  const to = Math.max(0, Math.min(toIndex, sequence.steps.length - 1))
  if (from === to) return sequence
  const steps = [...sequence.steps]
  const [moved] = steps.splice(from, 1)
  steps.splice(to, 0, moved!)
  return { ...sequence, steps }
}

/** Changes fields of a step of a sequence node (not its id). */
export function patchStep(
  sequence: SequenceCondition,
  stepId: string,
  patch: Partial<SequenceStep>,
): SequenceCondition {
  return { ...sequence, steps: sequence.steps.map((st) => (st.id === stepId ? { ...st, ...patch, id: st.id } : st)) }
}

/** Replaces a step of a sequence node by a new version with the same id (fields it lacks are removed). */
export function replaceStep(sequence: SequenceCondition, step: SequenceStep): SequenceCondition {
  return { ...sequence, steps: sequence.steps.map((st) => (st.id === step.id ? step : st)) }
}

/** Adds a step to a sequence (at the end, or at `index`). */
export function addStep(segment: Segment, sequenceId: string, step: SequenceStep, index?: number): Segment {
  return mapSequence(segment, sequenceId, (s) => insertStep(s, step, index))
}

/** Removes a step from a sequence. */
export function removeStep(segment: Segment, sequenceId: string, stepId: string): Segment {
  return mapSequence(segment, sequenceId, (s) => deleteStep(s, stepId))
}

/** Moves a step to a new index (the index it will have after the move). */
export function moveStep(segment: Segment, sequenceId: string, stepId: string, toIndex: number): Segment {
  return mapSequence(segment, sequenceId, (s) => reorderStep(s, stepId, toIndex))
}

/** Changes fields of a step (not its id). */
export function updateStep(
  segment: Segment,
  sequenceId: string,
  stepId: string,
  patch: Partial<SequenceStep>,
): Segment {
  return mapSequence(segment, sequenceId, (s) => patchStep(s, stepId, patch))
}

/** Where a filter lives: an event condition, or one step of a sequence. */
export interface FilterOwner {
  /** Id of the event or sequence condition. */
  nodeId: string
  /** With a sequence: the id of the step. */
  stepId?: string | undefined
}

function mapFilters(segment: Segment, owner: FilterOwner, update: (filters: EventFilter[]) => EventFilter[]): Segment {
  if (isLocked(segment, owner.nodeId)) return segment
  return mapNode(segment, owner.nodeId, (node) => {
    if (node.kind === 'event' && owner.stepId === undefined)
      return { ...node, filters: update(node.filters) } satisfies EventCondition
    if (node.kind === 'sequence' && owner.stepId !== undefined) {
      return {
        ...node,
        steps: node.steps.map((st) => (st.id === owner.stepId ? { ...st, filters: update(st.filters) } : st)),
      }
    }
    return node
  })
}

/** Adds a filter to a list of event-property filters. */
export function insertFilter(filters: readonly EventFilter[], filter: EventFilter): EventFilter[] {
  return [...filters, filter]
}

/** Removes a filter from a list of event-property filters. */
export function deleteFilter(filters: readonly EventFilter[], filterId: string): EventFilter[] {
  return filters.filter((f) => f.id !== filterId)
}

/** Changes fields of one filter in a list (not its id). */
export function patchFilter(
  filters: readonly EventFilter[],
  filterId: string,
  patch: Partial<EventFilter>,
): EventFilter[] {
  return filters.map((f) => (f.id === filterId ? { ...f, ...patch, id: f.id } : f))
}

/** Adds an event-property filter. */
export function addFilter(segment: Segment, owner: FilterOwner, filter: EventFilter): Segment {
  return mapFilters(segment, owner, (filters) => insertFilter(filters, filter))
}

/** Removes an event-property filter. */
export function removeFilter(segment: Segment, owner: FilterOwner, filterId: string): Segment {
  return mapFilters(segment, owner, (filters) => deleteFilter(filters, filterId))
}

/** Changes fields of an event-property filter (not its id). */
export function updateFilter(
  segment: Segment,
  owner: FilterOwner,
  filterId: string,
  patch: Partial<EventFilter>,
): Segment {
  return mapFilters(segment, owner, (filters) => patchFilter(filters, filterId, patch))
}
