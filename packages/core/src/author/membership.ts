/** List, tag and segment conditions of the authoring API: `inList('beta')`, `hasTag('vip')`, `inSegment('whales')`. */
import type { ListCondition, SegmentRefCondition, TagCondition } from '../model/conditions.ts'
import { AuthoredNode, type IdKind, type NodeFlags } from './node.ts'

type Membership = ListCondition | TagCondition | SegmentRefCondition
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never

interface MembershipState extends NodeFlags {
  node: WithoutId<Membership>
}

/** A list, tag or segment condition being written. */
export class MembershipBuilder<N extends Membership = Membership> extends AuthoredNode<N, MembershipState> {
  /** @internal */
  protected idKind(): IdKind {
    return 'condition'
  }
  /** @internal */
  protected build(id: string): N {
    return { id, ...this.state.node } as N
  }
}

/** @internal Untyped constructors behind the typed `Author` methods. */
export const memberships = {
  inList: (list: string) => new MembershipBuilder<ListCondition>({ node: { kind: 'list', list, operator: 'in' } }),
  notInList: (list: string) =>
    new MembershipBuilder<ListCondition>({ node: { kind: 'list', list, operator: 'not_in' } }),
  hasTag: (tag: string) => new MembershipBuilder<TagCondition>({ node: { kind: 'tag', tag, operator: 'has' } }),
  notHasTag: (tag: string) => new MembershipBuilder<TagCondition>({ node: { kind: 'tag', tag, operator: 'not_has' } }),
  inSegment: (segment: string) =>
    new MembershipBuilder<SegmentRefCondition>({ node: { kind: 'segment', segment, operator: 'in' } }),
  notInSegment: (segment: string) =>
    new MembershipBuilder<SegmentRefCondition>({ node: { kind: 'segment', segment, operator: 'not_in' } }),
}
