/**
 * The "add" control of a group, at its end: one search across everything a
 * condition can be about — the entity's properties, events, lists, tags, saved
 * segments and the properties of related entities (core's `catalogItems`),
 * grouped by kind, recently added items first — and, beside it, the kind menu
 * for those who would rather pick a kind. Choosing an item adds the condition
 * of the right kind (core's `conditionForItem`): "vip" finds the VIP list even
 * when the user thought of it as a tag. Shift+Enter anywhere inside the group
 * (outside a text field's own use of it) opens the search. With the builder's
 * `searchCatalog`, typed queries also ask the server for properties and events;
 * a chosen result joins the builder's catalog, then its condition is added.
 * The search itself (`AddSearch`) comes with the later chunk: the first opening
 * waits for it when it is not loaded yet, the button keeping the focus.
 */
import type { ConditionKind } from '@segkit/core'
import { useEffect, useRef, useState } from 'react'
import type { AddMenuProps } from '../components.ts'
import { useMessages } from '../context.ts'
import { afterLoad, laterParts } from '../later/load-later.ts'
import { ActionMenu, type ActionMenuEntry } from '../node/ActionMenu.tsx'
import { popoverTriggerProps, usePopover } from '../popover/Popover.tsx'

/** Shift+Enter, typed inside this group (not a nested one, not inside a popover, a sequence or a multi-line field). */
function isAddShortcut(event: KeyboardEvent, group: Element): boolean {
  if (event.key !== 'Enter' || !event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return false
  const target = event.target
  if (!(target instanceof Element) || target instanceof HTMLTextAreaElement) return false
  if (target.closest('[data-segkit-part="popover"], [data-segkit-part="menu"]')) return false
  // Inside a sequence the same keys add a step (the sequence's own "add where you are").
  if (target.closest('[data-segkit-part="sequence-condition"]')) return false
  return target.closest('[data-segkit-part="group"]') === group
}

/** The default add control: the search and the kind menu. */
export function AddMenu({ kinds, onAddCondition, onAddGroup, canAddGroup, disabled, entity }: AddMenuProps) {
  const m = useMessages()
  const [open, setOpen] = useState(false)
  // The search stays mounted once opened: a server result chosen in it is added once the catalog holds it.
  const [armed, setArmed] = useState(false)
  // After adding, the group focuses the new row; the popover and the menu must not pull focus back to their trigger.
  const added = useRef(false)
  const anchor = useRef<HTMLSpanElement>(null)
  // The search comes with the later chunk: an opening before it has loaded waits for it.
  const openSearch = () =>
    afterLoad(() => {
      setArmed(true)
      setOpen(true)
    })
  const onCloseAutoFocus = (event: Event) => {
    if (added.current) event.preventDefault()
    added.current = false
  }
  // The trigger is the same button closed and open (as the pickers'): a tree of many groups mounts no popover parts.
  const popover = usePopover({
    open,
    onOpenChange: (next) => (next ? openSearch() : setOpen(false)),
    onCloseAutoFocus,
  })

  // Shift+Enter inside the group opens the search.
  useEffect(() => {
    const group = anchor.current?.closest('[data-segkit-part="group"]')
    if (!group || disabled) return
    const onKeyDown = (event: Event) => {
      if (!(event instanceof KeyboardEvent) || !isAddShortcut(event, group)) return
      event.preventDefault()
      openSearch()
    }
    group.addEventListener('keydown', onKeyDown)
    return () => group.removeEventListener('keydown', onKeyDown)
  })

  const kindEntries: ActionMenuEntry[] = kinds.map((kind: ConditionKind) => ({
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
    kindEntries.push({ type: 'item', key: 'nothing', label: m.nothingToAdd, disabled: true, onSelect: () => {} })
  if (canAddGroup) {
    kindEntries.push({ type: 'separator', key: 'separator' })
    kindEntries.push({
      type: 'item',
      key: 'group',
      label: m.addGroup,
      onSelect: () => {
        added.current = true
        onAddGroup()
      },
    })
  }

  const triggerProps = {
    disabled,
    'data-segkit-part': 'add-trigger',
    'aria-haspopup': 'dialog',
    'aria-keyshortcuts': m.addShortcut,
    title: m.addShortcut,
  } as const
  const triggerContent = (
    <>
      <span aria-hidden="true">+ </span>
      {m.addCondition}
    </>
  )
  const later = armed ? laterParts() : undefined

  return (
    <span ref={anchor} data-segkit-part="add-menu">
      <button {...popoverTriggerProps(popover, triggerProps)}>{triggerContent}</button>
      {later && (
        <later.AddSearch
          state={popover}
          kinds={kinds}
          entity={entity}
          onAddCondition={onAddCondition}
          onAddGroup={onAddGroup}
          canAddGroup={canAddGroup}
          onChosen={() => {
            added.current = true
          }}
        />
      )}
      <ActionMenu
        part="add-kind-trigger"
        label={m.addByKind}
        trigger={<span aria-hidden="true">▾</span>}
        disabled={disabled}
        align="start"
        entries={kindEntries}
        onCloseAutoFocus={onCloseAutoFocus}
      />
    </span>
  )
}
