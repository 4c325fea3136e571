/**
 * A number input that lets the user clear it and type freely: the draft text is
 * kept locally and only valid numbers are reported.
 */
import { useEffect, useState } from 'react'

/** Props of {@link NumberField}. */
export interface NumberFieldProps {
  value: number
  onChange: (value: number) => void
  label: string
  /** Whole numbers only. */
  integer?: boolean | undefined
  min?: number | undefined
  disabled?: boolean | undefined
  invalid?: boolean | undefined
  describedBy?: string | undefined
  part?: string | undefined
}

/** A labelled number input. */
export function NumberField({
  value,
  onChange,
  label,
  integer,
  min,
  disabled,
  invalid,
  describedBy,
  part,
}: NumberFieldProps) {
  const [draft, setDraft] = useState(String(value))
  useEffect(() => {
    setDraft((current) => (Number(current) === value && current.trim() !== '' ? current : String(value)))
  }, [value])
  return (
    <input
      type="number"
      inputMode={integer ? 'numeric' : 'decimal'}
      step={integer ? 1 : 'any'}
      min={min}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      disabled={disabled}
      value={draft}
      data-segkit-part={part ?? 'number'}
      data-invalid={invalid ? '' : undefined}
      onChange={(event) => {
        const text = event.target.value
        setDraft(text)
        const parsed = Number(text)
        if (text.trim() === '' || !Number.isFinite(parsed)) return
        onChange(integer ? Math.trunc(parsed) : parsed)
      }}
    />
  )
}
