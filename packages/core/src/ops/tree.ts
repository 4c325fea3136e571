/**
 * Immutable tree operations on a segment. Every operation returns a new
 * segment and keeps the identity of every untouched subtree, so a UI that
 * selects nodes by id re-renders only what changed. Locked nodes (and all that
 * a locked group holds) are left as they are: the operation returns the same
 * segment. Nodes inside a related condition's group are part of the tree.
 */

import type { Group, RelatedCondition, Segment, SegmentNode } from '../model/segment.ts'
import { createId } from './ids.ts'
import { canMoveNode, indexSegment, type MoveOptions } from './tree-index.ts'
import type { Combinator } from './types.ts'

/** Where a node sits: its parent group and its index there. */
export interface NodeLocation {
  parent: Group
  index: number
}

function childGroups(node: SegmentNode): Group[] {
  if (node.kind === 'group') return [node]
  if (node.kind === 'related') return [node.root]
  return []
}

/** Finds a node by id (the root group included). */
export function findNode(segment: Segment, id: string): SegmentNode | undefined {
  const walk = (node: SegmentNode): SegmentNode | undefined => {
    if (node.id === id) return node
    if (node.kind === 'group') {
      for (const child of node.children) {
        const found = walk(child)
        if (found) return found
      }
    } else if (node.kind === 'related') {
      return walk(node.root)
    }
    return undefined
  }
  return walk(segment.root)
}

/** The parent group and index of a node; undefined for the root and unknown ids. */
export function findParent(segment: Segment, id: string): NodeLocation | undefined {
  const walk = (group: Group): NodeLocation | undefined => {
    for (let index = 0; index < group.children.length; index++) {
      const child = group.children[index]!
      if (child.id === id) return { parent: group, index }
      for (const inner of childGroups(child)) {
        const found = walk(inner)
        if (found) return found
      }
    }
    return undefined
  }
  return walk(segment.root)
}

/** Ids from the root down to the node (inclusive); empty when not found. */
export function nodePath(segment: Segment, id: string): string[] {
  const walk = (node: SegmentNode, trail: string[]): string[] | undefined => {
    const here = [...trail, node.id]
    if (node.id === id) return here
    if (node.kind === 'related') return walk(node.root, here)
    if (node.kind !== 'group') return undefined
    for (const child of node.children) {
      const found = walk(child, here)
      if (found) return found
    }
    return undefined
  }
  return walk(segment.root, []) ?? []
}

/** True when the node or any group holding it is locked. */
export function isLocked(segment: Segment, id: string): boolean {
  return nodePath(segment, id).some((nodeId) => {
    const node = findNode(segment, nodeId)
    return node !== undefined && node.kind !== 'opaque' && node.locked === true
  })
}

/**
 * Rebuilds the path to one node, replacing it with `replace(node)`; everything
 * off that path keeps its identity. Returns the same segment when nothing changed.
 */
export function mapNode(segment: Segment, id: string, replace: (node: SegmentNode) => SegmentNode): Segment {
  const walk = (node: SegmentNode): SegmentNode => {
    if (node.id === id) return replace(node)
    if (node.kind === 'group') {
      let changed = false
      const children = node.children.map((child) => {
        const next = walk(child)
        if (next !== child) changed = true
        return next
      })
      return changed ? { ...node, children } : node
    }
    if (node.kind === 'related') {
      const root = walk(node.root)
      return root === node.root ? node : ({ ...node, root: root as Group } satisfies RelatedCondition)
    }
    return node
  }
  const root = walk(segment.root)
  return root === segment.root ? segment : { ...segment, root: root as Group }
}

function mapGroup(segment: Segment, groupId: string, replace: (group: Group) => Group): Segment {
  return mapNode(segment, groupId, (node) => (node.kind === 'group' ? replace(node) : node))
}

/** Adds a node to a group (at the end, or at `index`). */
export function addNode(segment: Segment, parentId: string, node: SegmentNode, index?: number): Segment {
  if (isLocked(segment, parentId)) return segment
  return mapGroup(segment, parentId, (group) => {
    const children = [...group.children]
    children.splice(index ?? children.length, 0, node)
    return { ...group, children }
  })
}

/** Removes a node (not the root). */
export function removeNode(segment: Segment, id: string): Segment {
  const location = findParent(segment, id)
  if (!location || isLocked(segment, id)) return segment
  return mapGroup(segment, location.parent.id, (group) => ({
    ...group,
    children: group.children.filter((c) => c.id !== id),
  }))
}

/** Replaces a node by a patch of its fields or by a function of it. The id and kind cannot change. */
export function updateNode<T extends SegmentNode>(
  segment: Segment,
  id: string,
  update: Partial<T> | ((node: T) => T),
): Segment {
  if (isLocked(segment, id)) return segment
  return mapNode(segment, id, (node) => {
    const next = typeof update === 'function' ? update(node as T) : ({ ...node, ...update } as T)
    return { ...next, id: node.id, kind: node.kind } as SegmentNode
  })
}

/**
 * Moves a node into a group at an index (within its group or to another one),
 * when {@link canMoveNode} allows it: the root cannot move, a group cannot move
 * into itself or its descendants, locked nodes stay, and a node moves only
 * between groups of the same entity type. `toIndex` counts positions in the
 * target group before the move.
 */
export function moveNode(
  segment: Segment,
  id: string,
  toParentId: string,
  toIndex: number,
  options: MoveOptions = {},
): Segment {
  const tree = options.index ?? indexSegment(segment, { catalog: options.catalog })
  if (!canMoveNode(segment, id, toParentId, { ...options, index: tree })) return segment
  const from = findParent(segment, id)
  const node = tree.nodes.get(id)
  const target = tree.nodes.get(toParentId)
  if (!from || !node || target?.kind !== 'group') return segment
  let index = Math.max(0, Math.min(toIndex, target.children.length))
  if (from.parent.id === toParentId) {
    if (from.index < index) index -= 1
    if (from.index === index) return segment
  }
  const removed = mapGroup(segment, from.parent.id, (g) => ({ ...g, children: g.children.filter((c) => c.id !== id) }))
  return mapGroup(removed, toParentId, (g) => {
    const children = [...g.children]
    children.splice(index, 0, node)
    return { ...g, children }
  })
}

/**
 * Moves a node `delta` places within its own group (-1: one up, 1: one down),
 * stopping at the ends; the keyboard and menu counterpart of a drag. Locked
 * nodes and groups stay put, as with `moveNode`.
 */
export function moveNodeBy(segment: Segment, id: string, delta: number): Segment {
  const from = findParent(segment, id)
  if (!from || delta === 0) return segment
  const to = Math.max(0, Math.min(from.index + delta, from.parent.children.length - 1))
  // moveNode counts positions before the move: one further down means one more.
  return moveNode(segment, id, from.parent.id, to > from.index ? to + 1 : to)
}

/** A deep copy of a node with fresh ids for every node, step and filter. */
export function cloneWithNewIds<T extends SegmentNode>(node: T): T {
  const withFilters = <F extends { id: string }>(filters: readonly F[]) =>
    filters.map((f) => ({ ...f, id: createId('f') }))
  const copy = (n: SegmentNode): SegmentNode => {
    switch (n.kind) {
      case 'group':
        return { ...n, id: createId('g'), children: n.children.map(copy) }
      case 'related':
        return { ...n, id: createId('c'), root: copy(n.root) as Group }
      case 'event':
        return { ...n, id: createId('c'), filters: withFilters(n.filters) }
      case 'sequence':
        return {
          ...n,
          id: createId('c'),
          steps: n.steps.map((s) => ({ ...s, id: createId('s'), filters: withFilters(s.filters) })),
        }
      case 'property':
      case 'list':
      case 'tag':
      case 'segment':
        return { ...n, id: createId('c') }
      case 'opaque':
        return { ...n, id: createId('c') }
      default: {
        n satisfies never
        throw new Error('unknown node kind')
      }
    }
  }
  return copy(node) as T
}

/** Duplicates a node (deeply, with fresh ids) right after itself. */
export function duplicateNode(segment: Segment, id: string): Segment {
  const location = findParent(segment, id)
  const node = findNode(segment, id)
  if (!location || !node || isLocked(segment, location.parent.id)) return segment
  const copy = cloneWithNewIds(node)
  if (copy.kind !== 'opaque') delete copy.locked
  return addNode(segment, location.parent.id, copy, location.index + 1)
}

/** Wraps a node in a new group of its own, in its place. */
export function wrapInGroup(segment: Segment, id: string, combinator: Combinator = 'and'): Segment {
  const location = findParent(segment, id)
  if (!location || isLocked(segment, id)) return segment
  return mapNode(segment, id, (node) => ({ id: createId('g'), kind: 'group', combinator, children: [node] }))
}

/** Replaces a group (not the root) by its children. */
export function ungroup(segment: Segment, groupId: string): Segment {
  const location = findParent(segment, groupId)
  const group = findNode(segment, groupId)
  if (!location || group?.kind !== 'group' || isLocked(segment, groupId)) return segment
  return mapGroup(segment, location.parent.id, (parent) => {
    const children = [...parent.children]
    children.splice(location.index, 1, ...group.children)
    return { ...parent, children }
  })
}

/** AND ↔ OR; "at least k" belongs to OR and goes with it. */
export function toggleCombinator(segment: Segment, groupId: string): Segment {
  if (isLocked(segment, groupId)) return segment
  return mapGroup(segment, groupId, ({ atLeast: _, ...g }) => ({
    ...g,
    combinator: g.combinator === 'and' ? 'or' : 'and',
  }))
}

/**
 * "At least `atLeast` of these" on an OR group (see `requiredMatches`); 1 or undefined is plain
 * OR and removes the field. An AND group, a locked one or a count that is not a whole number ≥ 1 is left as it is.
 */
export function setAtLeast(segment: Segment, groupId: string, atLeast: number | undefined): Segment {
  if (isLocked(segment, groupId)) return segment
  if (atLeast !== undefined && !(Number.isSafeInteger(atLeast) && atLeast >= 1)) return segment
  const node = findNode(segment, groupId)
  if (node?.kind !== 'group' || node.combinator !== 'or' || node.atLeast === atLeast) return segment
  return mapGroup(segment, groupId, ({ atLeast: _, ...g }) =>
    atLeast === undefined || atLeast === 1 ? g : { ...g, atLeast },
  )
}

/** NOT on / off. */
export function toggleNegated(segment: Segment, groupId: string): Segment {
  if (isLocked(segment, groupId)) return segment
  return mapGroup(segment, groupId, (g) => ({ ...g, negated: !g.negated || undefined }))
}

function setFlag(segment: Segment, id: string, flag: 'disabled' | 'locked' | 'collapsed', on: boolean): Segment {
  return mapNode(segment, id, (node) => {
    if (node.kind === 'opaque') return node
    if (Boolean(node[flag as 'disabled']) === on) return node
    const next = { ...node } as Record<string, unknown>
    if (on) next[flag] = true
    else delete next[flag]
    return next as unknown as SegmentNode
  })
}

/** Disables (kept, shown, ignored when evaluating) or enables a node. */
export function setDisabled(segment: Segment, id: string, disabled: boolean): Segment {
  if (isLocked(segment, id)) return segment
  return setFlag(segment, id, 'disabled', disabled)
}

/** Locks or unlocks a node. Always allowed: locking is how a node is protected. */
export function setLocked(segment: Segment, id: string, locked: boolean): Segment {
  return setFlag(segment, id, 'locked', locked)
}

/** Collapses or expands a group in the builder (no effect on meaning). */
export function setCollapsed(segment: Segment, groupId: string, collapsed: boolean): Segment {
  const node = findNode(segment, groupId)
  if (node?.kind !== 'group') return segment
  return setFlag(segment, groupId, 'collapsed', collapsed)
}
