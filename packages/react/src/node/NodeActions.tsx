/** The "more actions" menu of a node: move up / down, duplicate, wrap, disable, lock, remove. */
import { useRef } from 'react'
import type { NodeActionsProps } from '../components.ts'
import { useMessages } from '../context.ts'
import { ActionMenu, type ActionMenuEntry } from './ActionMenu.tsx'

/** The default node actions menu. */
export function NodeActions(props: NodeActionsProps) {
  const { disabled, locked, readOnly, onRemove, onDuplicate, onSetDisabled, onSetLocked, onWrapInGroup, onUngroup } =
    props
  const { onMoveUp, onMoveDown } = props
  const m = useMessages()
  const frozen = readOnly || locked
  // After Remove the trigger is gone: the builder moves focus to a neighbour, the menu must not.
  const removed = useRef(false)
  // After a move the trigger is the same element (the row keeps its key): focus returns to it.
  const entries: ActionMenuEntry[] = []
  if (onMoveUp || onMoveDown) {
    entries.push(
      { type: 'item', key: 'move-up', label: m.moveUp, disabled: frozen || !onMoveUp, onSelect: () => onMoveUp?.() },
      {
        type: 'item',
        key: 'move-down',
        label: m.moveDown,
        disabled: frozen || !onMoveDown,
        onSelect: () => onMoveDown?.(),
      },
      { type: 'separator', key: 'move-separator' },
    )
  }
  entries.push(
    { type: 'item', key: 'duplicate', label: m.duplicate, disabled: readOnly, onSelect: onDuplicate },
    { type: 'item', key: 'wrap', label: m.wrapInGroup, disabled: frozen, onSelect: onWrapInGroup },
  )
  if (onUngroup) entries.push({ type: 'item', key: 'ungroup', label: m.ungroup, disabled: frozen, onSelect: onUngroup })
  entries.push(
    {
      type: 'item',
      key: 'disable',
      label: disabled ? m.enable : m.disable,
      disabled: frozen,
      onSelect: () => onSetDisabled(!disabled),
    },
    {
      type: 'item',
      key: 'lock',
      label: locked ? m.unlock : m.lock,
      disabled: readOnly,
      onSelect: () => onSetLocked(!locked),
    },
    { type: 'separator', key: 'separator' },
    {
      type: 'item',
      key: 'remove',
      label: m.remove,
      danger: true,
      disabled: frozen,
      onSelect: () => {
        removed.current = true
        onRemove()
      },
    },
  )
  return (
    <ActionMenu
      part="actions-trigger"
      trigger={<span aria-hidden="true">⋯</span>}
      label={m.nodeActions}
      align="end"
      entries={entries}
      onCloseAutoFocus={(event) => {
        if (removed.current) event.preventDefault()
      }}
    />
  )
}
