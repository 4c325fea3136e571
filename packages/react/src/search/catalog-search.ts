/**
 * Catalogs too big to send whole (`searchCatalog` on the builder): the host's
 * server answers typed queries with full definitions, and the builder's
 * pickers (the add search, property pickers, event pickers) list them after
 * their local matches.
 *
 * How a chosen result is resolved: each result carries its whole definition
 * (a `PropertyDef` with the entity it belongs to, or an `EventDef`). When the
 * user chooses one the catalog does not hold, the builder adds that
 * definition to its own working copy of the catalog — for this builder
 * instance, in memory — before making the condition, so the row renders,
 * validates and describes like any other. The host's `catalog` prop is not
 * changed: to show a saved segment later, the host passes (at least) the
 * definitions the segment uses, as it does for every segment.
 */
import type { Catalog, EventDef, PropertyDef } from '@segkit/core'
import { eventEntity } from '@segkit/core'
import type { PickerOption, PickerSearch } from './option-values.ts'

/** What a picker asks the server: the entity its conditions talk about, and the kinds it can use. */
export interface CatalogSearchScope {
  entity: string
  /** The add search asks for both; a property picker only `property`; an event picker only `event`. */
  kinds: readonly CatalogSearchResult['kind'][]
}

/** One item found by the server, with its whole definition. */
export type CatalogSearchResult =
  | {
      kind: 'property'
      /** The entity type the property belongs to; results of another entity than asked are ignored. */
      entity: string
      property: PropertyDef
    }
  | { kind: 'event'; event: EventDef }

/**
 * The builder's `searchCatalog` prop: called with the typed query (debounced,
 * never blank), a signal that aborts when a newer query supersedes it, and the
 * scope of the picker asking.
 */
export type SearchCatalog = (
  query: string,
  signal: AbortSignal,
  scope: CatalogSearchScope,
) => Promise<readonly CatalogSearchResult[]>

/**
 * The catalog with the learned definitions added (those it already has are left as they are);
 * the same object when nothing is new.
 */
export function withLearned(catalog: Catalog, learned: readonly CatalogSearchResult[]): Catalog {
  let changed = false
  const entities = catalog.entities.map((entity) => {
    const known = new Set(entity.properties.map((p) => p.id))
    const added: PropertyDef[] = []
    for (const r of learned)
      if (r.kind === 'property' && r.entity === entity.id && !known.has(r.property.id)) {
        known.add(r.property.id)
        added.push(r.property)
      }
    if (added.length === 0) return entity
    changed = true
    return { ...entity, properties: [...entity.properties, ...added] }
  })
  const knownEvents = new Set(catalog.events.map((e) => e.id))
  const events = [...catalog.events]
  for (const r of learned)
    if (r.kind === 'event' && !knownEvents.has(r.event.id)) {
      knownEvents.add(r.event.id)
      events.push(r.event)
      changed = true
    }
  return changed ? { ...catalog, entities, events } : catalog
}

/** Key of a result, as the add search's items are keyed (`property:plan`, `event:purchased`). */
export function resultKey(result: CatalogSearchResult): string {
  return result.kind === 'property' ? `property:${result.property.id}` : `event:${result.event.id}`
}

/** What the pickers use of `searchCatalog` (one per builder, see {@link createCatalogSearch}). */
export interface CatalogSearchApi {
  /** Search of a property picker over an entity's properties. */
  properties: (entity: string) => PickerSearch
  /** Search of an event picker over the events an entity performs. */
  events: (entity: string) => PickerSearch
  /** Search of the add menu (values are item keys). */
  items: (entity: string, kinds: CatalogSearchScope['kinds']) => PickerSearch
  /** The definition behind a chosen property result, added to the builder's catalog. */
  resolveProperty: (entity: string, id: string) => PropertyDef | undefined
  /** The definition behind a chosen event result, added to the builder's catalog. */
  resolveEvent: (id: string) => EventDef | undefined
  /** The result behind a chosen add-search key, added to the builder's catalog. */
  resolveItem: (entity: string, key: string) => CatalogSearchResult | undefined
}

function toOption(result: CatalogSearchResult): PickerOption {
  const def = result.kind === 'property' ? result.property : result.event
  return { value: resultKey(result), label: def.label, group: def.group, description: def.description }
}

/**
 * Binds `searchCatalog` for one builder: results are remembered per entity and
 * key, so that choosing one finds its definition; `learn` adds a chosen one to
 * the builder's catalog.
 */
export function createCatalogSearch(
  searchCatalog: SearchCatalog,
  learn: (result: CatalogSearchResult) => void,
): CatalogSearchApi {
  const found = new Map<string, CatalogSearchResult>()
  const cache = new Map<string, PickerSearch>()
  const matches = (entity: string, r: CatalogSearchResult) =>
    r.kind === 'property' ? r.entity === entity : eventEntity(r.event) === entity
  const search = (entity: string, kinds: CatalogSearchScope['kinds'], byId: boolean): PickerSearch => {
    const cacheKey = `${byId}\u0000${entity}\u0000${kinds.join(',')}`
    let fn = cache.get(cacheKey)
    if (!fn) {
      fn = async (query, signal) => {
        const results = await searchCatalog(query, signal, { entity, kinds })
        const options: PickerOption[] = []
        for (const r of results) {
          if (!kinds.includes(r.kind) || !matches(entity, r)) continue
          found.set(`${entity}\u0000${resultKey(r)}`, r)
          const option = toOption(r)
          // Property and event pickers are keyed by id; the add search by item key.
          options.push(byId ? { ...option, value: r.kind === 'property' ? r.property.id : r.event.id } : option)
        }
        return options
      }
      cache.set(cacheKey, fn)
    }
    return fn
  }
  const take = (entity: string, key: string) => {
    const result = found.get(`${entity}\u0000${key}`)
    if (result) learn(result)
    return result
  }
  return {
    properties: (entity) => search(entity, ['property'], true),
    events: (entity) => search(entity, ['event'], true),
    items: (entity, kinds) => search(entity, kinds, false),
    resolveProperty: (entity, id) => {
      const r = take(entity, `property:${id}`)
      return r?.kind === 'property' ? r.property : undefined
    },
    resolveEvent: (id) => {
      for (const r of found.values())
        if (r.kind === 'event' && r.event.id === id) {
          learn(r)
          return r.event
        }
      return undefined
    },
    resolveItem: take,
  }
}
