/**
 * The segment tree: groups of conditions combined with AND / OR, optionally
 * negated, and the segment document that holds the root group.
 *
 * Types and plain values only: the builder imports this module, and a module
 * that builds a schema at load time would bring zod into its bundle. The
 * schemas are in `segment-schemas.ts`.
 */
import type {
  EventCondition,
  ListCondition,
  PropertyCondition,
  RelatedMatch,
  SegmentRefCondition,
  SequenceCondition,
  TagCondition,
} from './conditions.ts'
import type { Weekday } from './time.ts'

/** The version of the segment JSON this library writes. */
export const SEGMENT_VERSION = 1

/**
 * A node that could not be read: a kind this library does not know, or a known
 * kind whose fields are malformed. It is kept with its original JSON so that a
 * round trip loses nothing, shown by the builder, and flagged by validation;
 * a segment holding one can be saved but not evaluated or compiled.
 */
export interface OpaqueNode {
  id: string
  kind: 'opaque'
  reason: 'unknown_kind' | 'invalid'
  /** The node's JSON exactly as it was read. */
  raw: unknown
}

// Recursive shapes: a group holds nodes, a related condition holds a group.
/** A group of nodes combined with AND or OR, optionally negated; the root of a segment is a group. */
export interface Group {
  id: string
  kind: 'group'
  combinator: 'and' | 'or'
  /**
   * With `or` only: the group matches when at least this many of its active children match
   * ("at least 2 of these 3"); absent means 1 (any). See {@link requiredMatches}.
   */
  atLeast?: number | undefined
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
  match: RelatedMatch
  /** Conditions on the related entity. */
  root: Group
}

/** Every condition kind, discriminated on `kind`. */
export type Condition =
  | PropertyCondition
  | EventCondition
  | SequenceCondition
  | ListCondition
  | TagCondition
  | SegmentRefCondition
  | RelatedCondition
/** The kind of a condition (`property`, `event`, `sequence`, `list`, `tag`, `segment`, `related`). */
export type ConditionKind = Condition['kind']

/** Any node of the tree. */
export type SegmentNode = Group | Condition | OpaqueNode
/** The kind of any node: a condition kind, `group`, or `opaque` (an unknown node kept as it is). */
export type NodeKind = SegmentNode['kind']

/** Every condition kind, in the order the builder offers them. */
export const CONDITION_KINDS = [
  'property',
  'event',
  'sequence',
  'list',
  'tag',
  'segment',
  'related',
] as const satisfies readonly ConditionKind[]

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
  /**
   * IANA time zone of the segment's calendar (`Europe/Berlin`): where calendar windows start and end,
   * and which local day an event falls on for active days. Evaluation options override it; absent = UTC.
   */
  timeZone?: string | undefined
  /** First day of a calendar week (default `monday`, as in ISO 8601). */
  weekStart?: Weekday | undefined
  root: Group
}

/**
 * How many of a group's `active` children must match: all of them with `and`, `atLeast` (default 1)
 * with `or`. More than `active` means the group matches no one.
 */
export function requiredMatches(group: Group, active: number): number {
  return group.combinator === 'and' ? active : (group.atLeast ?? 1)
}

/** Whether a node is a group (narrows the type). */
export function isGroup(node: SegmentNode): node is Group {
  return node.kind === 'group'
}

/** A node that takes part in evaluation: not disabled (opaque nodes always do, and block evaluation). */
export function isActive(node: SegmentNode): boolean {
  return node.kind === 'opaque' || !node.disabled
}
