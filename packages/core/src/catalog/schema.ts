/**
 * The catalog: everything a segment may talk about. Plain JSON data, validated
 * by `parseCatalog`.
 */
import * as z from 'zod/mini'
import { MeasureSchema } from '../model/conditions.ts'
import { PropertyTypeSchema } from '../model/operator-schemas.ts'
import { EventFilterSchema } from '../model/predicate.ts'
import { SegmentSchema } from '../model/segment-schemas.ts'
import { WindowSchema } from '../model/time-schemas.ts'

const IdSchema = z.string().check(z.minLength(1), z.regex(/^[A-Za-z_][A-Za-z0-9_.:-]*$/))

export const EnumOptionSchema = z.object({ value: z.string(), label: z.string() })
export type EnumOption = z.infer<typeof EnumOptionSchema>

/** A computed property: an event aggregate that is used like a plain number property. */
export const ComputedPropertySchema = z.object({
  event: z.string(),
  filters: z.optional(z.array(EventFilterSchema)),
  measure: MeasureSchema,
  window: WindowSchema,
})
export type ComputedProperty = z.infer<typeof ComputedPropertySchema>

export const PropertyDefSchema = z.object({
  id: IdSchema,
  label: z.string(),
  type: PropertyTypeSchema,
  description: z.optional(z.string()),
  /** Heading under which pickers list the property. */
  group: z.optional(z.string()),
  /** Options of an `enum` property. */
  options: z.optional(z.array(EnumOptionSchema)),
  /** Display unit, e.g. `USD`, `days`. */
  unit: z.optional(z.string()),
  /** The data keeps this property's history, so it can be read at a past time. */
  history: z.optional(z.boolean()),
  /** Defined as an event aggregate instead of stored. */
  computed: z.optional(ComputedPropertySchema),
})
export type PropertyDef = z.infer<typeof PropertyDefSchema>

/**
 * A relation from one entity type to another.
 * - `many_to_one`: this entity's property `foreignKey` holds the id of one target (user → account).
 * - `one_to_many`: the targets' property `foreignKey` holds this entity's id (account → users).
 */
export const RelationDefSchema = z.object({
  id: IdSchema,
  label: z.string(),
  target: z.string(),
  type: z.enum(['many_to_one', 'one_to_many']),
  foreignKey: z.string(),
})
export type RelationDef = z.infer<typeof RelationDefSchema>

export const EntityTypeSchema = z.object({
  id: IdSchema,
  label: z.string(),
  pluralLabel: z.optional(z.string()),
  description: z.optional(z.string()),
  /** A datetime property: entities created after `asOf` do not exist for that evaluation. */
  createdAt: z.optional(z.string()),
  properties: z.array(PropertyDefSchema),
  relations: z.optional(z.array(RelationDefSchema)),
})
export type EntityType = z.infer<typeof EntityTypeSchema>

export const EventDefSchema = z.object({
  id: IdSchema,
  label: z.string(),
  description: z.optional(z.string()),
  group: z.optional(z.string()),
  /** Entity type that performs the event. Default `user`. */
  entity: z.optional(z.string()),
  properties: z.array(PropertyDefSchema),
})
export type EventDef = z.infer<typeof EventDefSchema>

export const ListDefSchema = z.object({
  id: IdSchema,
  label: z.string(),
  description: z.optional(z.string()),
  entity: z.string(),
})
export type ListDef = z.infer<typeof ListDefSchema>

export const TagDefSchema = z.object({
  id: IdSchema,
  label: z.string(),
  description: z.optional(z.string()),
  entity: z.string(),
  color: z.optional(z.string()),
})
export type TagDef = z.infer<typeof TagDefSchema>

/** A saved segment that other segments may reference. */
export const CatalogSegmentSchema = z.object({
  id: IdSchema,
  label: z.string(),
  description: z.optional(z.string()),
  definition: SegmentSchema,
})
export type CatalogSegment = z.infer<typeof CatalogSegmentSchema>

export const CatalogSchema = z.object({
  entities: z.array(EntityTypeSchema),
  events: z.array(EventDefSchema),
  lists: z.optional(z.array(ListDefSchema)),
  tags: z.optional(z.array(TagDefSchema)),
  segments: z.optional(z.array(CatalogSegmentSchema)),
})
export type Catalog = z.infer<typeof CatalogSchema>
