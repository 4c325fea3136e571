/**
 * "at least [k]" beside an OR group's combinator: how many of the group's conditions must
 * hold ("at least 2 of these 3"); 1 is plain "any". Core's `setAtLeast` and validation
 * (`at_least_unreachable` when k is more than the active conditions) say what it means.
 */
import { useMessages } from '../context.ts'
import { NumberField } from '../fields/NumberField.tsx'
import { useBuilderActions } from '../store/hooks.ts'

export interface AtLeastFieldProps {
  groupId: string
  /** The group's `atLeast` (undefined: 1). */
  value: number | undefined
  disabled: boolean
  invalid: boolean
}

/** The count field of an OR group. */
export function AtLeastField({ groupId, value, disabled, invalid }: AtLeastFieldProps) {
  const m = useMessages()
  const actions = useBuilderActions()
  return (
    <span data-segkit-part="at-least">
      <span data-segkit-part="words">{m.atLeast}</span>
      <NumberField
        value={value ?? 1}
        onChange={(next) => {
          if (next !== undefined) actions.setAtLeast(groupId, next)
        }}
        label={m.atLeastLabel}
        integer
        min={1}
        disabled={disabled}
        invalid={invalid}
        part="at-least-count"
      />
    </span>
  )
}
