/**
 * Drag and drop as a plug-in. The builder's rows and lists ask the adapter in
 * context for their sortable bindings; without one (the default) they render
 * no drag handles and move only by their buttons and menus. The dnd-kit
 * adapter lives in its own entry, `@segkit/react/dnd`, so that a builder
 * without drag and drop does not ship dnd-kit (~15 kB gzip), as
 * react-querybuilder keeps its drag and drop in `@react-querybuilder/dnd`.
 *
 * An adapter's hooks are called by every row, so one builder must keep one
 * adapter for its lifetime: the builder remounts its tree when the `dnd` prop
 * changes to another object. Pass a module-level constant.
 */
import {
  type ComponentType,
  type CSSProperties,
  createContext,
  Fragment,
  type HTMLAttributes,
  type ReactNode,
  useContext,
} from 'react'
import type { GroupDropData, NodeDragData, StepDragData } from './drag-data.ts'

/** What a sortable item (a node of a group, a sequence step) gets from the adapter. */
export interface SortableBinding {
  /** Ref of the item element (the row or the step card). */
  setNodeRef: (element: HTMLElement | null) => void
  /** Ref of the element the item is dragged by (its handle). */
  setActivatorRef: (element: HTMLElement | null) => void
  /** Spread on the handle: ARIA attributes and the pointer and keyboard listeners. */
  handleProps: HTMLAttributes<HTMLElement>
  /** Inline style of the item while it moves (transform, transition). */
  style: CSSProperties | undefined
  /** This item is being dragged. */
  isDragging: boolean
  /** Another item is being dragged over this one. */
  isOver: boolean
  /**
   * The edge of this item where the dragged one would be inserted, drawn as a line
   * (`data-drop="before" | "after"` on the row). Without it, the row is outlined while `isOver`.
   */
  dropSide?: 'before' | 'after' | undefined
  /**
   * The place this item is shown at while its list is being sorted (0 = first), else its place in
   * the list. The AND / OR word goes with the place, so the item shown first has none.
   */
  displayIndex?: number | undefined
}

/** What a drop zone (a group's body) gets from the adapter. */
export interface DropZoneBinding {
  setNodeRef: (element: HTMLElement | null) => void
  isOver: boolean
}

/** Props of an adapter's sortable list (a group's children, a sequence's steps). */
export interface SortableListProps {
  /** Id of the list (the group or sequence id). */
  id: string
  /** Ids of the items, in order. */
  items: readonly string[]
  orientation: 'vertical' | 'horizontal'
  disabled?: boolean | undefined
  children: ReactNode
}

/**
 * A drag-and-drop implementation for the builder. `@segkit/react/dnd` exports
 * `dragAndDrop`, on dnd-kit; another library can be plugged in by implementing this.
 */
export interface DragAndDrop {
  /** Wraps the builder's tree once (drag context, sensors, announcements, overlay); drops call the store's `move` / `moveStep`. */
  Provider: ComponentType<{ children: ReactNode }>
  /** Wraps the items of one list. */
  SortableList: ComponentType<SortableListProps>
  /** A sortable item: a node of a group or a sequence step. A hook: called on every render of the item. */
  useSortableItem: (options: { id: string; data: NodeDragData | StepDragData; disabled: boolean }) => SortableBinding
  /** The drop zone of a group's body (a node can be dropped into an empty group). A hook. */
  useDropZone: (options: { id: string; data: GroupDropData; disabled: boolean }) => DropZoneBinding
}

const noop = () => {}
const INERT_SORTABLE: SortableBinding = {
  setNodeRef: noop,
  setActivatorRef: noop,
  handleProps: {},
  style: undefined,
  isDragging: false,
  isOver: false,
}
const INERT_DROP_ZONE: DropZoneBinding = { setNodeRef: noop, isOver: false }

/** No drag and drop: the builder's default. */
export const noDragAndDrop: DragAndDrop = {
  Provider: Fragment,
  SortableList: ({ children }) => children,
  useSortableItem: () => INERT_SORTABLE,
  useDropZone: () => INERT_DROP_ZONE,
}

/** The builder's adapter, and whether drag and drop is on. */
export interface DragAndDropState {
  adapter: DragAndDrop
  enabled: boolean
}

const OFF: DragAndDropState = { adapter: noDragAndDrop, enabled: false }

export const DragAndDropContext = createContext<DragAndDropState>(OFF)

/** The enclosing builder's drag-and-drop adapter (the inert one when drag and drop is off). */
export function useDragAndDrop(): DragAndDropState {
  return useContext(DragAndDropContext)
}

/** The state for an adapter (`undefined`: off). */
export function dragAndDropState(adapter: DragAndDrop | undefined): DragAndDropState {
  return adapter === undefined || adapter === noDragAndDrop ? OFF : { adapter, enabled: true }
}
