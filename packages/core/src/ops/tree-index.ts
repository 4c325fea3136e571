/**
 * The tree index of a segment: every node by id and the facts about its place
 * (parent, position among its siblings, group depth, lock state, the entity its
 * group talks about), built in one walk. Editors read it instead of walking the
 * tree per row, and {@link canMoveNode} reads it to decide what a drag may do,
 * so that the builder and core's tree operations cannot disagree.
 */
import { indexCatalog } from '../catalog/index-catalog.ts'
import type { Catalog } from '../catalog/schema.ts'
import type { Segment, SegmentNode } from '../model/segment.ts'

/** A node's place in its group: alone, at one end, or between two siblings (what Move up / Move down may do). */
export type SiblingPlace = 'only' | 'first' | 'last' | 'middle'

/** Facts about every node of a segment (see {@link indexSegment}). */
export interface SegmentIndex {
  /** Every node by id, the root group and the nodes inside related conditions included. */
  readonly nodes: ReadonlyMap<string, SegmentNode>
  /** Nodes locked by themselves or by a node holding them (as {@link isLocked} says). */
  readonly locked: ReadonlySet<string>
  /** Id of the group holding each node; the segment's root and the root of a related condition have none. */
  readonly parent: ReadonlyMap<string, string>
  /** Index of each node among its siblings; absent for root groups. */
  readonly position: ReadonlyMap<string, number>
  /** Where each node stands among its siblings; absent for root groups. */
  readonly place: ReadonlyMap<string, SiblingPlace>
  /** For each group: the groups on the path from the segment's root to it, itself included, as validation counts depth. */
  readonly depth: ReadonlyMap<string, number>
  /**
   * For each group: the id of the root group of its scope — the segment's root, or the root of the
   * nearest related condition above it. Nodes of one scope talk about the same entity.
   */
  readonly scope: ReadonlyMap<string, string>
  /**
   * For each group: the entity type its conditions talk about (the segment's entity, or a relation's
   * target read from the catalog); absent when a relation is not in the catalog or no catalog was given.
   */
  readonly entity: ReadonlyMap<string, string>
  /** For the root group of each related condition: the id of that condition. */
  readonly owner: ReadonlyMap<string, string>
}

/** Options of {@link indexSegment}. */
export interface IndexSegmentOptions {
  /** Resolves the entity of the groups inside related conditions (`SegmentIndex.entity`). */
  catalog?: Catalog | undefined
}

function siblingPlace(index: number, count: number): SiblingPlace {
  if (count === 1) return 'only'
  if (index === 0) return 'first'
  return index === count - 1 ? 'last' : 'middle'
}

/** Builds the {@link SegmentIndex} of a segment in one walk. */
export function indexSegment(segment: Segment, options: IndexSegmentOptions = {}): SegmentIndex {
  const catalogIndex = options.catalog ? indexCatalog(options.catalog) : undefined
  const nodes = new Map<string, SegmentNode>()
  const locked = new Set<string>()
  const parent = new Map<string, string>()
  const position = new Map<string, number>()
  const place = new Map<string, SiblingPlace>()
  const depth = new Map<string, number>()
  const scope = new Map<string, string>()
  const entity = new Map<string, string>()
  const owner = new Map<string, string>()
  // An explicit stack rather than recursion: a deep (invalid) segment must not overflow the call stack.
  interface Frame {
    node: SegmentNode
    above: boolean
    groups: number
    scopeId: string
    entity: string | undefined
  }
  const stack: Frame[] = [
    { node: segment.root, above: false, groups: 0, scopeId: segment.root.id, entity: segment.entity },
  ]
  while (stack.length > 0) {
    const { node, above, groups, scopeId, entity: here } = stack.pop()!
    nodes.set(node.id, node)
    const isNodeLocked = above || (node.kind !== 'opaque' && node.locked === true)
    if (isNodeLocked) locked.add(node.id)
    if (node.kind === 'group') {
      depth.set(node.id, groups + 1)
      scope.set(node.id, scopeId)
      if (here !== undefined) entity.set(node.id, here)
      const count = node.children.length
      // Pushed in reverse so that nodes are visited in document order (the first id wins on duplicates).
      for (let index = count - 1; index >= 0; index--) {
        const child = node.children[index]!
        parent.set(child.id, node.id)
        position.set(child.id, index)
        place.set(child.id, siblingPlace(index, count))
        stack.push({ node: child, above: isNodeLocked, groups: groups + 1, scopeId, entity: here })
      }
    } else if (node.kind === 'related') {
      const target =
        here === undefined || catalogIndex === undefined
          ? undefined
          : catalogIndex.relation(here, node.relation)?.target
      owner.set(node.root.id, node.id)
      stack.push({ node: node.root, above: isNodeLocked, groups, scopeId: node.root.id, entity: target })
    }
  }
  return { nodes, locked, parent, position, place, depth, scope, entity, owner }
}

/** Options of {@link canMoveNode} and `moveNode`. */
export interface MoveOptions {
  /** Lets a node move between related groups whose relations reach the same entity type. */
  catalog?: Catalog | undefined
  /** An index of this very segment, when the caller has one (saves a walk per question). */
  index?: SegmentIndex | undefined
}

function sameEntity(index: SegmentIndex, fromGroup: string, toGroup: string): boolean {
  if (index.scope.get(fromGroup) === index.scope.get(toGroup)) return true
  const a = index.entity.get(fromGroup)
  const b = index.entity.get(toGroup)
  return a !== undefined && a === b
}

/**
 * May the node `id` move into the group `toParentId`? Not the root or a related
 * condition's root; not into a node that is not a group; not into itself or its
 * descendants; not when the node or the target is locked; and only between
 * groups that talk about the same entity type (a user condition cannot move into
 * an account's group). Drag and drop and `moveNode` ask this one question.
 */
export function canMoveNode(segment: Segment, id: string, toParentId: string, options: MoveOptions = {}): boolean {
  const index = options.index ?? indexSegment(segment, { catalog: options.catalog })
  const from = index.parent.get(id)
  const target = index.nodes.get(toParentId)
  if (from === undefined || target?.kind !== 'group') return false
  if (index.locked.has(id) || index.locked.has(toParentId)) return false
  // Into itself or below itself: the target's ancestors (through related conditions too) include the node.
  for (let at: string | undefined = toParentId; at !== undefined; at = ancestorOf(index, at)) {
    if (at === id) return false
  }
  return sameEntity(index, from, toParentId)
}

/** The group or related condition holding a node (crossing from a related condition's root to the condition). */
function ancestorOf(index: SegmentIndex, id: string): string | undefined {
  return index.parent.get(id) ?? index.owner.get(id)
}
