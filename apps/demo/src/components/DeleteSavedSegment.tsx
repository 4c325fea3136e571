/**
 * Deleting a saved segment, behind a confirmation (Radix AlertDialog). A
 * segment that another saved segment refers to is not deleted: the dialog names
 * the segments that use it instead, so a reference never breaks silently. When
 * only the segment being edited uses it, the dialog says so before deleting.
 */
import type { Segment } from '@segkit/core'
import * as AlertDialog from 'radix-ui/alert-dialog'

const listOf = (segments: readonly Segment[]) => segments.map((s) => `“${s.name}”`).join(', ')

export function DeleteSavedSegment(props: {
  segment: Segment
  /** Saved segments with a condition on this one. */
  usedBy: readonly Segment[]
  /** Whether the segment being edited (not saved) refers to this one. */
  usedByCurrent: boolean
  /** Deleting unmounts this row; the list then moves focus to its undo button. */
  onDelete: () => void
}) {
  const { segment, usedBy } = props
  const blocked = usedBy.length > 0
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <button type="button" className="ghost danger">
          Delete<span className="visually-hidden"> {segment.name}</span>
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog" data-testid="delete-dialog">
          <AlertDialog.Title className="dialog-title">
            {blocked ? `“${segment.name}” is in use` : `Delete “${segment.name}”?`}
          </AlertDialog.Title>
          <AlertDialog.Description className="dialog-text">
            {blocked
              ? `${listOf(usedBy)} ${usedBy.length === 1 ? 'refers' : 'refer'} to it in an “in segment” condition. Remove that condition (or delete ${usedBy.length === 1 ? 'that segment' : 'those segments'}) first, so that no segment is left pointing at nothing.`
              : props.usedByCurrent
                ? 'The segment you are editing refers to it: that condition will have nothing to point at until you undo. You can undo the deletion right after.'
                : 'It is removed from this browser and from the segments you can refer to. You can undo right after.'}
          </AlertDialog.Description>
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button">{blocked ? 'Close' : 'Cancel'}</button>
            </AlertDialog.Cancel>
            {!blocked && (
              <AlertDialog.Action asChild>
                <button type="button" className="primary danger-solid" onClick={props.onDelete}>
                  Delete segment
                </button>
              </AlertDialog.Action>
            )}
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  )
}
