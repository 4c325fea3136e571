/** NOT switch of a group (Radix Toggle). */
import { Toggle } from 'radix-ui'
import type { NegateToggleProps } from '../components.ts'
import { useMessages } from '../context.ts'

/** The default NOT toggle. */
export function NegateToggle({ pressed, onChange, disabled }: NegateToggleProps) {
  const m = useMessages()
  return (
    <Toggle.Root
      pressed={pressed}
      onPressedChange={onChange}
      disabled={disabled}
      aria-label={m.notLabel}
      title={m.notLabel}
      data-segkit-part="negate"
    >
      {m.not}
    </Toggle.Root>
  )
}
