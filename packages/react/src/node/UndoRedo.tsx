/** Undo / redo buttons. */
import type { UndoRedoProps } from '../components.ts'
import { useMessages } from '../context.ts'

/** The default undo / redo controls. */
export function UndoRedo({ canUndo, canRedo, onUndo, onRedo }: UndoRedoProps) {
  const m = useMessages()
  return (
    <div data-segkit-part="history">
      <button type="button" disabled={!canUndo} onClick={onUndo} data-segkit-part="undo">
        {m.undo}
      </button>
      <button type="button" disabled={!canRedo} onClick={onRedo} data-segkit-part="redo">
        {m.redo}
      </button>
    </div>
  )
}
