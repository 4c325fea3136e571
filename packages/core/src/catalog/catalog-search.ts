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
// \u0001 joins the texts of one item, \u0002 ends each item; neither can be typed (queries lose their control
// characters), so no query word spans two texts or two items.
const TEXT = '\u0001'
const ITEM = '\u0002'
// Texts that lowering alone folds: printable ASCII, single spaces, none at either end of a text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the separators above
const NEEDS_FOLD = /[^\x20-\x7e\x01\x02]| {2}|^ | $| [\x01\x02]|[\x01\x02] /
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters never match (see TEXT and ITEM)
const CONTROL = /[\x00-\x1f\x7f]/g

/**
 * Builds a {@link SearchIndex}. The keys of all items live in one string, the
 * haystack: each item's folded label, then its other texts, then an end mark;
 * a `Uint32Array` holds where each item starts. A query word is found by
 * `indexOf` over the haystack, jumping from a hit to the next item (or the
 * next candidate when narrowing), so a search touches no per-item string and
 * allocates only its result. A slice of items whose texts need no more than
 * lowering (most catalogs) is lowered as one joined string, which spares
 * 50,000 small folds; slices are built on demand or ahead through
 * {@link SearchIndex.prepare}.
 */
export function createSearchIndex<T>(items: readonly T[], texts: (item: T) => SearchTexts): SearchIndex<T> {
  const n = items.length
  /** Where each item's key starts in the haystack; `start[n]` is its length. */
  const start = new Uint32Array(n + 1)
  const labelLength = new Uint32Array(n)
  let pieces: string[] = []
  let hay = ''
  let built = 0
  const buildSlice = () => {
    const from = built
    const to = Math.min(n, from + SLICE)
    // The slice's texts in haystack order; where each item's label sits among them.
    const parts: string[] = []
    const labelAt = new Uint32Array(to - from)
    for (let i = from; i < to; i++) {
      const t = texts(items[i] as T)
      labelAt[i - from] = parts.length
      parts.push(t.label)
      for (const other of t.other ?? []) if (other !== undefined) parts.push(TEXT, other)
      parts.push(ITEM)
    }
    let joined = parts.join('')
    // One lowering of the slice when that is all the folding it needs (lengths stay); else each text folded alone.
    if (NEEDS_FOLD.test(joined)) {
      for (let p = 0; p < parts.length; p++) {
        const part = parts[p] as string
        if (part !== TEXT && part !== ITEM) parts[p] = foldSearchText(part)
      }
      joined = parts.join('')
    } else joined = joined.toLowerCase()
    let at = start[from] as number
    let k = 0
    for (let p = 0; p < parts.length; p++) {
      const length = (parts[p] as string).length
      if (k < labelAt.length && labelAt[k] === p) {
        start[from + k] = at
        labelLength[from + k] = length
        k++
      }
      at += length
    }
    start[to] = at
    pieces.push(joined)
    built = to
    if (built === n) {
      hay = pieces.join('')
      pieces = []
    }
  }
  const prepare = (more: () => boolean = () => false) => {
    do if (built < n) buildSlice()
    while (built < n && more())
    return built === n
  }

  /**
   * Keeps the candidates whose key holds `word`: `found[0..count)` (item numbers in order) are compacted in
   * place, with `firstAt` beside them (the hit of `word` itself when `hits`, the first word's), or filled
   * from every item when `all`. Returns how many are kept.
   */
  const keep = (word: string, found: Int32Array, firstAt: Int32Array, count: number, all: boolean, hits: boolean) => {
    let kept = 0
    if (all) {
      let i = 0
      for (let at = hay.indexOf(word); at >= 0; at = hay.indexOf(word, start[i] as number)) {
        while ((start[i + 1] as number) <= at) i++
        found[kept] = i
        firstAt[kept] = at
        kept++
        i++
        if (i === n) break
      }
      return kept
    }
    let c = 0
    while (c < count) {
      const at = hay.indexOf(word, start[found[c] as number] as number)
      if (at < 0) break
      // Candidates that end before the hit do not hold the word.
      while (c < count && (start[(found[c] as number) + 1] as number) <= at) c++
      if (c === count) break
      if (at >= (start[found[c] as number] as number)) {
        found[kept] = found[c] as number
        // The search began at or before this candidate's start: `at` is the first hit in it.
        firstAt[kept] = hits ? at : (firstAt[c] as number)
        kept++
        c++
      }
    }
    return kept
  }

  /** Whether a word of item `i`'s label starts with `word`, whose first hit in the key is at `at` (in the label). */
  const atWordStart = (i: number, word: string, at: number) => {
    if (hay.charCodeAt(at - 1) === 32) return true
    const end = (start[i] as number) + (labelLength[i] as number) - word.length
    for (let p = at + 1; p <= end; p++) if (hay.charCodeAt(p - 1) === 32 && hay.startsWith(word, p)) return true
    return false
  }

  let everything: Int32Array | undefined
  // The last query's matches: in item order (the candidates of a longer query) and ranked.
  let last: { query: string; inOrder: Int32Array; ranked: Int32Array } | undefined
  const matches = (query: string): ArrayLike<number> => {
    const folded = foldSearchText(query.replace(CONTROL, ' '))
    if (folded === '') {
      everything ??= Int32Array.from({ length: n }, (_, i) => i)
      return everything
    }
    if (last?.query === folded) return last.ranked
    while (built < n) buildSlice()
    const candidates = last && folded.startsWith(last.query) ? last.inOrder : undefined
    const words = folded.split(' ')
    const first = words[0] as string
    const found = new Int32Array(candidates ? candidates.length : n)
    const firstAt = new Int32Array(found.length)
    let count = 0
    if (candidates) {
      found.set(candidates)
      count = keep(first, found, firstAt, candidates.length, false, true)
    } else count = keep(first, found, firstAt, 0, true, true)
    for (let w = 1; w < words.length && count > 0; w++)
      count = keep(words[w] as string, found, firstAt, count, false, false)
    const rank = new Uint8Array(count)
    for (let c = 0; c < count; c++) {
      const i = found[c] as number
      const at = firstAt[c] as number
      const offset = at - (start[i] as number)
      rank[c] =
        offset === 0
          ? LABEL_START
          : offset >= (labelLength[i] as number)
            ? ELSEWHERE
            : atWordStart(i, first, at)
              ? WORD_START
              : IN_LABEL
    }
    // By rank, each rank in the items' order.
    const ranked = new Int32Array(count)
    let k = 0
    for (let r = LABEL_START; r <= ELSEWHERE; r++)
      for (let c = 0; c < count; c++) if (rank[c] === r) ranked[k++] = found[c] as number
    last = { query: folded, inOrder: found.subarray(0, count), ranked }
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
