/** The "add" menu of a group: a condition of an allowed kind, or a nested group. */
import { useRef } from 'react'
import type { AddMenuProps } from '../components.ts'
import { useMessages } from '../context.ts'
import { ActionMenu, type ActionMenuEntry } from '../node/ActionMenu.tsx'

/** The default add menu. */
export function AddMenu({ kinds, onAddCondition, onAddGroup, canAddGroup, disabled }: AddMenuProps) {
  const m = useMessages()
  // After adding, the group focuses the new row; the menu must not pull focus back to its trigger.
  const added = useRef(false)
  const entries: ActionMenuEntry[] = kinds.map((kind) => ({
    type: 'item',
    key: kind,
    kind,
    label: m.kinds[kind],
    onSelect: () => {
      added.current = true
      onAddCondition(kind)
    },
  }))
  if (kinds.length === 0)
    entries.push({ type: 'item', key: 'nothing', label: m.nothingToAdd, disabled: true, onSelect: () => {} })
  if (canAddGroup) {
    entries.push({ type: 'separator', key: 'separator' })
    entries.push({
      type: 'item',
      key: 'group',
      label: m.addGroup,
      onSelect: () => {
        added.current = true
        onAddGroup()
      },
    })
  }
  return (
    <ActionMenu
      part="add-trigger"
      trigger={
        <>
          <span aria-hidden="true">+ </span>
          {m.addCondition}
        </>
      }
      disabled={disabled}
      align="start"
      entries={entries}
      onCloseAutoFocus={(event) => {
        if (added.current) event.preventDefault()
        added.current = false
      }}
    />
  )
}
