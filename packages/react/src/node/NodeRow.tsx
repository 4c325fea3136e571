/**
 * One node of a group: a sortable item (when the builder has drag and drop)
 * holding either a nested group or a condition row. The row selects only its node's kind and flags; the condition
 * editor selects the node itself, so a keystroke re-renders the edited editor
 * and not the row around it (handle, menu).
 */
import type { Condition, IncompleteReason, Issue } from '@segkit/core'
import { type KeyboardEvent, memo, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef } from 'react'
import {
  BuilderStoreContext,
  useBuilderOptions,
  useBuilderStore,
  useComponents,
  useMessages,
  useNodeIssues,
} from '../context.ts'
import { useDragAndDrop } from '../dnd/adapter.ts'
import type { NodeDragData } from '../dnd/drag-data.ts'
import { GroupEditor } from '../group/GroupEditor.tsx'
import { LaterConditionText as ConditionText } from '../later/later-editors.tsx'
import { SIMPLE_KINDS } from '../SegmentBuilder.tsx'
import { selectIsLocked, selectParentLocked } from '../store/builder-store.ts'
import { useBuilderActions, useNode } from '../store/hooks.ts'
import { ConditionEditor } from './ConditionEditor.tsx'
import { fieldElement, focusFirstControl, focusNextToFill, focusRowSoon, rowOfNode } from './focus.ts'
import { KindIcon } from './KindIcon.tsx'

/** Hidden, keeping its room (also without the kit's styles). */
const KEEP_ROOM_ONLY = { visibility: 'hidden' } as const

/** Props of {@link NodeRow}. */
export interface NodeRowProps {
  id: string
  /** The group holding the node. */
  parentId: string
  /** Entity type of that group. */
  entity: string
  /** AND / OR word shown before the node, unless the node is shown first (also while its group is sorted by a drag). */
  joiner?: string | undefined
}

/** A node of a group, sortable by pointer and keyboard when the builder has drag and drop. */
export const NodeRow = memo(function NodeRow({ id, parentId, entity, joiner }: NodeRowProps) {
  const kind = useBuilderStore((s) => s.nodes.get(id)?.kind)
  const ownDisabled = useBuilderStore((s) => {
    const n = s.nodes.get(id)
    return n !== undefined && n.kind !== 'opaque' && n.disabled === true
  })
  const ownLocked = useBuilderStore((s) => {
    const n = s.nodes.get(id)
    return n !== undefined && n.kind !== 'opaque' && n.locked === true
  })
  const actions = useBuilderActions()
  const m = useMessages()
  const { readOnly, mode } = useBuilderOptions()
  const { DragHandle, NodeActions } = useComponents()
  const frozen = useBuilderStore((s) => selectIsLocked(s, id))
  const ancestorLocked = useBuilderStore((s) => selectParentLocked(s, id))
  const issues = useNodeIssues(id)
  // What the row still needs (core's incompleteConditions), as one key: reason and field of the first gap.
  const gap = useBuilderStore((s) => {
    const first = s.incompleteByNode.get(id)?.[0]
    return first ? `${first.reason}|${first.field.join('.')}` : undefined
  })
  const reason = gap?.slice(0, gap.indexOf('|')) as IncompleteReason | undefined
  const store = useContext(BuilderStoreContext)
  // Indexed once per change in the store (no sibling scan per row); a primitive, so the row re-renders
  // only when it reaches or leaves an end of its group.
  const place = useBuilderStore((s) => s.tree.place.get(id) ?? 'only')
  const data = useMemo<NodeDragData>(() => ({ type: 'node', parentId, entity }), [parentId, entity])
  const dnd = useDragAndDrop()
  const sortable = dnd.adapter.useSortableItem({ id, data, disabled: readOnly || frozen })
  const rowRef = useRef<HTMLLIElement | null>(null)
  const setRowRef = sortable.setNodeRef
  const setRef = useCallback(
    (element: HTMLLIElement | null) => {
      rowRef.current = element
      setRowRef(element)
    },
    [setRowRef],
  )
  // After a choice the next gap of the row gets the focus (a property chosen: its value), when the
  // focus is still on the field just filled in; the first gap of a new row is the group's to focus.
  const lastGap = useRef(gap)
  useEffect(() => {
    const before = lastGap.current
    lastGap.current = gap
    const row = rowRef.current
    if (gap === undefined || before === undefined || gap === before || !row) return
    const filled = fieldElement(
      row,
      before
        .slice(before.indexOf('|') + 1)
        .split('.')
        .map(fieldKey),
    )
    const active = document.activeElement
    if (!(active === document.body || active === null || (filled?.contains(active) ?? false))) return
    focusNextToFill(row, store?.getState().incompleteByNode.get(id) ?? [])
  }, [gap, id, store])
  if (kind === undefined) return null
  // The first row has no AND / OR above it. While a drag sorts the group, the row shown first keeps the
  // word's room (no row changes height mid-drag) but not the word.
  const first = place === 'first' || place === 'only'
  const shownFirst = sortable.displayIndex === 0

  const handle: ReactNode =
    DragHandle && dnd.enabled && !readOnly ? (
      <DragHandle handleProps={sortable.handleProps} setActivatorRef={sortable.setActivatorRef} disabled={frozen} />
    ) : null
  const menu: ReactNode =
    NodeActions && !readOnly ? (
      <NodeActions
        kind={kind}
        disabled={ownDisabled}
        locked={ownLocked}
        readOnly={readOnly || ancestorLocked}
        onRemove={() => {
          // Focus the next row, else the previous one, else the group's add button.
          // After the render and after the closing menu has put focus back on its (removed) trigger.
          const row = rowRef.current
          const neighbour = row?.nextElementSibling ?? row?.previousElementSibling
          const group = row?.closest('[data-segkit-part="group"]')
          actions.remove(id)
          setTimeout(() => {
            if (!focusFirstControl(neighbour?.isConnected ? neighbour : null)) {
              group?.querySelector<HTMLElement>('[data-segkit-part="add-trigger"]')?.focus()
            }
          })
        }}
        onDuplicate={() => {
          // The copy lands right after the original: focus moves into it.
          actions.duplicate(id)
          focusRowSoon(rowRef.current, (root) => rowOfNode(root, id)?.nextElementSibling, BODY)
        }}
        onSetDisabled={(on) => actions.setDisabled(id, on)}
        onSetLocked={(on) => actions.setLocked(id, on)}
        onWrapInGroup={() => {
          // The row remounts inside the new group: focus its actions button again.
          actions.wrapInGroup(id)
          focusRowSoon(rowRef.current, (root) => rowOfNode(root, id), ACTIONS)
        }}
        onUngroup={
          kind === 'group'
            ? () => {
                // The group is gone; its first child took its place.
                const first = rowRef.current?.querySelector('[data-segkit-part="node"]')?.getAttribute('data-node-id')
                const parentRow = rowRef.current?.parentElement
                actions.ungroup(id)
                focusRowSoon(
                  parentRow,
                  (root) => (first ? rowOfNode(root, first) : parentRow?.closest('[data-segkit-part="group"]')),
                  ACTIONS,
                )
              }
            : undefined
        }
        onMoveUp={place === 'first' || place === 'only' ? undefined : () => actions.moveBy(id, -1)}
        onMoveDown={place === 'last' || place === 'only' ? undefined : () => actions.moveBy(id, 1)}
      />
    ) : null

  return (
    <li
      ref={setRef}
      style={sortable.style}
      data-segkit-part="node"
      data-node-id={id}
      data-dragging={sortable.isDragging ? '' : undefined}
      data-over={sortable.isOver && !sortable.isDragging && sortable.dropSide === undefined ? '' : undefined}
      data-drop={sortable.dropSide}
      onKeyDownCapture={(event) => discardOnEscape(event, id, rowRef.current, actions.discardFresh)}
    >
      {joiner !== undefined &&
        !first &&
        (readOnly || ancestorLocked ? (
          <span data-segkit-part="joiner" aria-hidden="true" style={shownFirst ? KEEP_ROOM_ONLY : undefined}>
            {joiner}
          </span>
        ) : (
          // The word between rows switches the group's AND / OR where the user is (one key, one click).
          <button
            type="button"
            data-segkit-part="joiner"
            aria-label={`${joiner}: ${m.joinerSwitch(joiner === m.and ? m.or : m.and)}`}
            title={m.joinerSwitch(joiner === m.and ? m.or : m.and)}
            style={shownFirst ? KEEP_ROOM_ONLY : undefined}
            onClick={() => actions.toggleCombinator(parentId)}
          >
            {joiner}
          </button>
        ))}
      {kind === 'group' ? (
        <GroupEditor groupId={id} entity={entity} handle={handle} actions={menu} />
      ) : (
        <div
          data-segkit-part="condition"
          data-kind={kind}
          data-disabled={ownDisabled ? '' : undefined}
          data-locked={frozen ? '' : undefined}
          data-invalid={issues.some((i) => i.severity === 'error') ? '' : undefined}
          data-incomplete={reason ? '' : undefined}
        >
          {handle}
          <KindIcon kind={kind} />
          <div data-segkit-part="condition-body">
            {readOnly || (mode === 'simple' && kind !== 'opaque' && !SIMPLE_KINDS.includes(kind)) ? (
              <ConditionText id={id} entity={entity} />
            ) : (
              <ConditionSlot id={id} entity={entity} readOnly={frozen} issues={issues} />
            )}
            {/* In the body, so that it flows after the sentence and wraps with it on a narrow row. */}
            {reason && !readOnly && (
              <span data-segkit-part="incomplete-hint" data-reason={reason}>
                {reason === 'value' || reason === 'condition' ? (
                  <>
                    {m.incomplete[reason]}
                    <span data-segkit-part="incomplete-note"> · {m.incompleteNotCounted}</span>
                  </>
                ) : (
                  <span data-segkit-part="incomplete-note">{m.notCountedYet}</span>
                )}
              </span>
            )}
          </div>
          {(ownDisabled || (frozen && !readOnly)) && (
            <span data-segkit-part="condition-flags">
              {ownDisabled && <span data-segkit-part="badge">{m.disabled}</span>}
              {frozen && !readOnly && <span data-segkit-part="badge">{m.locked}</span>}
            </span>
          )}
          {menu}
        </div>
      )}
    </li>
  )
})

const BODY = '[data-segkit-part="condition-body"], [data-segkit-part="group-header"]'
/** A part of a field path as joined in a gap key: indexes back to numbers. */
const fieldKey = (part: string): string | number => (/^\d+$/.test(part) ? Number(part) : part)

/**
 * Escape in a row just added and not edited since takes it back (its picker closes with it), and
 * focus goes to the add button of the nearest group still there. Escape in a nested row is that
 * row's own; elsewhere Escape keeps its usual meaning.
 */
function discardOnEscape(
  event: KeyboardEvent,
  id: string,
  row: Element | null,
  discard: (id: string) => boolean,
): void {
  if (event.key !== 'Escape' || !row || !(event.target instanceof Element)) return
  if (event.target.closest('[data-segkit-part="node"]') !== row) return
  const groups: Element[] = []
  for (
    let g = row.closest('[data-segkit-part="group"]');
    g;
    g = g.parentElement?.closest('[data-segkit-part="group"]') ?? null
  )
    groups.push(g)
  if (!discard(id)) return
  event.preventDefault()
  event.stopPropagation()
  setTimeout(() => {
    const group = groups.find((g) => g.isConnected)
    group
      ?.querySelector<HTMLElement>(':scope > [data-segkit-part="group-footer"] [data-segkit-part="add-trigger"]')
      ?.focus()
  })
}
const ACTIONS = '[data-segkit-part="actions-trigger"]'

/** The condition editor of a row: the only part that selects the node itself (it re-renders on each edit). */
const ConditionSlot = memo(function ConditionSlot({
  id,
  entity,
  readOnly,
  issues,
}: {
  id: string
  entity: string
  readOnly: boolean
  issues: readonly Issue[]
}) {
  const node = useNode(id)
  const actions = useBuilderActions()
  const onChange = useCallback((next: Condition) => actions.replaceNode(id, next), [actions, id])
  if (node === undefined || node.kind === 'group') return null
  return <ConditionEditor node={node} entity={entity} onChange={onChange} readOnly={readOnly} issues={issues} />
})
