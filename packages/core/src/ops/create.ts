/**
 * Factories for new nodes: sensible, valid defaults for each condition kind,
 * taken from the catalog (the first property, event, list… of the entity).
 */
import { eventEntity, indexCatalog } from '../catalog/index-catalog.ts'
import type { Catalog } from '../catalog/schema.ts'
import type { EventCondition, SequenceStep } from '../model/conditions.ts'
import type { EventFilter } from '../model/predicate.ts'
import type { Condition, ConditionKind, Group, Segment } from '../model/segment.ts'
import { CONDITION_KINDS, SEGMENT_VERSION } from '../model/segment.ts'
import { defaultDuration } from './defaults.ts'
import { createId } from './ids.ts'
import { defaultValueFor, operatorsFor } from './operators.ts'
import type { Combinator } from './types.ts'

/** What creating a condition needs: the catalog and the entity type of the group it goes into. */
export interface CreateContext {
  catalog: Catalog
  /** Entity type of the group the condition goes into. */
  entity: string
}

const lastWindow = () => ({ type: 'last', duration: defaultDuration('window') }) as const

/** An empty group. */
export function createGroup(combinator: Combinator = 'and', children: Group['children'] = []): Group {
  return { id: createId('g'), kind: 'group', combinator, children }
}

/** A new empty segment of an entity type. */
export function createEmptySegment(entity: string, options: { name?: string; id?: string } = {}): Segment {
  return {
    version: SEGMENT_VERSION,
    id: options.id ?? createId('seg'),
    name: options.name ?? 'Untitled segment',
    entity,
    root: createGroup('and'),
  }
}

function eventsOf(catalog: Catalog, entity: string) {
  return catalog.events.filter((e) => eventEntity(e) === entity)
}

/** A filter on the first property of an event (undefined when the event has none). */
export function createFilter(catalog: Catalog, eventId: string): EventFilter | undefined {
  const property = indexCatalog(catalog).event(eventId)?.properties[0]
  if (!property) return undefined
  const operator = operatorsFor(property)[0]!
  const value = defaultValueFor(operator, property)
  return { id: createId('f'), property: property.id, operator, ...(value === undefined ? {} : { value }) }
}

/** A sequence step on the entity's first event (or the n-th, to vary consecutive steps). */
export function createStep(catalog: Catalog, entity: string, nth = 0): SequenceStep {
  const events = eventsOf(catalog, entity)
  const event = events[nth % Math.max(events.length, 1)]
  return { id: createId('s'), event: event?.id ?? '', filters: [] }
}

/**
 * True when the catalog offers something for a condition of this kind in a group of
 * this entity (a property, an event, a list… of it): exactly when {@link createCondition}
 * returns a condition.
 */
export function canCreateCondition(kind: ConditionKind, { catalog, entity }: CreateContext): boolean {
  const index = indexCatalog(catalog)
  switch (kind) {
    case 'property':
      return (index.entity(entity)?.properties.length ?? 0) > 0
    case 'event':
    case 'sequence':
      return catalog.events.some((e) => eventEntity(e) === entity)
    case 'list':
      return (catalog.lists ?? []).some((l) => l.entity === entity)
    case 'tag':
      return (catalog.tags ?? []).some((t) => t.entity === entity)
    case 'segment':
      return (catalog.segments ?? []).some((s) => s.definition.entity === entity)
    case 'related':
      return (index.entity(entity)?.relations?.length ?? 0) > 0
    default: {
      kind satisfies never
      throw new Error('unknown condition kind')
    }
  }
}

/**
 * The condition kinds a group of an entity can offer to add: those of `allowed`
 * (default: every kind, in menu order) that the catalog backs ({@link canCreateCondition}).
 */
export function addableKinds(
  catalog: Catalog,
  entity: string,
  allowed: readonly ConditionKind[] = CONDITION_KINDS,
): ConditionKind[] {
  return allowed.filter((kind) => canCreateCondition(kind, { catalog, entity }))
}

/** A valid default condition of a kind for an entity type, or undefined when the catalog offers nothing for it. */
export function createCondition(kind: ConditionKind, { catalog, entity }: CreateContext): Condition | undefined {
  const index = indexCatalog(catalog)
  const id = createId('c')
  switch (kind) {
    case 'property': {
      const property = index.entity(entity)?.properties[0]
      if (!property) return undefined
      const operator = operatorsFor(property)[0]!
      const value = defaultValueFor(operator, property)
      return { id, kind, property: property.id, operator, ...(value === undefined ? {} : { value }) }
    }
    case 'event': {
      const event = eventsOf(catalog, entity)[0]
      if (!event) return undefined
      return {
        id,
        kind,
        event: event.id,
        filters: [],
        form: { type: 'performed', window: lastWindow() },
      } satisfies EventCondition
    }
    case 'sequence': {
      if (eventsOf(catalog, entity).length === 0) return undefined
      return { id, kind, steps: [createStep(catalog, entity, 0), createStep(catalog, entity, 1)], window: lastWindow() }
    }
    case 'list': {
      const list = (catalog.lists ?? []).find((l) => l.entity === entity)
      return list ? { id, kind, list: list.id, operator: 'in' } : undefined
    }
    case 'tag': {
      const tag = (catalog.tags ?? []).find((t) => t.entity === entity)
      return tag ? { id, kind, tag: tag.id, operator: 'has' } : undefined
    }
    case 'segment': {
      const segment = (catalog.segments ?? []).find((s) => s.definition.entity === entity)
      return segment ? { id, kind, segment: segment.id, operator: 'in' } : undefined
    }
    case 'related': {
      const relation = index.entity(entity)?.relations?.[0]
      if (!relation) return undefined
      const inner = createCondition('property', { catalog, entity: relation.target })
      return { id, kind, relation: relation.id, match: { type: 'any' }, root: createGroup('and', inner ? [inner] : []) }
    }
    default: {
      kind satisfies never
      throw new Error('unknown condition kind')
    }
  }
}
