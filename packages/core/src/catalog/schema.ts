/**
 * The catalog: everything a segment may talk about. Plain JSON data, validated
 * by `parseCatalog`.
 *
 * Each part is a named interface (what an editor shows on hover, with the
 * documentation of every field) next to the zod schema that validates it; the
 * checks at the end of this file fail to compile if an interface and the type
 * its schema infers ever disagree.
 */
import * as z from 'zod/mini'
import type { Measure } from '../model/conditions.ts'
import { MeasureSchema } from '../model/conditions.ts'
import { PropertyTypeSchema } from '../model/operator-schemas.ts'
import type { PropertyType } from '../model/operators.ts'
import type { EventFilter } from '../model/predicate.ts'
import { EventFilterSchema } from '../model/predicate.ts'
import type { Segment } from '../model/segment.ts'
import { SegmentSchema } from '../model/segment-schemas.ts'
import type { Window } from '../model/time.ts'
import { WindowSchema } from '../model/time-schemas.ts'
import type { SameShape } from './same-shape.ts'
import type { ValueMeasure } from './value-measure.ts'

const IdSchema = z.string().check(z.minLength(1), z.regex(/^[A-Za-z_][A-Za-z0-9_.:-]*$/))

/** One option of an `enum` property: the stored value and what pickers show. */
export interface EnumOption {
  /** The value as stored in the data and written in segments (e.g. `pro`). */
  value: string
  /** What the builder shows for it (e.g. `Pro`). */
  label: string
}
/** Validates an {@link EnumOption}. */
export const EnumOptionSchema = z.object({ value: z.string(), label: z.string() })

/** Validates a {@link ValueMeasure}. */
export const ValueMeasureSchema = z.object({
  fn: z.enum(['most_frequent', 'first', 'last', 'unique_list']),
  property: z.string(),
})
/**
 * A computed property: an event aggregate that is used like a plain property ("revenue in the last
 * 30 days", "most frequent category", "first utm_source"), computed from the events instead of stored.
 * A {@link Measure} makes a `number` property; a {@link ValueMeasure} a property of the event
 * property's type (`string[]` for `unique_list`).
 */
export interface ComputedProperty {
  /** Event id in the catalog whose events are aggregated. */
  event: string
  /** Filters on the event's properties; all must hold for an event to count. */
  filters?: EventFilter[] | undefined
  /** What is measured or taken over the matching events (count, sum of a property, first value, …). */
  measure: Measure | ValueMeasure
  /** Which events count, relative to the evaluation instant. */
  window: Window
}
/** Validates a {@link ComputedProperty}. */
export const ComputedPropertySchema = z.object({
  event: z.string(),
  filters: z.optional(z.array(EventFilterSchema)),
  measure: z.union([MeasureSchema, ValueMeasureSchema]),
  window: WindowSchema,
})

/** A typed property of an entity type or of an event. */
export interface PropertyDef {
  /** Id used in segments, SQL mappings and data (letters, digits, `_ . : -`; not starting with a digit). */
  id: string
  /** Name shown in pickers and descriptions. */
  label: string
  /** Value type; decides the operators and value editors offered. */
  type: PropertyType
  /** Help text shown next to the property in pickers. */
  description?: string | undefined
  /** Heading under which pickers list the property. */
  group?: string | undefined
  /** Options of an `enum` property (required for `enum`). */
  options?: EnumOption[] | undefined
  /** Display unit, e.g. `USD`, `days`. */
  unit?: string | undefined
  /** The data keeps this property's history, so it can be read at a past time (`at`). */
  history?: boolean | undefined
  /** Defined as an event aggregate instead of stored (see {@link ComputedProperty} for its type). */
  computed?: ComputedProperty | undefined
}
/** Validates a {@link PropertyDef}. */
export const PropertyDefSchema = z.object({
  id: IdSchema,
  label: z.string(),
  type: PropertyTypeSchema,
  description: z.optional(z.string()),
  group: z.optional(z.string()),
  options: z.optional(z.array(EnumOptionSchema)),
  unit: z.optional(z.string()),
  history: z.optional(z.boolean()),
  computed: z.optional(ComputedPropertySchema),
})

/**
 * A relation from one entity type to another.
 * - `many_to_one`: this entity's property `foreignKey` holds the id of one target (user → account).
 * - `one_to_many`: the targets' property `foreignKey` holds this entity's id (account → users).
 */
export interface RelationDef {
  /** Id used by `related` conditions (e.g. `account`, `users`). */
  id: string
  /** Name shown in the builder ("Account", "Users"). */
  label: string
  /** Entity type id at the other end. */
  target: string
  /** Which side holds the foreign key: `many_to_one` (this one) or `one_to_many` (the target). */
  type: 'many_to_one' | 'one_to_many'
  /** Property id that holds the other side's id. */
  foreignKey: string
}
/** Validates a {@link RelationDef}. */
export const RelationDefSchema = z.object({
  id: IdSchema,
  label: z.string(),
  target: z.string(),
  type: z.enum(['many_to_one', 'one_to_many']),
  foreignKey: z.string(),
})

/** A kind of thing a segment selects (`user`, `account`), with its properties and relations. */
export interface EntityType {
  /** Id used as a segment's `entity` and in mappings. */
  id: string
  /** Singular name ("User"). */
  label: string
  /** Plural name ("Users"), used by descriptions; default: the label with an `s`. */
  pluralLabel?: string | undefined
  /** Help text. */
  description?: string | undefined
  /** A datetime property: entities created after `asOf` do not exist for that evaluation. */
  createdAt?: string | undefined
  /** The properties a property condition may compare. */
  properties: PropertyDef[]
  /** Relations to other entity types, for `related` conditions. */
  relations?: RelationDef[] | undefined
}
/** Validates an {@link EntityType}. */
export const EntityTypeSchema = z.object({
  id: IdSchema,
  label: z.string(),
  pluralLabel: z.optional(z.string()),
  description: z.optional(z.string()),
  createdAt: z.optional(z.string()),
  properties: z.array(PropertyDefSchema),
  relations: z.optional(z.array(RelationDefSchema)),
})

/** Something an entity does ("Purchased"), with typed event properties. */
export interface EventDef {
  /** Id used in event and sequence conditions and in mappings. */
  id: string
  /** Name shown in pickers and descriptions. */
  label: string
  /** Help text. */
  description?: string | undefined
  /** Heading under which pickers list the event. */
  group?: string | undefined
  /** Entity type that performs the event. Default `user`. */
  entity?: string | undefined
  /** The event's properties, which filters and measures refer to. */
  properties: PropertyDef[]
}
/** Validates an {@link EventDef}. */
export const EventDefSchema = z.object({
  id: IdSchema,
  label: z.string(),
  description: z.optional(z.string()),
  group: z.optional(z.string()),
  entity: z.optional(z.string()),
  properties: z.array(PropertyDefSchema),
})

/** A static list of entities ("Beta testers"), for `list` conditions. */
export interface ListDef {
  /** Id used in list conditions and mappings. */
  id: string
  /** Name shown in pickers. */
  label: string
  /** Help text. */
  description?: string | undefined
  /** Entity type id of the list's members. */
  entity: string
}
/** Validates a {@link ListDef}. */
export const ListDefSchema = z.object({
  id: IdSchema,
  label: z.string(),
  description: z.optional(z.string()),
  entity: z.string(),
})

/** A tag entities may carry ("VIP"), for `tag` conditions. */
export interface TagDef {
  /** Id used in tag conditions and mappings. */
  id: string
  /** Name shown in pickers. */
  label: string
  /** Help text. */
  description?: string | undefined
  /** Entity type id of the tagged entities. */
  entity: string
  /** A CSS colour for the tag's pill. */
  color?: string | undefined
}
/** Validates a {@link TagDef}. */
export const TagDefSchema = z.object({
  id: IdSchema,
  label: z.string(),
  description: z.optional(z.string()),
  entity: z.string(),
  color: z.optional(z.string()),
})

/** A saved segment that other segments may reference (`segment` conditions). */
export interface CatalogSegment {
  /** Id used in segment conditions. */
  id: string
  /** Name shown in pickers. */
  label: string
  /** Help text. */
  description?: string | undefined
  /** The segment itself; evaluated at the same `asOf` as the segment that references it. */
  definition: Segment
}
/** Validates a {@link CatalogSegment}. */
export const CatalogSegmentSchema = z.object({
  id: IdSchema,
  label: z.string(),
  description: z.optional(z.string()),
  definition: SegmentSchema,
})

/**
 * Everything a segment may talk about: entity types with their properties and
 * relations, events, lists, tags and referable segments. Plain JSON; check one
 * that comes from outside with `parseCatalog`.
 */
export interface Catalog {
  /** Entity types; a segment selects entities of one of them. */
  entities: EntityType[]
  /** Events the entities perform. */
  events: EventDef[]
  /** Static lists, for `list` conditions. */
  lists?: ListDef[] | undefined
  /** Tags, for `tag` conditions. */
  tags?: TagDef[] | undefined
  /** Saved segments that `segment` conditions may reference. */
  segments?: CatalogSegment[] | undefined
}
/** Validates a {@link Catalog} (structure only; `parseCatalog` also checks references and duplicates). */
export const CatalogSchema = z.object({
  entities: z.array(EntityTypeSchema),
  events: z.array(EventDefSchema),
  lists: z.optional(z.array(ListDefSchema)),
  tags: z.optional(z.array(TagDefSchema)),
  segments: z.optional(z.array(CatalogSegmentSchema)),
})

// Compile-time checks: each interface is exactly the type its schema infers.
true satisfies SameShape<EnumOption, z.infer<typeof EnumOptionSchema>>
true satisfies SameShape<ValueMeasure, z.infer<typeof ValueMeasureSchema>>
true satisfies SameShape<ComputedProperty, z.infer<typeof ComputedPropertySchema>>
true satisfies SameShape<PropertyDef, z.infer<typeof PropertyDefSchema>>
true satisfies SameShape<RelationDef, z.infer<typeof RelationDefSchema>>
true satisfies SameShape<EntityType, z.infer<typeof EntityTypeSchema>>
true satisfies SameShape<EventDef, z.infer<typeof EventDefSchema>>
true satisfies SameShape<ListDef, z.infer<typeof ListDefSchema>>
true satisfies SameShape<TagDef, z.infer<typeof TagDefSchema>>
true satisfies SameShape<CatalogSegment, z.infer<typeof CatalogSegmentSchema>>
true satisfies SameShape<Catalog, z.infer<typeof CatalogSchema>>
