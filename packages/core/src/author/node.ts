/**
 * What every authored node shares: it becomes a segment node with `toNode`,
 * taking its ids from an {@link IdSource}, and it can be disabled or locked.
 */
import type { Condition, Group } from '../model/segment.ts'

/** What an id is for: a group, a condition, a sequence step or an event/step filter. */
export type IdKind = 'group' | 'condition' | 'step' | 'filter'

/** Hands out node ids; each call returns an id not returned before. */
export type IdSource = (kind: IdKind) => string

const PREFIX: Readonly<Record<IdKind, string>> = { group: 'g', condition: 'c', step: 's', filter: 'f' }

/**
 * Ids numbered in the order the nodes are written, with a letter for the kind
 * (`g1`, `c2`, `s3`, `f4`): short, readable, unique within a segment, and the
 * same every time the same code runs.
 */
export function sequentialIds(): IdSource {
  let next = 0
  return (kind) => {
    next += 1
    return `${PREFIX[kind]}${next}`
  }
}

/** Node flags the authoring API can set. */
export interface NodeFlags {
  /** Kept and shown but ignored when evaluating. */
  disabled?: boolean | undefined
  /** Shown but not editable in the builder. */
  locked?: boolean | undefined
}

/**
 * A group or condition written with the authoring API; `toNode` turns it into a
 * segment node. Immutable: every method returns a new builder.
 */
export abstract class AuthoredNode<N extends Group | Condition = Group | Condition, S extends NodeFlags = NodeFlags> {
  /** @internal What the node says so far. */
  protected readonly state: S
  /** @internal */
  constructor(state: S) {
    this.state = state
  }
  /** The segment node, with ids from `ids` (default: {@link sequentialIds}). */
  toNode(ids: IdSource = sequentialIds()): N {
    const node = this.build(ids(this.idKind()), ids)
    if (this.state.disabled) node.disabled = true
    if (this.state.locked) node.locked = true
    return node
  }
  /** Kept and shown but ignored when evaluating. */
  disabled(): this {
    return this.update({ disabled: true } as Partial<S>)
  }
  /** Shown but not editable in the builder. */
  locked(): this {
    return this.update({ locked: true } as Partial<S>)
  }
  /** @internal */
  protected abstract idKind(): IdKind
  /** @internal */
  protected abstract build(id: string, ids: IdSource): N
  /** @internal A copy whose state has `patch` applied. */
  protected update(patch: Partial<S>): this {
    const copy = Object.create(Object.getPrototypeOf(this) as object) as this
    Object.assign(copy, { state: { ...this.state, ...patch } })
    return copy
  }
}
