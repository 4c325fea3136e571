/**
 * Editing an event condition in the builder: switching its form, its measure or
 * its event while keeping whatever still fits (window, durations, filters).
 */
import type { EventDef, PropertyDef } from '../catalog/schema.ts'
import type { EventCondition, EventForm, EventFormType, Measure } from '../model/conditions.ts'
import type { EventFilter } from '../model/predicate.ts'
import type { Duration, Window } from '../model/time.ts'
import { defaultDuration } from './defaults.ts'

const DEFAULT_WINDOW: Window = { type: 'last', duration: defaultDuration('window') }
const DEFAULT_RECENT: Duration = defaultDuration('recent')

/** The forms in menu order. */
export const EVENT_FORM_TYPES: readonly EventFormType[] = [
  'performed',
  'not_performed',
  'measure',
  'first_time',
  'last_time',
  'stopped',
  'restarted',
  'regularly',
  'nth_time',
]

/** The measure functions in menu order. */
export const MEASURE_FNS: readonly Measure['fn'][] = ['count', 'sum', 'avg', 'min', 'max', 'distinct', 'active_days']

function windowOf(form: EventForm): Window | undefined {
  return 'window' in form ? form.window : undefined
}

/** A duration that says "recently", taken from the previous form when it has one. */
function recentOf(form: EventForm): Duration {
  switch (form.type) {
    case 'stopped':
    case 'restarted':
      return form.recent
    case 'regularly':
      return form.period
    default: {
      const w = form.window
      return w.type === 'last' || w.type === 'before' ? w.duration : DEFAULT_RECENT
    }
  }
}

/** A duration that says "the period before", taken from the previous form when it has one. */
function earlierOf(form: EventForm): Duration {
  if (form.type === 'stopped') return form.baseline
  if (form.type === 'restarted') return form.inactive
  return recentOf(form)
}

/**
 * Switches an event condition's form, keeping the window, the durations and the
 * measure where the new form has them. From `performed` to `measure` gives
 * "count ≥ 1"; from `not_performed`, "count = 0" (the same meaning, now editable).
 */
export function changeEventForm(form: EventForm, type: EventFormType): EventForm {
  if (form.type === type) return form
  const window = windowOf(form) ?? DEFAULT_WINDOW
  switch (type) {
    case 'performed':
    case 'not_performed':
    case 'first_time':
    case 'last_time':
      return { type, window }
    case 'measure':
      return form.type === 'not_performed'
        ? { type, measure: { fn: 'count' }, comparison: 'eq', value: 0, window }
        : { type, measure: { fn: 'count' }, comparison: 'gte', value: 1, window }
    case 'stopped':
      return { type, recent: recentOf(form), baseline: earlierOf(form) }
    case 'restarted':
      return { type, recent: recentOf(form), inactive: earlierOf(form) }
    case 'regularly':
      return { type, period: { amount: 1, unit: 'week' }, periods: 4, minPeriods: 3 }
    case 'nth_time':
      return { type, n: 2, window }
    default: {
      const unknownType: never = type
      throw new Error(`unknown event form ${String(unknownType)}`)
    }
  }
}

/** The event properties a measure function may measure (none for `count` and `active_days`). */
export function measurePropertiesFor(fn: Measure['fn'], event: EventDef | undefined): readonly PropertyDef[] {
  const properties = event?.properties ?? []
  switch (fn) {
    case 'count':
    case 'active_days':
      return []
    case 'sum':
    case 'avg':
    case 'min':
    case 'max':
      return properties.filter((p) => p.type === 'number')
    case 'distinct':
      return properties
    default: {
      fn satisfies never
      throw new Error('unknown measure')
    }
  }
}

/** The measure functions an event offers: those needing a property only when it has a fitting one. */
export function measuresFor(event: EventDef | undefined): readonly Measure['fn'][] {
  return MEASURE_FNS.filter(
    (fn) => fn === 'count' || fn === 'active_days' || measurePropertiesFor(fn, event).length > 0,
  )
}

/**
 * Switches the measure function, keeping the measured property when it still
 * fits and otherwise taking the first that does. Undefined when the event has
 * no property the function can measure.
 */
export function changeMeasure(measure: Measure, fn: Measure['fn'], event: EventDef | undefined): Measure | undefined {
  if (fn === 'count' || fn === 'active_days') return { fn }
  const candidates = measurePropertiesFor(fn, event)
  const current = 'property' in measure ? candidates.find((p) => p.id === measure.property) : undefined
  const property = current ?? candidates[0]
  if (!property) return undefined
  return { fn, property: property.id }
}

function keepFilters(filters: readonly EventFilter[], from: EventDef | undefined, to: EventDef): EventFilter[] {
  return filters.filter((f) => {
    const before = from?.properties.find((p) => p.id === f.property)
    const after = to.properties.find((p) => p.id === f.property)
    return after !== undefined && (before === undefined || before.type === after.type)
  })
}

/**
 * Points an event condition (or a sequence step) at another event. Filters on
 * properties the new event also has, with the same type, are kept; the others
 * are dropped because they cannot apply. A measured property the new event lacks
 * is replaced by a fitting one (or the measure falls back to a count).
 */
export function changeEvent<T extends Pick<EventCondition, 'event' | 'filters'> & { form?: EventForm }>(
  condition: T,
  event: EventDef,
  previous: EventDef | undefined,
): T {
  const next: T = { ...condition, event: event.id, filters: keepFilters(condition.filters, previous, event) }
  const form = condition.form
  if (form?.type === 'measure') {
    const measure = changeMeasure(form.measure, form.measure.fn, event) ?? { fn: 'count' }
    next.form = { ...form, measure }
  }
  return next
}
