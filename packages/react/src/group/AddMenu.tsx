/** The "add" menu of a group: a condition of an allowed kind, or a nested group (Radix DropdownMenu). */
import { DropdownMenu } from 'radix-ui'
import { useRef, useState } from 'react'
import type { AddMenuProps } from '../components.ts'
import { useMessages } from '../context.ts'
import { LazyMenuTrigger, useFocusFirstItem } from '../node/LazyMenuTrigger.tsx'
import { usePortalContainer } from '../portal.tsx'

/** The default add menu. */
export function AddMenu({ kinds, onAddCondition, onAddGroup, canAddGroup, disabled }: AddMenuProps) {
  const m = useMessages()
  // Controlled, so that this component re-renders on opening and reads the (by then mounted) portal container.
  const [open, setOpen] = useState(false)
  // The Radix menu mounts on first use: until then the trigger is a plain button (a closed Radix
  // DropdownMenu costs ~17 components and a second commit at mount, once per row of the tree).
  const [armed, setArmed] = useState(false)
  const openedByKeyboard = useRef(false)
  const content = useRef<HTMLDivElement>(null)
  useFocusFirstItem(open, openedByKeyboard, content)
  const container = usePortalContainer()
  // After adding, the group focuses the new row; the menu must not pull focus back to its trigger.
  const added = useRef(false)
  const label = (
    <>
      <span aria-hidden="true">+ </span>
      {m.addCondition}
    </>
  )
  if (!armed) {
    return (
      <LazyMenuTrigger
        disabled={disabled}
        data-segkit-part="add-trigger"
        onOpen={(byKeyboard) => {
          openedByKeyboard.current = byKeyboard
          setArmed(true)
          setOpen(true)
        }}
      >
        {label}
      </LazyMenuTrigger>
    )
  }
  return (
    <DropdownMenu.Root modal={false} open={open} onOpenChange={setOpen}>
      <DropdownMenu.Trigger disabled={disabled} data-segkit-part="add-trigger">
        {label}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={container}>
        <DropdownMenu.Content
          data-segkit-part="menu"
          align="start"
          sideOffset={4}
          ref={content}
          onCloseAutoFocus={(event) => {
            if (added.current) event.preventDefault()
            added.current = false
          }}
        >
          {kinds.length === 0 && (
            <DropdownMenu.Item disabled data-segkit-part="menu-item">
              {m.nothingToAdd}
            </DropdownMenu.Item>
          )}
          {kinds.map((kind) => (
            <DropdownMenu.Item
              key={kind}
              data-segkit-part="menu-item"
              data-kind={kind}
              onSelect={() => {
                added.current = true
                onAddCondition(kind)
              }}
            >
              {m.kinds[kind]}
            </DropdownMenu.Item>
          ))}
          {canAddGroup && (
            <>
              <DropdownMenu.Separator data-segkit-part="menu-separator" />
              <DropdownMenu.Item
                data-segkit-part="menu-item"
                onSelect={() => {
                  added.current = true
                  onAddGroup()
                }}
              >
                {m.addGroup}
              </DropdownMenu.Item>
            </>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}
