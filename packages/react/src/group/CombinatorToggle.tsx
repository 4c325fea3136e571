/**
 * AND / OR switch of a group: Radix RadioGroup (the APG radio group: one tab stop, arrow keys move
 * and select — selection follows focus), with `data-state="on" | "off"` and `data-value` for styling.
 */
import * as RadioGroup from 'radix-ui/radio-group'
import type { CombinatorToggleProps } from '../components.ts'
import { useMessages } from '../context.ts'

const VALUES = ['and', 'or'] as const

function isCombinator(value: string): value is (typeof VALUES)[number] {
  return value === 'and' || value === 'or'
}

/** The default AND / OR toggle. */
export function CombinatorToggle({ value, onChange, disabled }: CombinatorToggleProps) {
  const m = useMessages()
  return (
    <RadioGroup.Root
      value={value}
      onValueChange={(next) => {
        if (isCombinator(next) && next !== value) onChange(next)
      }}
      disabled={disabled}
      orientation="horizontal"
      loop
      aria-label={m.combinatorLabel}
      data-segkit-part="combinator"
      data-disabled={disabled ? '' : undefined}
    >
      {VALUES.map((option) => (
        <RadioGroup.Item
          key={option}
          value={option}
          data-value={option}
          data-state={value === option ? 'on' : 'off'}
          data-segkit-part="combinator-option"
        >
          {option === 'and' ? m.and : m.or}
        </RadioGroup.Item>
      ))}
    </RadioGroup.Root>
  )
}
