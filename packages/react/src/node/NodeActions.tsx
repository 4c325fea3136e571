/** The "more actions" menu of a node: duplicate, wrap, disable, lock, remove (Radix DropdownMenu). */
import { DropdownMenu } from 'radix-ui'
import { useRef, useState } from 'react'
import type { NodeActionsProps } from '../components.ts'
import { useMessages } from '../context.ts'
import { usePortalContainer } from '../portal.tsx'
import { LazyMenuTrigger, useFocusFirstItem } from './LazyMenuTrigger.tsx'

/** The default node actions menu. */
export function NodeActions(props: NodeActionsProps) {
  const { disabled, locked, readOnly, onRemove, onDuplicate, onSetDisabled, onSetLocked, onWrapInGroup, onUngroup } =
    props
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
  const frozen = readOnly || locked
  // After Remove the trigger is gone: the builder moves focus to a neighbour, the menu must not.
  const removed = useRef(false)
  if (!armed) {
    return (
      <LazyMenuTrigger
        aria-label={m.nodeActions}
        title={m.nodeActions}
        data-segkit-part="actions-trigger"
        onOpen={(byKeyboard) => {
          openedByKeyboard.current = byKeyboard
          setArmed(true)
          setOpen(true)
        }}
      >
        <span aria-hidden="true">⋯</span>
      </LazyMenuTrigger>
    )
  }
  return (
    <DropdownMenu.Root modal={false} open={open} onOpenChange={setOpen}>
      <DropdownMenu.Trigger aria-label={m.nodeActions} title={m.nodeActions} data-segkit-part="actions-trigger">
        <span aria-hidden="true">⋯</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={container}>
        <DropdownMenu.Content
          data-segkit-part="menu"
          align="end"
          sideOffset={4}
          ref={content}
          onCloseAutoFocus={(event) => {
            if (removed.current) event.preventDefault()
          }}
        >
          <DropdownMenu.Item data-segkit-part="menu-item" disabled={readOnly} onSelect={onDuplicate}>
            {m.duplicate}
          </DropdownMenu.Item>
          <DropdownMenu.Item data-segkit-part="menu-item" disabled={frozen} onSelect={onWrapInGroup}>
            {m.wrapInGroup}
          </DropdownMenu.Item>
          {onUngroup && (
            <DropdownMenu.Item data-segkit-part="menu-item" disabled={frozen} onSelect={onUngroup}>
              {m.ungroup}
            </DropdownMenu.Item>
          )}
          <DropdownMenu.Item data-segkit-part="menu-item" disabled={frozen} onSelect={() => onSetDisabled(!disabled)}>
            {disabled ? m.enable : m.disable}
          </DropdownMenu.Item>
          <DropdownMenu.Item data-segkit-part="menu-item" disabled={readOnly} onSelect={() => onSetLocked(!locked)}>
            {locked ? m.unlock : m.lock}
          </DropdownMenu.Item>
          <DropdownMenu.Separator data-segkit-part="menu-separator" />
          <DropdownMenu.Item
            data-segkit-part="menu-item"
            data-danger=""
            disabled={frozen}
            onSelect={() => {
              removed.current = true
              onRemove()
            }}
          >
            {m.remove}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}
