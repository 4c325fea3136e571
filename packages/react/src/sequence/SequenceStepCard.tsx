/**
 * One step of a sequence as a card: drag handle, move earlier / later buttons,
 * event, "did not do this", max gap after the previous step, and filters.
 * Sortable inside its sequence when the builder has drag and drop (the
 * adapter turns a drop into core's `moveStep`).
 */
import { changeEventRef, defaultDuration, eventIdsOf, eventRefDef, type Issue, type SequenceStep } from '@segkit/core'
import { useId } from 'react'
import { useCatalog, useComponents, useMessages } from '../context.ts'
import { useDragAndDrop } from '../dnd/adapter.ts'
import type { StepDragData } from '../dnd/drag-data.ts'
import { EventFilters } from '../event/EventFilters.tsx'
import { EventRefAdd, EventRefPicker } from '../event/EventRefPicker.tsx'
import { routeIssues } from '../fields/field-issues.ts'
import { OptionalDurationField } from './OptionalDurationField.tsx'
import { stepFilterOverride } from './StepReferenceFilter.tsx'

/** Props of {@link SequenceStepCard}. */
export interface SequenceStepCardProps {
  sequenceId: string
  step: SequenceStep
  /** 0-based position. */
  index: number
  count: number
  entity: string
  readOnly: boolean
  /** The sequence's issues under `['steps', index]`. */
  issues: readonly Issue[]
  onChange: (patch: SequenceStep) => void
  onRemove: () => void
  /** Moves the step by one place (-1 earlier, +1 later). */
  onMove: (delta: -1 | 1) => void
  /** All steps of the sequence, for filters that compare with an earlier step. */
  steps?: readonly SequenceStep[] | undefined
}

const DEFAULT_GAP = defaultDuration('stepGap')

/** A sortable step card. */
export function SequenceStepCard(props: SequenceStepCardProps) {
  const { sequenceId, step, index, count, entity, readOnly, issues, onChange, onRemove, onMove, steps } = props
  const m = useMessages()
  const { index: catalogIndex } = useCatalog()
  const { IssueList } = useComponents()
  const id = useId()
  const position = index + 1
  const data: StepDragData = { type: 'step', sequenceId }
  const dnd = useDragAndDrop()
  const sortable = dnd.adapter.useSortableItem({ id: step.id, data, disabled: readOnly })
  const event = eventRefDef(catalogIndex, step.event, entity)
  const prefix = ['steps', index] as const
  const byField = routeIssues(issues, {
    event: [...prefix, 'event'],
    negated: [...prefix, 'negated'],
    maxGap: [...prefix, 'maxGap'],
    filters: [...prefix, 'filters'],
  })
  const negatedIssues = byField.negated
  const { maxGap: _gap, ...withoutGap } = step

  return (
    <li
      ref={sortable.setNodeRef}
      style={sortable.style}
      data-segkit-part="sequence-step"
      data-step-id={step.id}
      data-negated={step.negated ? '' : undefined}
      data-dragging={sortable.isDragging ? '' : undefined}
      aria-label={m.sequenceStep(position)}
    >
      {index > 0 && (
        <span data-segkit-part="sequence-arrow">
          <span aria-hidden="true" data-segkit-part="sequence-arrow-icon">
            →
          </span>
          <span data-segkit-part="sequence-arrow-label">{step.negated ? m.sequenceThenNot : m.sequenceThen}</span>
        </span>
      )}
      <div data-segkit-part="sequence-step-card">
        <div data-segkit-part="sequence-step-header">
          {!readOnly && dnd.enabled && (
            <button
              type="button"
              ref={sortable.setActivatorRef}
              {...sortable.handleProps}
              aria-label={m.sequenceDragStep(position)}
              title={m.sequenceDragStep(position)}
              data-segkit-part="drag-handle"
            >
              <span aria-hidden="true">⠿</span>
            </button>
          )}
          <span data-segkit-part="sequence-step-title">{m.sequenceStep(position)}</span>
          {!readOnly && (
            <span data-segkit-part="sequence-step-actions">
              <button
                type="button"
                data-segkit-part="sequence-step-move"
                data-direction="earlier"
                aria-label={m.sequenceMoveLeft(position)}
                title={m.sequenceMoveLeft(position)}
                disabled={index === 0}
                onClick={() => onMove(-1)}
              >
                <span aria-hidden="true">←</span>
              </button>
              <button
                type="button"
                data-segkit-part="sequence-step-move"
                data-direction="later"
                aria-label={m.sequenceMoveRight(position)}
                title={m.sequenceMoveRight(position)}
                disabled={index === count - 1}
                onClick={() => onMove(1)}
              >
                <span aria-hidden="true">→</span>
              </button>
              <button
                type="button"
                data-segkit-part="sequence-step-remove"
                aria-label={m.sequenceRemoveStep(position)}
                title={m.sequenceRemoveStep(position)}
                onClick={onRemove}
              >
                <span aria-hidden="true">×</span>
              </button>
            </span>
          )}
        </div>
        <span data-segkit-part="field" data-field="event">
          <EventRefPicker
            entity={entity}
            value={step.event}
            onChange={(ref, picked) => onChange(changeEventRef(step, ref, catalogIndex, entity, picked))}
            label={`${m.sequenceStep(position)}: ${m.eventPicker}`}
            disabled={readOnly}
            describedBy={byField.event.length > 0 ? `${id}-event` : undefined}
            issues={byField.event}
            at={[...prefix, 'event']}
            withAdd={false}
          />
          {IssueList && <IssueList issues={byField.event} id={`${id}-event`} />}
        </span>
        {(index > 0 || step.negated) && (
          <span data-segkit-part="field" data-field="negated">
            <label data-segkit-part="sequence-step-negated">
              <input
                type="checkbox"
                checked={step.negated === true}
                disabled={readOnly}
                aria-invalid={negatedIssues.length > 0 || undefined}
                aria-describedby={negatedIssues.length > 0 ? `${id}-negated` : undefined}
                onChange={(e) => {
                  if (e.target.checked) onChange({ ...step, negated: true })
                  else {
                    const { negated: _negated, ...rest } = step
                    onChange(rest)
                  }
                }}
              />
              {m.sequenceNegated}
            </label>
            {IssueList && <IssueList issues={negatedIssues} id={`${id}-negated`} />}
          </span>
        )}
        {index > 0 && (
          <OptionalDurationField
            part="sequence-gap"
            field="maxGap"
            value={step.maxGap}
            defaultValue={DEFAULT_GAP}
            onChange={(maxGap) => onChange(maxGap ? { ...step, maxGap } : withoutGap)}
            words={m.sequenceMaxGap}
            label={`${m.sequenceStep(position)}: ${m.sequenceMaxGap}`}
            addText={m.sequenceAddMaxGap}
            addLabel={`${m.sequenceStep(position)}: ${m.sequenceAddMaxGap}`}
            removeText={m.sequenceRemoveMaxGap}
            removeLabel={`${m.sequenceStep(position)}: ${m.sequenceRemoveMaxGap}`}
            readOnly={readOnly}
            issues={byField.maxGap}
            issuesId={`${id}-gap`}
          />
        )}
        <EventFilters
          event={event}
          eventId={eventIdsOf(step.event, catalogIndex, entity)[0] ?? ''}
          filters={step.filters}
          onChange={(filters) => onChange({ ...step, filters })}
          readOnly={readOnly}
          issues={byField.filters}
          pathPrefix={prefix}
          override={
            steps ? stepFilterOverride(steps, index, event?.properties ?? [], catalogIndex, readOnly) : undefined
          }
        />
        {/* At the end of the card: the keyboard path from the event to "did not" stays as it was. */}
        <EventRefAdd
          value={step.event}
          onChange={(ref) => onChange(changeEventRef(step, ref, catalogIndex, entity))}
          disabled={readOnly}
        />
        {IssueList && <IssueList issues={byField.other} />}
      </div>
    </li>
  )
}
