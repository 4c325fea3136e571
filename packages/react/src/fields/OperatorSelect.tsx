/** The operator menu of a predicate: only the operators valid for the property's type (and allowed by the builder). */
import { type Issue, type Operator, operatorsFor, type PropertyDef } from '@segkit/core'
import { useBuilderOptions, useMessages } from '../context.ts'
import { SelectField } from './SelectField.tsx'

/** Props of {@link OperatorSelect}. */
export interface OperatorSelectProps {
  property: PropertyDef
  value: Operator
  onChange: (operator: Operator) => void
  disabled?: boolean | undefined
  invalid?: boolean | undefined
  describedBy?: string | undefined
  /** The field's own issues (shown next to it by the builder; a replacement may show them itself). */
  issues?: readonly Issue[] | undefined
}

/** The operators a property offers in this builder: core's list for its type, narrowed by `allowedOperators`. */
export function useOperatorsFor(property: PropertyDef): readonly Operator[] {
  const { allowedOperators } = useBuilderOptions()
  const valid = operatorsFor(property)
  if (!allowedOperators) return valid
  const allowed =
    typeof allowedOperators === 'function'
      ? allowedOperators(property.type, property.id)
      : (allowedOperators[property.type] ?? valid)
  return valid.filter((op) => allowed.includes(op))
}

/** Operator select for a property. An operator that is not offered (invalid data) stays shown as it is. */
export function OperatorSelect({ property, value, onChange, disabled, invalid, describedBy }: OperatorSelectProps) {
  const m = useMessages()
  const operators = useOperatorsFor(property)
  const options = operators.map((op) => ({ value: op, label: m.operators[op] }))
  if (!operators.includes(value)) options.unshift({ value, label: m.operators[value] ?? value })
  return (
    <SelectField
      options={options}
      value={value}
      onChange={onChange}
      label={m.operator}
      disabled={disabled}
      invalid={invalid}
      describedBy={describedBy}
      part="operator"
    />
  )
}
