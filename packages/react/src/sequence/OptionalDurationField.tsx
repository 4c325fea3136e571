/**
 * A duration that may be absent: the sequence's "all within" and a step's max gap.
 * Absent, it is an "add" button; present, a DurationInput with its issues and a
 * remove button.
 */
import type { Duration, Issue } from '@segkit/core'
import { useComponents } from '../context.ts'
import { useFocusAfterChange } from '../event/use-focus-after-change.ts'
import { DurationInputSlot as DurationInput } from '../fields/slots.tsx'

export interface OptionalDurationFieldProps {
  /** `data-segkit-part` of the wrapper; the buttons get `-add` / `-remove` after it. */
  part: string
  /** `data-field` of the input, where issues point. */
  field: string
  value: Duration | undefined
  /** The duration set when the user adds it. */
  defaultValue: Duration
  onChange: (next: Duration | undefined) => void
  /** Visible words before the input. */
  words: string
  /** Accessible name of the input. */
  label: string
  addText: string
  addLabel?: string | undefined
  removeText: string
  removeLabel: string
  readOnly: boolean
  issues: readonly Issue[]
  /** Id of the issue list, for `aria-describedby`. */
  issuesId: string
}

export function OptionalDurationField(props: OptionalDurationFieldProps) {
  const { part, field, value, defaultValue, onChange, readOnly, issues, issuesId } = props
  const { IssueList } = useComponents()
  // Adding shows the input, removing shows the add button: focus follows, never to the body.
  const { containerRef, focusAfterChange } = useFocusAfterChange<HTMLSpanElement>()
  if (!value)
    return (
      <span ref={containerRef} data-segkit-part={part}>
        {!readOnly && (
          <button
            type="button"
            data-segkit-part={`${part}-add`}
            aria-label={props.addLabel}
            onClick={() => {
              onChange(defaultValue)
              focusAfterChange(['input'])
            }}
          >
            {props.addText}
          </button>
        )}
      </span>
    )
  return (
    <span ref={containerRef} data-segkit-part={part}>
      <span data-segkit-part="words">{props.words}</span>
      <span data-segkit-part="field" data-field={field}>
        <DurationInput
          value={value}
          onChange={onChange}
          label={props.label}
          disabled={readOnly}
          invalid={issues.length > 0}
          describedBy={issues.length > 0 ? issuesId : undefined}
        />
        {IssueList && <IssueList issues={issues} id={issuesId} />}
      </span>
      {!readOnly && (
        <button
          type="button"
          data-segkit-part={`${part}-remove`}
          aria-label={props.removeLabel}
          title={props.removeText}
          onClick={() => {
            onChange(undefined)
            focusAfterChange([`[data-segkit-part="${part}-add"]`])
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
    </span>
  )
}
