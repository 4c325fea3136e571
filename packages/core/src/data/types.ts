/**
 * The plain in-memory data a segment is evaluated over: the shape the
 * evaluator indexes, the SQL loader turns into rows, and the fixture generator
 * produces. Every time is epoch milliseconds (UTC).
 */

/** A stored value: datetime properties hold epoch milliseconds; missing is `null` or absent. */
export type DataValue = string | number | boolean | readonly string[] | null

/** One entity: its id and its current property values. */
export interface EntityRecord {
  id: string
  [property: string]: DataValue | undefined
}

/** One event an entity performed, as the reference evaluator reads it. */
export interface EventRecord {
  /** Entity type that performed the event (`user`). */
  entity: string
  entityId: string
  /** Event id in the catalog. */
  event: string
  /** Epoch milliseconds. */
  time: number
  properties?: Readonly<Record<string, DataValue | undefined>>
}

/** Membership of a list or a tag, valid for `from <= t < to` (absent bounds are open). */
export interface MembershipRecord {
  entityId: string
  from?: number
  to?: number
}

/** An entity’s membership of a static list (the `list` condition). */
export interface ListMembershipRecord extends MembershipRecord {
  list: string
}

/** A tag set on an entity (the `tag` condition). */
export interface TagRecord extends MembershipRecord {
  tag: string
}

/**
 * A property took `value` at `from` and kept it until the entity's next change of
 * that property. Where an entity has history rows for a property, its value at `t`
 * is that of the latest row with `from <= t` (missing before the first row);
 * where it has none, the current value holds at every time.
 */
export interface PropertyChangeRecord {
  entity: string
  entityId: string
  property: string
  value: DataValue
  from: number
}

/** Everything the reference evaluator reads: entities by type, events, list memberships, tags and relations. */
export interface SegmentData {
  /** Entities by entity type id. */
  entities: Readonly<Record<string, readonly EntityRecord[]>>
  events: readonly EventRecord[]
  lists?: readonly ListMembershipRecord[]
  tags?: readonly TagRecord[]
  history?: readonly PropertyChangeRecord[]
}
