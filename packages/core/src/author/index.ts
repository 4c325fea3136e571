/**
 * @segkit/core/author — segments in code, typed by the catalog:
 *
 * ```ts
 * userSegment(catalog, ({ and, prop, performed, sequence, step, notStep }) =>
 *   and(
 *     prop('plan').eq('pro'),
 *     performed('purchased').atLeast(3).inLast(30, 'day'),
 *     sequence(step('added_to_cart'), notStep('purchased').within(1, 'day')),
 *   ),
 * )
 * ```
 */
export { type Author, author } from './author.ts'
export type {
  DeepReadonly,
  EntityIdOf,
  EntityPropertyOf,
  EventArg,
  EventIdOf,
  EventPropertyIdOf,
  EventPropertyOf,
  ListIdOf,
  NumberEventPropertyIdOf,
  PropertyIdOf,
  PropertyOf,
  ReadonlyCatalog,
  RelationIdOf,
  RelationTargetOf,
  SegmentIdOf,
  TagIdOf,
} from './catalog-types.ts'
export {
  type EventConditionApi,
  EventConditionBuilder,
  type EventFilters,
  type MeasureComparison,
  type PerformedEvent,
  type WindowedEvent,
} from './event.ts'
export { GroupBuilder } from './group.ts'
export { MembershipBuilder } from './membership.ts'
export { AuthoredNode, type IdKind, type IdSource, type NodeFlags, sequentialIds } from './node.ts'
export {
  type AnyPredicate,
  type BooleanPredicate,
  type CaseOptions,
  type DatetimePredicate,
  type EnumPredicate,
  type NumberPredicate,
  Predicate,
  type PredicateFor,
  type PredicateSpec,
  type PresencePredicate,
  type StringListPredicate,
  type StringPredicate,
} from './predicate.ts'
export { PropertyConditionBuilder } from './property.ts'
export { RelatedBuilder, type RelatedStart } from './related.ts'
export { type DefineSegmentOptions, defineSegment, userSegment } from './segment.ts'
export { type SequenceApi, SequenceBuilder, type StepApi, StepBuilder, type StepLike } from './sequence.ts'
export { ago, type DateInput, type DurationInput, duration, fromNow, toDateValue, toDuration } from './time.ts'
export type { Windowed } from './window.ts'
