/**
 * Compiles a segment once into closures over the index: each node becomes a
 * test of one entity (and an explanation of that test). Conditions touch only
 * the events of their own event id.
 */
import type { CatalogIndex } from '../catalog/index-catalog.ts'
import type { PropertyDef } from '../catalog/schema.ts'
import type { DataValue } from '../data/types.ts'
import type { EventCondition, PropertyCondition, RelatedMatch } from '../model/conditions.ts'
import { type Group, isActive, type RelatedCondition, type SegmentNode } from '../model/segment.ts'
import type { DataIndex, EntityState } from './data-index.ts'
import { lastAtOrBefore } from './data-index.ts'
import { compare, compileEventMatcher, compileForm, measureIn } from './event.ts'
import { eventReason } from './explain-text.ts'
import type { Explanation } from './explanation.ts'
import { compilePredicate, resolveDate } from './predicate.ts'
import { compileSequence } from './sequence.ts'
import { windowBounds } from './window.ts'

export interface Compiled {
  test(state: EntityState): boolean
  explain(state: EntityState): Explanation
}

export interface CompileContext {
  catalog: CatalogIndex
  data: DataIndex
  asOf: number
  /** Compiled catalog segments (references), per evaluation. */
  segments: Map<string, Compiled>
  /** one_to_many relations: related entity states by foreign key value, per evaluation. */
  reverse: Map<string, Map<string, EntityState[]>>
}

const fmt = (v: unknown) =>
  v === null || v === undefined
    ? 'no value'
    : typeof v === 'number' && v > 1e11
      ? new Date(v).toISOString()
      : JSON.stringify(v)

/** A property's value for an entity at an instant (history, computed aggregates, current value). */
export function valueAt(ctx: CompileContext, state: EntityState, def: PropertyDef, t: number): DataValue {
  if (def.computed) {
    const c = def.computed
    const events = compileEventMatcher(ctx.catalog, c.event, c.filters ?? [], t).events(state)
    return measureIn(c.measure, events, windowBounds(c.window, t)) ?? null
  }
  const history = def.history ? state.history.get(def.id) : undefined
  if (history && history.length > 0) {
    const i = lastAtOrBefore(history, t, (h) => h.from)
    return i < 0 ? null : history[i]!.value
  }
  return state.row[def.id] ?? null
}

/** The `createdAt` property of each entity type, looked up once per catalog (null: none). */
const createdAtDefs = new WeakMap<CatalogIndex, Map<string, PropertyDef | null>>()

function createdAtDef(catalog: CatalogIndex, type: string): PropertyDef | null {
  let byType = createdAtDefs.get(catalog)
  if (!byType) {
    byType = new Map()
    createdAtDefs.set(catalog, byType)
  }
  let def = byType.get(type)
  if (def === undefined) {
    const id = catalog.entity(type)?.createdAt
    def = (id && catalog.property(type, id)) || null
    byType.set(type, def)
  }
  return def
}

/** Whether an entity exists at asOf (known, and created at or before it). */
export function exists(ctx: CompileContext, state: EntityState): boolean {
  if (!state.known) return false
  const def = createdAtDef(ctx.catalog, state.type)
  if (!def) return true
  const v = valueAt(ctx, state, def, ctx.asOf)
  return typeof v !== 'number' || v <= ctx.asOf
}

function leaf(
  node: SegmentNode,
  test: (s: EntityState) => boolean,
  why: (s: EntityState, matched: boolean) => { reason: string; actual?: unknown },
): Compiled {
  return {
    test,
    explain(state) {
      const matched = test(state)
      return { nodeId: node.id, kind: node.kind, matched, ...why(state, matched) }
    },
  }
}

/** Reads a property at a fixed instant; a computed property's event matcher and window are prepared once. */
function compileValueReader(ctx: CompileContext, def: PropertyDef, t: number): (state: EntityState) => DataValue {
  const c = def.computed
  if (!c) return (state) => valueAt(ctx, state, def, t)
  const matcher = compileEventMatcher(ctx.catalog, c.event, c.filters ?? [], t)
  const bounds = windowBounds(c.window, t)
  return (state) => measureIn(c.measure, matcher.events(state), bounds) ?? null
}

function compileProperty(node: PropertyCondition, entity: string, ctx: CompileContext): Compiled {
  const def = ctx.catalog.property(entity, node.property)!
  // Nothing after asOf exists: a value read "at" a later instant is the value at asOf.
  const at = node.at ? Math.min(resolveDate(node.at, ctx.asOf), ctx.asOf) : ctx.asOf
  const test = compilePredicate(node, def.type, ctx.asOf)
  const read = compileValueReader(ctx, def, at)
  return leaf(
    node,
    (s) => test(read(s)),
    (s, matched) => {
      const v = read(s)
      const when = node.at ? ` at ${new Date(at).toISOString()}` : ''
      return {
        reason: `${def.label}${when} is ${fmt(v)}: ${matched ? 'matches' : 'does not match'} ${node.operator}${node.value === undefined ? '' : ` ${fmt(node.value)}`}`,
        actual: v,
      }
    },
  )
}

function compileEvent(node: EventCondition, ctx: CompileContext): Compiled {
  const matcher = compileEventMatcher(ctx.catalog, node.event, node.filters, ctx.asOf)
  const label = ctx.catalog.event(node.event)?.label ?? node.event
  const form = compileForm(node.form, ctx.asOf)
  return leaf(
    node,
    (s) => form.test(matcher.events(s)),
    (s) => {
      const o = form.outcome(matcher.events(s))
      return { reason: eventReason(label, node.form, o), actual: o.value ?? o.time }
    },
  )
}

const NO_STATES: readonly EntityState[] = []

/** The related entities of an entity at asOf; catalog lookups happen once, at compile time. */
function compileRelatedStates(
  node: RelatedCondition,
  entity: string,
  ctx: CompileContext,
): (state: EntityState) => readonly EntityState[] {
  const relation = ctx.catalog.relation(entity, node.relation)!
  const target = ctx.data.tables.get(relation.target)
  if (!target) return () => NO_STATES
  if (relation.type === 'many_to_one') {
    const fkDef = ctx.catalog.property(entity, relation.foreignKey)
    if (!fkDef) return () => NO_STATES
    return (state) => {
      const fk = valueAt(ctx, state, fkDef, ctx.asOf)
      const related = typeof fk === 'string' ? target.byId.get(fk) : undefined
      return related && exists(ctx, related) ? [related] : NO_STATES
    }
  }
  const key = `${entity}:${relation.id}`
  const fkDef = ctx.catalog.property(relation.target, relation.foreignKey)
  // The reverse index (foreign key value → entities) is built on first use, once per evaluation.
  const reverseIndex = () => {
    let reverse = ctx.reverse.get(key)
    if (!reverse) {
      reverse = new Map()
      for (const other of target.states) {
        if (!fkDef || !exists(ctx, other)) continue
        const fk = valueAt(ctx, other, fkDef, ctx.asOf)
        if (typeof fk !== 'string') continue
        const list = reverse.get(fk)
        if (list) list.push(other)
        else reverse.set(fk, [other])
      }
      ctx.reverse.set(key, reverse)
    }
    return reverse
  }
  return (state) => reverseIndex().get(state.id) ?? NO_STATES
}

function matchRelated(match: RelatedMatch, matching: number, total: number): boolean {
  switch (match.type) {
    case 'any':
      return matching > 0
    case 'all':
      return matching === total
    case 'none':
      return matching === 0
    case 'count':
      return compare(matching, match.comparison, match.value, match.value2)
    default: {
      match satisfies never
      throw new Error('unknown related match')
    }
  }
}

function compileRelated(node: RelatedCondition, entity: string, ctx: CompileContext): Compiled {
  const relation = ctx.catalog.relation(entity, node.relation)!
  const inner = compileGroup(node.root, relation.target, ctx)
  const relatedOf = compileRelatedStates(node, entity, ctx)
  const counts = (s: EntityState) => {
    const related = relatedOf(s)
    let matching = 0
    for (const r of related) if (inner.test(r)) matching++
    return { matching, total: related.length, related }
  }
  return {
    test: (s) => {
      const c = counts(s)
      return matchRelated(node.match, c.matching, c.total)
    },
    explain(s) {
      const c = counts(s)
      const matched = matchRelated(node.match, c.matching, c.total)
      return {
        nodeId: node.id,
        kind: node.kind,
        matched,
        reason: `${c.matching} of ${c.total} related ${relation.label} match (${node.match.type})`,
        actual: c.matching,
        children: c.related
          .slice(0, 5)
          .map((r) => ({ ...inner.explain(r), reason: `${relation.label} ${r.id}: ${inner.explain(r).reason}` })),
      }
    },
  }
}

export function compileNode(node: SegmentNode, entity: string, ctx: CompileContext): Compiled {
  switch (node.kind) {
    case 'group':
      return compileGroup(node, entity, ctx)
    case 'opaque':
      throw new Error('opaque nodes cannot be evaluated; validate first')
    case 'property':
      return compileProperty(node, entity, ctx)
    case 'event':
      return compileEvent(node, ctx)
    case 'sequence': {
      const run = compileSequence(node, ctx.catalog, ctx.asOf)
      return leaf(
        node,
        (s) => run(s).matched,
        (s) => {
          const m = run(s)
          return m.matched
            ? {
                reason: `sequence completed at ${m.times!.map((t) => new Date(t).toISOString()).join(' → ')}`,
                actual: m.times,
              }
            : { reason: 'no ordering of events completes the sequence' }
        },
      )
    }
    case 'list': {
      const label = ctx.catalog.list(node.list)?.label ?? node.list
      const member = (s: EntityState) =>
        (s.lists.get(node.list) ?? []).some((m) => m.from <= ctx.asOf && ctx.asOf < m.to)
      return leaf(
        node,
        (s) => member(s) === (node.operator === 'in'),
        (s) => ({ reason: `${member(s) ? 'is' : 'is not'} in ${label}`, actual: member(s) }),
      )
    }
    case 'tag': {
      const label = ctx.catalog.tag(node.tag)?.label ?? node.tag
      const has = (s: EntityState) => (s.tags.get(node.tag) ?? []).some((m) => m.from <= ctx.asOf && ctx.asOf < m.to)
      return leaf(
        node,
        (s) => has(s) === (node.operator === 'has'),
        (s) => ({ reason: `${has(s) ? 'has' : 'does not have'} the tag ${label}`, actual: has(s) }),
      )
    }
    case 'segment': {
      let compiled = ctx.segments.get(node.segment)
      if (!compiled) {
        const definition = ctx.catalog.segment(node.segment)!.definition
        compiled = compileGroup(definition.root, definition.entity, ctx)
        ctx.segments.set(node.segment, compiled)
      }
      const ref = compiled
      const label = ctx.catalog.segment(node.segment)?.label ?? node.segment
      return leaf(
        node,
        (s) => ref.test(s) === (node.operator === 'in'),
        (s) => ({ reason: `${ref.test(s) ? 'is' : 'is not'} in the segment ${label}` }),
      )
    }
    case 'related':
      return compileRelated(node, entity, ctx)
    default: {
      node satisfies never
      throw new Error('unknown node kind')
    }
  }
}

/** A rough cost of testing a node for one entity: cheap tests go first, so that AND / OR stop early. */
function cost(node: SegmentNode, entity: string, ctx: CompileContext): number {
  switch (node.kind) {
    case 'property': {
      const def = ctx.catalog.property(entity, node.property)
      return def?.computed ? 3 : def?.history ? 1 : 0
    }
    case 'list':
    case 'tag':
      return 1
    case 'group':
    case 'segment':
      return 2
    case 'event':
      return 3
    case 'sequence':
      return 4
    case 'related':
      return 5
    case 'opaque':
      return 0
    default: {
      node satisfies never
      return 0
    }
  }
}

export function compileGroup(group: Group, entity: string, ctx: CompileContext): Compiled {
  const active = group.children.filter(isActive)
  const children = active.map((c) => compileNode(c, entity, ctx))
  // AND and OR do not depend on order: test in order of cost; explain in the tree's order.
  const byCost = children
    .map((compiled, i) => ({ compiled, cost: cost(active[i]!, entity, ctx) }))
    .sort((a, b) => a.cost - b.cost)
    .map((c) => c.compiled)
  const isAnd = group.combinator === 'and'
  const negated = Boolean(group.negated)
  const test = (s: EntityState) => {
    let result = isAnd
    for (const child of byCost) {
      if (child.test(s) !== isAnd) {
        result = !isAnd
        break
      }
    }
    return negated ? !result : result
  }
  return {
    test,
    explain(s) {
      const explained = children.map((c) => c.explain(s))
      const skipped: Explanation[] = group.children
        .filter((c) => !isActive(c))
        .map((c) => ({ nodeId: c.id, kind: c.kind, matched: false, skipped: true, reason: 'disabled: not evaluated' }))
      const matched = test(s)
      const inner =
        explained.length === 0
          ? isAnd
            ? 'empty AND group: matches everyone'
            : 'empty OR group: matches no one'
          : `${explained.filter((e) => e.matched).length} of ${explained.length} conditions hold (${group.combinator.toUpperCase()})`
      return {
        nodeId: group.id,
        kind: 'group',
        matched,
        reason: negated ? `NOT: ${inner}` : inner,
        children: [...explained, ...skipped],
      }
    },
  }
}
