/** Editing a related condition in the builder: its relation and how many related entities must match. */

import { indexCatalog } from '../catalog/index-catalog.ts'
import type { Catalog } from '../catalog/schema.ts'
import type { RelatedMatch } from '../model/conditions.ts'
import type { RelatedCondition } from '../model/segment.ts'
import { createCondition, createGroup } from './create.ts'

/** The match types in menu order. */
export const RELATED_MATCH_TYPES: readonly RelatedMatch['type'][] = ['any', 'all', 'none', 'count']

/** Switches the match type; a count starts at "at least 1" (the meaning of `any`). */
export function changeRelatedMatch(match: RelatedMatch, type: RelatedMatch['type']): RelatedMatch {
  if (match.type === type) return match
  if (type === 'count') return { type, comparison: 'gte', value: 1 }
  return { type }
}

/**
 * Points a related condition at another relation of `entity`. When the target
 * entity type is the same, the nested conditions are kept; otherwise they cannot
 * apply, and the nested group starts again with a default condition of the new
 * target. Unknown relation: the condition is returned unchanged.
 */
export function changeRelation(
  condition: RelatedCondition,
  relationId: string,
  catalog: Catalog,
  entity: string,
): RelatedCondition {
  const index = indexCatalog(catalog)
  const relation = index.relation(entity, relationId)
  if (!relation) return condition
  const previous = index.relation(entity, condition.relation)
  if (previous?.target === relation.target) return { ...condition, relation: relation.id }
  const inner = createCondition('property', { catalog, entity: relation.target })
  return { ...condition, relation: relation.id, root: createGroup('and', inner ? [inner] : []) }
}
