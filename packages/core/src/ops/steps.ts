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

/** Adds a step to a sequence (at the end, or at `index`). */
export function addStep(segment: Segment, sequenceId: string, step: SequenceStep, index?: number): Segment {
  return mapSequence(segment, sequenceId, (s) => {
    const steps = [...s.steps]
    steps.splice(index ?? steps.length, 0, step)
    return { ...s, steps }
  })
}

/** Removes a step from a sequence. */
export function removeStep(segment: Segment, sequenceId: string, stepId: string): Segment {
  return mapSequence(segment, sequenceId, (s) => ({ ...s, steps: s.steps.filter((st) => st.id !== stepId) }))
}

/** Moves a step to a new index (the index it will have after the move). */
export function moveStep(segment: Segment, sequenceId: string, stepId: string, toIndex: number): Segment {
  return mapSequence(segment, sequenceId, (s) => {
    const from = s.steps.findIndex((st) => st.id === stepId)
    if (from < 0) return s
    const to = Math.max(0, Math.min(toIndex, s.steps.length - 1))
    if (from === to) return s
    const steps = [...s.steps]
    const [moved] = steps.splice(from, 1)
    steps.splice(to, 0, moved!)
    return { ...s, steps }
  })
}

/** Changes fields of a step (not its id). */
export function updateStep(
  segment: Segment,
  sequenceId: string,
  stepId: string,
  patch: Partial<SequenceStep>,
): Segment {
  return mapSequence(segment, sequenceId, (s) => ({
    ...s,
    steps: s.steps.map((st) => (st.id === stepId ? { ...st, ...patch, id: st.id } : st)),
  }))
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

/** Adds an event-property filter. */
export function addFilter(segment: Segment, owner: FilterOwner, filter: EventFilter): Segment {
  return mapFilters(segment, owner, (filters) => [...filters, filter])
}

/** Removes an event-property filter. */
export function removeFilter(segment: Segment, owner: FilterOwner, filterId: string): Segment {
  return mapFilters(segment, owner, (filters) => filters.filter((f) => f.id !== filterId))
}

/** Changes fields of an event-property filter (not its id). */
export function updateFilter(
  segment: Segment,
  owner: FilterOwner,
  filterId: string,
  patch: Partial<EventFilter>,
): Segment {
  return mapFilters(segment, owner, (filters) =>
    filters.map((f) => (f.id === filterId ? { ...f, ...patch, id: f.id } : f)),
  )
}
