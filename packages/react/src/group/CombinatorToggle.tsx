/**
 * AND / OR switch of a group: a radio group of two buttons with one tab stop
 * (the checked one); arrow keys move between them and Enter / Space chooses,
 * as Radix ToggleGroup did, whose `data-state` / `data-value` it keeps for styling.
 */
import { type KeyboardEvent, useRef } from 'react'
import type { CombinatorToggleProps } from '../components.ts'
import { useMessages } from '../context.ts'

const VALUES = ['and', 'or'] as const
const ARROWS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'])

/** The default AND / OR toggle. */
export function CombinatorToggle({ value, onChange, disabled }: CombinatorToggleProps) {
  const m = useMessages()
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (!ARROWS.has(event.key)) return
    event.preventDefault()
    buttons.current[1 - index]?.focus()
  }
  return (
    <div
      role="radiogroup"
      aria-label={m.combinatorLabel}
      data-segkit-part="combinator"
      data-disabled={disabled ? '' : undefined}
    >
      {VALUES.map((option, index) => {
        const checked = value === option
        return (
          // biome-ignore lint/a11y/useSemanticElements: a styled toggle button, not a native radio input
          <button
            key={option}
            ref={(element) => {
              buttons.current[index] = element
            }}
            type="button"
            role="radio"
            aria-checked={checked}
            tabIndex={checked ? 0 : -1}
            disabled={disabled}
            data-value={option}
            data-state={checked ? 'on' : 'off'}
            data-disabled={disabled ? '' : undefined}
            data-segkit-part="combinator-option"
            onClick={() => onChange(option)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {option === 'and' ? m.and : m.or}
          </button>
        )
      })}
    </div>
  )
}
