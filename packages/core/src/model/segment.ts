/**
 * The segment tree: groups of conditions combined with AND / OR, optionally
 * negated, and the segment document that holds the root group.
 */
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
import { InstantSchema } from './time.ts'

/** The version of the segment JSON this library writes. */
export const SEGMENT_VERSION = 1

/**
 * A node that could not be read: a kind this library does not know, or a known
 * kind whose fields are malformed. It is kept with its original JSON so that a
 * round trip loses nothing, shown by the builder, and flagged by validation;
 * a segment holding one can be saved but not evaluated or compiled.
 */
export const OpaqueNodeSchema = z
  .object({
    id: z.string(),
    kind: z.literal('opaque'),
    reason: z.enum(['unknown_kind', 'invalid']),
    /** The node's JSON exactly as it was read. */
    raw: z.unknown(),
  })
  .register(z.globalRegistry, { id: 'OpaqueNode' })
export type OpaqueNode = z.infer<typeof OpaqueNodeSchema>

// Recursive shapes: a group holds nodes, a related condition holds a group.
export interface Group {
  id: string
  kind: 'group'
  combinator: 'and' | 'or'
  /** NOT: the group matches when its contents do not. */
  negated?: boolean | undefined
  disabled?: boolean | undefined
  locked?: boolean | undefined
  /** Collapsed in the builder; no effect on meaning. */
  collapsed?: boolean | undefined
  children: SegmentNode[]
}

/** The user's account matches a group of account conditions, or an account has users matching one. */
export interface RelatedCondition {
  id: string
  kind: 'related'
  disabled?: boolean | undefined
  locked?: boolean | undefined
  /** Relation id on the segment's entity type (e.g. `account`, `users`). */
  relation: string
  match: z.infer<typeof RelatedMatchSchema>
  /** Conditions on the related entity. */
  root: Group
}

export const RelatedConditionSchema: z.ZodMiniType<RelatedCondition> = z.object({
  ...NodeFields,
  kind: z.literal('related'),
  relation: z.string(),
  match: RelatedMatchSchema,
  get root() {
    return GroupSchema
  },
})

export const ConditionSchema = z.discriminatedUnion('kind', [
  PropertyConditionSchema,
  EventConditionSchema,
  SequenceConditionSchema,
  ListConditionSchema,
  TagConditionSchema,
  SegmentRefConditionSchema,
  RelatedConditionSchema as unknown as z.ZodMiniObject<{ kind: z.ZodMiniLiteral<'related'> }>,
])

/** Every condition kind, discriminated on `kind`. */
export type Condition =
  | z.infer<typeof PropertyConditionSchema>
  | z.infer<typeof EventConditionSchema>
  | z.infer<typeof SequenceConditionSchema>
  | z.infer<typeof ListConditionSchema>
  | z.infer<typeof TagConditionSchema>
  | z.infer<typeof SegmentRefConditionSchema>
  | RelatedCondition
export type ConditionKind = Condition['kind']

/** Any node of the tree. */
export type SegmentNode = Group | Condition | OpaqueNode
export type NodeKind = SegmentNode['kind']

export const CONDITION_KINDS = [
  'property',
  'event',
  'sequence',
  'list',
  'tag',
  'segment',
  'related',
] as const satisfies readonly ConditionKind[]

export const SegmentNodeSchema: z.ZodMiniType<SegmentNode> = z.union([
  z.lazy(() => GroupSchema),
  ConditionSchema as unknown as z.ZodMiniType<Condition>,
  OpaqueNodeSchema,
])

export const GroupSchema: z.ZodMiniType<Group> = z
  .object({
    ...NodeFields,
    kind: z.literal('group'),
    combinator: z.enum(['and', 'or']),
    negated: z.optional(z.boolean()),
    collapsed: z.optional(z.boolean()),
    get children() {
      return z.array(SegmentNodeSchema)
    },
  })
  .register(z.globalRegistry, { id: 'Group' })

/** A saved segment. */
export interface Segment {
  /** JSON format version; see SEGMENT_VERSION and the migrations. */
  version: number
  id: string
  name: string
  description?: string | undefined
  /** Entity type id of the members (e.g. `user`). */
  entity: string
  /** Default evaluation instant (time travel); evaluation options override it; absent = now. */
  asOf?: string | undefined
  root: Group
}

export const SegmentSchema: z.ZodMiniType<Segment> = z.object({
  version: z.number().check(z.int(), z.positive()),
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  description: z.optional(z.string()),
  entity: z.string().check(z.minLength(1)),
  asOf: z.optional(InstantSchema),
  root: GroupSchema,
})

export function isGroup(node: SegmentNode): node is Group {
  return node.kind === 'group'
}

/** A node that takes part in evaluation: not disabled (opaque nodes always do, and block evaluation). */
export function isActive(node: SegmentNode): boolean {
  return node.kind === 'opaque' || !node.disabled
}
