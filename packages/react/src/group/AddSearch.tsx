/**
 * The add search of a group's {@link AddMenu} (in the later chunk): one search across everything a
 * condition can be about (core's `catalogItems`), grouped by kind, recently added items first, with
 * the server's results when the builder has `searchCatalog`. The add menu renders its trigger and
 * mounts this from its first opening on (the content itself only while open), so that a server
 * result chosen here is added once the catalog holds it.
 */
import { type Catalog, type CatalogItem, catalogItems } from '@segkit/core'
import { useEffect, useMemo, useState } from 'react'
import type { AddMenuProps } from '../components.ts'
import { useCatalog, useCatalogSearch, useMessages } from '../context.ts'
import { PickerPopup } from '../fields/PickerPopup.tsx'
import type { PopoverState } from '../popover/Popover.tsx'
import type { PickerOption } from '../search/option-values.ts'

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

/** Props of {@link AddSearch}. */
export interface AddSearchProps extends Omit<AddMenuProps, 'disabled'> {
  /** The state of the popover whose trigger the add menu renders. */
  state: PopoverState
  /** Called as an item is chosen, before its condition is added (the menu then leaves focus to the new row). */
  onChosen: () => void
}

/** The add search's popover content: the search list over everything a condition can be about. */
export function AddSearch(props: AddSearchProps) {
  const { kinds, onAddCondition, onAddGroup, canAddGroup, entity, state, onChosen } = props
  const m = useMessages()
  const { catalog } = useCatalog()
  // The recent items as they were when the search opened (choosing one reorders them for the next time).
  const recent = useMemo(() => (state.open ? recentOf(catalog, entity) : []), [state.open, catalog, entity])
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

  const choose = (option: PickerOption) => {
    onChosen()
    state.dismiss(true)
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

  return (
    <PickerPopup
      state={state}
      addSearch
      options={options}
      search={search}
      recent={recent}
      selected={[]}
      label={m.addSearchLabel}
      placeholder={m.addSearchPlaceholder}
      onChoose={choose}
    />
  )
}
