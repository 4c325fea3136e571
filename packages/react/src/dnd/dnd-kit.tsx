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
import { useStableValue } from '../use-stable-value.ts'
import type { DragAndDrop, SortableListProps } from './adapter.ts'
import { BuilderDndContext } from './BuilderDndContext.tsx'

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
 * Drag and drop on dnd-kit, by pointer and keyboard, with screen-reader
 * announcements from the builder's messages:
 * `<SegmentBuilder catalog={catalog} dnd={dragAndDrop} />`.
 */
export const dragAndDrop: DragAndDrop = {
  Provider: BuilderDndContext,
  SortableList,
  useSortableItem({ id, data, disabled }) {
    const sortable = useSortable({ id, data, disabled, attributes: { roleDescription: 'sortable' } })
    return {
      setNodeRef: sortable.setNodeRef,
      setActivatorRef: sortable.setActivatorNodeRef,
      handleProps: { ...sortable.attributes, ...sortable.listeners },
      style:
        sortable.transform === null && sortable.transition === undefined
          ? undefined
          : { transform: CSS.Translate.toString(sortable.transform), transition: sortable.transition },
      isDragging: sortable.isDragging,
      isOver: sortable.isOver,
    }
  },
  useDropZone({ id, data, disabled }) {
    const droppable = useDroppable({ id, data, disabled })
    return { setNodeRef: droppable.setNodeRef, isOver: droppable.isOver }
  },
}
