/** AND / OR switch of a group (Radix ToggleGroup, single choice). */
import { ToggleGroup } from 'radix-ui'
import type { CombinatorToggleProps } from '../components.ts'
import { useMessages } from '../context.ts'

/** The default AND / OR toggle. */
export function CombinatorToggle({ value, onChange, disabled }: CombinatorToggleProps) {
  const m = useMessages()
  return (
    <ToggleGroup.Root
      type="single"
      value={value}
      disabled={disabled}
      aria-label={m.combinatorLabel}
      data-segkit-part="combinator"
      data-disabled={disabled ? '' : undefined}
      onValueChange={(next) => {
        if (next === 'and' || next === 'or') onChange(next)
      }}
    >
      <ToggleGroup.Item value="and" data-value="and" data-segkit-part="combinator-option">
        {m.and}
      </ToggleGroup.Item>
      <ToggleGroup.Item value="or" data-value="or" data-segkit-part="combinator-option">
        {m.or}
      </ToggleGroup.Item>
    </ToggleGroup.Root>
  )
}
