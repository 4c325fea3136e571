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
 */
import { type Catalog, type CatalogItem, type ConditionKind, catalogItems } from '@segkit/core'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { AddMenuProps } from '../components.ts'
import { useCatalog, useCatalogSearch, useMessages } from '../context.ts'
import { ActionMenu, type ActionMenuEntry } from '../node/ActionMenu.tsx'
import { closedTriggerProps, PopoverContent, PopoverRoot, PopoverTrigger } from '../popover/Popover.tsx'
import { SearchList } from '../search/SearchList.tsx'
import type { PickerOption } from '../search/search-options.ts'

const NEW_SEQUENCE = 'new:sequence'
const NEW_GROUP = 'new:group'
const RECENT_LIMIT = 5
const REMOTE_KINDS = ['property', 'event'] as const

// Recently added items per catalog and entity, most recent first: shared by the builders of one catalog, in memory only.
const recentItems = new WeakMap<Catalog, Map<string, string[]>>()

function recentOf(catalog: Catalog, entity: string): readonly string[] {
  return recentItems.get(catalog)?.get(entity) ?? []
}

function remember(catalog: Catalog, entity: string, key: string) {
  let perEntity = recentItems.get(catalog)
  if (!perEntity) {
    perEntity = new Map()
    recentItems.set(catalog, perEntity)
  }
  const list = perEntity.get(entity) ?? []
  perEntity.set(entity, [key, ...list.filter((k) => k !== key)].slice(0, RECENT_LIMIT))
}

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
  const { catalog } = useCatalog()
  const [open, setOpen] = useState(false)
  // A plain button until first opened (as the pickers): a tree of many groups mounts no popover parts.
  const [armed, setArmed] = useState(false)
  const [recent, setRecent] = useState<readonly string[]>([])
  // After adding, the group focuses the new row; the popover and the menu must not pull focus back to their trigger.
  const added = useRef(false)
  const anchor = useRef<HTMLSpanElement>(null)

  const items = useMemo(() => catalogItems(catalog, entity, kinds), [catalog, entity, kinds])
  const byKey = useMemo(() => new Map(items.map((item) => [item.key, item])), [items])
  const remote = useCatalogSearch()
  const remoteKinds = REMOTE_KINDS.filter((kind) => kinds.includes(kind))
  const search = remote && remoteKinds.length > 0 ? remote.items(entity, remoteKinds) : undefined
  // A server result chosen: added once the catalog (re-rendered with its definition) holds it.
  const [pending, setPending] = useState<CatalogItem>()
  useEffect(() => {
    if (!pending || !byKey.has(pending.key)) return
    setPending(undefined)
    onAddCondition(pending.kind, byKey.get(pending.key))
  }, [pending, byKey, onAddCondition])
  const options = useMemo(() => {
    const list: PickerOption[] = items.map((item) => ({
      value: item.key,
      label: item.label,
      group: item.kind === 'related' ? (item.group ?? m.searchKinds.related) : m.searchKinds[item.kind],
      description: item.kind === 'related' ? item.description : (item.group ?? item.description),
    }))
    if (kinds.includes('sequence')) list.push({ value: NEW_SEQUENCE, label: m.newSequence, group: m.searchKinds.new })
    if (canAddGroup) list.push({ value: NEW_GROUP, label: m.addGroup, group: m.searchKinds.new })
    return list
  }, [items, kinds, canAddGroup, m])

  const onOpenChange = (next: boolean) => {
    setOpen(next)
    if (next) {
      setArmed(true)
      setRecent(recentOf(catalog, entity))
    }
  }

  // Shift+Enter inside the group opens the search.
  useEffect(() => {
    const group = anchor.current?.closest('[data-segkit-part="group"]')
    if (!group || disabled) return
    const onKeyDown = (event: Event) => {
      if (!(event instanceof KeyboardEvent) || !isAddShortcut(event, group)) return
      event.preventDefault()
      onOpenChange(true)
    }
    group.addEventListener('keydown', onKeyDown)
    return () => group.removeEventListener('keydown', onKeyDown)
  })

  const choose = (option: PickerOption) => {
    added.current = true
    setOpen(false)
    if (option.value === NEW_SEQUENCE) onAddCondition('sequence')
    else if (option.value === NEW_GROUP) onAddGroup()
    else {
      const item: CatalogItem | undefined = byKey.get(option.value)
      if (item) {
        remember(catalog, entity, item.key)
        onAddCondition(item.kind, item)
        return
      }
      const result = remote?.resolveItem(entity, option.value)
      if (!result) return
      const def = result.kind === 'property' ? result.property : result.event
      remember(catalog, entity, option.value)
      setPending({ key: option.value, kind: result.kind, id: def.id, label: def.label })
    }
  }

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
  const onCloseAutoFocus = (event: Event) => {
    if (added.current) event.preventDefault()
    added.current = false
  }

  return (
    <span ref={anchor} data-segkit-part="add-menu">
      {armed ? (
        <PopoverRoot open={open} onOpenChange={onOpenChange} onCloseAutoFocus={onCloseAutoFocus}>
          <PopoverTrigger {...triggerProps}>{triggerContent}</PopoverTrigger>
          {open && (
            <PopoverContent
              role="dialog"
              aria-label={m.addSearchLabel}
              data-segkit-part="popover"
              data-picker=""
              data-add-search=""
              align="start"
              sideOffset={4}
              onOpenAutoFocus={(content) => content.querySelector('input')?.focus({ preventScroll: true })}
            >
              <SearchList
                options={options}
                search={search}
                recent={recent}
                selected={[]}
                label={m.addSearchLabel}
                placeholder={m.addSearchPlaceholder}
                onChoose={choose}
              />
            </PopoverContent>
          )}
        </PopoverRoot>
      ) : (
        <button {...triggerProps} {...closedTriggerProps(() => onOpenChange(true))}>
          {triggerContent}
        </button>
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
