/**
 * The event row's "how" choice: the event forms, with "a number of times" split out of the measure
 * form so that "performed N times" is one choice and one number — `[Purchased ▾] [at least ▾] [2]
 * times` — and the other measures (sum, average, …) one step away. Pure mapping between the choice
 * and the form; every form is still built by core's `changeEventForm` / `changeMeasure`.
 */
import {
  type Comparison,
  changeEventForm,
  changeMeasure,
  type EventDef,
  type EventForm,
  type EventFormType,
  measuresFor,
} from '@segkit/core'

/** The comparisons offered as "… times" choices, in menu order. */
export const COUNT_COMPARISONS: readonly Comparison[] = ['gte', 'gt', 'eq', 'lte', 'lt', 'between', 'neq']

/** One choice of the "how" select: a form type, or a count compared one way. */
export type EventHow = EventFormType | `count:${Comparison}`

/** The choice a form shows. */
export function howOf(form: EventForm): EventHow {
  if (form.type === 'measure' && form.measure.fn === 'count') return `count:${form.comparison}`
  return form.type
}

function isCountHow(how: EventHow): how is `count:${Comparison}` {
  return how.startsWith('count:')
}

function isComparison(text: string): text is Comparison {
  return (COUNT_COMPARISONS as readonly string[]).includes(text)
}

/** The form for a choice, starting from the current form (window, threshold kept where they fit). */
export function formForHow(form: EventForm, how: EventHow, event: EventDef | undefined): EventForm {
  if (isCountHow(how)) {
    const comparison = how.slice('count:'.length)
    if (!isComparison(comparison)) return form
    const measured = changeEventForm(form, 'measure')
    if (measured.type !== 'measure') return form
    const threshold = measured.measure.fn === 'count' ? measured.value : 1
    const value =
      comparison === 'eq' || comparison === 'neq' || comparison === 'lte' ? threshold : Math.max(1, threshold)
    const base = { ...measured, measure: { fn: 'count' as const }, comparison, value }
    if (comparison === 'between') return { ...base, value2: Math.max(value, measured.value2 ?? value + 4) }
    const { value2: _dropped, ...rest } = base
    return rest
  }
  if (how === 'measure') {
    const measured = changeEventForm(form, 'measure')
    if (measured.type !== 'measure') return form
    if (measured.measure.fn !== 'count') return measured
    // "by a measure…": the first measure other than a count that the event supports.
    const fn = measuresFor(event).find((f) => f !== 'count') ?? 'active_days'
    const measure = changeMeasure(measured.measure, fn, event) ?? { fn: 'active_days' as const }
    return { ...measured, measure, comparison: 'gte', value: 1 }
  }
  return changeEventForm(form, how)
}
