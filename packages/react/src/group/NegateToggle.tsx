/** NOT switch of a group: a toggle button (`aria-pressed`), with Radix Toggle's `data-state` for styling. */
import type { NegateToggleProps } from '../components.ts'
import { useMessages } from '../context.ts'

/** The default NOT toggle. */
export function NegateToggle({ pressed, onChange, disabled }: NegateToggleProps) {
  const m = useMessages()
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={() => onChange(!pressed)}
      disabled={disabled}
      aria-label={m.notLabel}
      title={m.notLabel}
      data-segkit-part="negate"
      data-state={pressed ? 'on' : 'off'}
      data-disabled={disabled ? '' : undefined}
    >
      {m.not}
    </button>
  )
}
