/**
 * Catalog search: what a picker can find, and how it finds it fast.
 *
 * - {@link createSearchIndex} lowers and folds every item's text once, so that
 *   each typed character costs one pass of `includes` over ready keys — and
 *   only over the previous matches when the query grew by a character (a
 *   50,000 property catalog filters within a frame), and ranks matches the way
 *   people scan a list: label starts with the query, then a word of the label
 *   does, then the label contains it, then only the id, group or description
 *   does. It allocates per query, never per item.
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

// biome-ignore lint/suspicious/noControlCharactersInRegex: \u0001 joins the texts of one key
const PLAIN_ASCII = /^[\x00-\x7e]*$/
const UNTIDY_SPACE = /\s\s|^\s|\s$|[\t\n\r\f\v]/

/** Lowercase, accents removed, runs of whitespace as one space: the form both keys and queries are compared in. */
export function foldSearchText(text: string): string {
  // Most catalog text is plain ASCII: lowering it is all the folding it needs (5x faster over 50,000 keys).
  if (PLAIN_ASCII.test(text)) {
    const lower = text.toLowerCase()
    return UNTIDY_SPACE.test(lower) ? lower.replace(/\s+/g, ' ').trim() : lower
  }
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
   * rank); all items, in order, for an empty query. `limit` keeps the first ones.
   */
  search(query: string, limit?: number): readonly T[]
  /**
   * The same matches as {@link SearchIndex.search}, as positions in `items`
   * (every position, in order, for an empty query). A query that extends the
   * previous one (one more typed character) only re-checks the previous
   * matches. The array is shared by later calls with the same query: read it,
   * do not change it.
   */
  matches(query: string): ArrayLike<number>
  /**
   * Builds the keys of the next slices of items (a few thousand at a time)
   * while `more()` says there is time, at least one slice; true once every key
   * is built. Optional: a search builds what is left first.
   */
  prepare(more?: () => boolean): boolean
}

// Ranks, best first: the label starts with the query, a word of it does, it contains it, another text does.
const LABEL_START = 0
const WORD_START = 1
const IN_LABEL = 2
const ELSEWHERE = 3
/** Items whose keys are built in one step: one lowering of their joined texts takes ~1 ms. */
const SLICE = 4096
// \u0001 joins the texts of one item, \u0002 the items of a slice; neither can be typed, so no query word spans two.
const TEXT = '\u0001'
const ITEM = '\u0002'
// Texts that lowering alone folds: printable ASCII, single spaces, none at either end of a text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the separators above
const NEEDS_FOLD = /[^\x20-\x7e\x01\x02]| {2}|^ | $| [\x01\x02]|[\x01\x02] /

/**
 * Builds a {@link SearchIndex}. Each item's key is its folded label followed
 * by its other texts; a slice of items whose texts need no more than lowering
 * (most catalogs) is lowered as one joined string and split, which spares
 * 50,000 small folds. Keys are built by slices, on demand or ahead through
 * {@link SearchIndex.prepare}.
 */
export function createSearchIndex<T>(items: readonly T[], texts: (item: T) => SearchTexts): SearchIndex<T> {
  const n = items.length
  const keys: string[] = new Array(n)
  const labelLength = new Int32Array(n)
  let built = 0
  const buildSlice = () => {
    const from = built
    const to = Math.min(n, from + SLICE)
    const texts_: string[][] = []
    for (let i = from; i < to; i++) {
      const t = texts(items[i] as T)
      texts_.push([t.label, ...((t.other ?? []).filter((x) => x !== undefined) as string[])])
    }
    const joined = texts_.map((t) => t.join(TEXT)).join(ITEM)
    // One lowering of the slice when that is all the folding it needs; else each text folded alone.
    const folded = NEEDS_FOLD.test(joined) ? undefined : joined.toLowerCase().split(ITEM)
    texts_.forEach((t, k) => {
      const parts = folded ? t : t.map(foldSearchText)
      keys[from + k] = folded ? (folded[k] as string) : parts.join(TEXT)
      labelLength[from + k] = (parts[0] as string).length
    })
    built = to
  }
  const prepare = (more: () => boolean = () => false) => {
    do if (built < n) buildSlice()
    while (built < n && more())
    return built === n
  }
  let everything: Int32Array | undefined
  // The last query's matches: in item order (the candidates of a longer query) and ranked.
  let last: { query: string; inOrder: Int32Array; ranked: Int32Array } | undefined
  const matches = (query: string): ArrayLike<number> => {
    const folded = foldSearchText(query)
    if (folded === '') {
      everything ??= Int32Array.from({ length: n }, (_, i) => i)
      return everything
    }
    if (last?.query === folded) return last.ranked
    while (built < n) buildSlice()
    const candidates = last && folded.startsWith(last.query) ? last.inOrder : undefined
    const words = folded.split(' ')
    const first = words[0] as string
    const spaced = ` ${first}`
    const size = candidates ? candidates.length : n
    const inOrder = new Int32Array(size)
    const rank = new Uint8Array(size)
    let count = 0
    scan: for (let c = 0; c < size; c++) {
      const i = candidates ? (candidates[c] as number) : c
      const key = keys[i] as string
      const at = key.indexOf(first)
      if (at < 0) continue
      for (let w = 1; w < words.length; w++) if (!key.includes(words[w] as string)) continue scan
      // The first hit lies in the label when the label holds the word at all: the label comes first.
      const label = labelLength[i] as number
      let r = ELSEWHERE
      if (at === 0) r = LABEL_START
      else if (at < label) {
        const space = key.charCodeAt(at - 1) === 32 ? at - 1 : key.indexOf(spaced, at)
        r = space >= 0 && space < label ? WORD_START : IN_LABEL
      }
      inOrder[count] = i
      rank[count] = r
      count++
    }
    // By rank, each rank in the items' order.
    const ranked = new Int32Array(count)
    let k = 0
    for (let r = LABEL_START; r <= ELSEWHERE; r++)
      for (let c = 0; c < count; c++) if (rank[c] === r) ranked[k++] = inOrder[c] as number
    last = { query: folded, inOrder: inOrder.subarray(0, count), ranked }
    return ranked
  }
  return {
    items,
    matches,
    prepare,
    search(query, limit = Number.POSITIVE_INFINITY) {
      const found = matches(query)
      const out: T[] = new Array(Math.min(limit, found.length))
      for (let i = 0; i < out.length; i++) out[i] = items[found[i] as number] as T
      return out
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
