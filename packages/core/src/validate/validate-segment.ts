/**
 * Validation of a segment against a catalog: first its shape (`checkSegmentShape`:
 * fields, texts, limits, ids), then the meaning of each well-shaped node — every
 * reference resolves, operators fit types, values fit operators, windows and
 * thresholds make sense, segment references have no cycle. One file per
 * condition kind holds the checks that differ (`check-event.ts`, …).
 */
import { indexCatalog } from '../catalog/index-catalog.ts'
import type { Catalog } from '../catalog/schema.ts'
import type { Issue } from '../errors.ts'
import { hasErrors, SegmentError } from '../errors.ts'
import { type Group, isActive, type Segment, type SegmentNode } from '../model/segment.ts'
import { checkEvent } from './check-event.ts'
import { checkMembership } from './check-membership.ts'
import { checkPredicate } from './check-predicate.ts'
import { checkSequence } from './check-sequence.ts'
import { checkComparison } from './check-window.ts'
import type { CheckContext } from './context.ts'
import { issue, type Path } from './issues.ts'
import { inspectSegmentShape, type ShapeOptions, type ShapeReport, shapeLimits, shapePathKey } from './segment-shape.ts'

/** Options of validation: the limits to enforce (see `SegmentLimits`). */
export type ValidateOptions = ShapeOptions

interface Walk extends CheckContext {
  /** Paths (joined) of nodes with a shape error: their meaning is not checked. */
  readonly malformed: ReadonlySet<string>
  readonly maxDepth: number
}

const key = shapePathKey

/**
 * The meaning of a segment whose shape has been checked: the issues of every
 * node without a shape error. `shape` is what `inspectSegmentShape` found.
 */
export function checkSegmentMeaning(
  segment: Segment,
  catalog: Catalog,
  shape: ShapeReport,
  options: ValidateOptions = {},
): Issue[] {
  const issues: Issue[] = []
  const usable =
    typeof segment === 'object' &&
    segment !== null &&
    typeof segment.entity === 'string' &&
    !shape.truncated &&
    !shape.malformed.has(key(['root']))
  if (!usable) return issues
  const walk: Walk = {
    index: indexCatalog(catalog),
    issues,
    segmentId: typeof segment.id === 'string' ? segment.id : '',
    malformed: shape.malformed,
    maxDepth: shapeLimits(options).maxDepth,
  }
  const entity = walk.index.entity(segment.entity)
  if (!entity) {
    walk.issues.push(
      issue({
        code: 'unknown_entity',
        at: [],
        field: ['entity'],
        message: `Unknown entity type '${segment.entity}'`,
        params: { entity: segment.entity },
      }),
    )
  }
  if (segment.root.disabled) {
    walk.issues.push(
      issue({
        code: 'root_disabled',
        at: ['root'],
        field: ['disabled'],
        nodeId: segment.root.id,
        message: 'The root group cannot be disabled; it is evaluated anyway',
        params: {},
        severity: 'warning',
      }),
    )
  }
  checkGroup(segment.root, ['root'], 1, segment.entity, walk, Boolean(entity))
  return walk.issues
}

/** Returns every issue of the segment against the catalog (errors and warnings). Never throws. */
export function validateSegment(segment: Segment, catalog: Catalog, options: ValidateOptions = {}): Issue[] {
  const shape = inspectSegmentShape(segment, options)
  return [...shape.issues, ...checkSegmentMeaning(segment, catalog, shape, options)]
}

/** Throws SegmentError when the segment has any error-severity issue. */
export function requireValidSegment(segment: Segment, catalog: Catalog, options: ValidateOptions = {}): void {
  const issues = validateSegment(segment, catalog, options).filter((i) => i.severity === 'error')
  if (hasErrors(issues)) {
    const name = typeof segment === 'object' && segment !== null ? segment.name || segment.id : undefined
    throw new SegmentError(`Segment '${String(name)}' is not valid`, issues)
  }
}

function checkGroup(group: Group, path: Path, depth: number, entity: string, walk: Walk, entityKnown: boolean): void {
  if (walk.malformed.has(key(path)) || depth > walk.maxDepth) return
  if (!group.children.some(isActive)) {
    const meaning = group.combinator === 'and' ? 'matches everyone' : 'matches no one'
    walk.issues.push(
      issue({
        code: 'empty_group',
        at: path,
        field: ['children'],
        nodeId: group.id,
        message: `This group has no active condition and ${meaning}`,
        params: { combinator: group.combinator },
        severity: 'warning',
      }),
    )
  }
  if (group.atLeast !== undefined) checkAtLeast(group, path, walk)
  group.children.forEach((child, i) => {
    checkNode(child, [...path, 'children', i], depth, entity, walk, entityKnown)
  })
}

/** "At least k of these": only on an OR group, and reachable with the active children it has. */
function checkAtLeast(group: Group, path: Path, walk: Walk): void {
  const atLeast = group.atLeast ?? 1
  const active = group.children.filter(isActive).length
  if (group.combinator !== 'or') {
    walk.issues.push(
      issue({
        code: 'at_least_needs_or',
        at: path,
        field: ['atLeast'],
        nodeId: group.id,
        message: "'At least' applies to a group that needs any of its conditions (OR)",
        params: { atLeast },
      }),
    )
  } else if (active > 0 && atLeast > active) {
    walk.issues.push(
      issue({
        code: 'at_least_unreachable',
        at: path,
        field: ['atLeast'],
        nodeId: group.id,
        message: `This group needs at least ${atLeast} conditions to hold but has ${active} active, so it matches no one`,
        params: { atLeast, active },
        severity: 'warning',
      }),
    )
  }
}

function checkNode(node: SegmentNode, at: Path, depth: number, entity: string, walk: Walk, entityKnown: boolean) {
  if (walk.malformed.has(key(at))) return
  switch (node.kind) {
    case 'group':
      checkGroup(node, at, depth + 1, entity, walk, entityKnown)
      return
    case 'opaque':
      walk.issues.push(opaqueIssue(node.raw, node.reason, at, node.id))
      return
    case 'property': {
      if (!entityKnown) return
      const def = walk.index.property(entity, node.property)
      if (!def) {
        const label = walk.index.entity(entity)?.label ?? entity
        walk.issues.push(
          issue({
            code: 'unknown_property',
            at,
            field: ['property'],
            nodeId: node.id,
            message: `Unknown property '${node.property}' on ${label}`,
            params: { property: node.property, entity: label },
          }),
        )
        return
      }
      const entityLabel = walk.index.entity(entity)?.label ?? entity
      const scope = { property: (id: string) => walk.index.property(entity, id), entityLabel }
      walk.issues.push(...checkPredicate(node, def, at, [], node.id, scope))
      if (node.at?.type === 'from_now') {
        walk.issues.push(
          issue({
            code: 'at_in_future',
            at,
            field: ['at'],
            nodeId: node.id,
            message: 'A past value cannot be read from the future',
            params: {},
          }),
        )
      }
      return
    }
    case 'event':
      checkEvent(node, at, entity, walk)
      return
    case 'sequence':
      checkSequence(node, at, entity, walk)
      return
    case 'list':
    case 'tag':
    case 'segment':
      checkMembership(node, at, entity, walk)
      return
    case 'related': {
      const relation = walk.index.relation(entity, node.relation)
      if (!relation) {
        walk.issues.push(
          issue({
            code: 'unknown_relation',
            at,
            field: ['relation'],
            nodeId: node.id,
            message: `Unknown relation '${node.relation}' of ${entity}`,
            params: { relation: node.relation, entity },
          }),
        )
        return
      }
      if (node.match.type === 'count') checkComparison(node.match, at, ['match'], node.id, walk, true)
      const targetKnown = Boolean(walk.index.entity(relation.target))
      checkGroup(node.root, [...at, 'root'], depth + 1, relation.target, walk, targetKnown)
      return
    }
    default: {
      node satisfies never
      throw new Error('unknown node kind')
    }
  }
}

/** The issue an opaque node stands for: an unknown kind, or a known kind with malformed fields. */
export function opaqueIssue(raw: unknown, reason: 'unknown_kind' | 'invalid', at: Path, nodeId: string): Issue {
  const kind =
    typeof raw === 'object' &&
    raw !== null &&
    Object.hasOwn(raw, 'kind') &&
    typeof (raw as { kind: unknown }).kind === 'string'
      ? (raw as { kind: string }).kind
      : undefined
  if (reason === 'unknown_kind') {
    return issue({
      code: 'unknown_kind',
      at,
      nodeId,
      message:
        kind === undefined
          ? 'A node without a kind: kept as it is, but it cannot be evaluated'
          : `Unknown condition kind '${kind}': kept as it is, but it cannot be evaluated`,
      params: { kind: kind ?? '' },
    })
  }
  return issue({
    code: 'invalid_structure',
    at,
    nodeId,
    message: `This '${kind ?? '?'}' condition is malformed: kept as it is, but it cannot be evaluated`,
    params: { kind: kind ?? '' },
  })
}
