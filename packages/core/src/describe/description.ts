/**
 * The logical form a description is worded from: the segment tree with
 * disabled nodes dropped, empty groups turned into the constants they mean
 * (an empty AND group matches everyone, an empty OR group no one) and the
 * constants folded away, so that the words never hide what a group selects.
 * Tests read it back against the evaluator; the renderer only words it.
 */
// The evaluator's own comparison, so that a folded count means what evaluation means.
import { compare } from '../evaluate/event.ts'
import type { RelatedMatch } from '../model/conditions.ts'
import {
  type Condition,
  type Group,
  isActive,
  type OpaqueNode,
  type RelatedCondition,
  requiredMatches,
  type SegmentNode,
} from '../model/segment.ts'

/** A condition that is worded on its own (everything but groups and related conditions). */
export type LeafNode = Exclude<Condition, RelatedCondition> | OpaqueNode

/**
 * One part of a description:
 * - `everyone` / `nobody`: a constant (only at the top, or as the inside of a related condition);
 * - `all` / `any`: two or more parts joined with AND / OR;
 * - `atLeast`: at least `count` of three or more parts (1 < count < parts, else it is `any` / `all`);
 * - `not`: the part does not hold;
 * - `leaf`: one condition;
 * - `related`: entities related through `relation`, `match`ing `inner` (which may be `everyone`).
 */
export type Description =
  | { type: 'everyone' }
  | { type: 'nobody' }
  | { type: 'all' | 'any'; parts: Description[] }
  | { type: 'atLeast'; count: number; parts: Description[] }
  | { type: 'not'; part: Description }
  | { type: 'leaf'; node: LeafNode }
  | { type: 'related'; relation: string; match: RelatedMatch; inner: Description; nodeId: string }

const EVERYONE: Description = { type: 'everyone' }
const NOBODY: Description = { type: 'nobody' }

function negate(d: Description): Description {
  if (d.type === 'everyone') return NOBODY
  if (d.type === 'nobody') return EVERYONE
  if (d.type === 'not') return d.part
  return { type: 'not', part: d }
}

/** AND / OR of parts with the constants folded: AND(nobody, …) = nobody, AND(everyone, x) = x. */
function combine(combinator: 'and' | 'or', parts: readonly Description[]): Description {
  const absorbing = combinator === 'and' ? 'nobody' : 'everyone'
  const neutral = combinator === 'and' ? 'everyone' : 'nobody'
  if (parts.some((p) => p.type === absorbing)) return combinator === 'and' ? NOBODY : EVERYONE
  const kept = parts.filter((p) => p.type !== neutral)
  if (kept.length === 0) return combinator === 'and' ? EVERYONE : NOBODY
  if (kept.length === 1) return kept[0]!
  return { type: combinator === 'and' ? 'all' : 'any', parts: kept }
}

/**
 * At least `k` of parts: a part that holds for everyone counts for each entity, one that holds for no one
 * never does; what remains is OR (k = 1), AND (k = all of them), or the count itself.
 */
function atLeastOf(k: number, parts: readonly Description[]): Description {
  const kept = parts.filter((p) => p.type !== 'everyone' && p.type !== 'nobody')
  const need = k - parts.filter((p) => p.type === 'everyone').length
  if (need <= 0) return EVERYONE
  if (need > kept.length) return NOBODY
  if (need === 1) return combine('or', kept)
  if (need === kept.length) return combine('and', kept)
  return { type: 'atLeast', count: need, parts: kept }
}

/** How many related entities match, when the inside is a constant: the condition may be a constant too. */
function relatedOf(node: RelatedCondition, inner: Description): Description {
  const { match } = node
  if (inner.type === 'nobody') {
    // No related entity matches: any → no one; none → everyone; all → only those without related entities.
    switch (match.type) {
      case 'any':
        return NOBODY
      case 'none':
        return EVERYONE
      case 'all':
        return { type: 'related', relation: node.relation, match: { type: 'none' }, inner: EVERYONE, nodeId: node.id }
      case 'count':
        return compare(0, match.comparison, match.value, match.value2) ? EVERYONE : NOBODY
      default: {
        match satisfies never
        return NOBODY
      }
    }
  }
  if (inner.type === 'everyone' && match.type === 'all') return EVERYONE
  return { type: 'related', relation: node.relation, match, inner, nodeId: node.id }
}

/** The description of a group: its active children, combined, negated when the group is. */
export function describeGroupTree(group: Group): Description {
  const parts = group.children.filter(isActive).map(describeNodeTree)
  const atLeast = requiredMatches(group, parts.length)
  const combined =
    group.combinator === 'or' && atLeast > 1 ? atLeastOf(atLeast, parts) : combine(group.combinator, parts)
  return group.negated ? negate(combined) : combined
}

/** The description of any node (a disabled node still describes what it would select). */
export function describeNodeTree(node: SegmentNode): Description {
  switch (node.kind) {
    case 'group':
      return describeGroupTree(node)
    case 'related':
      return relatedOf(node, describeGroupTree(node.root))
    case 'property':
    case 'event':
    case 'sequence':
    case 'list':
    case 'tag':
    case 'segment':
    case 'opaque':
      return { type: 'leaf', node }
    default: {
      node satisfies never
      return NOBODY
    }
  }
}
