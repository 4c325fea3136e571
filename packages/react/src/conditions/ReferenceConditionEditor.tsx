/**
 * Shared shape of the list, tag and segment-reference editors: an operator
 * select and a searchable picker over catalog items of the row's entity.
 */
import type { Issue } from '@segkit/core'
import { useId } from 'react'
import { useComponents } from '../context.ts'
import { splitIssues } from '../fields/field-issues.ts'
import { Picker, type PickerOption } from '../fields/Picker.tsx'
import { SelectField, type SelectOption } from '../fields/SelectField.tsx'

interface ReferenceEditorProps<O extends string> {
  part: string
  /** Name of the reference field in the node (`list`, `tag`, `segment`). */
  field: string
  operator: O
  operators: readonly SelectOption<O>[]
  onOperatorChange: (operator: O) => void
  value: string
  options: readonly PickerOption[]
  onValueChange: (value: string) => void
  label: string
  placeholder: string
  unknownLabel: (id: string) => string
  readOnly: boolean
  issues: readonly Issue[]
}

/** Operator + catalog item picker, with issues under the field they concern. */
export function ReferenceConditionEditor<O extends string>(props: ReferenceEditorProps<O>) {
  const { IssueList } = useComponents()
  const id = useId()
  const byField = splitIssues(props.issues, [props.field, 'operator'])
  const valueIssues = byField[props.field] ?? []
  return (
    <div data-segkit-part={props.part}>
      <SelectField
        options={props.operators}
        value={props.operator}
        onChange={props.onOperatorChange}
        label={props.label}
        disabled={props.readOnly}
        part="reference-operator"
      />
      <span data-segkit-part="field" data-field={props.field}>
        <Picker
          options={props.options}
          value={props.value}
          onChange={props.onValueChange}
          label={props.label}
          placeholder={props.placeholder}
          unknownLabel={props.unknownLabel}
          disabled={props.readOnly}
          invalid={valueIssues.length > 0}
          describedBy={valueIssues.length > 0 ? `${id}-issues` : undefined}
          part="reference-picker"
        />
        {IssueList && <IssueList issues={valueIssues} id={`${id}-issues`} />}
      </span>
      {IssueList && <IssueList issues={[...(byField.operator ?? []), ...(byField.other ?? [])]} />}
    </div>
  )
}
