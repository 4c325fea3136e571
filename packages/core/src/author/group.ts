/** Groups of the authoring API: `and(…)`, `or(…)`, `not(…)`. */
import type { Condition, Group } from '../model/segment.ts'
import { AuthoredNode, type IdKind, type IdSource, type NodeFlags } from './node.ts'

interface GroupState extends NodeFlags {
  combinator: 'and' | 'or'
  negated: boolean
  children: readonly AuthoredNode[]
}

/** A group being written. */
export class GroupBuilder extends AuthoredNode<Group, GroupState> {
  /** @internal */
  protected idKind(): IdKind {
    return 'group'
  }
  /** @internal */
  protected build(id: string, ids: IdSource): Group {
    const group: Group = {
      id,
      kind: 'group',
      combinator: this.state.combinator,
      children: this.state.children.map((child) => child.toNode(ids)),
    }
    if (this.state.negated) group.negated = true
    return group
  }
  /** @internal The group with NOT toggled. */
  negate(): GroupBuilder {
    return this.update({ negated: !this.state.negated })
  }
}

/** Every node: all of them hold (AND). */
export function and(...nodes: AuthoredNode[]): GroupBuilder {
  return new GroupBuilder({ combinator: 'and', negated: false, children: nodes })
}

/** Any node: at least one of them holds (OR). */
export function or(...nodes: AuthoredNode[]): GroupBuilder {
  return new GroupBuilder({ combinator: 'or', negated: false, children: nodes })
}

/** NOT: a group that matches when `node` does not (a group is negated; a condition is wrapped in one). */
export function not(node: AuthoredNode): GroupBuilder {
  return node instanceof GroupBuilder ? node.negate() : and(node).negate()
}

/** A group as the root of a segment: a condition alone is wrapped in an AND group. */
export function asGroup(node: AuthoredNode<Group | Condition>): GroupBuilder {
  return node instanceof GroupBuilder ? node : and(node)
}
