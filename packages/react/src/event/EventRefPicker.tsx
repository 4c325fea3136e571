/**
 * Which events a condition or a step counts: one event, any of several ("Viewed product or Added
 * to cart", one picker each, joined by "or", with "+ or" to add one and × to remove one), or any
 * event (the first option of the picker). Each picker is the components map's `EventPicker`; the
 * reference it builds is core's `EventRef`, applied by the caller through `changeEventRef`.
 */
import type { EventDef, EventRef, Issue } from '@segkit/core'
import { useMessages } from '../context.ts'
import { issuesUnder } from '../fields/field-issues.ts'
import { EventPickerSlot as EventPicker } from '../fields/slots.tsx'

/** Props of {@link EventRefPicker}. */
export interface EventRefPickerProps {
  entity: string
  value: EventRef
  /** The new reference; `picked` is the chosen event's definition when one event was picked (it may come from a server search). */
  onChange: (ref: EventRef, picked?: EventDef) => void
  /** Accessible name of the (first) picker; default "Event". */
  label?: string | undefined
  disabled?: boolean | undefined
  describedBy?: string | undefined
  /** The issues of the `event` field (those under `[...at, 'anyOf', i]` go to picker i). */
  issues: readonly Issue[]
  /** Where the reference sits in its node: `['event']`, or `['steps', i, 'event']`. */
  at: readonly (string | number)[]
  /** Show "+ or" right after the pickers (default); a step card shows {@link EventRefAdd} at its end instead. */
  withAdd?: boolean | undefined
}

/** "+ or": adds an event to choose beside the ones chosen (nothing while the first is not chosen, or for any event). */
export function EventRefAdd({
  value,
  onChange,
  disabled,
}: Pick<EventRefPickerProps, 'value' | 'onChange' | 'disabled'>) {
  const m = useMessages()
  const ids = typeof value === 'string' ? [value] : 'anyOf' in value ? value.anyOf : undefined
  if (disabled || !ids || ids[0] === '') return null
  return (
    <button
      type="button"
      data-segkit-part="event-ref-add"
      aria-label={m.eventAddAlternative}
      title={m.eventAddAlternative}
      onClick={() => onChange({ anyOf: [...ids, ''] })}
    >
      <span aria-hidden="true">+</span> {m.eventOr}
    </button>
  )
}

/** The event picker(s) of a condition or a step. */
export function EventRefPicker({
  entity,
  value,
  onChange,
  label,
  disabled,
  describedBy,
  issues,
  at,
  withAdd = true,
}: EventRefPickerProps) {
  const m = useMessages()
  const any = typeof value !== 'string' && 'any' in value
  const ids = typeof value === 'string' ? [value] : 'anyOf' in value ? value.anyOf : ['']
  const set = (next: readonly string[], picked?: EventDef) =>
    onChange(next.length === 1 ? (next[0] ?? '') : { anyOf: [...next] }, picked)
  const name = label ?? m.eventPicker
  return (
    <span data-segkit-part="event-ref" data-count={any ? 'any' : ids.length}>
      {ids.map((id, i) => {
        const own = ids.length > 1 ? issuesUnder(issues, [...at, 'anyOf', i]) : issues
        return (
          // Position keys: the pickers are a list of places, an id may be '' or repeat while editing.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <span key={i} data-segkit-part="event-ref-item">
            {i > 0 && <span data-segkit-part="event-ref-or">{m.eventOr}</span>}
            <EventPicker
              entity={entity}
              value={any ? '' : id}
              anyEvent={any}
              onAnyEvent={ids.length === 1 ? () => onChange({ any: true }) : undefined}
              onChange={(event) =>
                set(
                  ids.map((other, k) => (k === i ? event.id : other)),
                  event,
                )
              }
              label={ids.length > 1 ? m.eventAlternative(name, i + 1) : name}
              disabled={disabled}
              invalid={own.length > 0}
              describedBy={describedBy}
              issues={own}
            />
            {ids.length > 1 && !disabled && (
              <button
                type="button"
                data-segkit-part="event-ref-remove"
                aria-label={m.eventRemoveAlternative(i + 1)}
                title={m.eventRemoveAlternative(i + 1)}
                onClick={() => set(ids.filter((_, k) => k !== i))}
              >
                <span aria-hidden="true">×</span>
              </button>
            )}
          </span>
        )
      })}
      {withAdd && <EventRefAdd value={value} onChange={onChange} disabled={disabled} />}
    </span>
  )
}
