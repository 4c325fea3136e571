'use client'
/**
 * The sequence builder: steps side by side with arrows between them, each a
 * sortable card (drag by pointer or keyboard, or the move buttons), an "add
 * step" button, the overall window and an optional "all within" limit. Every
 * change goes through core's step operations.
 */
import {
  createStep,
  defaultDuration,
  deleteStep,
  insertStep,
  reorderStep,
  replaceStep,
  type SequenceCondition,
} from '@segkit/core'
import { type CSSProperties, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import type { ConditionEditorProps } from '../condition-editor-props.ts'
import { useComponents, useMessages } from '../context.ts'
import { useDragAndDrop } from '../dnd/adapter.ts'
import { useFocusAfterChange } from '../event/use-focus-after-change.ts'
import { WindowEditor } from '../event/WindowEditor.tsx'
import { issuesUnder, routeIssues } from '../fields/field-issues.ts'
import { OptionalDurationField } from './OptionalDurationField.tsx'
import { SequenceStepCard } from './SequenceStepCard.tsx'

const DEFAULT_WITHIN = defaultDuration('sequenceWithin')
/** Read by screen readers, invisible on screen (also in the unstyled mode). */
const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
}

const isShiftEnter = (event: KeyboardEvent) =>
  event.key === 'Enter' && event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey

/** The default sequence condition editor; Shift+Enter inside it adds a step (its event picker opens). */
export function SequenceConditionEditor({
  node,
  entity,
  onChange,
  readOnly,
  issues,
}: ConditionEditorProps<SequenceCondition>) {
  const m = useMessages()
  const { IssueList } = useComponents()
  const id = useId()
  const listRef = useRef<HTMLOListElement>(null)
  const { containerRef, focusAfterChange } = useFocusAfterChange<HTMLDivElement>()
  // After a move by button, focus follows the step and a live region says where it went.
  const [moved, setMoved] = useState<{ stepId: string; direction: 'earlier' | 'later'; text: string }>()
  const { adapter: dnd } = useDragAndDrop()
  const stepIds = node.steps.map((s) => s.id)
  const byField = routeIssues(issues, { window: ['window'], within: ['within'], steps: ['steps'] })
  const stepsOnly = byField.steps.filter(
    (issue) => !node.steps.some((_, i) => issuesUnder([issue], ['steps', i]).length > 0),
  )

  useEffect(() => {
    if (!moved) return
    const card = listRef.current?.querySelector<HTMLElement>(`[data-step-id="${CSS.escape(moved.stepId)}"]`)
    const buttons = card?.querySelectorAll<HTMLButtonElement>('[data-segkit-part="sequence-step-move"]')
    const same = [...(buttons ?? [])].find((b) => b.dataset.direction === moved.direction && !b.disabled)
    const other = [...(buttons ?? [])].find((b) => !b.disabled)
    ;(same ?? other)?.focus()
  }, [moved])

  const move = (stepId: string, from: number, delta: -1 | 1) => {
    const to = from + delta
    if (to < 0 || to >= node.steps.length) return
    onChange(reorderStep(node, stepId, to))
    setMoved({ stepId, direction: delta < 0 ? 'earlier' : 'later', text: m.sequenceStepMoved(from + 1, to + 1) })
  }
  const { within: _within, ...withoutWithin } = node
  const addStep = () => {
    const step = createStep()
    onChange(insertStep(node, step))
    focusAfterChange([`[data-step-id="${CSS.escape(step.id)}"] [data-segkit-part="event-picker"]`], { open: true })
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Shift+Enter inside the sequence adds a step (the group's add shortcut, where you are)
    <div
      ref={containerRef}
      data-segkit-part="sequence-condition"
      onKeyDown={(event) => {
        if (readOnly || !isShiftEnter(event) || !(event.target instanceof Element)) return
        if (event.target.closest('[data-segkit-part="popover"], [data-segkit-part="menu"], textarea')) return
        event.preventDefault()
        addStep()
      }}
    >
      <dnd.SortableList id={node.id} items={stepIds} orientation="horizontal" disabled={readOnly}>
        <ol ref={listRef} data-segkit-part="sequence-steps" aria-label={m.sequenceSteps}>
          {node.steps.map((step, i) => (
            <SequenceStepCard
              key={step.id}
              sequenceId={node.id}
              step={step}
              index={i}
              count={node.steps.length}
              steps={node.steps}
              entity={entity}
              readOnly={readOnly}
              issues={issuesUnder(byField.steps, ['steps', i])}
              onChange={(next) => onChange(replaceStep(node, next))}
              onRemove={() => {
                onChange(deleteStep(node, step.id))
                // Focus the step before (now at i - 1), else the one that took its place, else "Add step".
                const neighbour = node.steps[i > 0 ? i - 1 : i + 1]
                focusAfterChange([
                  ...(neighbour
                    ? [`[data-step-id="${CSS.escape(neighbour.id)}"] [data-segkit-part="event-picker"]`]
                    : []),
                  '[data-segkit-part="sequence-add-step"]',
                ])
              }}
              onMove={(delta) => move(step.id, i, delta)}
            />
          ))}
        </ol>
      </dnd.SortableList>
      {!readOnly && (
        <button
          type="button"
          data-segkit-part="sequence-add-step"
          aria-keyshortcuts={m.addShortcut}
          title={m.addShortcut}
          onClick={addStep}
        >
          {m.sequenceAddStep}
        </button>
      )}
      {IssueList && <IssueList issues={stepsOnly} />}
      <div data-segkit-part="sequence-footer">
        <span data-segkit-part="field" data-field="window">
          <WindowEditor
            value={node.window}
            onChange={(window) => onChange({ ...node, window })}
            label={m.sequenceWindow}
            disabled={readOnly}
            invalid={byField.window.length > 0}
            describedBy={byField.window.length > 0 ? `${id}-window` : undefined}
          />
          {IssueList && <IssueList issues={byField.window} id={`${id}-window`} />}
        </span>
        <OptionalDurationField
          part="sequence-within"
          field="within"
          value={node.within}
          defaultValue={DEFAULT_WITHIN}
          onChange={(within) => onChange(within ? { ...node, within } : withoutWithin)}
          words={m.sequenceWithin}
          label={m.sequenceWithin}
          addText={m.sequenceAddWithin}
          removeText={m.sequenceRemoveWithin}
          removeLabel={m.sequenceRemoveWithin}
          readOnly={readOnly}
          issues={byField.within}
          issuesId={`${id}-within`}
        />
      </div>
      {IssueList && <IssueList issues={byField.other} />}
      <div role="status" aria-live="polite" data-segkit-part="sequence-announcer" style={VISUALLY_HIDDEN}>
        {moved?.text}
      </div>
    </div>
  )
}
