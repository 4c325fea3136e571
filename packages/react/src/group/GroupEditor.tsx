/**
 * A group: header (drag handle, collapse, NOT, AND/OR, add menu, actions) and
 * its children as a sortable list (with drag and drop) that is also a drop zone (so a node can be
 * dropped into an empty group). It selects only its own header fields and the
 * ids of its children, so editing a child does not re-render the group.
 */
import { addableKinds, type CatalogItem, type ConditionKind } from '@segkit/core'
import { type ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import {
  BuilderStoreContext,
  useBuilderOptions,
  useBuilderStore,
  useCatalog,
  useComponents,
  useMessages,
  useNodeIssues,
} from '../context.ts'
import { useDragAndDrop } from '../dnd/adapter.ts'
import { type GroupDropData, groupBodyId } from '../dnd/drag-data.ts'
import { issuesUnder } from '../fields/field-issues.ts'
import { LaterGroupSummary as GroupSummary } from '../later/later-editors.tsx'
import type { BuilderMessages } from '../messages.ts'
import { focusFirstControl, focusNextToFill } from '../node/focus.ts'
import { NodeRow } from '../node/NodeRow.tsx'
import { NodeErrorBoundary } from '../part-error-boundary.tsx'
import { selectIsLocked } from '../store/builder-store.ts'
import { useBuilderActions } from '../store/hooks.ts'
import { AtLeastField } from './AtLeastField.tsx'

/** A read-only group's combinator in words: all of, any of, none of, at least k of, fewer than k of. */
function readOnlyLabel(
  m: BuilderMessages,
  combinator: 'and' | 'or',
  negated: boolean,
  atLeast: number | undefined,
): string {
  if (combinator === 'or' && atLeast !== undefined && atLeast > 1)
    return negated ? m.groupFewerThan(atLeast) : m.groupAtLeast(atLeast)
  if (negated) return m.groupNone
  return combinator === 'and' ? m.groupAll : m.groupAny
}

/** Props of {@link GroupEditor}. */
export interface GroupEditorProps {
  groupId: string
  /** Entity type the group's conditions talk about (the segment's, or a relation's target). */
  entity: string
  /** Drag handle, when the group is itself a sortable item. */
  handle?: ReactNode
  /** Node actions menu, when the group can be removed, duplicated… */
  actions?: ReactNode
}

const NO_IDS: readonly string[] = []
const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), select:not(:disabled)'
/** The fields an added item fills in (no need to focus them again). */
const CHOSEN_FIELDS = ['property', 'event', 'list', 'tag', 'segment', 'relation']
  .map((field) => `[data-field="${field}"]`)
  .join(', ')

/** Edits one group of the tree (the root, a nested group, or the group of a related condition). */
export function GroupEditor({ groupId, entity, handle, actions: menu }: GroupEditorProps) {
  const m = useMessages()
  const actions = useBuilderActions()
  const { readOnly, maxDepth, allowedKinds } = useBuilderOptions()
  const { catalog } = useCatalog()
  const { CombinatorToggle, NegateToggle, CollapseToggle, AddMenu, IssueList } = useComponents()
  const combinator = useBuilderStore((s) => {
    const g = s.nodes.get(groupId)
    return g?.kind === 'group' ? g.combinator : 'and'
  })
  const atLeast = useBuilderStore((s) => {
    const g = s.nodes.get(groupId)
    return g?.kind === 'group' ? g.atLeast : undefined
  })
  const negated = useBuilderStore((s) => {
    const g = s.nodes.get(groupId)
    return g?.kind === 'group' && g.negated === true
  })
  const disabled = useBuilderStore((s) => {
    const g = s.nodes.get(groupId)
    return g?.kind === 'group' && g.disabled === true
  })
  const savedCollapsed = useBuilderStore((s) => {
    const g = s.nodes.get(groupId)
    return g?.kind === 'group' && g.collapsed === true
  })
  // Read-only viewers may still fold groups; that view state stays local (no onChange).
  const [viewCollapsed, setViewCollapsed] = useState<boolean>()
  const collapsed = readOnly ? (viewCollapsed ?? savedCollapsed) : savedCollapsed
  // Compared item by item, so that a child's edit (same ids) does not re-render the group.
  const childIds = useBuilderStore(
    useShallow((s) => {
      const g = s.nodes.get(groupId)
      return g?.kind === 'group' ? g.children.map((c) => c.id) : NO_IDS
    }),
  )
  const frozen = useBuilderStore((s) => selectIsLocked(s, groupId))
  // Depth as core's validation counts it: every group on the path (related groups included).
  const depth = useBuilderStore((s) => s.tree.depth.get(groupId) ?? 0)
  const issues = useNodeIssues(groupId)
  // Core says which kinds the catalog backs for this entity.
  const kinds = useMemo(() => addableKinds(catalog, entity, allowedKinds), [catalog, entity, allowedKinds])
  const dropData: GroupDropData = { type: 'group', groupId, entity }
  const { adapter: dnd } = useDragAndDrop()
  const droppable = dnd.useDropZone({ id: groupBodyId(groupId), data: dropData, disabled: readOnly || frozen })
  const editable = !readOnly && !frozen
  const element = useRef<HTMLDivElement>(null)
  const [focusId, setFocusId] = useState<string>()
  const store = useContext(BuilderStoreContext)
  const addCondition = (kind: ConditionKind, item?: CatalogItem) =>
    setFocusId(actions.addCondition(groupId, kind, entity, item))
  // The user lands in the row just added: on what is still to choose, its picker open (a new row's
  // property, event, list…, or the value of an item chosen in the search); a complete row, on the
  // control after the chosen item (the operator, the event's "how").
  useEffect(() => {
    if (focusId === undefined) return
    const row = element.current?.querySelector(`[data-node-id="${CSS.escape(focusId)}"]`)
    // A new group: its own add search opens, for its first condition.
    const group = row?.querySelector(':scope > [data-segkit-part="group"]')
    const add = group?.querySelector('[data-segkit-part="node"]')
      ? undefined
      : group?.querySelector<HTMLElement>(':scope > [data-segkit-part="group-footer"] [data-segkit-part="add-trigger"]')
    if (add) {
      add.focus()
      add.click()
    } else if (!focusNextToFill(row, store?.getState().incomplete ?? [])) {
      const body = row?.querySelector('[data-segkit-part="condition-body"]')
      const next = [...(body?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].find(
        (control) => !control.closest(CHOSEN_FIELDS),
      )
      if (next) next.focus()
      else focusFirstControl(row, '[data-segkit-part="condition-body"], [data-segkit-part="group-header"]')
    }
    setFocusId(undefined)
  }, [focusId, store])

  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would impose form semantics on a rule group
    <div
      ref={element}
      data-segkit-part="group"
      data-group-id={groupId}
      data-combinator={combinator}
      data-negated={negated ? '' : undefined}
      data-disabled={disabled ? '' : undefined}
      data-locked={frozen ? '' : undefined}
      data-state={collapsed ? 'closed' : 'open'}
      role="group"
      aria-label={`${m.group}: ${combinator === 'and' ? m.and : m.or}`}
    >
      <div data-segkit-part="group-header">
        {/* The controls wrap among themselves, so that the actions button keeps its place at the end of the first line. */}
        <div data-segkit-part="group-controls">
          {handle}
          {CollapseToggle && (
            <CollapseToggle
              collapsed={collapsed}
              onChange={(on) => (readOnly ? setViewCollapsed(on) : actions.setCollapsed(groupId, on))}
            />
          )}
          {readOnly ? (
            // Read-only: the combinator as words at full contrast, not disabled controls.
            <span data-segkit-part="group-label">{readOnlyLabel(m, combinator, negated, atLeast)}</span>
          ) : (
            <>
              {NegateToggle && (
                <NegateToggle pressed={negated} onChange={() => actions.toggleNegated(groupId)} disabled={!editable} />
              )}
              <CombinatorToggle
                value={combinator}
                onChange={(next) => {
                  if (next !== combinator) actions.toggleCombinator(groupId)
                }}
                disabled={!editable}
              />
              {/* "At least k of these": offered once an OR group has three conditions, or when it is set. */}
              {combinator === 'or' && (childIds.length >= 3 || atLeast !== undefined) && (
                <AtLeastField
                  groupId={groupId}
                  value={atLeast}
                  disabled={!editable}
                  invalid={issuesUnder(issues, ['atLeast']).length > 0}
                />
              )}
            </>
          )}
          {disabled && <span data-segkit-part="badge">{m.disabled}</span>}
          {frozen && <span data-segkit-part="badge">{m.locked}</span>}
        </div>
        {menu}
      </div>
      {IssueList && <IssueList issues={issues} />}
      {collapsed ? (
        <p data-segkit-part="group-summary" title={m.collapsedSummary(childIds.length)}>
          {/* Folded, the group reads as one sentence (core's describeNode of the group), not "2 items hidden". */}
          <GroupSummary groupId={groupId} entity={entity} />
        </p>
      ) : (
        <dnd.SortableList id={groupId} items={childIds} orientation="vertical">
          <div ref={droppable.setNodeRef} data-segkit-part="group-body" data-over={droppable.isOver ? '' : undefined}>
            {childIds.length === 0 && <p data-segkit-part="group-empty">{m.emptyGroup}</p>}
            <ul data-segkit-part="group-children">
              {childIds.map((childId) => (
                <NodeErrorBoundary key={childId} id={childId}>
                  <NodeRow
                    id={childId}
                    parentId={groupId}
                    entity={entity}
                    joiner={combinator === 'and' ? m.and : m.or}
                  />
                </NodeErrorBoundary>
              ))}
            </ul>
          </div>
        </dnd.SortableList>
      )}
      {/* "+ Add condition" at the end of the group: where the next condition goes. */}
      {editable && !collapsed && (
        <div data-segkit-part="group-footer">
          <AddMenu
            kinds={kinds}
            entity={entity}
            onAddCondition={addCondition}
            onAddGroup={() => setFocusId(actions.addGroup(groupId, entity))}
            canAddGroup={depth < maxDepth}
            disabled={!editable}
          />
        </div>
      )}
    </div>
  )
}
