/**
 * The phrases descriptions and explanations share: durations, points in time,
 * windows, predicates, filters and comparisons, worded through the describe
 * messages in the caller's locale.
 */
import { type CatalogIndex, indexCatalog } from '../catalog/index-catalog.ts'
import type { Catalog, PropertyDef } from '../catalog/schema.ts'
import { type DeepPartial, overrideMessages } from '../i18n/override-messages.ts'
import type { SequenceStep } from '../model/conditions.ts'
import { commonEventProperty, type EventRef, eventIdsOf } from '../model/event-ref.ts'
import { NEGATIVE_OPERATORS, valueShape } from '../model/operators.ts'
import type { EventFilter, PredicateValue } from '../model/predicate.ts'
import { isPropertyReference, isStepReference } from '../model/property-reference.ts'
import type { DateValue, Duration, Window } from '../model/time.ts'
import { isDateValueShaped, isDurationShaped } from '../validate/value-guards.ts'
import { formatInstant, formatNumber, formatScalar, type ValueFormat } from './format-value.ts'
import { type ComparisonWording, type DescribeMessages, englishDescribeMessages } from './messages.ts'

/** Options of `describeSegment` / `describeNode`: words (another language) and the locale for numbers and dates. */
export interface DescribeOptions {
  /** Replace some or all words (another language): a deep partial of the messages. */
  messages?: DeepPartial<DescribeMessages> | undefined
  /** Locale for numbers and dates. Default `en-US`. */
  locale?: string | undefined
}

/** Everything wording needs: the catalog's index, the messages and the locale. */
export interface Ctx extends ValueFormat {
  index: CatalogIndex
  m: DescribeMessages
  /** The segment's time zone, named after calendar phrases (absent: UTC, not named). */
  timeZone?: string | undefined
}

export function context(catalog: Catalog, options: DescribeOptions): Ctx {
  return {
    index: indexCatalog(catalog),
    m: overrideMessages(englishDescribeMessages, options.messages),
    locale: options.locale ?? 'en-US',
  }
}

/** The catalog label of a thing, its id where the catalog does not know it, and "…" while it is not chosen (`''`). */
export function named(label: string | undefined, id: string, ctx: Ctx): string {
  return id === '' ? ctx.m.notGiven : (label ?? id)
}

/** An event in words ("“Purchased”"), or "…" while it is not chosen. */
/** The name of one event ("“Purchased”"), of several ("“Purchased” or “Subscribed”") or of any event. */
export function eventName(ref: EventRef, ctx: Ctx): string {
  if (typeof ref !== 'string') {
    if ('any' in ref) return ctx.m.anyEvent
    const ids = [...new Set(ref.anyOf)]
    return ids.length === 0
      ? ctx.m.notGiven
      : ctx.m.listJoin(
          ids.map((id) => eventName(id, ctx)),
          'or',
        )
  }
  return ref === '' ? ctx.m.notGiven : ctx.m.event(ctx.index.event(ref)?.label ?? ref)
}

export function duration(d: Duration, ctx: Ctx): string {
  return ctx.m.duration(d.amount, d.unit)
}

export function dateValue(v: DateValue, ctx: Ctx): { text: string; kind: 'day' | 'time' | 'relative' } {
  switch (v.type) {
    case 'absolute': {
      const i = formatInstant(v.value, ctx)
      return { text: i.text, kind: i.hasTime ? 'time' : 'day' }
    }
    case 'ago':
      return { text: ctx.m.ago(duration(v.duration, ctx)), kind: 'relative' }
    case 'from_now':
      return { text: ctx.m.fromNow(duration(v.duration, ctx)), kind: 'relative' }
    default: {
      v satisfies never
      return { text: '', kind: 'relative' }
    }
  }
}

/** A calendar phrase with the segment's time zone, when it has one other than UTC. */
export function inTimeZone(text: string, ctx: Ctx): string {
  return ctx.timeZone === undefined || ctx.timeZone === 'UTC' ? text : ctx.m.inTimeZone(text, ctx.timeZone)
}

export function windowText(w: Window, ctx: Ctx): string {
  switch (w.type) {
    case 'ever':
      return ctx.m.window.ever
    case 'last':
      return ctx.m.window.last(duration(w.duration, ctx))
    case 'before':
      return ctx.m.window.before(duration(w.duration, ctx))
    case 'relative_range':
      return ctx.m.window.relativeRange(duration(w.start, ctx), duration(w.end, ctx))
    case 'between':
      return ctx.m.window.between(formatInstant(w.from, ctx).text, formatInstant(w.to, ctx).text)
    case 'calendar':
      return inTimeZone(ctx.m.window.calendar(w.unit, w.complete, w.current), ctx)
    default: {
      w satisfies never
      return ''
    }
  }
}

export function valueText(
  pred: { operator: Parameters<typeof valueShape>[0]; value?: PredicateValue | undefined },
  def: PropertyDef | undefined,
  ctx: Ctx,
  /** The entity whose other property a `PropertyReference` names (property conditions). */
  entity?: string,
  /** The sequence's steps, which a `StepReference` names (sequence step filters). */
  steps?: readonly SequenceStep[],
): string {
  const v = pred.value
  if (isStepReference(v)) {
    const at = steps?.findIndex((s) => s.id === v.step) ?? -1
    const target = steps?.[at]
    // A referenced step is one event (validation refuses step references in a sequence of event sets).
    const label =
      target && typeof target.event === 'string' ? ctx.index.eventProperty(target.event, v.property)?.label : undefined
    return ctx.m.earlierStep(
      named(label, v.property, ctx),
      at + 1,
      target ? eventName(target.event, ctx) : ctx.m.notGiven,
    )
  }
  if (isPropertyReference(v)) {
    const other = entity === undefined ? undefined : ctx.index.property(entity, v.property)
    const offset = v.offset && v.offset.amount !== 0 ? v.offset : undefined
    return ctx.m.otherProperty(
      other?.label ?? v.property,
      offset && {
        duration: duration({ amount: Math.abs(offset.amount), unit: offset.unit }, ctx),
        later: offset.amount > 0,
      },
    )
  }
  const shape = valueShape(pred.operator, def?.type ?? 'string')
  if (shape === 'none') return ''
  // A value not given yet (a half-made condition) reads "…", not as if the sentence ended there.
  if (v === undefined || (Array.isArray(v) && v.length === 0)) return ctx.m.notGiven
  switch (shape) {
    case 'scalar':
      return typeof v === 'object' ? JSON.stringify(v) : formatScalar(v, def, ctx)
    case 'list': {
      const items = Array.isArray(v)
        ? v.map((x) => (isDateValueShaped(x) ? dateValue(x, ctx).text : formatScalar(x, def, ctx)))
        : []
      return ctx.m.listJoin(items, pred.operator === 'has_all' ? 'and' : 'or')
    }
    case 'range':
      return Array.isArray(v) && typeof v[0] === 'number' && typeof v[1] === 'number'
        ? ctx.m.numberRange(formatNumber(v[0], def, ctx), formatNumber(v[1], def, ctx))
        : JSON.stringify(v)
    case 'date':
      return isDateValueShaped(v) ? dateValue(v, ctx).text : JSON.stringify(v)
    case 'date_range':
      return Array.isArray(v) && isDateValueShaped(v[0]) && isDateValueShaped(v[1])
        ? ctx.m.dateRange(dateValue(v[0], ctx).text, dateValue(v[1], ctx).text)
        : JSON.stringify(v)
    case 'duration':
      return isDurationShaped(v) ? duration(v, ctx) : JSON.stringify(v)
    default: {
      shape satisfies never
      return ''
    }
  }
}

export function predicateText(
  pred: {
    operator: Parameters<typeof valueShape>[0]
    value?: PredicateValue | undefined
    ignoreCase?: boolean | undefined
  },
  def: PropertyDef | undefined,
  ctx: Ctx,
  past: boolean,
  entity?: string,
  steps?: readonly SequenceStep[],
): string {
  return ctx.m.operator(pred.operator, valueText(pred, def, ctx, entity, steps), {
    // Shown wherever it changes a string comparison (string lists included), not on presence tests.
    ignoreCase:
      Boolean(pred.ignoreCase) && def?.type !== 'number' && valueShape(pred.operator, def?.type ?? 'string') !== 'none',
    past,
    matchesMissing: NEGATIVE_OPERATORS.has(pred.operator) && pred.operator !== 'is_not_set',
    reference: isPropertyReference(pred.value),
  })
}

/** The filters of an event or a sequence step (`steps`: the sequence's, for comparisons with an earlier step). */
export function filtersText(
  ref: EventRef,
  filters: readonly EventFilter[],
  ctx: Ctx,
  entity: string,
  steps?: readonly SequenceStep[],
): string {
  const ids = eventIdsOf(ref, ctx.index, entity)
  return ctx.m.filters(
    filters.map((f) => {
      const def = commonEventProperty(ctx.index, ids, f.property)
      return ctx.m.filter(named(def?.label, f.property, ctx), predicateText(f, def, ctx, false, undefined, steps))
    }),
  )
}

export function comparisonWording(
  comparison: ComparisonWording['comparison'],
  value: number,
  value2: number | undefined,
  fmt: (n: number) => string,
): ComparisonWording {
  return { comparison, value: fmt(value), value2: value2 === undefined ? undefined : fmt(value2), amount: value }
}
