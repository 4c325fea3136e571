/** A number compared with a threshold: "at least 3", "between 10 and 20" (event measures, related counts). */
import { COMPARISONS, type Comparison, changeComparison, type Issue } from '@segkit/core'
import { useId } from 'react'
import { useComponents, useMessages } from '../context.ts'
import { NumberField } from '../fields/NumberField.tsx'
import { SelectField } from '../fields/SelectField.tsx'

interface Compared {
  comparison: Comparison
  value: number
  value2?: number | undefined
}

/** Props of {@link ComparisonEditor}. */
export interface ComparisonEditorProps<T extends Compared> {
  compared: T
  onChange: (next: T) => void
  /** Whole numbers only (counts). */
  integer?: boolean | undefined
  /** No comparison select (the caller chose the comparison elsewhere, e.g. the event row's "how"). */
  hideComparison?: boolean | undefined
  /** Accessible names. */
  comparisonLabel: string
  valueLabel: string
  value2Label: string
  disabled?: boolean | undefined
  /** Issues of the threshold (`value`) and of the upper bound (`value2`). */
  valueIssues?: readonly Issue[] | undefined
  value2Issues?: readonly Issue[] | undefined
}

/** Comparison select and one or two number inputs. */
export function ComparisonEditor<T extends Compared>(props: ComparisonEditorProps<T>) {
  const { compared, onChange, integer, disabled, valueIssues = [], value2Issues = [] } = props
  const m = useMessages()
  const { IssueList } = useComponents()
  const id = useId()
  return (
    <span data-segkit-part="comparison">
      {!props.hideComparison && (
        <SelectField
          options={COMPARISONS.map((c) => ({ value: c, label: m.eventComparisons[c] }))}
          value={compared.comparison}
          onChange={(comparison) => onChange(changeComparison(compared, comparison))}
          label={props.comparisonLabel}
          disabled={disabled}
          part="comparison-select"
        />
      )}
      <span data-segkit-part="field" data-field="value">
        <NumberField
          value={compared.value}
          onChange={(value) => {
            if (value !== undefined) onChange({ ...compared, value })
          }}
          label={props.valueLabel}
          integer={integer}
          min={integer ? 0 : undefined}
          disabled={disabled}
          invalid={valueIssues.length > 0}
          describedBy={valueIssues.length > 0 ? `${id}-value` : undefined}
          part="threshold"
        />
        {IssueList && <IssueList issues={valueIssues} id={`${id}-value`} />}
      </span>
      {compared.comparison === 'between' && <span data-segkit-part="comparison-joiner">{m.eventThresholdTo}</span>}
      {compared.comparison === 'between' && (
        <span data-segkit-part="field" data-field="value2">
          <NumberField
            value={compared.value2 ?? compared.value}
            onChange={(value2) => {
              if (value2 !== undefined) onChange({ ...compared, value2 })
            }}
            label={props.value2Label}
            integer={integer}
            min={integer ? 0 : undefined}
            disabled={disabled}
            invalid={value2Issues.length > 0}
            describedBy={value2Issues.length > 0 ? `${id}-value2` : undefined}
            part="threshold-to"
          />
          {IssueList && <IssueList issues={value2Issues} id={`${id}-value2`} />}
        </span>
      )}
    </span>
  )
}
