/** Checks of list, tag and segment conditions: the reference exists, holds the same entity type, and has no cycle. */
import type { CatalogIndex } from '../catalog/index-catalog.ts'
import type { IssueCode } from '../errors.ts'
import type { ListCondition, SegmentRefCondition, TagCondition } from '../model/conditions.ts'
import { referencedSegments } from '../ops/segment-references.ts'
import type { CheckContext } from './context.ts'
import { issue, type Path } from './issues.ts'

type Membership = ListCondition | TagCondition | SegmentRefCondition

interface Target {
  field: 'list' | 'tag' | 'segment'
  id: string
  unknownCode: IssueCode
  noun: string
  found: { label: string; entity: string } | undefined
}

function target(node: Membership, index: CatalogIndex): Target {
  switch (node.kind) {
    case 'list': {
      const def = index.list(node.list)
      return { field: 'list', id: node.list, unknownCode: 'unknown_list', noun: 'list', found: def }
    }
    case 'tag': {
      const def = index.tag(node.tag)
      return { field: 'tag', id: node.tag, unknownCode: 'unknown_tag', noun: 'tag', found: def }
    }
    case 'segment': {
      const def = index.segment(node.segment)
      const found = def ? { label: def.label, entity: def.definition.entity } : undefined
      return { field: 'segment', id: node.segment, unknownCode: 'unknown_segment', noun: 'segment', found }
    }
    default: {
      node satisfies never
      throw new Error('unknown membership kind')
    }
  }
}

export function checkMembership(node: Membership, at: Path, entity: string, ctx: CheckContext): void {
  const t = target(node, ctx.index)
  const field = [t.field]
  if (!t.found) {
    const noun = t.noun.charAt(0).toUpperCase() + t.noun.slice(1)
    ctx.issues.push(
      issue({
        code: t.unknownCode,
        at,
        field,
        nodeId: node.id,
        message: `Unknown ${t.noun} '${t.id}'`,
        params: { [t.noun]: t.id, kind: noun },
      }),
    )
    return
  }
  if (t.found.entity !== entity) {
    ctx.issues.push(
      issue({
        code: 'entity_mismatch',
        at,
        field,
        nodeId: node.id,
        message: `The ${t.noun} '${t.found.label}' holds ${t.found.entity}s, not ${entity}s`,
        params: { [t.noun]: t.found.label, expected: entity, actual: t.found.entity },
      }),
    )
  }
  if (node.kind === 'segment') {
    const cycle = findCycle(node.segment, ctx.segmentId, ctx.index)
    if (cycle) {
      ctx.issues.push(
        issue({
          code: 'segment_cycle',
          at,
          field,
          nodeId: node.id,
          message: `Segments refer to each other in a cycle: ${cycle.join(' → ')}`,
          params: { cycle: cycle.join(' → ') },
        }),
      )
    }
  }
}

/** Segment ids that the segment `id` of the catalog refers to. */
function refsOf(id: string, index: CatalogIndex): string[] {
  return referencedSegments(index.segment(id)?.definition.root)
}

/** A cycle of segment references reachable from `start`, if any (as segment ids). Iterative: no stack overflow. */
export function findCycle(start: string, self: string, index: CatalogIndex): string[] | undefined {
  const path: string[] = [self]
  const onPath = new Set<string>([self])
  const done = new Set<string>()
  const frames: { id: string; next: string[] }[] = []
  const enter = (id: string): string[] | undefined => {
    if (onPath.has(id)) return [...path.slice(path.indexOf(id)), id]
    if (done.has(id)) return undefined
    path.push(id)
    onPath.add(id)
    frames.push({ id, next: refsOf(id, index) })
    return undefined
  }
  const first = enter(start)
  if (first) return first
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as { id: string; next: string[] }
    const next = frame.next.pop()
    if (next === undefined) {
      frames.pop()
      path.pop()
      onPath.delete(frame.id)
      done.add(frame.id)
      continue
    }
    const cycle = enter(next)
    if (cycle) return cycle
  }
  return undefined
}
