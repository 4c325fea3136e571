/**
 * Semantic validation of a segment against a catalog: every reference resolves,
 * operators fit types, values fit operators, windows and thresholds make sense,
 * segment references have no cycle, and the tree stays within size limits.
 */
import { type CatalogIndex, eventEntity, indexCatalog } from '../catalog/index-catalog.ts'
import type { Catalog } from '../catalog/schema.ts'
import type { Issue } from '../errors.ts'
import { hasErrors, SegmentError } from '../errors.ts'
import type { EventCondition, SequenceCondition } from '../model/conditions.ts'
import type { Comparison } from '../model/operators.ts'
import type { EventFilter } from '../model/predicate.ts'
import { type Group, isActive, type Segment, type SegmentNode } from '../model/segment.ts'
import { durationMs, type Window } from '../model/time.ts'
import { checkPredicate } from './check-predicate.ts'
import { issue, type Path } from './issues.ts'

export interface ValidateOptions {
  /** Deepest allowed nesting of groups (root = 1). Default 12. */
  maxDepth?: number | undefined
  /** Most nodes allowed in one segment. Default 5000. */
  maxNodes?: number | undefined
}

interface Context {
  index: CatalogIndex
  issues: Issue[]
  ids: Set<string>
  nodes: number
  maxDepth: number
  maxNodes: number
  depthReported: boolean
  sizeReported: boolean
  segmentId: string
}

/** Returns every issue of the segment against the catalog (errors and warnings). */
export function validateSegment(segment: Segment, catalog: Catalog, options: ValidateOptions = {}): Issue[] {
  const ctx: Context = {
    index: indexCatalog(catalog),
    issues: [],
    ids: new Set(),
    nodes: 0,
    maxDepth: options.maxDepth ?? 12,
    maxNodes: options.maxNodes ?? 5000,
    depthReported: false,
    sizeReported: false,
    segmentId: segment.id,
  }
  const entity = ctx.index.entity(segment.entity)
  if (!entity) {
    ctx.issues.push(issue('unknown_entity', ['entity'], `Unknown entity type '${segment.entity}'`))
  }
  if (segment.root.disabled) {
    ctx.issues.push(
      issue(
        'root_disabled',
        ['root', 'disabled'],
        'The root group cannot be disabled; it is evaluated anyway',
        segment.root.id,
        'warning',
      ),
    )
  }
  checkGroup(segment.root, ['root'], 1, segment.entity, ctx, Boolean(entity))
  return ctx.issues
}

/** Throws SegmentError when the segment has any error-severity issue. */
export function requireValidSegment(segment: Segment, catalog: Catalog, options: ValidateOptions = {}): void {
  const issues = validateSegment(segment, catalog, options).filter((i) => i.severity === 'error')
  if (hasErrors(issues)) throw new SegmentError(`Segment '${segment.name || segment.id}' is not valid`, issues)
}

function visit(node: SegmentNode, path: Path, depth: number, ctx: Context): void {
  ctx.nodes += 1
  if (ctx.nodes > ctx.maxNodes && !ctx.sizeReported) {
    ctx.sizeReported = true
    ctx.issues.push(issue('max_size', path, `The segment has more than ${ctx.maxNodes} conditions and groups`, node.id))
  }
  if (depth > ctx.maxDepth && !ctx.depthReported) {
    ctx.depthReported = true
    ctx.issues.push(issue('max_depth', path, `Groups are nested deeper than ${ctx.maxDepth} levels`, node.id))
  }
  if (ctx.ids.has(node.id)) {
    ctx.issues.push(
      issue('duplicate_id', [...path, 'id'], `The id '${node.id}' is used by more than one node`, node.id),
    )
  }
  ctx.ids.add(node.id)
}

function checkGroup(group: Group, path: Path, depth: number, entity: string, ctx: Context, entityKnown: boolean): void {
  visit(group, path, depth, ctx)
  const active = group.children.filter(isActive)
  if (active.length === 0) {
    const meaning = group.combinator === 'and' ? 'matches everyone' : 'matches no one'
    ctx.issues.push(
      issue(
        'empty_group',
        [...path, 'children'],
        `This group has no active condition and ${meaning}`,
        group.id,
        'warning',
      ),
    )
  }
  group.children.forEach((child, i) => {
    checkNode(child, [...path, 'children', i], depth, entity, ctx, entityKnown)
  })
}

function checkNode(
  node: SegmentNode,
  path: Path,
  depth: number,
  entity: string,
  ctx: Context,
  entityKnown: boolean,
): void {
  const { index } = ctx
  switch (node.kind) {
    case 'group':
      checkGroup(node, path, depth + 1, entity, ctx, entityKnown)
      return
    case 'opaque': {
      visit(node, path, depth, ctx)
      const kind = typeof node.raw === 'object' && node.raw !== null && 'kind' in node.raw ? String(node.raw.kind) : '?'
      ctx.issues.push(
        node.reason === 'unknown_kind'
          ? issue(
              'unknown_kind',
              path,
              `Unknown condition kind '${kind}': kept as it is, but it cannot be evaluated`,
              node.id,
            )
          : issue(
              'invalid_structure',
              path,
              `This '${kind}' condition is malformed: kept as it is, but it cannot be evaluated`,
              node.id,
            ),
      )
      return
    }
    case 'property': {
      visit(node, path, depth, ctx)
      if (!entityKnown) return
      const def = index.property(entity, node.property)
      if (!def) {
        const label = index.entity(entity)?.label ?? entity
        ctx.issues.push(
          issue('unknown_property', [...path, 'property'], `Unknown property '${node.property}' on ${label}`, node.id),
        )
        return
      }
      ctx.issues.push(...checkPredicate(node, def, path, node.id))
      if (node.at?.type === 'from_now') {
        ctx.issues.push(issue('at_in_future', [...path, 'at'], 'A past value cannot be read from the future', node.id))
      }
      return
    }
    case 'event':
      visit(node, path, depth, ctx)
      checkEvent(node, path, entity, ctx)
      return
    case 'sequence':
      visit(node, path, depth, ctx)
      checkSequence(node, path, entity, ctx)
      return
    case 'list': {
      visit(node, path, depth, ctx)
      const list = index.list(node.list)
      if (!list) ctx.issues.push(issue('unknown_list', [...path, 'list'], `Unknown list '${node.list}'`, node.id))
      else if (list.entity !== entity) {
        ctx.issues.push(
          issue(
            'entity_mismatch',
            [...path, 'list'],
            `The list '${list.label}' holds ${list.entity}s, not ${entity}s`,
            node.id,
          ),
        )
      }
      return
    }
    case 'tag': {
      visit(node, path, depth, ctx)
      const tag = index.tag(node.tag)
      if (!tag) ctx.issues.push(issue('unknown_tag', [...path, 'tag'], `Unknown tag '${node.tag}'`, node.id))
      else if (tag.entity !== entity) {
        ctx.issues.push(
          issue(
            'entity_mismatch',
            [...path, 'tag'],
            `The tag '${tag.label}' is for ${tag.entity}s, not ${entity}s`,
            node.id,
          ),
        )
      }
      return
    }
    case 'segment': {
      visit(node, path, depth, ctx)
      const ref = index.segment(node.segment)
      if (!ref) {
        ctx.issues.push(issue('unknown_segment', [...path, 'segment'], `Unknown segment '${node.segment}'`, node.id))
        return
      }
      if (ref.definition.entity !== entity) {
        ctx.issues.push(
          issue(
            'entity_mismatch',
            [...path, 'segment'],
            `The segment '${ref.label}' holds ${ref.definition.entity}s, not ${entity}s`,
            node.id,
          ),
        )
      }
      const cycle = findCycle(node.segment, ctx.segmentId, index)
      if (cycle) {
        ctx.issues.push(
          issue(
            'segment_cycle',
            [...path, 'segment'],
            `Segments refer to each other in a cycle: ${cycle.join(' → ')}`,
            node.id,
          ),
        )
      }
      return
    }
    case 'related': {
      visit(node, path, depth, ctx)
      const relation = index.relation(entity, node.relation)
      if (!relation) {
        ctx.issues.push(
          issue('unknown_relation', [...path, 'relation'], `Unknown relation '${node.relation}' of ${entity}`, node.id),
        )
        return
      }
      if (node.match.type === 'count') checkComparison(node.match, [...path, 'match'], node.id, ctx, true)
      checkGroup(node.root, [...path, 'root'], depth + 1, relation.target, ctx, Boolean(index.entity(relation.target)))
      return
    }
    default: {
      node satisfies never
      throw new Error('unknown node kind')
    }
  }
}

function checkFilters(
  eventId: string,
  filters: readonly EventFilter[],
  path: Path,
  nodeId: string,
  ctx: Context,
): void {
  const event = ctx.index.event(eventId)
  filters.forEach((filter, i) => {
    const def = ctx.index.eventProperty(eventId, filter.property)
    const fpath = [...path, 'filters', i]
    if (!def) {
      ctx.issues.push(
        issue(
          'unknown_event_property',
          [...fpath, 'property'],
          `Unknown property '${filter.property}' of ${event?.label ?? eventId}`,
          nodeId,
        ),
      )
      return
    }
    ctx.issues.push(...checkPredicate(filter, def, fpath, nodeId))
  })
}

function checkEventRef(eventId: string, path: Path, entity: string, nodeId: string, ctx: Context): boolean {
  const event = ctx.index.event(eventId)
  if (!event) {
    ctx.issues.push(issue('unknown_event', path, `Unknown event '${eventId}'`, nodeId))
    return false
  }
  if (eventEntity(event) !== entity) {
    ctx.issues.push(
      issue('entity_mismatch', path, `${event.label} is performed by ${eventEntity(event)}s, not ${entity}s`, nodeId),
    )
  }
  return true
}

function checkWindow(window: Window, path: Path, nodeId: string, ctx: Context): void {
  if (window.type === 'between' && Date.parse(window.from) >= Date.parse(window.to)) {
    ctx.issues.push(issue('window_order', path, 'The time window ends before it starts', nodeId))
  }
  if (window.type === 'relative_range' && durationMs(window.start) <= durationMs(window.end)) {
    ctx.issues.push(
      issue(
        'window_order',
        path,
        'The time window ends before it starts: its start must be further back than its end',
        nodeId,
      ),
    )
  }
}

interface Compared {
  comparison: Comparison
  value: number
  value2?: number | undefined
}

function checkComparison(c: Compared, path: Path, nodeId: string, ctx: Context, isCount: boolean): void {
  if (c.comparison === 'between') {
    if (c.value2 === undefined) {
      ctx.issues.push(issue('value_missing', [...path, 'value2'], "'between' needs an upper bound", nodeId))
    } else if (c.value2 < c.value) {
      ctx.issues.push(
        issue('between_order', [...path, 'value2'], `The minimum ${c.value} is above the maximum ${c.value2}`, nodeId),
      )
    }
  }
  if (!isCount) return
  const values = c.comparison === 'between' && c.value2 !== undefined ? [c.value, c.value2] : [c.value]
  if (values.some((v) => v < 0 || !Number.isInteger(v))) {
    ctx.issues.push(issue('count_meaningless', [...path, 'value'], 'A count is a whole number of at least 0', nodeId))
  } else if ((c.comparison === 'lt' && c.value === 0) || (c.comparison === 'gte' && c.value === 0)) {
    const what = c.comparison === 'lt' ? 'is never true' : 'is always true'
    ctx.issues.push(
      issue(
        'count_meaningless',
        [...path, 'value'],
        `A count ${c.comparison === 'lt' ? '< 0' : '≥ 0'} ${what}`,
        nodeId,
        'warning',
      ),
    )
  }
}

function checkEvent(node: EventCondition, path: Path, entity: string, ctx: Context): void {
  if (!checkEventRef(node.event, [...path, 'event'], entity, node.id, ctx)) return
  checkFilters(node.event, node.filters, path, node.id, ctx)
  const form = node.form
  const fpath = [...path, 'form']
  switch (form.type) {
    case 'performed':
    case 'not_performed':
    case 'first_time':
    case 'last_time':
      checkWindow(form.window, [...fpath, 'window'], node.id, ctx)
      return
    case 'measure': {
      checkWindow(form.window, [...fpath, 'window'], node.id, ctx)
      const m = form.measure
      if (m.fn !== 'count' && m.fn !== 'active_days') {
        const def = ctx.index.eventProperty(node.event, m.property)
        if (!def) {
          ctx.issues.push(
            issue(
              'unknown_event_property',
              [...fpath, 'measure', 'property'],
              `Unknown property '${m.property}' of this event`,
              node.id,
            ),
          )
        } else if (m.fn !== 'distinct' && def.type !== 'number') {
          ctx.issues.push(
            issue(
              'measure_property_type',
              [...fpath, 'measure', 'property'],
              `${m.fn} needs a number property; ${def.label} is ${def.type}`,
              node.id,
            ),
          )
        }
      }
      const isCount = m.fn === 'count' || m.fn === 'distinct' || m.fn === 'active_days'
      checkComparison(form, fpath, node.id, ctx, isCount)
      return
    }
    case 'stopped':
    case 'restarted':
      return
    case 'regularly':
      if (form.minPeriods > form.periods) {
        ctx.issues.push(
          issue(
            'period_order',
            [...fpath, 'minPeriods'],
            `At least ${form.minPeriods} of ${form.periods} periods can never happen`,
            node.id,
          ),
        )
      }
      return
    default: {
      form satisfies never
      throw new Error('unknown event form')
    }
  }
}

function checkSequence(node: SequenceCondition, path: Path, entity: string, ctx: Context): void {
  const positive = node.steps.filter((s) => !s.negated)
  if (positive.length < 2) {
    ctx.issues.push(
      issue('sequence_too_short', [...path, 'steps'], 'A sequence needs at least two steps that happen', node.id),
    )
  }
  if (node.steps[0]?.negated) {
    ctx.issues.push(
      issue(
        'sequence_negative_first',
        [...path, 'steps', 0, 'negated'],
        'A sequence cannot start with a step that did not happen',
        node.id,
      ),
    )
  }
  checkWindow(node.window, [...path, 'window'], node.id, ctx)
  const windowMs = node.window.type === 'last' ? durationMs(node.window.duration) : undefined
  node.steps.forEach((step, i) => {
    const spath = [...path, 'steps', i]
    if (checkEventRef(step.event, [...spath, 'event'], entity, node.id, ctx))
      checkFilters(step.event, step.filters, spath, node.id, ctx)
    if (step.maxGap && windowMs !== undefined && durationMs(step.maxGap) > windowMs) {
      ctx.issues.push(
        issue(
          'sequence_gap_exceeds_window',
          [...spath, 'maxGap'],
          'This gap is longer than the whole window',
          node.id,
          'warning',
        ),
      )
    }
  })
  if (node.within && windowMs !== undefined && durationMs(node.within) > windowMs) {
    ctx.issues.push(
      issue(
        'sequence_gap_exceeds_window',
        [...path, 'within'],
        "'Within' is longer than the whole window",
        node.id,
        'warning',
      ),
    )
  }
}

/** A cycle of segment references reachable from `start`, if any (as segment ids). */
function findCycle(start: string, self: string, index: CatalogIndex): string[] | undefined {
  const stack: string[] = [self]
  const onStack = new Set<string>([self])
  const done = new Set<string>()
  const refsOf = (id: string): string[] => {
    const def = index.segment(id)?.definition
    const out: string[] = []
    const walk = (n: SegmentNode): void => {
      if (n.kind === 'segment') out.push(n.segment)
      else if (n.kind === 'group') n.children.forEach(walk)
      else if (n.kind === 'related') walk(n.root)
    }
    if (def) walk(def.root)
    return out
  }
  const dfs = (id: string): string[] | undefined => {
    if (onStack.has(id)) return [...stack.slice(stack.indexOf(id)), id]
    if (done.has(id)) return undefined
    stack.push(id)
    onStack.add(id)
    for (const next of refsOf(id)) {
      const cycle = dfs(next)
      if (cycle) return cycle
    }
    stack.pop()
    onStack.delete(id)
    done.add(id)
    return undefined
  }
  return dfs(start)
}
