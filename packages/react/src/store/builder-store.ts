/**
 * One vanilla zustand store per builder instance. It holds the segment, an
 * index of its nodes by id (so a row selects its own node cheaply), the
 * validation issues by node, and the undo/redo history. Every action calls a
 * pure tree operation of `@segkit/core`; nothing here reimplements one.
 */
import {
  addNode,
  type Catalog,
  type ConditionKind,
  createCondition,
  createGroup,
  duplicateNode,
  type Group,
  type Issue,
  moveNode,
  moveNodeBy,
  moveStep,
  removeNode,
  type Segment,
  type SegmentNode,
  setCollapsed,
  setDisabled,
  setLocked,
  toggleCombinator,
  toggleNegated,
  ungroup,
  updateNode,
  type ValidateOptions,
  validateSegment,
  wrapInGroup,
} from '@segkit/core'
import { createStore, type StoreApi } from 'zustand/vanilla'

/** Actions of a builder; each applies one core tree operation and records an undo step. */
export interface BuilderActions {
  /** Applies any pure segment operation (`(segment) => segment`). Same-`coalesce` edits in a row form one undo step. */
  apply: (operation: (segment: Segment) => Segment, options?: { coalesce?: string }) => void
  /** Replaces a node by its new version (same id and kind). Consecutive edits of one node form one undo step. */
  replaceNode: (id: string, next: SegmentNode) => void
  /** Adds a new default condition of a kind to a group; returns its id, or undefined when the catalog offers none. */
  addCondition: (parentId: string, kind: ConditionKind, entity: string) => string | undefined
  /** Adds an empty group (holding one default condition when possible); returns its id. */
  addGroup: (parentId: string, entity: string) => string
  remove: (id: string) => void
  duplicate: (id: string) => void
  move: (id: string, toParentId: string, toIndex: number) => void
  /** Moves a node `delta` places within its group (core's `moveNodeBy`). */
  moveBy: (id: string, delta: number) => void
  moveStep: (sequenceId: string, stepId: string, toIndex: number) => void
  wrapInGroup: (id: string) => void
  ungroup: (id: string) => void
  toggleCombinator: (groupId: string) => void
  toggleNegated: (groupId: string) => void
  setDisabled: (id: string, disabled: boolean) => void
  setLocked: (id: string, locked: boolean) => void
  setCollapsed: (groupId: string, collapsed: boolean) => void
  undo: () => void
  redo: () => void
  /** Replaces the whole segment from outside (a controlled `value`); recorded as one undo step. */
  reset: (segment: Segment) => void
  /** Changes the catalog (validation reruns). */
  setCatalog: (catalog: Catalog) => void
  /** Sets the issues from `parseSegment` shown next to the opaque nodes they concern. */
  setReadIssues: (issues: readonly Issue[]) => void
}

/** State of one builder. */
export interface BuilderState {
  segment: Segment
  catalog: Catalog
  /** Every node of the segment by id (the root group included). */
  nodes: ReadonlyMap<string, SegmentNode>
  /**
   * Where each node sits, computed once per segment change so that a row reads
   * its lock state and a group its depth without walking the tree.
   */
  tree: TreeFacts
  /** Every validation issue (errors and warnings) of the current segment. */
  issues: readonly Issue[]
  /** Issues by node id; an unchanged node keeps the same array, so its row does not re-render. */
  issuesByNode: ReadonlyMap<string, readonly Issue[]>
  past: readonly Segment[]
  future: readonly Segment[]
  /** The segment most recently set from outside by `reset` (the builder does not echo that update back through onChange). */
  external: Segment
  actions: BuilderActions
}

/** Facts about each node's place in the tree (see {@link BuilderState.tree}). */
export interface TreeFacts {
  /** Nodes locked by themselves or by a group holding them (core's `isLocked`). */
  locked: ReadonlySet<string>
  /** Id of the group holding each node (the root has none). */
  parent: ReadonlyMap<string, string>
  /** Groups on the path from the root to each group, itself included (related groups too), as validation counts depth. */
  depth: ReadonlyMap<string, number>
  /** Where each node stands among its siblings (what Move up / Move down may do); absent for root groups. */
  place: ReadonlyMap<string, SiblingPlace>
}

/** A node's place in its group: alone, at one end, or between two siblings. */
export type SiblingPlace = 'only' | 'first' | 'last' | 'middle'

function siblingPlace(index: number, count: number): SiblingPlace {
  if (count === 1) return 'only'
  if (index === 0) return 'first'
  return index === count - 1 ? 'last' : 'middle'
}

/** The store of one builder instance. */
export type BuilderStore = StoreApi<BuilderState>

/** Options of {@link createBuilderStore}. */
export interface CreateBuilderStoreOptions {
  segment: Segment
  catalog: Catalog
  /** Most undo steps kept. Default 100. */
  historyLimit?: number
  /** Options of core's `validateSegment` (depth and size limits). */
  validate?: ValidateOptions
  /** Issues from `parseSegment`; those of opaque (unreadable) nodes are shown while the node exists. */
  readIssues?: readonly Issue[]
}

const EMPTY_ISSUES: readonly Issue[] = Object.freeze([])
const COALESCE_MS = 1000

function indexNodes(segment: Segment): { nodes: Map<string, SegmentNode>; tree: TreeFacts } {
  const nodes = new Map<string, SegmentNode>()
  const locked = new Set<string>()
  const parent = new Map<string, string>()
  const depth = new Map<string, number>()
  const place = new Map<string, SiblingPlace>()
  // One walk: a node is locked when it or any node above it is (as core's isLocked reads nodePath).
  const walk = (node: SegmentNode, parentGroup: string | undefined, above: boolean, groups: number) => {
    nodes.set(node.id, node)
    const isLocked = above || (node.kind !== 'opaque' && node.locked === true)
    if (isLocked) locked.add(node.id)
    if (parentGroup !== undefined) parent.set(node.id, parentGroup)
    if (node.kind === 'group') {
      depth.set(node.id, groups + 1)
      node.children.forEach((child, index) => {
        place.set(child.id, siblingPlace(index, node.children.length))
        walk(child, node.id, isLocked, groups + 1)
      })
    } else if (node.kind === 'related') walk(node.root, undefined, isLocked, groups)
  }
  walk(segment.root, undefined, false, 0)
  return { nodes, tree: { locked, parent, depth, place } }
}

function sameIssues(a: readonly Issue[], b: readonly Issue[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (x, i) =>
        x.code === b[i]!.code &&
        x.message === b[i]!.message &&
        x.severity === b[i]!.severity &&
        x.path.join('.') === b[i]!.path.join('.'),
    )
  )
}

function groupIssues(issues: readonly Issue[], previous: ReadonlyMap<string, readonly Issue[]>) {
  const fresh = new Map<string, Issue[]>()
  for (const i of issues) {
    const key = i.nodeId ?? ''
    const list = fresh.get(key)
    if (list) list.push(i)
    else fresh.set(key, [i])
  }
  const byNode = new Map<string, readonly Issue[]>()
  for (const [id, list] of fresh) {
    const before = previous.get(id)
    byNode.set(id, before && sameIssues(before, list) ? before : list)
  }
  return byNode
}

function derive(
  segment: Segment,
  catalog: Catalog,
  previous: ReadonlyMap<string, readonly Issue[]>,
  options: ValidateOptions,
  readIssues: readonly Issue[],
) {
  const { nodes, tree } = indexNodes(segment)
  // What parseSegment said about a node it could not read is more precise than validation's
  // generic "cannot be evaluated": keep it while that opaque node is in the segment.
  const read = readIssues.filter((i) => i.nodeId !== undefined && nodes.get(i.nodeId)?.kind === 'opaque')
  const explained = new Set(read.map((i) => i.nodeId))
  const issues = [
    ...read,
    ...validateSegment(segment, catalog, options).filter(
      (i) => !(explained.has(i.nodeId) && (i.code === 'invalid_structure' || i.code === 'unknown_kind')),
    ),
  ]
  return { segment, nodes, tree, issues, issuesByNode: groupIssues(issues, previous) }
}

/** Creates the store of one builder. */
export function createBuilderStore({
  segment,
  catalog,
  historyLimit = 100,
  validate = {},
  readIssues: initialReadIssues = [],
}: CreateBuilderStoreOptions): BuilderStore {
  let readIssues = initialReadIssues
  let lastCoalesce: { key: string; at: number } | undefined
  return createStore<BuilderState>()((set, get) => {
    const commit = (next: Segment, coalesce?: string) => {
      const state = get()
      if (next === state.segment) return
      const now = Date.now()
      const merge = coalesce !== undefined && lastCoalesce?.key === coalesce && now - lastCoalesce.at < COALESCE_MS
      lastCoalesce = coalesce === undefined ? undefined : { key: coalesce, at: now }
      const past = merge ? state.past : [...state.past, state.segment].slice(-historyLimit)
      set({ ...derive(next, state.catalog, state.issuesByNode, validate, readIssues), past, future: [] })
    }
    const op = (operation: (segment: Segment) => Segment, coalesce?: string) =>
      commit(operation(get().segment), coalesce)
    const actions: BuilderActions = {
      apply: (operation, options) => op(operation, options?.coalesce),
      replaceNode: (id, next) => op((s) => updateNode(s, id, () => next), `node:${id}`),
      addCondition: (parentId, kind, entity) => {
        const condition = createCondition(kind, { catalog: get().catalog, entity })
        if (!condition) return undefined
        op((s) => addNode(s, parentId, condition))
        return condition.id
      },
      addGroup: (parentId, entity) => {
        const first = createCondition('property', { catalog: get().catalog, entity })
        const group: Group = createGroup('and', first ? [first] : [])
        op((s) => addNode(s, parentId, group))
        return group.id
      },
      remove: (id) => op((s) => removeNode(s, id)),
      duplicate: (id) => op((s) => duplicateNode(s, id)),
      move: (id, toParentId, toIndex) => op((s) => moveNode(s, id, toParentId, toIndex)),
      moveBy: (id, delta) => op((s) => moveNodeBy(s, id, delta)),
      moveStep: (sequenceId, stepId, toIndex) => op((s) => moveStep(s, sequenceId, stepId, toIndex)),
      wrapInGroup: (id) => op((s) => wrapInGroup(s, id)),
      ungroup: (id) => op((s) => ungroup(s, id)),
      toggleCombinator: (id) => op((s) => toggleCombinator(s, id)),
      toggleNegated: (id) => op((s) => toggleNegated(s, id)),
      setDisabled: (id, on) => op((s) => setDisabled(s, id, on)),
      setLocked: (id, on) => op((s) => setLocked(s, id, on)),
      setCollapsed: (id, on) => op((s) => setCollapsed(s, id, on)),
      undo: () => {
        const { past, future, segment: current, catalog: cat, issuesByNode } = get()
        const previous = past[past.length - 1]
        if (!previous) return
        lastCoalesce = undefined
        set({
          ...derive(previous, cat, issuesByNode, validate, readIssues),
          past: past.slice(0, -1),
          future: [current, ...future],
        })
      },
      redo: () => {
        const { past, future, segment: current, catalog: cat, issuesByNode } = get()
        const next = future[0]
        if (!next) return
        lastCoalesce = undefined
        set({
          ...derive(next, cat, issuesByNode, validate, readIssues),
          past: [...past, current],
          future: future.slice(1),
        })
      },
      reset: (next) => {
        const state = get()
        // The parent passing back what the store just sent it: nothing to do (and no store notification).
        if (next === state.segment) return
        lastCoalesce = undefined
        set({
          ...derive(next, state.catalog, state.issuesByNode, validate, readIssues),
          external: next,
          past: [...state.past, state.segment].slice(-historyLimit),
          future: [],
        })
      },
      setReadIssues: (next) => {
        if (next === readIssues) return
        readIssues = next
        const state = get()
        set(derive(state.segment, state.catalog, state.issuesByNode, validate, readIssues))
      },
      setCatalog: (next) => {
        const state = get()
        if (next === state.catalog) return
        set({ catalog: next, ...derive(state.segment, next, state.issuesByNode, validate, readIssues) })
      },
    }
    return {
      ...derive(segment, catalog, new Map(), validate, readIssues),
      catalog,
      past: [],
      future: [],
      external: segment,
      actions,
    }
  })
}

/** True when the node or a group holding it is locked. */
export function selectIsLocked(state: BuilderState, nodeId: string): boolean {
  return state.tree.locked.has(nodeId)
}

/** True when the group holding the node is locked (itself or above). */
export function selectParentLocked(state: BuilderState, nodeId: string): boolean {
  const parent = state.tree.parent.get(nodeId)
  return parent !== undefined && state.tree.locked.has(parent)
}

/** The issues of one node (a shared empty array when it has none). */
export function selectNodeIssues(state: BuilderState, nodeId: string): readonly Issue[] {
  return state.issuesByNode.get(nodeId) ?? EMPTY_ISSUES
}
