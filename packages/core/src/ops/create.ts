/**
 * Factories for new nodes. A new condition invents nothing the user has to
 * choose: its property, event, list, tag or segment is empty (`''`) and its
 * value absent until the user picks them, so that it is *incomplete*
 * (`incompleteConditions`) and left out of a preview (`previewSegment`) rather
 * than matching nobody. What a new condition does carry are the defaults of
 * its form that a user would expect to find set: performed, in the last 30
 * days (`defaults.ts`), the first relation of a related condition.
 */
import { eventEntity, indexCatalog } from '../catalog/index-catalog.ts'
import type { Catalog } from '../catalog/schema.ts'
import type { EventCondition, SequenceStep } from '../model/conditions.ts'
import type { EventFilter } from '../model/predicate.ts'
import type { Condition, ConditionKind, Group, Segment } from '../model/segment.ts'
import { CONDITION_KINDS, SEGMENT_VERSION } from '../model/segment.ts'
import { defaultDuration } from './defaults.ts'
import { createId } from './ids.ts'
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

/** The operator a predicate holds before its property is chosen (any operator would do; none is shown). */
const UNCHOSEN_OPERATOR = 'eq'

/**
 * A new filter on an event's properties, its property not yet chosen (undefined when the event has
 * no property to filter on).
 */
export function createFilter(catalog: Catalog, eventId: string): EventFilter | undefined {
  if ((indexCatalog(catalog).event(eventId)?.properties.length ?? 0) === 0) return undefined
  return { id: createId('f'), property: '', operator: UNCHOSEN_OPERATOR }
}

/** A new sequence step, its event not yet chosen. */
export function createStep(): SequenceStep {
  return { id: createId('s'), event: '', filters: [] }
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

/**
 * A new condition of a kind for an entity type, with nothing chosen yet (see the module note), or
 * undefined when the catalog offers nothing for it ({@link canCreateCondition}). It is incomplete
 * until the user picks its property, event… and value: validation reports what is missing.
 */
export function createCondition(kind: ConditionKind, context: CreateContext): Condition | undefined {
  const { catalog, entity } = context
  if (!canCreateCondition(kind, context)) return undefined
  const index = indexCatalog(catalog)
  const id = createId('c')
  switch (kind) {
    case 'property':
      return { id, kind, property: '', operator: UNCHOSEN_OPERATOR }
    case 'event':
      return {
        id,
        kind,
        event: '',
        filters: [],
        form: { type: 'performed', window: lastWindow() },
      } satisfies EventCondition
    case 'sequence':
      return { id, kind, steps: [createStep(), createStep()], window: lastWindow() }
    case 'list':
      return { id, kind, list: '', operator: 'in' }
    case 'tag':
      return { id, kind, tag: '', operator: 'has' }
    case 'segment':
      return { id, kind, segment: '', operator: 'in' }
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
