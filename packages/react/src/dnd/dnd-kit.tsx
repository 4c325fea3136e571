/**
 * The dnd-kit adapter: the builder's one DndContext ({@link BuilderDndContext}),
 * `SortableContext` per group and sequence, `useSortable` per node and step,
 * `useDroppable` per group body. Exported from `@segkit/react/dnd`.
 */
import { useDroppable } from '@dnd-kit/core'
import {
  horizontalListSortingStrategy,
  SortableContext,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { useCallback, useRef } from 'react'
import { useBuilderStoreApi, useCatalog, useMessages } from '../context.ts'
import { useStableValue } from '../use-stable-value.ts'
import type { DragAndDrop, SortableListProps } from './adapter.ts'
import { BuilderDndContext } from './BuilderDndContext.tsx'
import type { NodeDragData, StepDragData } from './drag-data.ts'
import { useDropSide } from './drop-indicator.ts'
import { nodeLabel } from './node-label.ts'

function SortableList({ id, items, orientation, disabled, children }: SortableListProps) {
  // SortableContext compares items by reference: keep the array stable while the ids are.
  const ids = useStableValue(items) as string[]
  return (
    <SortableContext
      id={id}
      items={ids}
      strategy={orientation === 'vertical' ? verticalListSortingStrategy : horizontalListSortingStrategy}
      disabled={disabled}
    >
      {children}
    </SortableContext>
  )
}

/**
 * Names a node's drag handle after the condition it moves ("Move 'Plan is Pro'"). Kept up to date
 * by a store subscription on the handle element rather than by re-rendering the row on every edit
 * of its value (the label is cached per node, so unchanged nodes cost a lookup).
 */
function useHandleName(
  id: string,
  data: NodeDragData | StepDragData,
  setActivatorNodeRef: (element: HTMLElement | null) => void,
): (element: HTMLElement | null) => void {
  const store = useBuilderStoreApi()
  const { catalog } = useCatalog()
  const m = useMessages()
  const unsubscribe = useRef<(() => void) | undefined>(undefined)
  const entity = data.type === 'node' ? data.entity : undefined
  return useCallback(
    (element: HTMLElement | null) => {
      setActivatorNodeRef(element)
      unsubscribe.current?.()
      unsubscribe.current = undefined
      if (!element || entity === undefined) return
      const name = () => {
        const node = store.getState().nodes.get(id)
        const text = node ? m.dragHandleFor(nodeLabel(node, catalog, entity, m)) : m.dragHandle
        if (element.getAttribute('aria-label') !== text) {
          element.setAttribute('aria-label', text)
          element.setAttribute('title', text)
        }
      }
      name()
      unsubscribe.current = store.subscribe((state, previous) => {
        if (state.nodes.get(id) !== previous.nodes.get(id)) name()
      })
    },
    [setActivatorNodeRef, store, id, entity, catalog, m],
  )
}

/**
 * Drag and drop on dnd-kit, by pointer and keyboard, with screen-reader
 * announcements from the builder's messages:
 * `<SegmentBuilder catalog={catalog} dnd={dragAndDrop} />`.
 */
export const dragAndDrop: DragAndDrop = {
  Provider: BuilderDndContext,
  SortableList,
  useSortableItem({ id, data, disabled }) {
    const sortable = useSortable({ id, data, disabled, attributes: { roleDescription: 'sortable' } })
    const setActivatorRef = useHandleName(id, data, sortable.setActivatorNodeRef)
    const dropSide = useDropSide(id)
    return {
      setNodeRef: sortable.setNodeRef,
      setActivatorRef,
      handleProps: { ...sortable.attributes, ...sortable.listeners },
      style:
        sortable.transform === null && sortable.transition === undefined
          ? undefined
          : { transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition },
      isDragging: sortable.isDragging,
      isOver: sortable.isOver,
      dropSide,
      displayIndex: sortable.newIndex,
    }
  },
  useDropZone({ id, data, disabled }) {
    const droppable = useDroppable({ id, data, disabled })
    return { setNodeRef: droppable.setNodeRef, isOver: droppable.isOver }
  },
}
