/**
 * The typed authoring functions for one entity type of one catalog: what
 * `defineSegment` hands to its callback, and what `author(catalog, entity)`
 * returns for writing conditions outside a segment. With a `const` catalog every
 * id is checked and completed by TypeScript, and each property offers only the
 * operators and values its type allows.
 */
import type { DateValue, TimeUnit } from '../model/time.ts'
import type {
  EntityIdOf,
  EventArg,
  EventIdOf,
  ListIdOf,
  PropertyIdOf,
  PropertyOf,
  ReadonlyCatalog,
  RelationIdOf,
  RelationTargetOf,
  SegmentIdOf,
  TagIdOf,
} from './catalog-types.ts'
import { type EventConditionApi, eventConditions, type PerformedEvent, type WindowedEvent } from './event.ts'
import { and, type GroupBuilder, not, or } from './group.ts'
import { type MembershipBuilder, memberships } from './membership.ts'
import type { AuthoredNode } from './node.ts'
import { Predicate, type PredicateFor } from './predicate.ts'
import { PropertyConditionBuilder } from './property.ts'
import { type RelatedStart, relatedStart } from './related.ts'
import { type SequenceApi, type StepApi, type StepLike, sequences } from './sequence.ts'
import { ago, type DurationInput, fromNow } from './time.ts'

/** The authoring functions for entity type `E` of catalog `C`. */
export interface Author<C extends ReadonlyCatalog, E> {
  /** Every node holds (AND). */
  and(...nodes: AuthoredNode[]): GroupBuilder
  /** At least one node holds (OR). */
  or(...nodes: AuthoredNode[]): GroupBuilder
  /** NOT: matches when `node` does not. */
  not(node: AuthoredNode): GroupBuilder
  /** A condition on property `property` of the entity: `prop('plan').eq('pro')`. */
  prop<P extends PropertyIdOf<C, E>>(property: P): PredicateFor<PropertyOf<C, E, P>, PropertyConditionBuilder>
  /** Performed `event` (at least once, or with a measure: `.atLeast(3)`, `.sum('amount').gte(500)`). */
  performed<Ev extends EventIdOf<C>>(event: EventArg<Ev>): PerformedEvent<C, Ev>
  /** Did not perform `event` in the window. */
  notPerformed<Ev extends EventIdOf<C>>(event: EventArg<Ev>): WindowedEvent<C, Ev>
  /** The first `event` ever (up to asOf) lies in the window. */
  firstPerformed<Ev extends EventIdOf<C>>(event: EventArg<Ev>): WindowedEvent<C, Ev>
  /** The last `event` (up to asOf) lies in the window: `lastPerformed('visited').before(40, 'day')`. */
  lastPerformed<Ev extends EventIdOf<C>>(event: EventArg<Ev>): WindowedEvent<C, Ev>
  /** Did `event` in the `baseline` before the `recent` period, and not in the `recent` period. */
  stoppedPerforming<Ev extends EventIdOf<C>>(
    event: Ev,
    periods: { recent: DurationInput; baseline: DurationInput },
  ): EventConditionApi<C, Ev>
  /** Did `event` in the `recent` period after an `inactive` period without it, and before that. */
  restartedPerforming<Ev extends EventIdOf<C>>(
    event: Ev,
    periods: { recent: DurationInput; inactive: DurationInput },
  ): EventConditionApi<C, Ev>
  /**
   * Did `event` in at least `minPeriods` of the last `periods` periods of length `period` — at least
   * `minPerPeriod` times in each (default 1): "3 times a week in 4 of the last 6 weeks".
   */
  performedRegularly<Ev extends EventIdOf<C>>(
    event: Ev,
    regularity: { period: DurationInput; periods: number; minPeriods: number; minPerPeriod?: number },
  ): EventConditionApi<C, Ev>
  /**
   * The `n`-th `event` ever (all history up to asOf) lies in the window, and with `withinOfFirst` at
   * most that long after the first: `performedNthTime('purchased', 2, { withinOfFirst: [30, 'day'] })`.
   */
  performedNthTime<Ev extends EventIdOf<C>>(
    event: EventArg<Ev>,
    n: number,
    options?: { withinOfFirst?: DurationInput },
  ): WindowedEvent<C, Ev>
  /** Ordered steps, each strictly after the one before: `sequence(step('a'), notStep('b').within(1, 'day'))`. */
  sequence(...steps: StepLike[]): SequenceApi
  /** A step of a sequence. */
  step<Ev extends EventIdOf<C>>(event: EventArg<Ev>): StepApi<C, Ev>
  /** A negated step: no such event after the previous step (within its `within`, or before the next step). */
  notStep<Ev extends EventIdOf<C>>(event: EventArg<Ev>): StepApi<C, Ev>
  /** Member of the static list `list`. */
  inList(list: ListIdOf<C>): MembershipBuilder
  /** Not a member of the static list `list`. */
  notInList(list: ListIdOf<C>): MembershipBuilder
  /** Has the tag `tag`. */
  hasTag(tag: TagIdOf<C>): MembershipBuilder
  /** Does not have the tag `tag`. */
  notHasTag(tag: TagIdOf<C>): MembershipBuilder
  /** In the catalog segment `segment`. */
  inSegment(segment: SegmentIdOf<C>): MembershipBuilder
  /** Not in the catalog segment `segment`. */
  notInSegment(segment: SegmentIdOf<C>): MembershipBuilder
  /** Conditions on the entities related through `relation`, written with their own author. */
  related<R extends RelationIdOf<C, E>>(relation: R): RelatedStart<Author<C, RelationTargetOf<C, E, R>>>
  /** `amount` `unit`s before the evaluation instant, for dates: `prop('signed_up').after(ago(7, 'day'))`. */
  ago(amount: number, unit: TimeUnit): DateValue
  /** `amount` `unit`s after the evaluation instant. */
  fromNow(amount: number, unit: TimeUnit): DateValue
}

/**
 * The authoring functions for entity type `entity` of `catalog`, for writing
 * conditions outside a segment (`author(catalog, 'user').prop('plan').eq('pro').toNode()`).
 * The catalog is used for types only; `defineSegment` also checks at run time.
 */
export function author<const C extends ReadonlyCatalog, E extends EntityIdOf<C>>(
  _catalog: C,
  _entity: E,
): Author<C, E> {
  return untypedAuthor() as unknown as Author<C, E>
}

interface UntypedAuthor {
  related(relation: string): RelatedStart<UntypedAuthor>
  [name: string]: unknown
}

function untypedAuthor(): UntypedAuthor {
  const self: UntypedAuthor = {
    and,
    or,
    not,
    prop: (property: string) => new Predicate(property, (spec) => new PropertyConditionBuilder({ spec })),
    ...eventConditions,
    ...sequences,
    ...memberships,
    related: (relation: string) => relatedStart(relation, self),
    ago,
    fromNow,
  }
  return self
}
