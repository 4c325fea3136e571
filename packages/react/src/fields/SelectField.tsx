/** A compact single-choice select over a few fixed options (Radix Select). */
import { Select } from 'radix-ui'
import { usePortalContainer } from '../portal.tsx'

/** One option of a {@link SelectField}. */
export interface SelectOption<V extends string> {
  value: V
  label: string
}

/** Props of a {@link SelectField}. */
export interface SelectFieldProps<V extends string> {
  options: readonly SelectOption<V>[]
  value: V
  onChange: (value: V) => void
  /** Accessible name. */
  label: string
  disabled?: boolean | undefined
  invalid?: boolean | undefined
  describedBy?: string | undefined
  /** `data-segkit-part` of the trigger. Default `select`. */
  part?: string | undefined
}

/** A Radix Select with the builder's parts and portal. */
export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { options, value, onChange, label, disabled, invalid, describedBy, part = 'select' } = props
  const container = usePortalContainer()
  const known = options.some((o) => o.value === value)
  return (
    <Select.Root value={value} onValueChange={(next) => onChange(next as V)} disabled={disabled}>
      <Select.Trigger
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        data-segkit-part={part}
        data-invalid={invalid ? '' : undefined}
      >
        <Select.Value>{known ? undefined : value}</Select.Value>
        <Select.Icon data-segkit-part="select-icon">▾</Select.Icon>
      </Select.Trigger>
      <Select.Portal container={container}>
        <Select.Content data-segkit-part="select-content" position="popper" sideOffset={4}>
          <Select.Viewport>
            {options.map((option) => (
              <Select.Item key={option.value} value={option.value} data-segkit-part="select-item">
                <Select.ItemText>{option.label}</Select.ItemText>
              </Select.Item>
            ))}
          </Select.Viewport>
        </Select.Content>
      </Select.Portal>
    </Select.Root>
  )
}
