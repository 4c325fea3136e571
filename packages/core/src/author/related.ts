/**
 * Related conditions of the authoring API: `related('account').any((a) => a.prop('tier').eq('ent'))`,
 * `related('users').atLeast(3, (u) => u.performed('login').inLast(7, 'day'))`. The callback
 * writes conditions on the related entity type, with its own ids checked.
 */

import type { RelatedMatch } from '../model/conditions.ts'
import type { Comparison } from '../model/operators.ts'
import type { RelatedCondition } from '../model/segment.ts'
import { asGroup, type GroupBuilder } from './group.ts'
import { AuthoredNode, type IdKind, type IdSource, type NodeFlags } from './node.ts'

interface RelatedState extends NodeFlags {
  relation: string
  match: RelatedMatch
  root: GroupBuilder
}

/** A related condition being written. */
export class RelatedBuilder extends AuthoredNode<RelatedCondition, RelatedState> {
  /** @internal */
  protected idKind(): IdKind {
    return 'condition'
  }
  /** @internal */
  protected build(id: string, ids: IdSource): RelatedCondition {
    return {
      id,
      kind: 'related',
      relation: this.state.relation,
      match: this.state.match,
      root: this.state.root.toNode(ids),
    }
  }
}

/** How many related entities must match the conditions written by `build` (an `A` for the related entity type). */
export interface RelatedStart<A> {
  /** At least one related entity matches. */
  any(build: (related: A) => AuthoredNode): RelatedBuilder
  /** Every related entity matches (true when there is none). */
  all(build: (related: A) => AuthoredNode): RelatedBuilder
  /** No related entity matches. */
  none(build: (related: A) => AuthoredNode): RelatedBuilder
  /** At least `n` related entities match. */
  atLeast(n: number, build: (related: A) => AuthoredNode): RelatedBuilder
  /** At most `n` related entities match. */
  atMost(n: number, build: (related: A) => AuthoredNode): RelatedBuilder
  /** The number of matching related entities compared with `value` (and `value2` for `between`). */
  count(comparison: Comparison, value: number, build: (related: A) => AuthoredNode, value2?: number): RelatedBuilder
}

/** @internal The run-time side of {@link RelatedStart}, given the author of the related entity type. */
export function relatedStart<A>(relation: string, author: A): RelatedStart<A> {
  const make = (match: RelatedMatch, build: (related: A) => AuthoredNode) =>
    new RelatedBuilder({ relation, match, root: asGroup(build(author)) })
  const count = (comparison: Comparison, value: number, build: (related: A) => AuthoredNode, value2?: number) =>
    make({ type: 'count', comparison, value, ...(value2 === undefined ? {} : { value2 }) }, build)
  return {
    any: (build) => make({ type: 'any' }, build),
    all: (build) => make({ type: 'all' }, build),
    none: (build) => make({ type: 'none' }, build),
    atLeast: (n, build) => count('gte', n, build),
    atMost: (n, build) => count('lte', n, build),
    count,
  }
}
