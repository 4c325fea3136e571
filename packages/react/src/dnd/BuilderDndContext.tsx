/**
 * The one DndContext of a builder: pointer and keyboard sensors, collision
 * detection that keeps nodes with nodes and steps within their sequence,
 * screen-reader announcements from messages, and drops turned into core's
 * `moveNode` / `moveStep` through the store.
 */
import {
  type Announcements,
  type CollisionDetection,
  closestCorners,
  DndContext,
  type DragEndEvent,
  type DragMoveEvent,
  DragOverlay,
  type DragStartEvent,
  type DroppableContainer,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from '@dnd-kit/core'
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable'
import { canMoveNode } from '@segkit/core'
import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react'
import { useBuilderStoreApi, useCatalog, useMessages } from '../context.ts'
import type { BuilderStore } from '../store/builder-store.ts'
import { type BuilderDragData, readDragData } from './drag-data.ts'
import { createDropIndicator, DropIndicatorContext, type DropLine } from './drop-indicator.ts'
import { nodeLabel } from './node-label.ts'

const POINTER_OPTIONS = { activationConstraint: { distance: 4 } }

/** May `candidate` receive the dragged item described by `active`? */
function accepts(
  store: BuilderStore,
  activeId: UniqueIdentifier,
  active: BuilderDragData | undefined,
  candidate: DroppableContainer,
): boolean {
  const data = readDragData(candidate.data)
  if (!active || !data) return false
  // The dragged item may be over itself (sortable: "not moved yet"), so that one arrow key
  // moves it by one place (dnd-kit's keyboard getter skips the current `over`).
  if (candidate.id === activeId) return true
  if (active.type === 'step') return data.type === 'step' && data.sequenceId === active.sequenceId
  if (active.type !== 'node' || data.type === 'step') return false
  // Over a group's body the node goes into that group; over a row, beside it in the row's group.
  // Core decides whether that move is legal, as `moveNode` will when it is dropped.
  const targetGroup = data.type === 'group' ? data.groupId : data.parentId
  const { segment, tree } = store.getState()
  return canMoveNode(segment, String(activeId), targetGroup, { index: tree })
}

function compatible(store: BuilderStore, args: Parameters<CollisionDetection>[0]): DroppableContainer[] {
  const active = readDragData(args.active.data)
  return args.droppableContainers.filter((c) => accepts(store, args.active.id, active, c))
}

/** Pointer: the smallest compatible drop target under the pointer; keyboard: the closest corners. */
function collisionDetectionFor(store: BuilderStore): CollisionDetection {
  return (args) => {
    const droppableContainers = compatible(store, args)
    if (args.pointerCoordinates) {
      const within = pointerWithin({ ...args, droppableContainers })
      if (within.length > 0) {
        const area = (id: UniqueIdentifier) => {
          const rect = args.droppableRects.get(id)
          return rect ? rect.width * rect.height : Number.POSITIVE_INFINITY
        }
        return [...within].sort((a, b) => area(a.id) - area(b.id))
      }
    }
    return closestCorners({ ...args, droppableContainers })
  }
}

/** dnd-kit's sortable keyboard coordinates, restricted to compatible targets. */
function keyboardCoordinatesFor(store: BuilderStore): KeyboardCoordinateGetter {
  return (event, args) => {
    const { context } = args
    if (!context.active) return sortableKeyboardCoordinates(event, args)
    const activeData = readDragData(context.active.data)
    const all = context.droppableContainers
    const enabled = all.getEnabled().filter((c) => accepts(store, context.active!.id, activeData, c))
    // Only `getEnabled` and `get` are used by the sortable getter.
    const restricted = { getEnabled: () => enabled, get: (id: UniqueIdentifier) => all.get(id) }
    return sortableKeyboardCoordinates(event, {
      ...args,
      context: { ...context, droppableContainers: restricted as unknown as typeof all },
    })
  }
}

/** The parts of dnd-kit's active and over items that a drop target is computed from. */
type DragActive = Parameters<NonNullable<Announcements['onDragOver']>>[0]['active']
type DragOver = NonNullable<Parameters<NonNullable<Announcements['onDragOver']>>[0]['over']>

/**
 * Where a drop puts a node: target group and index as core's `moveNode` counts it. Across groups
 * the node goes before or after the row it is over: by pointer, after when its centre is below the
 * row's centre; by keyboard, after when it travelled down — so both land in the same place.
 */
function nodeDropTarget(
  store: BuilderStore,
  active: DragActive,
  over: DragOver | null,
  byKeyboard: boolean,
): { parentId: string; index: number } | undefined {
  if (!over || over.id === active.id) return undefined
  const data = readDragData(over.data)
  const { nodes, tree } = store.getState()
  if (data?.type === 'group') {
    const group = nodes.get(data.groupId)
    return group?.kind === 'group' ? { parentId: group.id, index: group.children.length } : undefined
  }
  if (data?.type !== 'node') return undefined
  const overId = String(over.id)
  const activeId = String(active.id)
  const targetParent = tree.parent.get(overId)
  const targetIndex = tree.position.get(overId)
  const fromParent = tree.parent.get(activeId)
  const fromIndex = tree.position.get(activeId)
  if (targetParent === undefined || targetIndex === undefined || fromParent === undefined || fromIndex === undefined)
    return undefined
  if (targetParent === fromParent) {
    // Sortable semantics: the node takes the place of the one it was dropped on.
    return { parentId: targetParent, index: fromIndex < targetIndex ? targetIndex + 1 : targetIndex }
  }
  const initial = active.rect.current.initial
  const moved = active.rect.current.translated
  const after = byKeyboard
    ? initial !== null && over.rect.top > initial.top
    : moved !== null && moved.top + moved.height / 2 > over.rect.top + over.rect.height / 2
  return { parentId: targetParent, index: after ? targetIndex + 1 : targetIndex }
}

/**
 * The insertion line for a node over another row: on the edge of that row where the drop puts it
 * (over a group's body, the body itself is marked instead).
 */
function dropLine(
  store: BuilderStore,
  active: DragActive,
  over: DragOver | null,
  byKeyboard: boolean,
): DropLine | undefined {
  if (readDragData(active.data)?.type !== 'node' || readDragData(over?.data)?.type !== 'node' || !over) return undefined
  const target = nodeDropTarget(store, active, over, byKeyboard)
  const overIndex = store.getState().tree.position.get(String(over.id))
  if (!target || overIndex === undefined) return undefined
  return { id: String(over.id), side: target.index > overIndex ? 'after' : 'before' }
}

/** A place in a group as people count it: 1-based, after the move. */
interface Place {
  groupId: string
  position: number
}

/** The place a node would have after `moveNode(id, parentId, index)` (index counted before the move). */
function placeAfterMove(store: BuilderStore, id: string, target: { parentId: string; index: number }): Place {
  const { tree } = store.getState()
  const sameGroup = tree.parent.get(id) === target.parentId
  const from = tree.position.get(id) ?? 0
  const index = sameGroup && from < target.index ? target.index - 1 : target.index
  return { groupId: target.parentId, position: index + 1 }
}

/** Where a node is now. */
function currentPlace(store: BuilderStore, id: string): Place | undefined {
  const { tree } = store.getState()
  const groupId = tree.parent.get(id)
  const index = tree.position.get(id)
  return groupId === undefined || index === undefined ? undefined : { groupId, position: index + 1 }
}

const samePlace = (a: Place | undefined, b: Place | undefined) =>
  a !== undefined && b !== undefined && a.groupId === b.groupId && a.position === b.position

/** Provides drag and drop to every node, group and sequence step of the builder. */
export function BuilderDndContext({ children }: { children: ReactNode }) {
  const store = useBuilderStoreApi()
  const m = useMessages()
  const { catalog } = useCatalog()
  // Stable sensor options: new ones would change DndContext's value and re-render every row.
  const keyboardOptions = useMemo(() => ({ coordinateGetter: keyboardCoordinatesFor(store) }), [store])
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, keyboardOptions))
  const collisionDetection = useMemo(() => collisionDetectionFor(store), [store])

  const label = useMemo(() => {
    return (item: { id: UniqueIdentifier; data: { current?: unknown } } | null): string => {
      if (!item) return ''
      const data = readDragData(item.data)
      const state = store.getState()
      if (data?.type === 'step') {
        const sequence = state.nodes.get(data.sequenceId)
        const position = sequence?.kind === 'sequence' ? sequence.steps.findIndex((st) => st.id === item.id) : -1
        return m.sequenceStep(position + 1)
      }
      const node = state.nodes.get(String(item.id))
      return node
        ? nodeLabel(node, catalog, data?.type === 'node' ? data.entity : state.segment.entity, m)
        : m.condition
    }
  }, [store, m, catalog])

  const groupName = useCallback(
    (groupId: string): string => {
      const node = store.getState().nodes.get(groupId)
      if (node?.kind === 'sequence') return m.kinds.sequence
      return node?.kind === 'group' && node.combinator === 'or' ? m.dndGroupAny : m.dndGroupAll
    },
    [store, m],
  )

  // Per drag: how it started, the place last announced (so "Picked up" is not replaced by the item
  // being "over" itself), and what the drop handler found, for the drop announcement.
  const drag = useRef<{ byKeyboard: boolean; announced: Place | undefined; dropped: string | undefined }>({
    byKeyboard: false,
    announced: undefined,
    dropped: undefined,
  })

  const stepPlace = useCallback(
    (active: DragActive, over: DragOver | null): Place | undefined => {
      const data = readDragData(active.data)
      const overData = readDragData(over?.data)
      if (data?.type !== 'step' || overData?.type !== 'step' || !over) return undefined
      const sequence = store.getState().nodes.get(data.sequenceId)
      if (sequence?.kind !== 'sequence') return undefined
      return { groupId: data.sequenceId, position: sequence.steps.findIndex((s) => s.id === String(over.id)) + 1 }
    },
    [store],
  )

  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: ({ active }) => m.dndPickedUp(label(active)),
      onDragOver: ({ active, over }) => {
        if (!over) return m.dndNoTarget(label(active))
        const id = String(active.id)
        const data = readDragData(active.data)
        let place: Place | undefined
        if (data?.type === 'step') place = stepPlace(active, over)
        else if (over.id === active.id) place = currentPlace(store, id)
        else {
          const target = nodeDropTarget(store, active, over, drag.current.byKeyboard)
          place = target ? placeAfterMove(store, id, target) : undefined
        }
        if (!place || samePlace(place, drag.current.announced)) return undefined
        drag.current.announced = place
        return m.dndOver(label(active), place.position, groupName(place.groupId))
      },
      onDragEnd: ({ active }) => drag.current.dropped ?? m.dndCancelled(label(active)),
      onDragCancel: ({ active }) => m.dndCancelled(label(active)),
    }),
    [m, label, store, groupName, stepPlace],
  )

  const accessibility = useMemo(
    () => ({ announcements, screenReaderInstructions: { draggable: m.dndInstructions } }),
    [announcements, m],
  )

  // A node dragged by pointer out of its group is shown by an overlay that follows the pointer
  // (a sortable item only moves within its own list). Keyboard drags keep the item in place and
  // mark the target (data-over) instead, with announcements.
  const [overlay, setOverlay] = useState<string | null>(null)
  const [indicator] = useState(createDropIndicator)
  // On every move, not only when the target changes: by pointer, the side flips at the row's middle.
  const onDragMove = useCallback(
    (event: DragMoveEvent) => indicator.set(dropLine(store, event.active, event.over, drag.current.byKeyboard)),
    [indicator, store],
  )
  const onDragStart = useCallback(
    (event: DragStartEvent) => {
      const byKeyboard = typeof KeyboardEvent !== 'undefined' && event.activatorEvent instanceof KeyboardEvent
      const id = String(event.active.id)
      const data = readDragData(event.active.data)
      drag.current = {
        byKeyboard,
        announced: data?.type === 'step' ? undefined : currentPlace(store, id),
        dropped: undefined,
      }
      if (data?.type === 'step') {
        const sequence = store.getState().nodes.get(data.sequenceId)
        const position = sequence?.kind === 'sequence' ? sequence.steps.findIndex((s) => s.id === id) + 1 : 0
        drag.current.announced = { groupId: data.sequenceId, position }
      }
      if (!byKeyboard && data?.type === 'node') setOverlay(label(event.active))
    },
    [label, store],
  )
  const onDragCancel = useCallback(() => {
    setOverlay(null)
    indicator.set(undefined)
  }, [indicator])

  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      setOverlay(null)
      indicator.set(undefined)
      const active = readDragData(event.active.data)
      const id = String(event.active.id)
      const { actions, nodes } = store.getState()
      if (!event.over) return
      if (active?.type === 'step') {
        const over = event.over
        const overData = readDragData(over.data)
        if (overData?.type !== 'step' || overData.sequenceId !== active.sequenceId) return
        const sequence = nodes.get(active.sequenceId)
        if (sequence?.kind !== 'sequence') return
        const to = sequence.steps.findIndex((s) => s.id === String(over.id))
        if (to >= 0) actions.moveStep(active.sequenceId, id, to)
        // The step's label is its (new) position: name it by where it came from.
        const from = sequence.steps.findIndex((s) => s.id === id)
        drag.current.dropped = m.dndDropped(m.sequenceStep(from + 1), to + 1, m.kinds.sequence)
        return
      }
      if (active?.type === 'node') {
        const target = nodeDropTarget(store, event.active, event.over, drag.current.byKeyboard)
        if (target) actions.move(id, target.parentId, target.index)
        const place = currentPlace(store, id)
        if (place) drag.current.dropped = m.dndDropped(label(event.active), place.position, groupName(place.groupId))
      }
    },
    [store, m, label, groupName, indicator],
  )

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragOver={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      <DropIndicatorContext.Provider value={indicator}>{children}</DropIndicatorContext.Provider>
      {overlay !== null && (
        <DragOverlay dropAnimation={null}>
          <div data-segkit-part="drag-overlay">{overlay}</div>
        </DragOverlay>
      )}
    </DndContext>
  )
}
