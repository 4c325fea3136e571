/**
 * Fast lookups into a catalog, built once: entity types, properties, events,
 * relations, lists, tags and segments by id.
 */
import type {
  Catalog,
  CatalogSegment,
  EntityType,
  EventDef,
  ListDef,
  PropertyDef,
  RelationDef,
  TagDef,
} from './schema.ts'

/** A catalog indexed for lookups by id (entities, properties, events, relations…); build it once with `indexCatalog`. */
export interface CatalogIndex {
  readonly catalog: Catalog
  entity(id: string): EntityType | undefined
  /** A property of an entity type. */
  property(entity: string, property: string): PropertyDef | undefined
  event(id: string): EventDef | undefined
  /** A property of an event. */
  eventProperty(event: string, property: string): PropertyDef | undefined
  relation(entity: string, relation: string): RelationDef | undefined
  list(id: string): ListDef | undefined
  tag(id: string): TagDef | undefined
  segment(id: string): CatalogSegment | undefined
}

const cache = new WeakMap<Catalog, CatalogIndex>()

/** Index a catalog (memoised per catalog object). */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  const cached = cache.get(catalog)
  if (cached) return cached
  const byId = <T extends { id: string }>(items: readonly T[] | undefined) =>
    new Map((items ?? []).map((i) => [i.id, i]))
  const entities = byId(catalog.entities)
  const entityProps = new Map(catalog.entities.map((e) => [e.id, byId(e.properties)]))
  const relations = new Map(catalog.entities.map((e) => [e.id, byId(e.relations)]))
  const events = byId(catalog.events)
  const eventProps = new Map(catalog.events.map((e) => [e.id, byId(e.properties)]))
  const lists = byId(catalog.lists)
  const tags = byId(catalog.tags)
  const segments = byId(catalog.segments)
  const index: CatalogIndex = {
    catalog,
    entity: (id) => entities.get(id),
    property: (entity, property) => entityProps.get(entity)?.get(property),
    event: (id) => events.get(id),
    eventProperty: (event, property) => eventProps.get(event)?.get(property),
    relation: (entity, relation) => relations.get(entity)?.get(relation),
    list: (id) => lists.get(id),
    tag: (id) => tags.get(id),
    segment: (id) => segments.get(id),
  }
  cache.set(catalog, index)
  return index
}

/** The entity type that performs an event (default `user`). */
export function eventEntity(event: EventDef): string {
  return event.entity ?? 'user'
}
