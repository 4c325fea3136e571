/**
 * The condition kinds of a segment, one schema each, discriminated on `kind`.
 * See docs/semantics.md for what each one means exactly.
 */
import * as z from 'zod/mini'
import type { SameShape } from '../catalog/same-shape.ts'
import type { EventRef } from './event-ref.ts'
import { ComparisonSchema } from './operator-schemas.ts'
import { EventFilterSchema, PredicateFields } from './predicate.ts'
import { DateValueSchema, DurationSchema, WindowSchema } from './time-schemas.ts'

/** Schema of an {@link EventRef}: an event id, `{ anyOf: [...] }` or `{ any: true }`. */
export const EventRefSchema = z.union([
  z.string(),
  z.strictObject({ anyOf: z.array(z.string()) }),
  z.strictObject({ any: z.literal(true) }),
])
true satisfies SameShape<EventRef, z.infer<typeof EventRefSchema>>

/** Fields every node of the tree carries. */
export const NodeFields = {
  /** Stable id: React key, drag id, where errors point. Unique within a segment. */
  id: z.string().check(z.minLength(1)),
  /** Kept and shown, but ignored when evaluating. */
  disabled: z.optional(z.boolean()),
  /** Shown but not editable in the builder. */
  locked: z.optional(z.boolean()),
}

/** An entity property compared with an operator; optionally the value it had at a past time. */
export const PropertyConditionSchema = z.object({
  ...NodeFields,
  kind: z.literal('property'),
  ...PredicateFields,
  /** Time travel: compare the value the property had at this time instead of its value at `asOf`. */
  at: z.optional(DateValueSchema),
})
/** A condition on a property of the entity: `property`, `operator` and `value` (and optionally its past value `at`). */
export type PropertyCondition = z.infer<typeof PropertyConditionSchema>

/** What is measured over the matching events. */
export const MeasureSchema = z.discriminatedUnion('fn', [
  z.object({ fn: z.literal('count') }),
  z.object({ fn: z.enum(['sum', 'avg', 'min', 'max']), property: z.string() }),
  /** Number of distinct non-missing values of an event property. */
  z.object({ fn: z.literal('distinct'), property: z.string() }),
  /** Number of distinct UTC calendar days with at least one matching event. */
  z.object({ fn: z.literal('active_days') }),
])
/** What is measured over the matching events: a count, a sum / average / min / max / distinct count of a property, or active days. */
export type Measure = z.infer<typeof MeasureSchema>

/**
 * The form of an event condition:
 * - `performed` / `not_performed`: at least one / no matching event in the window.
 * - `measure`: the measure over the matching events in the window compared with `value`
 *   (`between`: `value <= m <= value2`).
 * - `first_time`: the first matching event ever (up to asOf) lies in the window.
 * - `last_time`: the last matching event (up to asOf) lies in the window; "last visited more than 40 days ago".
 * - `stopped`: at least one event in `(asOf - recent - baseline, asOf - recent]` and none in `(asOf - recent, asOf]`.
 * - `restarted`: at least one in `(asOf - recent, asOf]`, none in `(asOf - recent - inactive, asOf - recent]`,
 *   and at least one at or before `asOf - recent - inactive`.
 * - `regularly`: at least `minPerPeriod` events (1 when absent) in each of at least `minPeriods` of
 *   the last `periods` periods, period i being `(asOf - (i+1)·period, asOf - i·period]`: "at least 3
 *   times a week in 4 of the last 6 weeks". With `calendar`, the periods are calendar periods instead
 *   (`period` is one day, week, month or year): period 0 is the current one, up to asOf.
 * - `nth_time`: the entity's `n`-th matching event ever (up to asOf, counting all history, ordered by
 *   time) lies in the window, and, with `withinOfFirst`, at most that long after the first: "made a
 *   second purchase within 30 days of the first".
 */
export const EventFormSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('performed'), window: WindowSchema }),
  z.object({ type: z.literal('not_performed'), window: WindowSchema }),
  z.object({
    type: z.literal('measure'),
    measure: MeasureSchema,
    comparison: ComparisonSchema,
    value: z.number(),
    value2: z.optional(z.number()),
    window: WindowSchema,
  }),
  z.object({ type: z.literal('first_time'), window: WindowSchema }),
  z.object({ type: z.literal('last_time'), window: WindowSchema }),
  z.object({ type: z.literal('stopped'), baseline: DurationSchema, recent: DurationSchema }),
  z.object({ type: z.literal('restarted'), inactive: DurationSchema, recent: DurationSchema }),
  z.object({
    type: z.literal('regularly'),
    period: DurationSchema,
    periods: z.number().check(z.int(), z.positive()),
    minPeriods: z.number().check(z.int(), z.positive()),
    /** Events a period needs to count (1 when absent). */
    minPerPeriod: z.optional(z.number().check(z.int(), z.positive())),
    /**
     * Calendar periods (one day, week, month or year of the segment's time zone) instead of fixed
     * lengths: period 0 is the current one up to asOf, period i the i-th before it.
     */
    calendar: z.optional(z.boolean()),
  }),
  z.object({
    type: z.literal('nth_time'),
    /** Which occurrence: 2 is the second matching event ever. */
    n: z.number().check(z.int(), z.positive()),
    window: WindowSchema,
    /** The n-th event at most this long after the first. */
    withinOfFirst: z.optional(DurationSchema),
  }),
])
/** How an event condition counts: performed, not performed, a measure compared with a threshold, first/last time, stopped, restarted, regularly, the n-th time. */
export type EventForm = z.infer<typeof EventFormSchema>
/** The discriminant of an {@link EventForm} (`performed`, `measure`…). */
export type EventFormType = EventForm['type']

/** Schema of an {@link EventCondition}. */
export const EventConditionSchema = z.object({
  ...NodeFields,
  kind: z.literal('event'),
  /** Event id in the catalog, or a set of events (`{ anyOf: [...] }`, `{ any: true }`) counted as one. */
  event: EventRefSchema,
  filters: z.array(EventFilterSchema),
  form: EventFormSchema,
})
/** A condition on the events an entity performed: which event, its property filters and how it counts ({@link EventForm}). */
export type EventCondition = z.infer<typeof EventConditionSchema>

/**
 * One step of a sequence. A negated step ("then did not do X") may not be first:
 * no matching event may occur after the previous positive step, within `maxGap`
 * of it when set, otherwise before the next positive step (or asOf when last).
 */
export const SequenceStepSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** Event id in the catalog, or a set of events (`{ anyOf: [...] }`, `{ any: true }`). */
  event: EventRefSchema,
  filters: z.array(EventFilterSchema),
  negated: z.optional(z.boolean()),
  /** Longest allowed time between the previous positive step and this one. */
  maxGap: z.optional(DurationSchema),
})
/** One step of a sequence: an event with filters, optionally negated ("then did not") and with a maximum gap after the previous step. */
export type SequenceStep = z.infer<typeof SequenceStepSchema>

/**
 * Ordered steps: each positive step strictly later than the one before (equal
 * times do not chain), every positive step inside `window`, and the last positive
 * step at most `within` after the first.
 */
export const SequenceConditionSchema = z.object({
  ...NodeFields,
  kind: z.literal('sequence'),
  steps: z.array(SequenceStepSchema),
  window: WindowSchema,
  within: z.optional(DurationSchema),
})
/** Events performed in order (a funnel): the steps, an optional time window and an overall `within` limit. */
export type SequenceCondition = z.infer<typeof SequenceConditionSchema>

/** Schema of a {@link ListCondition}. */
export const ListConditionSchema = z.object({
  ...NodeFields,
  kind: z.literal('list'),
  list: z.string(),
  operator: z.enum(['in', 'not_in']),
})
/** Membership of a static list from the catalog (`in` / `not_in`). */
export type ListCondition = z.infer<typeof ListConditionSchema>

/** Schema of a {@link TagCondition}. */
export const TagConditionSchema = z.object({
  ...NodeFields,
  kind: z.literal('tag'),
  tag: z.string(),
  operator: z.enum(['has', 'not_has']),
})
/** Whether the entity has a tag from the catalog (`has` / `not_has`). */
export type TagCondition = z.infer<typeof TagConditionSchema>

/** Membership of another segment of the catalog (evaluated at the same asOf). */
export const SegmentRefConditionSchema = z.object({
  ...NodeFields,
  kind: z.literal('segment'),
  segment: z.string(),
  operator: z.enum(['in', 'not_in']),
})
/** Membership of another saved segment from the catalog (`in` / `not_in`). */
export type SegmentRefCondition = z.infer<typeof SegmentRefConditionSchema>

/**
 * How many related entities must match the nested group: `any` (at least one),
 * `all` (every related entity; true when there is none), `none`, or a `count`
 * compared with a threshold.
 */
export const RelatedMatchSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('any') }),
  z.object({ type: z.literal('all') }),
  z.object({ type: z.literal('none') }),
  z.object({
    type: z.literal('count'),
    comparison: ComparisonSchema,
    value: z.number(),
    value2: z.optional(z.number()),
  }),
])
/** How many related entities must match a related condition’s group: any, all, none, or a count compared with a threshold. */
export type RelatedMatch = z.infer<typeof RelatedMatchSchema>
