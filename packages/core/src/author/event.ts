/**
 * Event conditions of the authoring API:
 * `performed('purchased').where('amount').gt(50).atLeast(3).inLast(30, 'day')`,
 * `notPerformed('visited').inLast(40, 'day')`, `performed('purchased').sum('amount').gte(500)`,
 * `firstPerformed`, `lastPerformed`, `stoppedPerforming`, `restartedPerforming`, `performedRegularly`,
 * `performedNthTime`; each takes an event id, `{ anyOf: [...] }` or `{ any: true }`.
 */
import type { EventCondition, EventForm, Measure } from '../model/conditions.ts'
import type { EventRef } from '../model/event-ref.ts'
import type { Comparison } from '../model/operators.ts'
import type { EventFilter } from '../model/predicate.ts'
import type { CalendarUnit, Duration, TimeUnit, Window } from '../model/time.ts'
import type {
  EventArg,
  EventPropertyIdOf,
  EventPropertyOf,
  NumberEventPropertyIdOf,
  ReadonlyCatalog,
} from './catalog-types.ts'
import { AuthoredNode, type IdKind, type IdSource, type NodeFlags } from './node.ts'
import { Predicate, type PredicateFor, type PredicateSpec } from './predicate.ts'
import { type DurationInput, toDuration } from './time.ts'
import { type Windowed, windows } from './window.ts'

/** The definition of property `P` of event `Ev`. */
type EventPropertyById<C extends ReadonlyCatalog, Ev, P> =
  string extends EventPropertyIdOf<C, Ev> ? EventPropertyOf<C, Ev> : Extract<EventPropertyOf<C, Ev>, { readonly id: P }>

/** Filters on the properties of event `Ev`; every filter must hold for an event to count. */
export interface EventFilters<C extends ReadonlyCatalog, Ev> {
  /** A filter on the event property `property`, e.g. `.where('amount').gt(50)`. */
  where<P extends EventPropertyIdOf<C, Ev>>(property: P): PredicateFor<EventPropertyById<C, Ev, P>, this>
}

/** Compares a measure with a threshold; each method returns the event condition. */
export interface MeasureComparison<R> {
  /** Equal to `value`. */
  eq(value: number): R
  /** Not equal to `value`. */
  neq(value: number): R
  /** Greater than `value`. */
  gt(value: number): R
  /** At least `value`. */
  gte(value: number): R
  /** Less than `value`. */
  lt(value: number): R
  /** At most `value`. */
  lte(value: number): R
  /** Between `min` and `max`, both included. */
  between(min: number, max: number): R
  /** At least `value` (`gte`). */
  atLeast(value: number): R
  /** At most `value` (`lte`). */
  atMost(value: number): R
}

/** An event condition being written: filters, a window, a flag or two; becomes an `EventCondition`. */
export interface EventConditionApi<C extends ReadonlyCatalog, Ev>
  extends AuthoredNode<EventCondition>,
    EventFilters<C, Ev> {}

/** `firstPerformed`, `lastPerformed`, `notPerformed`: filters and a window. */
export interface WindowedEvent<C extends ReadonlyCatalog, Ev> extends EventConditionApi<C, Ev>, Windowed {}

/** `performed`: filters, a window and optionally a measure ("at least 3 times", "sum of amount ≥ 500"). */
export interface PerformedEvent<C extends ReadonlyCatalog, Ev> extends WindowedEvent<C, Ev> {
  /** Performed at least `n` times. */
  atLeast(n: number): this
  /** Performed at most `n` times (0 included). */
  atMost(n: number): this
  /** Performed exactly `n` times. */
  exactly(n: number): this
  /** Performed more than `n` times. */
  moreThan(n: number): this
  /** Performed fewer than `n` times (0 included). */
  fewerThan(n: number): this
  /** The number of matching events, compared: `.count().between(2, 5)`. */
  count(): MeasureComparison<this>
  /** The sum of a number property over the matching events (0 when there is none). */
  sum(property: NumberEventPropertyIdOf<C, Ev>): MeasureComparison<this>
  /** The average of a number property (no value, so never matching, when there is no event). */
  avg(property: NumberEventPropertyIdOf<C, Ev>): MeasureComparison<this>
  /** The smallest value of a number property. */
  min(property: NumberEventPropertyIdOf<C, Ev>): MeasureComparison<this>
  /** The largest value of a number property. */
  max(property: NumberEventPropertyIdOf<C, Ev>): MeasureComparison<this>
  /** The number of distinct values of an event property. */
  distinct(property: EventPropertyIdOf<C, Ev>): MeasureComparison<this>
  /** The number of distinct UTC days with a matching event. */
  activeDays(): MeasureComparison<this>
}

type FormState =
  | { type: 'performed'; measure?: { measure: Measure; comparison: Comparison; value: number; value2?: number } }
  | { type: 'not_performed' | 'first_time' | 'last_time' }
  | { type: 'stopped'; baseline: Duration; recent: Duration }
  | { type: 'restarted'; inactive: Duration; recent: Duration }
  | { type: 'regularly'; period: Duration; periods: number; minPeriods: number; minPerPeriod?: number }
  | { type: 'nth_time'; n: number; withinOfFirst?: Duration }

interface EventState extends NodeFlags {
  event: EventRef
  filters: readonly PredicateSpec[]
  window: Window
  form: FormState
}

/** The run-time side of the event condition interfaces. */
export class EventConditionBuilder extends AuthoredNode<EventCondition, EventState> {
  /** A filter on an event property. */
  where(property: string): Predicate<this> {
    return new Predicate(property, (spec) => this.update({ filters: [...this.state.filters, spec] }))
  }
  ever(): this {
    return this.update({ window: windows.ever() })
  }
  inLast(amount: number, unit: TimeUnit): this {
    return this.update({ window: windows.inLast(amount, unit) })
  }
  before(amount: number, unit: TimeUnit): this {
    return this.update({ window: windows.before(amount, unit) })
  }
  betweenAgo(start: number, end: number, unit: TimeUnit): this {
    return this.update({ window: windows.betweenAgo(start, end, unit) })
  }
  between(from: string, to: string): this {
    return this.update({ window: windows.between(from, to) })
  }
  today(): this {
    return this.update({ window: windows.today() })
  }
  yesterday(): this {
    return this.update({ window: windows.yesterday() })
  }
  thisPeriod(unit: CalendarUnit): this {
    return this.update({ window: windows.thisPeriod(unit) })
  }
  lastComplete(n: number, unit: CalendarUnit, options?: { andCurrent?: boolean }): this {
    return this.update({ window: windows.lastComplete(n, unit, options) })
  }
  atLeast(n: number): this {
    return this.count().gte(n)
  }
  atMost(n: number): this {
    return this.count().lte(n)
  }
  exactly(n: number): this {
    return this.count().eq(n)
  }
  moreThan(n: number): this {
    return this.count().gt(n)
  }
  fewerThan(n: number): this {
    return this.count().lt(n)
  }
  count(): MeasureComparison<this> {
    return this.measureWith({ fn: 'count' })
  }
  sum(property: string): MeasureComparison<this> {
    return this.measureWith({ fn: 'sum', property })
  }
  avg(property: string): MeasureComparison<this> {
    return this.measureWith({ fn: 'avg', property })
  }
  min(property: string): MeasureComparison<this> {
    return this.measureWith({ fn: 'min', property })
  }
  max(property: string): MeasureComparison<this> {
    return this.measureWith({ fn: 'max', property })
  }
  distinct(property: string): MeasureComparison<this> {
    return this.measureWith({ fn: 'distinct', property })
  }
  activeDays(): MeasureComparison<this> {
    return this.measureWith({ fn: 'active_days' })
  }
  private measureWith(measure: Measure): MeasureComparison<this> {
    const compare =
      (comparison: Comparison) =>
      (value: number, value2?: number): this =>
        this.update({
          form: {
            type: 'performed',
            measure: { measure, comparison, value, ...(value2 === undefined ? {} : { value2 }) },
          },
        })
    return {
      eq: compare('eq'),
      neq: compare('neq'),
      gt: compare('gt'),
      gte: compare('gte'),
      lt: compare('lt'),
      lte: compare('lte'),
      between: (min, max) => compare('between')(min, max),
      atLeast: compare('gte'),
      atMost: compare('lte'),
    }
  }
  /** @internal */
  protected idKind(): IdKind {
    return 'condition'
  }
  /** @internal */
  protected build(id: string, ids: IdSource): EventCondition {
    const filters = this.state.filters.map((spec): EventFilter => ({ id: ids('filter'), ...spec }))
    return { id, kind: 'event', event: this.state.event, filters, form: this.formNode() }
  }
  private formNode(): EventForm {
    const { form, window } = this.state
    switch (form.type) {
      case 'performed':
        return form.measure ? { type: 'measure', ...form.measure, window } : { type: 'performed', window }
      case 'not_performed':
      case 'first_time':
      case 'last_time':
        return { type: form.type, window }
      case 'nth_time':
        return { ...form, window }
      case 'stopped':
      case 'restarted':
      case 'regularly':
        return form
      default: {
        form satisfies never
        throw new Error('unknown event form')
      }
    }
  }
}

/** The reference of an {@link EventArg}, copied (a later change to the caller's list changes nothing). */
export function toEventRef(event: EventArg<string>): EventRef {
  if (typeof event === 'string') return event
  return 'anyOf' in event ? { anyOf: [...event.anyOf] } : { any: true }
}

const start = (event: EventArg<string>, form: FormState) =>
  new EventConditionBuilder({ event: toEventRef(event), filters: [], window: windows.ever(), form })

/** @internal Untyped constructors behind the typed `Author` methods. */
export const eventConditions = {
  performed: (event: EventArg<string>) => start(event, { type: 'performed' }),
  notPerformed: (event: EventArg<string>) => start(event, { type: 'not_performed' }),
  firstPerformed: (event: EventArg<string>) => start(event, { type: 'first_time' }),
  lastPerformed: (event: EventArg<string>) => start(event, { type: 'last_time' }),
  stoppedPerforming: (event: EventArg<string>, o: { recent: DurationInput; baseline: DurationInput }) =>
    start(event, { type: 'stopped', recent: toDuration(o.recent), baseline: toDuration(o.baseline) }),
  restartedPerforming: (event: EventArg<string>, o: { recent: DurationInput; inactive: DurationInput }) =>
    start(event, { type: 'restarted', recent: toDuration(o.recent), inactive: toDuration(o.inactive) }),
  performedRegularly: (
    event: string,
    o: { period: DurationInput; periods: number; minPeriods: number; minPerPeriod?: number },
  ) =>
    start(event, {
      type: 'regularly',
      period: toDuration(o.period),
      periods: o.periods,
      minPeriods: o.minPeriods,
      ...(o.minPerPeriod === undefined || o.minPerPeriod === 1 ? {} : { minPerPeriod: o.minPerPeriod }),
    }),
  performedNthTime: (event: EventArg<string>, n: number, o: { withinOfFirst?: DurationInput } = {}) =>
    start(event, {
      type: 'nth_time',
      n,
      ...(o.withinOfFirst === undefined ? {} : { withinOfFirst: toDuration(o.withinOfFirst) }),
    }),
}
