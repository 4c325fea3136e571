/**
 * Sequences of the authoring API:
 * `sequence(step('added_to_cart'), notStep('purchased').within(1, 'day')).inLast(30, 'day')`, and with a
 * step reference `sequence(step('added_to_cart').as('cart'), notStep('purchased').sameAs('product', 'cart'))`.
 */
import type { SequenceCondition, SequenceStep } from '../model/conditions.ts'
import type { EventRef } from '../model/event-ref.ts'
import type { CalendarUnit, Duration, TimeUnit, Window } from '../model/time.ts'
import type { EventArg, EventPropertyIdOf, ReadonlyCatalog } from './catalog-types.ts'
import { type EventFilters, toEventRef } from './event.ts'
import { AuthoredNode, type IdKind, type IdSource, type NodeFlags } from './node.ts'
import { Predicate, type PredicateSpec } from './predicate.ts'
import { type Windowed, windows } from './window.ts'

/** A step of a sequence being written (`step('added_to_cart')`, `notStep('purchased')`). */
export interface StepApi<C extends ReadonlyCatalog, Ev> extends EventFilters<C, Ev>, StepLike {
  /** At most `amount` `unit`s after the previous positive step (its `maxGap`). */
  within(amount: number, unit: TimeUnit): this
  /** Gives the step the id `id`, so that a later step can compare with it (`sameAs`). */
  as(id: string): this
  /**
   * The event property `property` equals the property `of` (default: the same name) of the event
   * chosen for the earlier step named `step` (`.as(step)`): "then bought the same product".
   */
  sameAs(property: EventPropertyIdOf<C, Ev>, step: string, of?: string): this
}

interface StepState {
  event: EventRef
  negated: boolean
  filters: readonly PredicateSpec[]
  maxGap?: Duration | undefined
  id?: string | undefined
}

/** The run-time side of {@link StepApi}. */
export class StepBuilder {
  /** @internal */
  protected readonly state: StepState
  /** @internal */
  constructor(state: StepState) {
    this.state = state
  }
  /** A filter on an event property. */
  where(property: string): Predicate<this> {
    return new Predicate(property, (spec) => this.updateStep({ filters: [...this.state.filters, spec] }))
  }
  within(amount: number, unit: TimeUnit): this {
    return this.updateStep({ maxGap: { amount, unit } })
  }
  as(id: string): this {
    return this.updateStep({ id })
  }
  sameAs(property: string, step: string, of: string = property): this {
    const spec: PredicateSpec = { property, operator: 'eq', value: { type: 'step', step, property: of } }
    return this.updateStep({ filters: [...this.state.filters, spec] })
  }
  toStep(ids: IdSource): SequenceStep {
    const step: SequenceStep = {
      id: this.state.id ?? ids('step'),
      event: this.state.event,
      filters: this.state.filters.map((spec) => ({ id: ids('filter'), ...spec })),
    }
    if (this.state.negated) step.negated = true
    if (this.state.maxGap) step.maxGap = this.state.maxGap
    return step
  }
  private updateStep(patch: Partial<StepState>): this {
    const copy = Object.create(Object.getPrototypeOf(this) as object) as this
    Object.assign(copy, { state: { ...this.state, ...patch } })
    return copy
  }
}

/** Anything that becomes a sequence step. */
export interface StepLike {
  /** The sequence step, with ids from `ids`. */
  toStep(ids: IdSource): SequenceStep
}

/** A sequence condition being written: its steps, a window (default: ever) and an overall `within`. */
export interface SequenceApi extends AuthoredNode<SequenceCondition>, Windowed {
  /** The last positive step at most `amount` `unit`s after the first. */
  within(amount: number, unit: TimeUnit): this
}

interface SequenceState extends NodeFlags {
  steps: readonly StepLike[]
  window: Window
  within?: Duration | undefined
}

/** The run-time side of {@link SequenceApi}. */
export class SequenceBuilder extends AuthoredNode<SequenceCondition, SequenceState> implements SequenceApi {
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
  within(amount: number, unit: TimeUnit): this {
    return this.update({ within: { amount, unit } })
  }
  /** @internal */
  protected idKind(): IdKind {
    return 'condition'
  }
  /** @internal */
  protected build(id: string, ids: IdSource): SequenceCondition {
    const node: SequenceCondition = {
      id,
      kind: 'sequence',
      steps: this.state.steps.map((step) => step.toStep(ids)),
      window: this.state.window,
    }
    if (this.state.within) node.within = this.state.within
    return node
  }
}

/** @internal Untyped constructors behind the typed `Author` methods. */
export const sequences = {
  sequence: (...steps: StepLike[]) => new SequenceBuilder({ steps, window: windows.ever() }),
  step: (event: EventArg<string>) => new StepBuilder({ event: toEventRef(event), negated: false, filters: [] }),
  notStep: (event: EventArg<string>) => new StepBuilder({ event: toEventRef(event), negated: true, filters: [] }),
}
