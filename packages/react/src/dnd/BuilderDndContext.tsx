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
import { canMoveNode, describeNode, findParent } from '@segkit/core'
import { type ReactNode, useCallback, useMemo, useState } from 'react'
import { useBuilderStoreApi, useCatalog, useMessages } from '../context.ts'
import type { BuilderStore } from '../store/builder-store.ts'
import { type BuilderDragData, readDragData } from './drag-data.ts'

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

/** Where a drop puts a node: target group and index as core's `moveNode` counts it. */
function nodeDropTarget(store: BuilderStore, event: DragEndEvent): { parentId: string; index: number } | undefined {
  const { active, over } = event
  if (!over || over.id === active.id) return undefined
  const data = readDragData(over.data)
  const state = store.getState()
  if (data?.type === 'group') {
    const group = state.nodes.get(data.groupId)
    return group?.kind === 'group' ? { parentId: group.id, index: group.children.length } : undefined
  }
  if (data?.type !== 'node') return undefined
  const target = findParent(state.segment, String(over.id))
  const from = findParent(state.segment, String(active.id))
  if (!target || !from) return undefined
  if (target.parent.id === from.parent.id) {
    // Sortable semantics: the node takes the place of the one it was dropped on.
    return { parentId: target.parent.id, index: from.index < target.index ? target.index + 1 : target.index }
  }
  const moved = active.rect.current.translated
  const after = moved !== null && moved.top + moved.height / 2 > over.rect.top + over.rect.height / 2
  return { parentId: target.parent.id, index: after ? target.index + 1 : target.index }
}

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
      if (data?.type === 'group') return m.group
      if (data?.type === 'step') {
        const sequence = state.nodes.get(data.sequenceId)
        const position = sequence?.kind === 'sequence' ? sequence.steps.findIndex((st) => st.id === item.id) : -1
        return m.sequenceStep(position + 1)
      }
      const node = state.nodes.get(String(item.id))
      if (!node || node.kind === 'opaque') return m.condition
      if (node.kind === 'group') return m.group
      return `${m.condition} ${describeNode(node, catalog, data?.entity ?? state.segment.entity)}`
    }
  }, [store, m, catalog])

  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: ({ active }) => m.dndPickedUp(label(active)),
      onDragOver: ({ active, over }) => (over ? m.dndOver(label(active), label(over)) : m.dndNoTarget(label(active))),
      onDragEnd: ({ active, over }) =>
        over ? m.dndDropped(label(active), label(over)) : m.dndCancelled(label(active)),
      onDragCancel: ({ active }) => m.dndCancelled(label(active)),
    }),
    [m, label],
  )

  const accessibility = useMemo(
    () => ({ announcements, screenReaderInstructions: { draggable: m.dndInstructions } }),
    [announcements, m],
  )

  // A node dragged by pointer out of its group is shown by an overlay that follows the pointer
  // (a sortable item only moves within its own list). Keyboard drags keep the item in place and
  // mark the target (data-over) instead, with announcements.
  const [overlay, setOverlay] = useState<string | null>(null)
  const onDragStart = useCallback(
    (event: DragStartEvent) => {
      const byKeyboard = typeof KeyboardEvent !== 'undefined' && event.activatorEvent instanceof KeyboardEvent
      if (!byKeyboard && readDragData(event.active.data)?.type === 'node') setOverlay(label(event.active))
    },
    [label],
  )
  const onDragCancel = useCallback(() => setOverlay(null), [])

  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      setOverlay(null)
      const active = readDragData(event.active.data)
      const { actions, nodes } = store.getState()
      if (active?.type === 'step') {
        const over = event.over
        const overData = readDragData(over?.data)
        if (!over || overData?.type !== 'step' || overData.sequenceId !== active.sequenceId) return
        const sequence = nodes.get(active.sequenceId)
        if (sequence?.kind !== 'sequence') return
        const to = sequence.steps.findIndex((s) => s.id === String(over.id))
        if (to >= 0) actions.moveStep(active.sequenceId, String(event.active.id), to)
        return
      }
      if (active?.type === 'node') {
        const target = nodeDropTarget(store, event)
        if (target) actions.move(String(event.active.id), target.parentId, target.index)
      }
    },
    [store],
  )

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      {children}
      {overlay !== null && (
        <DragOverlay dropAnimation={null}>
          <div data-segkit-part="drag-overlay">{overlay}</div>
        </DragOverlay>
      )}
    </DndContext>
  )
}
