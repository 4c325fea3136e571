/**
 * AND / OR switch of a group: two native `<input type="radio">` in a `role="radiogroup"`, each in a
 * label styled as a pill. The platform gives the APG radio group: one tab stop (the checked radio),
 * arrow keys move focus and selection together (selection follows focus), Space checks. The radios
 * are visually hidden inside their labels (a click on a label checks its radio); the labels carry
 * `data-state="on" | "off"` and `data-value` for styling. ~0.2 kB, against 9.7 kB for Radix
 * RadioGroup with the same behaviour (docs/performance.md); a Radix part drops in through the
 * `components` map (the "Shadcn components" story).
 */
import { useId } from 'react'
import type { CombinatorToggleProps } from '../components.ts'
import { useMessages } from '../context.ts'

const VALUES = ['and', 'or'] as const

/** The default AND / OR toggle. */
export function CombinatorToggle({ value, onChange, disabled }: CombinatorToggleProps) {
  const m = useMessages()
  const name = useId()
  return (
    <div
      role="radiogroup"
      aria-label={m.combinatorLabel}
      data-segkit-part="combinator"
      data-disabled={disabled ? '' : undefined}
    >
      {VALUES.map((option) => (
        <label
          key={option}
          data-value={option}
          data-state={value === option ? 'on' : 'off'}
          data-segkit-part="combinator-option"
        >
          <input
            type="radio"
            name={name}
            value={option}
            checked={value === option}
            disabled={disabled}
            onChange={() => onChange(option)}
          />
          {option === 'and' ? m.and : m.or}
        </label>
      ))}
    </div>
  )
}
