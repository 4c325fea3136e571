/**
 * A number the user types freely: the text is kept as typed (a leading "-", "1e", "0." on the way
 * to a number) and only a complete number is reported. A cleared field stays empty and says "Value
 * required" (or reports `undefined` where the value may be absent); text that is not a number says
 * so. Nothing silently becomes 0. ArrowUp / ArrowDown step by 1 (Shift: 10).
 */
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import { useMessages } from '../context.ts'

/** Props of {@link NumberField}. */
export interface NumberFieldProps {
  /** The number in the segment; `undefined` when there is none yet. */
  value: number | undefined
  /** Called with each complete number typed; with `undefined` on clearing when `optional`. */
  onChange: (value: number | undefined) => void
  label: string
  /** Whole numbers only. */
  integer?: boolean | undefined
  min?: number | undefined
  /** A cleared field reports `undefined` (the segment may lack the value; validation flags it). */
  optional?: boolean | undefined
  disabled?: boolean | undefined
  invalid?: boolean | undefined
  describedBy?: string | undefined
  part?: string | undefined
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i

/** The number a text stands for, or why it stands for none. */
export function parseNumberText(
  text: string,
  integer: boolean,
  min: number | undefined,
): { ok: true; value: number } | { ok: false; reason: 'empty' | 'nan' } {
  const trimmed = text.trim()
  if (trimmed === '') return { ok: false, reason: 'empty' }
  if (!NUMBER.test(trimmed)) return { ok: false, reason: 'nan' }
  const value = Number(trimmed)
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) return { ok: false, reason: 'nan' }
  if (min !== undefined && value < min) return { ok: false, reason: 'nan' }
  return { ok: true, value }
}

const textOf = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '' : String(value))

/** A labelled number input (a text input in numeric mode, so that every number can be typed). */
export function NumberField({
  value,
  onChange,
  label,
  integer = false,
  min,
  optional,
  disabled,
  invalid,
  describedBy,
  part,
}: NumberFieldProps) {
  const m = useMessages()
  const messageId = useId()
  const [draft, setDraft] = useState(() => textOf(value))
  // The last number this field reported: a different value is an outside change (undo, another
  // field) and replaces the draft; the same one keeps what the user is typing.
  const reported = useRef(value)
  useEffect(() => {
    if (Object.is(value, reported.current)) return
    reported.current = value
    setDraft(textOf(value))
  }, [value])
  const parsed = parseNumberText(draft, integer, min)
  const local = parsed.ok
    ? undefined
    : parsed.reason === 'empty'
      ? optional
        ? undefined
        : m.valueRequired
      : m.notANumber
  const commit = (text: string) => {
    setDraft(text)
    const next = parseNumberText(text, integer, min)
    if (next.ok) {
      reported.current = next.value
      onChange(next.value)
    } else if (next.reason === 'empty' && optional) {
      reported.current = undefined
      onChange(undefined)
    }
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return
    event.preventDefault()
    const base = parsed.ok ? parsed.value : (value ?? 0)
    const step = (event.shiftKey ? 10 : 1) * (event.key === 'ArrowUp' ? 1 : -1)
    const next = min !== undefined ? Math.max(min, base + step) : base + step
    commit(String(next))
  }
  const describedByAll = [describedBy, local ? messageId : undefined].filter(Boolean).join(' ') || undefined
  return (
    <>
      <input
        type="text"
        // The APG spin button: typed freely, ArrowUp / ArrowDown step.
        role="spinbutton"
        aria-valuenow={parsed.ok ? parsed.value : undefined}
        aria-valuemin={min}
        inputMode={integer && (min ?? -1) >= 0 ? 'numeric' : 'decimal'}
        autoComplete="off"
        aria-label={label}
        aria-invalid={invalid || local !== undefined || undefined}
        aria-describedby={describedByAll}
        disabled={disabled}
        value={draft}
        size={Math.max(3, Math.min(12, draft.length + 1))}
        data-segkit-part={part ?? 'number'}
        data-invalid={invalid || local !== undefined ? '' : undefined}
        data-empty={draft.trim() === '' ? '' : undefined}
        onChange={(event) => commit(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {local !== undefined && (
        <span id={messageId} data-segkit-part="field-message" role="status">
          {local}
        </span>
      )}
    </>
  )
}
