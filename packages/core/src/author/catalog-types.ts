/**
 * Type-level lookups into a catalog, for the authoring API: from a `const`
 * catalog, the ids of its entity types, properties, events, lists, tags,
 * segments and relations, and each property's definition (its type, its enum
 * options). With a catalog typed only as `Catalog`, every id is a `string` and
 * every property accepts every operator; the run-time check in `defineSegment`
 * still applies. Types only.
 */
import type { Catalog } from '../catalog/schema.ts'

/** A read-only view of a value and everything in it. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T

/**
 * A catalog as the authoring API accepts it: any {@link Catalog}, or one written
 * `as const` (read-only), which lets TypeScript check ids and values:
 * `const catalog = { … } as const satisfies ReadonlyCatalog`.
 */
export type ReadonlyCatalog = DeepReadonly<Catalog>

interface WithId {
  readonly id: string
}
/** The member of a union of catalog items whose id is `Id`; every member when ids are plain strings. */
type ById<T extends WithId, Id> = string extends T['id'] ? T : Extract<T, { readonly id: Id }>

type Entities<C extends ReadonlyCatalog> = C['entities'][number]
/** Ids of the catalog's entity types. */
export type EntityIdOf<C extends ReadonlyCatalog> = Entities<C>['id']
type EntityOf<C extends ReadonlyCatalog, E> = ById<Entities<C>, E>

/** The property definitions of entity type `E`. */
export type EntityPropertyOf<C extends ReadonlyCatalog, E> = EntityOf<C, E>['properties'][number]
/** Ids of the properties of entity type `E`. */
export type PropertyIdOf<C extends ReadonlyCatalog, E> = EntityPropertyOf<C, E>['id']
/** The definition of property `P` of entity type `E`. */
export type PropertyOf<C extends ReadonlyCatalog, E, P> = ById<EntityPropertyOf<C, E>, P>

type Events<C extends ReadonlyCatalog> = C['events'][number]
/** Ids of the catalog's events. */
export type EventIdOf<C extends ReadonlyCatalog> = Events<C>['id']
/**
 * Which events a condition or step counts: an event id, `{ anyOf: [...] }` (their union, one count)
 * or `{ any: true }` (every event of the catalog). Filters may name a property of any of them;
 * validation keeps those every event has.
 */
export type EventArg<Ev extends string> = Ev | { readonly anyOf: readonly Ev[] } | { readonly any: true }
/** The property definitions of event `Ev`. */
export type EventPropertyOf<C extends ReadonlyCatalog, Ev> = ById<Events<C>, Ev>['properties'][number]
/** Ids of the properties of event `Ev`. */
export type EventPropertyIdOf<C extends ReadonlyCatalog, Ev> = EventPropertyOf<C, Ev>['id']
/** Ids of the number properties of event `Ev` (what `sum`, `avg`, `min` and `max` measure). */
export type NumberEventPropertyIdOf<C extends ReadonlyCatalog, Ev> = Extract<
  EventPropertyOf<C, Ev>,
  { readonly type: 'number' }
>['id']

type Items<T> = T extends readonly (infer U extends WithId)[] ? U : never
/** Ids of the catalog's lists. */
export type ListIdOf<C extends ReadonlyCatalog> = Items<C['lists']>['id']
/** Ids of the catalog's tags. */
export type TagIdOf<C extends ReadonlyCatalog> = Items<C['tags']>['id']
/** Ids of the catalog's referable segments. */
export type SegmentIdOf<C extends ReadonlyCatalog> = Items<C['segments']>['id']

type Relations<C extends ReadonlyCatalog, E> = Items<EntityOf<C, E>['relations']>
/** Ids of the relations of entity type `E`. */
export type RelationIdOf<C extends ReadonlyCatalog, E> = Relations<C, E>['id']
/** The entity type id at the other end of relation `R` of entity type `E`. */
export type RelationTargetOf<C extends ReadonlyCatalog, E, R> = ById<Relations<C, E>, R>['target']
