/**
 * Incomplete conditions: what a user has started but not finished — a new row
 * whose property, event, list… is not chosen yet, or whose value is not given.
 * The facts come from validation (`validateSegment`), not from a second set of
 * rules: `value_missing` and `empty_list` say a value is missing, an
 * `unknown_*` reference whose id is still empty (`''`, what `createCondition`
 * starts with) says a choice is missing, and `empty_group` on a nested group
 * with no node at all says its first condition is still to add.
 *
 * {@link previewSegment} gives the segment a live preview should count: the
 * segment as if the half-made parts had not been added yet (docs/semantics.md,
 * "Incomplete conditions"), so that a count never changes because of a row
 * the user is still filling in.
 */
import type { Catalog } from '../catalog/schema.ts'
import type { Issue, IssueCode } from '../errors.ts'
import type { EventCondition, SequenceCondition, SequenceStep } from '../model/conditions.ts'
import type { EventRef } from '../model/event-ref.ts'
import type { EventFilter } from '../model/predicate.ts'
import { type Group, isActive, type Segment, type SegmentNode } from '../model/segment.ts'
import { type ValidateOptions, validateSegment } from '../validate/validate-segment.ts'

/** What an incomplete condition still needs the user to choose or type. */
export type IncompleteReason =
  | 'property'
  | 'event'
  | 'list'
  | 'tag'
  | 'segment'
  | 'relation'
  | 'value'
  /** A group (not the root) with no node at all yet: validation's `empty_group`, before the first is added. */
  | 'condition'

/** One missing choice or value of a condition, as validation reported it. */
export interface IncompleteCondition {
  /** Id of the condition (for a filter or a step, of the condition that holds it). */
  nodeId: string
  /** Path of the missing field from the document root (the issue's `path`). */
  path: readonly (string | number)[]
  /** Where in the condition: `['property']`, `['value']`, `['filters', 0, 'value']`, `['steps', 1, 'event']`. */
  field: readonly (string | number)[]
  reason: IncompleteReason
  /** The validation issue that says so (an error: an incomplete segment is not valid). */
  issue: Issue
}

const CHOICE_CODES: Partial<Record<IssueCode, IncompleteReason>> = {
  unknown_property: 'property',
  unknown_event_property: 'property',
  unknown_event: 'event',
  unknown_list: 'list',
  unknown_tag: 'tag',
  unknown_segment: 'segment',
  unknown_relation: 'relation',
}

/** The value at `path` under `root` (own properties only). */
function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root
  for (const key of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, key)) return undefined
    v = (v as Record<string | number, unknown>)[key]
  }
  return v
}

/** Why this issue means "not finished yet", or undefined when it is a real problem. */
function reasonOf(issue: Issue, segment: Segment): IncompleteReason | undefined {
  if (issue.nodeId === undefined || issue.field === undefined) return undefined
  if (issue.code === 'value_missing' || issue.code === 'empty_list') return 'value'
  // A nested group just added, nothing in it yet (one with only disabled nodes is a choice, kept).
  if (issue.code === 'empty_group')
    return issue.nodeId !== segment.root.id &&
      Array.isArray(valueAt(segment, issue.path)) &&
      (valueAt(segment, issue.path) as unknown[]).length === 0
      ? 'condition'
      : undefined
  const choice = Object.hasOwn(CHOICE_CODES, issue.code) ? CHOICE_CODES[issue.code] : undefined
  // An unknown id the user typed or imported is a problem; an empty one is a choice not made yet.
  return choice !== undefined && valueAt(segment, issue.path) === '' ? choice : undefined
}

/** Options of {@link incompleteConditions} and {@link previewSegment}. */
export interface IncompleteOptions extends ValidateOptions {
  /** The segment's issues when already known (`validateSegment(segment, catalog)`), to skip validating again. */
  issues?: readonly Issue[] | undefined
}

/**
 * The missing choices and values of a segment's conditions, in document order: one entry per
 * missing field (a condition may have several). Empty for a complete segment. Never throws.
 */
export function incompleteConditions(
  segment: Segment,
  catalog: Catalog,
  options: IncompleteOptions = {},
): IncompleteCondition[] {
  const issues = options.issues ?? validateSegment(segment, catalog, options)
  const out: IncompleteCondition[] = []
  for (const issue of issues) {
    const reason = reasonOf(issue, segment)
    if (reason === undefined || issue.nodeId === undefined || issue.field === undefined) continue
    out.push({ nodeId: issue.nodeId, path: issue.path, field: issue.field, reason, issue })
  }
  return out
}

/** What {@link previewSegment} gives: the segment to evaluate and what was left out of it. */
export interface PreviewPlan {
  /** The segment without its incomplete parts; the same object when nothing is incomplete. */
  segment: Segment
  /** The incomplete conditions of the edited segment. */
  incomplete: readonly IncompleteCondition[]
  /**
   * Ids of the nodes left out, outermost only: incomplete conditions, and the groups, sequences and
   * related conditions that lost everything they held. A condition whose only incomplete part is a
   * filter or a sequence step stays, without that part.
   */
  leftOut: readonly string[]
  /**
   * The issues of {@link PreviewPlan.segment}: with an error among them it still cannot be
   * evaluated (an unknown property, a range upside down…), whatever was left out.
   */
  issues: readonly Issue[]
}

/** Which parts of one condition are incomplete: the whole of it, or some filters and steps. */
interface Gaps {
  whole: boolean
  filters: Set<number>
  steps: Set<number>
  stepFilters: Map<number, Set<number>>
  /** Events of an `anyOf` not chosen yet: of the condition (key -1) or of step i. */
  alternatives: Map<number, Set<number>>
}

function gapsOf(incomplete: readonly IncompleteCondition[]): Map<string, Gaps> {
  const byNode = new Map<string, Gaps>()
  for (const entry of incomplete) {
    let gaps = byNode.get(entry.nodeId)
    if (!gaps) {
      gaps = { whole: false, filters: new Set(), steps: new Set(), stepFilters: new Map(), alternatives: new Map() }
      byNode.set(entry.nodeId, gaps)
    }
    const [head, i, sub, j, k] = entry.field
    const alternative = (at: number, index: number) => {
      const set = gaps.alternatives.get(at) ?? new Set<number>()
      set.add(index)
      gaps.alternatives.set(at, set)
    }
    if (head === 'event' && i === 'anyOf' && typeof sub === 'number') alternative(-1, sub)
    else if (head === 'steps' && typeof i === 'number' && sub === 'event' && j === 'anyOf' && typeof k === 'number')
      alternative(i, k)
    else if (head === 'filters' && typeof i === 'number') gaps.filters.add(i)
    else if (head === 'steps' && typeof i === 'number' && sub === 'filters' && typeof j === 'number') {
      const set = gaps.stepFilters.get(i) ?? new Set<number>()
      set.add(j)
      gaps.stepFilters.set(i, set)
    } else if (head === 'steps' && typeof i === 'number') gaps.steps.add(i)
    else gaps.whole = true
  }
  return byNode
}

const withoutFilters = (filters: readonly EventFilter[], gone: Set<number> | undefined) =>
  gone && gone.size > 0 ? filters.filter((_, i) => !gone.has(i)) : (filters as EventFilter[])

/** The event reference without the alternatives not chosen yet; undefined when none is left. */
function withoutAlternatives(ref: EventRef, gone: Set<number> | undefined): EventRef | undefined {
  if (!gone || gone.size === 0 || typeof ref === 'string' || !('anyOf' in ref)) return ref
  const anyOf = ref.anyOf.filter((_, i) => !gone.has(i))
  return anyOf.length === 0 ? undefined : { anyOf }
}

/** A sequence can stand on its own: two positive steps, or one followed by a negated one, not starting negated. */
function sequenceStands(steps: readonly SequenceStep[]): boolean {
  const positive = steps.filter((s) => !s.negated).length
  return positive > 0 && !(positive === 1 && steps.length === 1) && steps[0]?.negated !== true
}

/** The node without its incomplete parts, or undefined when nothing of it is left. */
function prune(node: SegmentNode, gaps: Map<string, Gaps>, leftOut: string[]): SegmentNode | undefined {
  switch (node.kind) {
    case 'group': {
      if (gaps.get(node.id)?.whole) {
        leftOut.push(node.id)
        return undefined
      }
      const mark = leftOut.length
      const kept = pruneGroup(node, gaps, leftOut)
      if (kept === undefined) {
        leftOut.length = mark
        leftOut.push(node.id)
      }
      return kept
    }
    case 'related': {
      const own = gaps.get(node.id)
      if (own?.whole || gaps.get(node.root.id)?.whole) {
        leftOut.push(node.id)
        return undefined
      }
      const mark = leftOut.length
      const root = pruneGroup(node.root, gaps, leftOut)
      if (root === undefined) {
        // Nothing of the related entity's conditions is complete: the condition goes as a whole.
        leftOut.length = mark
        leftOut.push(node.id)
        return undefined
      }
      return root === node.root ? node : { ...node, root }
    }
    case 'event': {
      const own = gaps.get(node.id)
      if (!own) return node
      if (own.whole) {
        leftOut.push(node.id)
        return undefined
      }
      const event = withoutAlternatives(node.event, own.alternatives.get(-1))
      if (event === undefined) {
        leftOut.push(node.id)
        return undefined
      }
      const next: EventCondition = { ...node, event, filters: withoutFilters(node.filters, own.filters) }
      return next
    }
    case 'sequence': {
      const own = gaps.get(node.id)
      if (!own) return node
      const steps = node.steps
        .map((step, index) => {
          if (own.steps.has(index)) return undefined
          const event = withoutAlternatives(step.event, own.alternatives.get(index))
          if (event === undefined) return undefined
          const gone = own.stepFilters.get(index)
          const kept = event === step.event ? step : { ...step, event }
          return gone ? { ...kept, filters: withoutFilters(step.filters, gone) } : kept
        })
        .filter((step): step is SequenceStep => step !== undefined)
      if (own.whole || !sequenceStands(steps)) {
        leftOut.push(node.id)
        return undefined
      }
      const next: SequenceCondition = { ...node, steps }
      return next
    }
    case 'property':
    case 'list':
    case 'tag':
    case 'segment': {
      if (!gaps.has(node.id)) return node
      leftOut.push(node.id)
      return undefined
    }
    case 'opaque':
      return node
    default: {
      node satisfies never
      return node
    }
  }
}

/**
 * The group without its incomplete parts; undefined when it held active nodes and all of them
 * were left out (an empty group would change what its parent matches). The same object when
 * nothing in it is incomplete.
 */
function pruneGroup(group: Group, gaps: Map<string, Gaps>, leftOut: string[]): Group | undefined {
  let changed = false
  const children: SegmentNode[] = []
  for (const child of group.children) {
    const kept = prune(child, gaps, leftOut)
    if (kept !== child) changed = true
    if (kept !== undefined) children.push(kept)
  }
  if (!changed) return group
  if (group.children.some(isActive) && !children.some(isActive)) return undefined
  return { ...group, children }
}

/**
 * The segment a live preview should evaluate while the user edits: the segment as if its
 * incomplete parts had not been added yet. An incomplete condition is left out of its group (in
 * an AND, an OR and a NOT group alike); a group, a related condition or a sequence that had
 * nothing else is left out with it; an incomplete filter or sequence step is left out of its
 * condition, which stays. See docs/semantics.md ("Incomplete conditions"). Never throws.
 */
export function previewSegment(segment: Segment, catalog: Catalog, options: IncompleteOptions = {}): PreviewPlan {
  const issues = options.issues ?? validateSegment(segment, catalog, options)
  const incomplete = incompleteConditions(segment, catalog, { ...options, issues })
  if (incomplete.length === 0) return { segment, incomplete, leftOut: [], issues }
  const leftOut: string[] = []
  const gaps = gapsOf(incomplete)
  const root = pruneGroup(segment.root, gaps, leftOut)
  // The root is never left out: emptied, it is the empty group it was before the first condition.
  const pruned: Segment = { ...segment, root: root ?? { ...segment.root, children: [] } }
  return { segment: pruned, incomplete, leftOut, issues: validateSegment(pruned, catalog, options) }
}
