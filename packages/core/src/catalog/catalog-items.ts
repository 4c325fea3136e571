/**
 * What one search can add: {@link catalogItems} lists everything a condition
 * can be about for an entity type — its properties, events, lists, tags, saved
 * segments and the properties of related entities — and
 * {@link conditionForItem} turns a chosen item into the condition of the right
 * kind. The search itself is `search-index.ts`.
 */
import type { Condition, ConditionKind } from '../model/segment.ts'
import { createCondition, createGroup } from '../ops/create.ts'
import { changeEvent } from '../ops/event-condition.ts'
import { changeProperty } from '../ops/operators.ts'
import { eventEntity, indexCatalog } from './index-catalog.ts'
import type { Catalog } from './schema.ts'

/** What a {@link CatalogItem} is; `related` is a property of a related entity (a user's account's ARR). */
export type CatalogItemKind = 'property' | 'event' | 'list' | 'tag' | 'segment' | 'related'

/** One thing a condition can be about, as a picker lists it. */
export interface CatalogItem {
  /** Unique among the items of one entity: kind, relation and id (e.g. `related:account:arr`). */
  key: string
  kind: CatalogItemKind
  /** Id of the property, event, list, tag or segment (for `related`, of the target entity's property). */
  id: string
  /** For `related`: the relation whose target has the property. */
  relation?: string | undefined
  label: string
  description?: string | undefined
  /** The catalog's own group (of a property or event), or the relation's label for `related`. */
  group?: string | undefined
}

/** The kinds in the order a universal picker lists them. */
export const CATALOG_ITEM_KINDS: readonly CatalogItemKind[] = ['property', 'event', 'list', 'tag', 'segment', 'related']

const itemsCache = new WeakMap<Catalog, Map<string, readonly CatalogItem[]>>()

/**
 * Everything a condition on `entity` can be about, in {@link CATALOG_ITEM_KINDS}
 * order, limited to `kinds` (condition kinds; default all). Memoised per
 * catalog object, entity and kinds.
 */
export function catalogItems(
  catalog: Catalog,
  entity: string,
  kinds: readonly ConditionKind[] = CATALOG_ITEM_KINDS,
): readonly CatalogItem[] {
  const cacheKey = `${entity}\u0000${kinds.join(',')}`
  let perCatalog = itemsCache.get(catalog)
  const cached = perCatalog?.get(cacheKey)
  if (cached) return cached
  const allowed = new Set(kinds)
  const index = indexCatalog(catalog)
  const items: CatalogItem[] = []
  const push = (item: CatalogItem) => items.push(item)
  for (const kind of CATALOG_ITEM_KINDS) {
    if (!allowed.has(kind)) continue
    switch (kind) {
      case 'property':
        for (const p of index.entity(entity)?.properties ?? [])
          push({ key: `property:${p.id}`, kind, id: p.id, label: p.label, description: p.description, group: p.group })
        break
      case 'event':
        for (const e of catalog.events)
          if (eventEntity(e) === entity)
            push({ key: `event:${e.id}`, kind, id: e.id, label: e.label, description: e.description, group: e.group })
        break
      case 'list':
        for (const l of catalog.lists ?? [])
          if (l.entity === entity)
            push({ key: `list:${l.id}`, kind, id: l.id, label: l.label, description: l.description })
        break
      case 'tag':
        for (const t of catalog.tags ?? [])
          if (t.entity === entity)
            push({ key: `tag:${t.id}`, kind, id: t.id, label: t.label, description: t.description })
        break
      case 'segment':
        for (const s of catalog.segments ?? [])
          if (s.definition.entity === entity)
            push({ key: `segment:${s.id}`, kind, id: s.id, label: s.label, description: s.description })
        break
      case 'related':
        for (const r of index.entity(entity)?.relations ?? [])
          for (const p of index.entity(r.target)?.properties ?? [])
            push({
              key: `related:${r.id}:${p.id}`,
              kind,
              id: p.id,
              relation: r.id,
              label: p.label,
              description: p.description,
              group: r.label,
            })
        break
      default: {
        kind satisfies never
      }
    }
  }
  if (!perCatalog) {
    perCatalog = new Map()
    itemsCache.set(catalog, perCatalog)
  }
  perCatalog.set(cacheKey, items)
  return items
}

/**
 * The new condition for a chosen item: a property condition on that property,
 * an event condition on that event, membership of that list, tag or segment,
 * or a related condition whose nested group holds a condition on that
 * property of the related entity. Operator and value are those core's
 * factories give a new condition of that kind. Undefined when the catalog
 * does not know the item.
 */
export function conditionForItem(
  item: CatalogItem,
  context: { catalog: Catalog; entity: string },
): Condition | undefined {
  const { catalog, entity } = context
  const index = indexCatalog(catalog)
  const base = createCondition(item.kind, context)
  if (!base) return undefined
  switch (base.kind) {
    case 'property': {
      const property = index.property(entity, item.id)
      return property ? changeProperty(base, property) : undefined
    }
    case 'event': {
      const event = index.event(item.id)
      return event ? changeEvent(base, event, undefined) : undefined
    }
    case 'list':
      return index.list(item.id) ? { ...base, list: item.id } : undefined
    case 'tag':
      return index.tag(item.id) ? { ...base, tag: item.id } : undefined
    case 'segment':
      return index.segment(item.id) ? { ...base, segment: item.id } : undefined
    case 'related': {
      const relation = item.relation === undefined ? undefined : index.relation(entity, item.relation)
      const property = relation ? index.property(relation.target, item.id) : undefined
      const inner = relation ? createCondition('property', { catalog, entity: relation.target }) : undefined
      if (!relation || !property || inner?.kind !== 'property') return undefined
      return { ...base, relation: relation.id, root: createGroup('and', [changeProperty(inner, property)]) }
    }
    case 'sequence':
      return undefined
    default: {
      base satisfies never
      return undefined
    }
  }
}
