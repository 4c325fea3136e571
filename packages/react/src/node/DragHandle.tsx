/** The grip a node is dragged by (pointer or keyboard: Space/Enter, arrows, Space/Enter or Escape). */
import type { DragHandleProps } from '../components.ts'
import { useMessages } from '../context.ts'

/** The default drag handle. */
export function DragHandle({ handleProps, setActivatorRef, disabled }: DragHandleProps) {
  const m = useMessages()
  return (
    <button
      type="button"
      ref={setActivatorRef}
      {...handleProps}
      aria-label={m.dragHandle}
      title={m.dragHandle}
      disabled={disabled}
      data-segkit-part="drag-handle"
    >
      <span aria-hidden="true">⠿</span>
    </button>
  )
}
