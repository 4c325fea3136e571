/**
 * Catalog search: what a picker can find, and how it finds it fast.
 *
 * - {@link createSearchIndex} lowers and folds every item's text once, so that
 *   each typed character costs one pass of `includes` over ready keys (a 50,000
 *   property catalog filters within a frame), and ranks matches the way people
 *   scan a list: label starts with the query, then a word of the label does,
 *   then the label contains it, then only the id, group or description does.
 * - {@link catalogItems} lists everything a condition can be about for an
 *   entity type — its properties, events, lists, tags, saved segments and the
 *   properties of related entities — and {@link conditionForItem} turns a chosen
 *   item into the condition of the right kind, so that one search adds anything.
 */
import type { Condition, ConditionKind } from '../model/segment.ts'
import { createCondition, createGroup } from '../ops/create.ts'
import { changeEvent } from '../ops/event-condition.ts'
import { changeProperty } from '../ops/operators.ts'
import { eventEntity, indexCatalog } from './index-catalog.ts'
import type { Catalog } from './schema.ts'

/** Lowercase, accents removed, runs of whitespace as one space: the form both keys and queries are compared in. */
export function foldSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** Texts of one item: the label (ranked first) and other texts that also match (id, group, description). */
export interface SearchTexts {
  label: string
  other?: readonly (string | undefined)[] | undefined
}

/** An index over a fixed list of items, built once; {@link SearchIndex.search} runs per typed character. */
export interface SearchIndex<T> {
  /** The items, in their original order. */
  readonly items: readonly T[]
  /**
   * The items matching every word of `query`, best first (stable within a
   * rank); all items, in order, for an empty query. `limit` stops early.
   */
  search(query: string, limit?: number): readonly T[]
}

// Ranks, best first: the label starts with the query, a word of it does, it contains it, another text does.
const LABEL_START = 0
const WORD_START = 1
const IN_LABEL = 2
const ELSEWHERE = 3

/** Builds a {@link SearchIndex}: folds each item's texts once. */
export function createSearchIndex<T>(items: readonly T[], texts: (item: T) => SearchTexts): SearchIndex<T> {
  const labels: string[] = new Array(items.length)
  const all: string[] = new Array(items.length)
  for (let i = 0; i < items.length; i++) {
    const t = texts(items[i] as T)
    const label = foldSearchText(t.label)
    labels[i] = label
    // \u0001 cannot be typed, so no query word spans two texts.
    all[i] = t.other ? [label, ...t.other.filter((x) => x !== undefined).map(foldSearchText)].join('\u0001') : label
  }
  return {
    items,
    search(query, limit = Number.POSITIVE_INFINITY) {
      const folded = foldSearchText(query)
      if (folded === '') return limit >= items.length ? items : items.slice(0, limit)
      const words = folded.split(' ')
      const first = words[0] as string
      const buckets: T[][] = [[], [], [], []]
      let found = 0
      for (let i = 0; i < items.length; i++) {
        const key = all[i] as string
        let every = true
        for (const word of words) {
          if (!key.includes(word)) {
            every = false
            break
          }
        }
        if (!every) continue
        const label = labels[i] as string
        const at = label.indexOf(first)
        const rank =
          at === 0 ? LABEL_START : at > 0 && label.includes(` ${first}`) ? WORD_START : at > 0 ? IN_LABEL : ELSEWHERE
        ;(buckets[rank] as T[]).push(items[i] as T)
        // Only the best bucket can be cut short: a worse match may not displace a better one.
        if (rank === LABEL_START && ++found >= limit) break
      }
      const ranked = buckets.flat()
      return ranked.length > limit ? ranked.slice(0, limit) : ranked
    },
  }
}

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
      return event ? changeEvent(base, event, index.event(base.event)) : undefined
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
