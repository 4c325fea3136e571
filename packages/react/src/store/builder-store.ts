/**
 * One vanilla zustand store per builder instance. It holds the segment, an
 * index of its nodes by id (so a row selects its own node cheaply), the
 * validation issues by node, and the undo/redo history. Every action calls a
 * pure tree operation of `@segkit/core`; nothing here reimplements one.
 */
import {
  addNode,
  type Catalog,
  type CatalogItem,
  type ConditionKind,
  conditionForItem,
  createCondition,
  createGroup,
  duplicateNode,
  findParent,
  type Group,
  type IncompleteCondition,
  type Issue,
  incompleteConditions,
  indexSegment,
  moveNode,
  moveNodeBy,
  moveStep,
  removeNode,
  type Segment,
  type SegmentIndex,
  type SegmentNode,
  sameSegment,
  setAtLeast,
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
  /**
   * Adds a new condition to a group: of a kind, with nothing chosen yet (core's `createCondition`), or
   * about a catalog item chosen in the add search (core's `conditionForItem`). Returns its id, or
   * undefined when the catalog offers none. A new condition of a kind is `fresh` until it is edited.
   */
  addCondition: (parentId: string, kind: ConditionKind, entity: string, item?: CatalogItem) => string | undefined
  /**
   * Adds an empty group (`fresh`; its first condition is still to add, e.g. from the group's add
   * search); returns its id.
   */
  addGroup: (parentId: string, entity: string) => string
  /**
   * Takes back a `fresh` node (added and not edited since: the user changed their mind, e.g. with
   * Escape), with the fresh group it leaves empty; as if it had not been added, undo history
   * included. False when the node is not fresh (then nothing changes).
   */
  discardFresh: (id: string) => boolean
  remove: (id: string) => void
  duplicate: (id: string) => void
  move: (id: string, toParentId: string, toIndex: number) => void
  /** Moves a node `delta` places within its group (core's `moveNodeBy`). */
  moveBy: (id: string, delta: number) => void
  moveStep: (sequenceId: string, stepId: string, toIndex: number) => void
  wrapInGroup: (id: string) => void
  ungroup: (id: string) => void
  toggleCombinator: (groupId: string) => void
  /** "At least `atLeast` of these" on an OR group (core's `setAtLeast`; 1 or undefined: any). */
  setAtLeast: (groupId: string, atLeast: number | undefined) => void
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
  /**
   * A text field of the builder gained (`true`) or lost (`false`) focus. The edits of one field visit
   * form one undo step however slowly the user types, so undo never lands on a half-typed value.
   */
  holdCoalescing: (held: boolean) => void
  /** Sets the issues from `parseSegment` shown next to the opaque nodes they concern. */
  setReadIssues: (issues: readonly Issue[]) => void
}

/** State of one builder. */
export interface BuilderState {
  segment: Segment
  catalog: Catalog
  /** Every node of the segment by id (the root group included); the same map as `tree.nodes`. */
  nodes: ReadonlyMap<string, SegmentNode>
  /**
   * Core's tree index of the segment (`indexSegment`): parent, position, place, depth, lock and
   * entity of every node, built once per change so that a row reads its facts without walking the tree.
   */
  tree: SegmentIndex
  /** Every validation issue (errors and warnings) of the current segment, `readIssues` of opaque nodes first. */
  issues: readonly Issue[]
  /**
   * Issues by node id, without those that only say the condition is incomplete (see `incomplete`);
   * an unchanged node keeps the same array, so its row does not re-render.
   */
  issuesByNode: ReadonlyMap<string, readonly Issue[]>
  /** Core's `incompleteConditions`: what the user has not chosen or typed yet, in document order. */
  incomplete: readonly IncompleteCondition[]
  /** The same, by node id. */
  incompleteByNode: ReadonlyMap<string, readonly IncompleteCondition[]>
  /** Nodes added by this builder and not edited since (see `discardFresh`). */
  fresh: ReadonlySet<string>
  past: readonly Segment[]
  future: readonly Segment[]
  /** The segment most recently set from outside by `reset` (the builder does not echo that update back through onChange). */
  external: Segment
  /** Issues from `parseSegment`; those of opaque nodes are shown while the node exists. */
  readIssues: readonly Issue[]
  /**
   * The edit that the next same-key edit merges into (one undo step): its key, when it was made,
   * and whether a text field of the builder is still being edited (then the step stays open however
   * slowly the user types, and closes when the field loses focus).
   */
  coalescing: Coalescing | undefined
  /** A text field of the builder has focus (see `holdCoalescing`). */
  editingText: boolean
  actions: BuilderActions
}

/** The open undo step of {@link BuilderState.coalescing}. */
export interface Coalescing {
  /** What the edits are about (`node:<id>` for a node's own fields). */
  key: string
  /** When the last edit of the step was made (the store's clock). */
  at: number
  /** Opened while a text field had focus: stays open until the field loses focus. */
  held: boolean
}

/** Facts about each node's place in the tree: core's {@link SegmentIndex}. */
export type TreeFacts = SegmentIndex

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
  /** The clock that times coalescing (epoch ms). Default `Date.now`; tests pass their own. */
  now?: () => number
}

const EMPTY_ISSUES: readonly Issue[] = Object.freeze([])
/** Same-key edits this close together (ms) form one undo step, unless a text field keeps the step open. */
export const COALESCE_MS = 1000

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

/** What follows from a segment: its index and its issues. */
function derive(
  segment: Segment,
  catalog: Catalog,
  previous: ReadonlyMap<string, readonly Issue[]>,
  options: ValidateOptions,
  readIssues: readonly Issue[],
) {
  const tree = indexSegment(segment, { catalog })
  const nodes = tree.nodes
  // What parseSegment said about a node it could not read is more precise than validation's
  // generic "cannot be evaluated": keep it while that opaque node is in the segment.
  const read = readIssues.filter((i) => i.nodeId !== undefined && nodes.get(i.nodeId)?.kind === 'opaque')
  const explained = new Set(read.map((i) => i.nodeId))
  const validated = validateSegment(segment, catalog, options)
  const issues = [
    ...read,
    ...validated.filter(
      (i) => !(explained.has(i.nodeId) && (i.code === 'invalid_structure' || i.code === 'unknown_kind')),
    ),
  ]
  // A row still being filled in is shown as incomplete ("Choose a value"), not as an error.
  const incomplete = incompleteConditions(segment, catalog, { issues: validated })
  const unfinished = new Set<Issue>(incomplete.map((entry) => entry.issue))
  const incompleteByNode = new Map<string, IncompleteCondition[]>()
  for (const entry of incomplete) {
    const list = incompleteByNode.get(entry.nodeId)
    if (list) list.push(entry)
    else incompleteByNode.set(entry.nodeId, [entry])
  }
  const shown = unfinished.size === 0 ? issues : issues.filter((i) => !unfinished.has(i))
  return { segment, nodes, tree, issues, issuesByNode: groupIssues(shown, previous), incomplete, incompleteByNode }
}

/** Creates the store of one builder. */
export function createBuilderStore({
  segment,
  catalog,
  historyLimit = 100,
  validate = {},
  readIssues = EMPTY_ISSUES,
  now = Date.now,
}: CreateBuilderStoreOptions): BuilderStore {
  return createStore<BuilderState>()((set, get) => {
    /**
     * The one place the segment changes: derives what follows from it and writes the history.
     * Every action (edits, undo, redo, reset) says only what the new history is.
     */
    const show = (
      next: Segment,
      history: { past: readonly Segment[]; future: readonly Segment[] },
      extra: Partial<Pick<BuilderState, 'external' | 'coalescing' | 'fresh'>> = {},
    ) => {
      const state = get()
      set({
        ...derive(next, state.catalog, state.issuesByNode, validate, state.readIssues),
        past: history.past.length > historyLimit ? history.past.slice(-historyLimit) : history.past,
        future: history.future,
        coalescing: undefined,
        ...extra,
      })
    }
    const commit = (next: Segment, key?: string) => {
      const state = get()
      if (next === state.segment) return
      const at = now()
      const open = state.coalescing
      const merge = key !== undefined && open?.key === key && (open.held || at - open.at < COALESCE_MS)
      show(
        next,
        { past: merge ? state.past : [...state.past, state.segment], future: [] },
        { coalescing: key === undefined ? undefined : { key, at, held: state.editingText } },
      )
    }
    const op = (operation: (segment: Segment) => Segment, coalesce?: string) =>
      commit(operation(get().segment), coalesce)
    const addFresh = (parentId: string, node: SegmentNode, ids: readonly string[]) => {
      const before = get().segment
      op((s) => addNode(s, parentId, node))
      const state = get()
      if (state.segment !== before) set({ fresh: new Set([...state.fresh, ...ids]) })
    }
    const touched = (id: string) => {
      const { fresh } = get()
      if (!fresh.has(id)) return
      const next = new Set(fresh)
      next.delete(id)
      set({ fresh: next })
    }
    const actions: BuilderActions = {
      apply: (operation, options) => op(operation, options?.coalesce),
      replaceNode: (id, next) => {
        op((s) => updateNode(s, id, () => next), `node:${id}`)
        touched(id)
      },
      addCondition: (parentId, kind, entity, item) => {
        const context = { catalog: get().catalog, entity }
        const condition = item ? conditionForItem(item, context) : createCondition(kind, context)
        if (!condition) return undefined
        // One chosen in the search is the user's choice, not a blank row to take back with Escape.
        addFresh(parentId, condition, item ? [] : [condition.id])
        return condition.id
      },
      addGroup: (parentId) => {
        const group: Group = createGroup('and')
        addFresh(parentId, group, [group.id])
        return group.id
      },
      discardFresh: (id) => {
        const state = get()
        const node = state.nodes.get(id)
        // A group that has received a node is no longer the user's to take back with one key.
        if (!state.fresh.has(id) || (node?.kind === 'group' && node.children.length > 0)) return false
        // The fresh group the node was added with goes too, when nothing else is in it.
        const parent = findParent(state.segment, id)
        const emptied = parent && state.fresh.has(parent.parent.id) && parent.parent.children.length === 1
        const gone = emptied ? parent.parent.id : id
        const next = removeNode(state.segment, gone)
        if (next === state.segment) return false
        const fresh = new Set(state.fresh)
        fresh.delete(id)
        fresh.delete(gone)
        const previous = state.past[state.past.length - 1]
        // Back to the segment before the add: that undo step is taken back, not a new one written.
        if (previous && sameSegment(previous, next))
          show(previous, { past: state.past.slice(0, -1), future: state.future }, { fresh })
        else show(next, { past: [...state.past, state.segment], future: [] }, { fresh })
        return true
      },
      remove: (id) => op((s) => removeNode(s, id)),
      duplicate: (id) => op((s) => duplicateNode(s, id)),
      move: (id, toParentId, toIndex) => {
        const { catalog: cat, tree } = get()
        op((s) => moveNode(s, id, toParentId, toIndex, { catalog: cat, index: tree }))
      },
      moveBy: (id, delta) => op((s) => moveNodeBy(s, id, delta)),
      moveStep: (sequenceId, stepId, toIndex) => op((s) => moveStep(s, sequenceId, stepId, toIndex)),
      wrapInGroup: (id) => op((s) => wrapInGroup(s, id)),
      ungroup: (id) => op((s) => ungroup(s, id)),
      toggleCombinator: (id) => op((s) => toggleCombinator(s, id)),
      setAtLeast: (id, atLeast) => op((s) => setAtLeast(s, id, atLeast)),
      toggleNegated: (id) => op((s) => toggleNegated(s, id)),
      setDisabled: (id, on) => op((s) => setDisabled(s, id, on)),
      setLocked: (id, on) => op((s) => setLocked(s, id, on)),
      setCollapsed: (id, on) => op((s) => setCollapsed(s, id, on)),
      undo: () => {
        const { past, future, segment: current } = get()
        const previous = past[past.length - 1]
        if (previous) show(previous, { past: past.slice(0, -1), future: [current, ...future] })
      },
      redo: () => {
        const { past, future, segment: current } = get()
        const next = future[0]
        if (next) show(next, { past: [...past, current], future: future.slice(1) })
      },
      reset: (next) => {
        const state = get()
        // The parent passing back what the builder just emitted — the same object, or an equal copy
        // (a JSON round trip, a cloning store, a form library): not a change from outside.
        if (next === state.segment || sameSegment(next, state.segment)) return
        show(next, { past: [...state.past, state.segment], future: [] }, { external: next })
      },
      holdCoalescing: (held) => {
        const state = get()
        // A field visit starts and ends an undo step of its own.
        if (state.coalescing !== undefined || state.editingText !== held)
          set({ coalescing: undefined, editingText: held })
      },
      setReadIssues: (next) => {
        const state = get()
        if (next === state.readIssues) return
        set({ readIssues: next, ...derive(state.segment, state.catalog, state.issuesByNode, validate, next) })
      },
      setCatalog: (next) => {
        const state = get()
        if (next === state.catalog) return
        set({ catalog: next, ...derive(state.segment, next, state.issuesByNode, validate, state.readIssues) })
      },
    }
    return {
      ...derive(segment, catalog, new Map(), validate, readIssues),
      catalog,
      past: [],
      future: [],
      external: segment,
      readIssues,
      coalescing: undefined,
      editingText: false,
      fresh: new Set<string>(),
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
