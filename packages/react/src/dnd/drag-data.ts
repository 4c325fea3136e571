/**
 * What each draggable and droppable of the builder carries as its `data`
 * (given to the drag-and-drop adapter; dnd-kit's `data` ref in the default
 * one): a node of the tree, a group body (drop into a group, even an empty
 * one), or a sequence step. Sequence editors use
 * `useDragAndDrop().adapter.useSortableItem({ id: step.id, data: { type: 'step', sequenceId }, disabled })`.
 */

/** A node of the tree (condition or group) as a sortable item of its parent group. */
export interface NodeDragData {
  type: 'node'
  /** The group that holds the node. */
  parentId: string
  /** Entity type of that group: nodes move only between groups of the same entity. */
  entity: string
}

/** The body of a group, a drop target that appends to the group. */
export interface GroupDropData {
  type: 'group'
  groupId: string
  entity: string
}

/** A step of a sequence, sortable within its sequence only. */
export interface StepDragData {
  type: 'step'
  sequenceId: string
}

/** Any drag or drop data of the builder. */
export type BuilderDragData = NodeDragData | GroupDropData | StepDragData

/** Reads builder data from a dnd-kit data ref (undefined for anything else). */
export function readDragData(data: { current?: unknown } | undefined): BuilderDragData | undefined {
  const value = data?.current
  if (typeof value !== 'object' || value === null || !('type' in value)) return undefined
  const type = (value as { type: unknown }).type
  return type === 'node' || type === 'group' || type === 'step' ? (value as BuilderDragData) : undefined
}

/** DOM id of a group's drop zone (distinct from the group's own id, which is its sortable id). */
export function groupBodyId(groupId: string): string {
  return `${groupId}::body`
}
