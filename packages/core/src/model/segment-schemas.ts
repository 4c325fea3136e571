/** zod schemas of the segment tree of `segment.ts`, for parsing saved segments and generating the JSON Schema. */
import * as z from 'zod/mini'
import {
  EventConditionSchema,
  ListConditionSchema,
  NodeFields,
  PropertyConditionSchema,
  RelatedMatchSchema,
  SegmentRefConditionSchema,
  SequenceConditionSchema,
  TagConditionSchema,
} from './conditions.ts'
import type { Condition, Group, OpaqueNode, RelatedCondition, Segment, SegmentNode } from './segment.ts'
import { InstantSchema, WeekdaySchema } from './time-schemas.ts'

/** Schema of an {@link OpaqueNode}: a node of an unknown kind, kept as it is. */
export const OpaqueNodeSchema: z.ZodMiniType<OpaqueNode> = z
  .object({
    id: z.string(),
    kind: z.literal('opaque'),
    reason: z.enum(['unknown_kind', 'invalid']),
    /** The node's JSON exactly as it was read. */
    raw: z.unknown(),
  })
  .register(z.globalRegistry, { id: 'OpaqueNode' })

/** Schema of a {@link RelatedCondition}. */
export const RelatedConditionSchema: z.ZodMiniType<RelatedCondition> = z.object({
  ...NodeFields,
  kind: z.literal('related'),
  relation: z.string(),
  match: RelatedMatchSchema,
  get root() {
    return GroupSchema
  },
})

/** Schema of any {@link Condition}. */
export const ConditionSchema = z.discriminatedUnion('kind', [
  PropertyConditionSchema,
  EventConditionSchema,
  SequenceConditionSchema,
  ListConditionSchema,
  TagConditionSchema,
  SegmentRefConditionSchema,
  RelatedConditionSchema as unknown as z.ZodMiniObject<{ kind: z.ZodMiniLiteral<'related'> }>,
])

/** Schema of any {@link SegmentNode}. */
export const SegmentNodeSchema: z.ZodMiniType<SegmentNode> = z.union([
  z.lazy(() => GroupSchema),
  ConditionSchema as unknown as z.ZodMiniType<Condition>,
  OpaqueNodeSchema,
])

/** Schema of a {@link Group}. */
export const GroupSchema: z.ZodMiniType<Group> = z
  .object({
    ...NodeFields,
    kind: z.literal('group'),
    combinator: z.enum(['and', 'or']),
    /** With `or`: at least this many active children must match (absent: 1). */
    atLeast: z.optional(z.number().check(z.int(), z.positive())),
    negated: z.optional(z.boolean()),
    collapsed: z.optional(z.boolean()),
    get children() {
      return z.array(SegmentNodeSchema)
    },
  })
  .register(z.globalRegistry, { id: 'Group' })

/** Schema of a whole {@link Segment} document. */
export const SegmentSchema: z.ZodMiniType<Segment> = z.object({
  version: z.number().check(z.int(), z.positive()),
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  description: z.optional(z.string()),
  entity: z.string().check(z.minLength(1)),
  asOf: z.optional(InstantSchema),
  timeZone: z.optional(z.string()),
  weekStart: z.optional(WeekdaySchema),
  root: GroupSchema,
})
