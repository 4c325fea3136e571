/**
 * Compiles a segment, once per evaluation, into passes over the columnar
 * index: each node takes a set of candidate entities (a bitset) and returns
 * the ones that match; AND narrows the candidates child by child (cheapest
 * first, stopping when none remain), OR only tests who is not matched yet,
 * NOT is a word-wise difference. Every pass can also test or explain one
 * entity, for `explain` and `segmentsOf`.
 */
import type { CatalogIndex } from '../catalog/index-catalog.ts'
import type { PropertyDef } from '../catalog/schema.ts'
import { isValueMeasure } from '../catalog/value-measure.ts'
import type { DataValue } from '../data/types.ts'
import { type Calendar, calendarOf } from '../model/calendar.ts'
import type { EventCondition, PropertyCondition, RelatedMatch, SequenceCondition } from '../model/conditions.ts'
import { eventRefDef } from '../model/event-ref.ts'
import type { PropertyReference } from '../model/predicate.ts'
import { isPropertyReference } from '../model/property-reference.ts'
import { type Group, isActive, type RelatedCondition, requiredMatches, type SegmentNode } from '../model/segment.ts'
import { hasStepReferences, isSingleEventSequence, planSequenceKey } from '../model/sequence-key.ts'
import { atLeastHolds, atLeastOf } from './at-least.ts'
import { Bitset, filterMembers, forEachMember } from './bitset.ts'
import { scanColumn, scanHistory } from './column-scan.ts'
import { read } from './columns.ts'
import { valueMeasure } from './computed-values.ts'
import type { DataIndex, EntityTable } from './data-index.ts'
import { compare, compileForm, eventColumn, eventSource } from './event.ts'
import { eventSetSource } from './event-set.ts'
import { eventReason } from './explain-text.ts'
import type { Explanation } from './explanation.ts'
import { type ColumnTest, compileColumnTest, compilePairTest, compilePredicate, resolveDate } from './predicate.ts'
import { firstAfter } from './search.ts'
import { compileSequence, type SequenceRunner } from './sequence.ts'
import { compileKeyedSequence } from './sequence-keyed.ts'
import { windowBounds } from './window.ts'

/** A compiled node. `run` never changes its argument and returns a set the caller owns. */
export interface Pass {
  readonly node: SegmentNode
  /** The members of `candidates` that match. */
  run(candidates: Bitset): Bitset
  test(e: number): boolean
  explain(e: number): Explanation
  /** Active children, in tree order (groups only). */
  readonly children?: readonly Pass[]
  /** The sequence scan (sequences only), for funnels. */
  readonly sequence?: SequenceRunner
}

export interface CompileContext {
  catalog: CatalogIndex
  data: DataIndex
  asOf: number
  /** The calendar of the segment being compiled (its time zone and week start). */
  calendar: Calendar
  /** The evaluation's time zone option, which overrides every segment's own. */
  timeZone: string | undefined
  /** Compiled catalog segments (references), per evaluation. */
  segments: Map<string, Pass>
  /** Existing entities per entity type, per evaluation. */
  existing: Map<string, Bitset>
  /** Lazily computed per-evaluation tables (related counts). */
  memo: Map<string, unknown>
}

const fmt = (v: unknown) =>
  v === null || v === undefined
    ? 'no value'
    : typeof v === 'number' && v > 1e11
      ? new Date(v).toISOString()
      : JSON.stringify(v)

/** Reads one property of entities of a type at a fixed instant. */
export interface PropertyReader {
  /** The value, or null when missing. */
  value(e: number): DataValue
  /** The predicate on the value. */
  test(e: number): boolean
  /** The predicate over a set in one loop over the columns, when the reader has one. */
  run?(candidates: Bitset): Bitset
}

/**
 * A reader of a property at instant `t`: computed properties measure their events,
 * history properties take the latest change at or before t, others the entity's column.
 */
export function propertyReader(
  ctx: CompileContext,
  table: EntityTable,
  def: PropertyDef,
  t: number,
  predicate?: { operator: PropertyCondition['operator']; value?: PropertyCondition['value']; ignoreCase?: boolean },
): PropertyReader {
  const c = def.computed
  if (c) {
    const src = eventSource(ctx.catalog, ctx.data, c.event, c.filters ?? [], t)
    const bounds = windowBounds(c.window, t, ctx.calendar)
    const measure = c.measure
    const column =
      measure.fn === 'count' || measure.fn === 'active_days' ? -1 : eventColumn(ctx.catalog, c.event, measure.property)
    const valueTest = predicate ? compilePredicate(predicate, def.type, ctx.asOf) : () => false
    const dict = column < 0 ? null : (ctx.data.eventRows(c.event).dicts[column] ?? null)
    const value = (e: number): DataValue => {
      src.locate(e)
      if (isValueMeasure(measure)) return valueMeasure(src, measure, column, dict, bounds)
      return src.measure(measure, column, bounds, ctx.calendar.zone) ?? null
    }
    return { value, test: (e) => valueTest(value(e)) }
  }
  const column = table.columns.get(def.id)!
  const data = column.data
  const test: ColumnTest = predicate ? compileColumnTest(predicate, def.type, ctx.asOf, column.dict) : () => false
  const history = def.history ? table.history.get(def.id) : undefined
  if (!history) {
    return {
      value: (e) => read(column.kind, data, column.dict, e),
      test: (e) => test(data, e),
      run: (candidates) => scanColumn(data, test, candidates),
    }
  }
  const missing = predicate ? compilePredicate(predicate, def.type, ctx.asOf)(null) : false
  const testAt = (e: number): boolean => {
    const block = history.locate(e)
    if (history.hi === history.lo) return test(data, e)
    const k = firstAfter(block.times, history.lo, history.hi, t) - 1
    return k < history.lo ? missing : test(block.cols[0]!, k)
  }
  return {
    value(e) {
      const block = history.locate(e)
      if (history.hi === history.lo) return read(column.kind, data, column.dict, e)
      const k = firstAfter(block.times, history.lo, history.hi, t) - 1
      return k < history.lo ? null : read(column.kind, block.cols[0]!, column.dict, k)
    },
    test: testAt,
    run: (candidates) => scanHistory(history, data, test, missing, t, candidates) ?? filterMembers(candidates, testAt),
  }
}

/** The entities of a type that exist at asOf: known, and created at or before it. */
export function existing(ctx: CompileContext, type: string): Bitset {
  let bits = ctx.existing.get(type)
  if (bits) return bits
  const table = ctx.data.table(type)
  const n = table.size
  bits = new Bitset(n)
  const id = ctx.catalog.entity(type)?.createdAt
  const def = id ? ctx.catalog.property(type, id) : undefined
  const column = def && !def.computed && !table.history.get(def.id) ? table.columns.get(def.id) : undefined
  if (!def || column?.data instanceof Float64Array) {
    // A stored creation time without history (or none): one loop over the column.
    const known = table.known
    const times = (column?.data as Float64Array | undefined) ?? new Float64Array(n).fill(Number.NaN)
    const asOf = ctx.asOf
    const words = bits.words
    for (let k = 0; k < words.length; k++) {
      const base = k << 5
      const top = Math.min(32, n - base)
      let word = 0
      for (let j = 0; j < top; j++) if (known[base + j] === 1 && !(times[base + j]! > asOf)) word |= 1 << j
      words[k] = word
    }
    ctx.existing.set(type, bits)
    return bits
  }
  const created = propertyReader(ctx, table, def, ctx.asOf)
  for (let e = 0; e < n; e++) {
    if (table.known[e] !== 1) continue
    const v = created.value(e)
    if (typeof v === 'number' && v > ctx.asOf) continue
    bits.add(e)
  }
  ctx.existing.set(type, bits)
  return bits
}

/** Whether one entity exists at asOf (without building the whole set when it is not built yet). */
export function existsOne(ctx: CompileContext, type: string, e: number): boolean {
  const bits = ctx.existing.get(type)
  if (bits) return e < bits.size && bits.has(e)
  const table = ctx.data.table(type)
  if (e >= table.size || table.known[e] !== 1) return false
  const id = ctx.catalog.entity(type)?.createdAt
  const def = id ? ctx.catalog.property(type, id) : undefined
  if (!def) return true
  const column = !def.computed && !table.history.get(def.id) ? table.columns.get(def.id)?.data : undefined
  if (column instanceof Float64Array) return !(column[e]! > ctx.asOf)
  const v = propertyReader(ctx, table, def, ctx.asOf).value(e)
  return typeof v !== 'number' || v <= ctx.asOf
}

function leaf(
  node: SegmentNode,
  test: (e: number) => boolean,
  why: (e: number, matched: boolean) => { reason: string; actual?: unknown },
): Pass {
  return {
    node,
    run: (candidates) => filterMembers(candidates, test),
    test,
    explain(e) {
      const matched = test(e)
      return { nodeId: node.id, kind: node.kind, matched, ...why(e, matched) }
    },
  }
}

function compileProperty(node: PropertyCondition, entity: string, ctx: CompileContext): Pass {
  const table = ctx.data.table(entity)
  const def = ctx.catalog.property(entity, node.property)!
  // Nothing after asOf exists: a value read "at" a later instant is the value at asOf.
  const at = node.at ? Math.min(resolveDate(node.at, ctx.asOf), ctx.asOf) : ctx.asOf
  if (isPropertyReference(node.value)) return compilePropertyPair(node, node.value, entity, ctx, at)
  const reader = propertyReader(ctx, table, def, at, node)
  const pass = leaf(node, reader.test, (e, matched) => {
    const v = reader.value(e)
    const when = node.at ? ` at ${new Date(at).toISOString()}` : ''
    return {
      reason: `${def.label}${when} is ${fmt(v)}: ${matched ? 'matches' : 'does not match'} ${node.operator}${node.value === undefined ? '' : ` ${fmt(node.value)}`}`,
      actual: v,
    }
  })
  return reader.run ? { ...pass, run: reader.run } : pass
}

/** A property compared with another property of the same entity, both read at the same instant. */
function compilePropertyPair(
  node: PropertyCondition,
  ref: PropertyReference,
  entity: string,
  ctx: CompileContext,
  at: number,
): Pass {
  const table = ctx.data.table(entity)
  const def = ctx.catalog.property(entity, node.property)!
  const otherDef = ctx.catalog.property(entity, ref.property)!
  const left = propertyReader(ctx, table, def, at)
  const right = propertyReader(ctx, table, otherDef, at)
  const test = compilePairTest(node.operator, ref, def.type, node.ignoreCase)
  return leaf(
    node,
    (e) => test(left.value(e), right.value(e)),
    (e, matched) => {
      const v = left.value(e)
      const w = right.value(e)
      const when = node.at ? ` at ${new Date(at).toISOString()}` : ''
      const shift =
        ref.offset && ref.offset.amount !== 0
          ? ` ${ref.offset.amount > 0 ? '+' : '-'} ${Math.abs(ref.offset.amount)} ${ref.offset.unit}`
          : ''
      return {
        reason: `${def.label}${when} is ${fmt(v)}, ${otherDef.label} is ${fmt(w)}: ${matched ? 'matches' : 'does not match'} ${node.operator} ${otherDef.label}${shift}`,
        actual: v,
      }
    },
  )
}

function compileEvent(node: EventCondition, entity: string, ctx: CompileContext): Pass {
  const { src, columnOf } = eventSetSource(ctx.catalog, ctx.data, node.event, entity, node.filters ?? [], ctx.asOf)
  const label = eventRefDef(ctx.catalog, node.event, entity)?.label ?? String(node.event)
  const form = compileForm(node.form, ctx.asOf, columnOf, ctx.calendar)
  const pass = leaf(
    node,
    form.cut
      ? (e) => {
          src.at(e)
          return form.test(src)
        }
      : (e) => {
          src.locate(e)
          return form.test(src)
        },
    (e) => {
      src.at(e)
      const o = form.outcome(src)
      // The n-th time reached: [first, n-th] times; else how many there were.
      const actual =
        node.form.type === 'nth_time' && o.time !== undefined && o.first !== undefined
          ? [o.first, o.time]
          : (o.value ?? o.time)
      return { reason: eventReason(label, node.form, o), actual }
    },
  )
  const scan = form.scan
  return scan ? { ...pass, run: (candidates) => scan(src, candidates) ?? pass.run(candidates) } : pass
}

function compileSequenceNode(node: SequenceCondition, entity: string, ctx: CompileContext): Pass {
  const runner =
    hasStepReferences(node.steps) && isSingleEventSequence(node)
      ? compileKeyedSequence(
          node,
          planSequenceKey(node.steps).plan,
          ctx.catalog,
          ctx.data,
          ctx.asOf,
          entity,
          ctx.calendar,
        )
      : compileSequence(node, ctx.catalog, ctx.data, ctx.asOf, entity, ctx.calendar)
  const pass = leaf(
    node,
    (e) => runner.match(e),
    (e) => {
      const times = runner.trace(e)
      return times
        ? {
            reason: `sequence completed at ${times.map((t) => new Date(t).toISOString()).join(' → ')}`,
            actual: times,
          }
        : { reason: 'no ordering of events completes the sequence' }
    },
  )
  return { ...pass, run: (candidates) => runner.scan(candidates, null) ?? pass.run(candidates), sequence: runner }
}

function compileMembership(node: SegmentNode & { kind: 'list' | 'tag' }, entity: string, ctx: CompileContext): Pass {
  const table = ctx.data.table(entity)
  const isList = node.kind === 'list'
  const id = node.kind === 'list' ? node.list : node.tag
  const rows = table.memberships(isList ? 'lists' : 'tags', id)
  const label = (isList ? ctx.catalog.list(id)?.label : ctx.catalog.tag(id)?.label) ?? id
  const asOf = ctx.asOf
  const member = (e: number): boolean => {
    if (!rows) return false
    const block = rows.locate(e)
    const to = block.cols[0] as Float64Array
    // Sorted by `from`: stop at the first one after asOf.
    for (let i = rows.lo; i < rows.hi && block.times[i]! <= asOf; i++) if (asOf < to[i]!) return true
    return false
  }
  const positive = node.kind === 'list' ? node.operator === 'in' : node.operator === 'has'
  return leaf(
    node,
    (e) => member(e) === positive,
    (e) =>
      isList
        ? { reason: `${member(e) ? 'is' : 'is not'} in ${label}`, actual: member(e) }
        : { reason: `${member(e) ? 'has' : 'does not have'} the tag ${label}`, actual: member(e) },
  )
}

function compileSegmentRef(node: SegmentNode & { kind: 'segment' }, ctx: CompileContext): Pass {
  let ref = ctx.segments.get(node.segment)
  const definition = ctx.catalog.segment(node.segment)!.definition
  if (!ref) {
    // A referenced segment keeps its own calendar (unless the evaluation sets a time zone).
    ref = compileGroup(definition.root, definition.entity, { ...ctx, calendar: calendarOf(definition, ctx.timeZone) })
    ctx.segments.set(node.segment, ref)
  }
  const compiled = ref
  const label = ctx.catalog.segment(node.segment)?.label ?? node.segment
  const isIn = node.operator === 'in'
  // The referenced segment's members, computed once per evaluation however often it is referenced.
  const key = `segment:${node.segment}`
  const members = () => {
    let bits = ctx.memo.get(key) as Bitset | undefined
    if (!bits) {
      bits = compiled.run(existing(ctx, definition.entity))
      ctx.memo.set(key, bits)
    }
    return bits
  }
  return {
    node,
    run: (candidates) => (isIn ? candidates.clone().and(members()) : candidates.clone().andNot(members())),
    test: (e) => compiled.test(e) === isIn,
    explain(e) {
      const inside = compiled.test(e)
      return {
        nodeId: node.id,
        kind: node.kind,
        matched: inside === isIn,
        reason: `${inside ? 'is' : 'is not'} in the segment ${label}`,
      }
    },
  }
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

function compileRelated(node: RelatedCondition, entity: string, ctx: CompileContext): Pass {
  const relation = ctx.catalog.relation(entity, node.relation)!
  const inner = compileGroup(node.root, relation.target, ctx)
  const source = ctx.data.table(entity)
  const target = ctx.data.tables.get(relation.target)
  const key = `related:${node.id}`
  /** Related entities of e (dense numbers in the target table), in the order they were indexed. */
  let relatedOf: (e: number) => number[]
  /** Matching and total related counts for e. */
  let counts: (e: number) => [number, number]
  if (!target) {
    relatedOf = () => []
    counts = () => [0, 0]
  } else if (relation.type === 'many_to_one') {
    const fkDef = ctx.catalog.property(entity, relation.foreignKey)
    const fk = fkDef ? propertyReader(ctx, source, fkDef, ctx.asOf) : undefined
    const alive = () => existing(ctx, relation.target)
    relatedOf = (e) => {
      const v = fk?.value(e)
      const t = typeof v === 'string' ? target.byId.get(v) : undefined
      return t !== undefined && alive().has(t) ? [t] : []
    }
    counts = (e) => {
      const related = relatedOf(e)
      return related.length === 0 ? [0, 0] : [inner.test(related[0]!) ? 1 : 0, 1]
    }
  } else {
    const fkDef = ctx.catalog.property(relation.target, relation.foreignKey)
    // One pass over the target entities, once per evaluation: totals and matches per source entity.
    const tables = () => {
      let memo = ctx.memo.get(key) as { total: Int32Array; matching: Int32Array; fks: Int32Array } | undefined
      if (!memo) {
        const alive = existing(ctx, relation.target)
        const matched = inner.run(alive)
        const total = new Int32Array(source.size)
        const matching = new Int32Array(source.size)
        const fks = new Int32Array(target.size).fill(-1)
        const fk = fkDef ? propertyReader(ctx, target, fkDef, ctx.asOf) : undefined
        forEachMember(alive, (t) => {
          const v = fk?.value(t)
          const s = typeof v === 'string' ? source.byId.get(v) : undefined
          if (s === undefined) return
          fks[t] = s
          total[s]!++
          if (matched.has(t)) matching[s]!++
        })
        memo = { total, matching, fks }
        ctx.memo.set(key, memo)
      }
      return memo
    }
    counts = (e) => {
      const m = tables()
      return e < m.total.length ? [m.matching[e]!, m.total[e]!] : [0, 0]
    }
    relatedOf = (e) => {
      const out: number[] = []
      const fks = tables().fks
      for (let t = 0; t < fks.length; t++) if (fks[t] === e) out.push(t)
      return out
    }
  }
  const test = (e: number) => {
    const [matching, total] = counts(e)
    return matchRelated(node.match, matching, total)
  }
  return {
    node,
    run: (candidates) => filterMembers(candidates, test),
    test,
    explain(e) {
      const [matching, total] = counts(e)
      const related = relatedOf(e)
      return {
        nodeId: node.id,
        kind: node.kind,
        matched: matchRelated(node.match, matching, total),
        reason: `${matching} of ${total} related ${relation.label} match (${node.match.type})`,
        actual: matching,
        children: related.slice(0, 5).map((r) => {
          const explained = inner.explain(r)
          return { ...explained, reason: `${relation.label} ${target!.ids[r]}: ${explained.reason}` }
        }),
      }
    },
  }
}

export function compileNode(node: SegmentNode, entity: string, ctx: CompileContext): Pass {
  switch (node.kind) {
    case 'group':
      return compileGroup(node, entity, ctx)
    case 'opaque':
      throw new Error('opaque nodes cannot be evaluated; validate first')
    case 'property':
      return compileProperty(node, entity, ctx)
    case 'event':
      return compileEvent(node, entity, ctx)
    case 'sequence':
      return compileSequenceNode(node, entity, ctx)
    case 'list':
    case 'tag':
      return compileMembership(node, entity, ctx)
    case 'segment':
      return compileSegmentRef(node, ctx)
    case 'related':
      return compileRelated(node, entity, ctx)
    default: {
      node satisfies never
      throw new Error('unknown node kind')
    }
  }
}

/** A rough cost of a node per entity: cheap passes go first, so that AND / OR leave fewer candidates for the rest. */
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

export function compileGroup(group: Group, entity: string, ctx: CompileContext): Pass {
  const active = group.children.filter(isActive)
  const children = active.map((c) => compileNode(c, entity, ctx))
  // AND and OR do not depend on order: run in order of cost; explain in the tree's order.
  const byCost = children
    .map((compiled, i) => ({ compiled, cost: cost(active[i]!, entity, ctx) }))
    .sort((a, b) => a.cost - b.cost)
    .map((c) => c.compiled)
  const isAnd = group.combinator === 'and'
  const negated = Boolean(group.negated)
  // "At least k of these" (k > 1): counted, not short-circuited as AND / OR.
  const atLeast = isAnd ? 1 : requiredMatches(group, children.length)
  const test = (e: number) => {
    if (atLeast > 1) return atLeastHolds(tests, e, atLeast) !== negated
    let result = isAnd
    for (const child of byCost) {
      if (child.test(e) !== isAnd) {
        result = !isAnd
        break
      }
    }
    return negated ? !result : result
  }
  const tests = byCost.map((c) => c.test)
  const run = (candidates: Bitset): Bitset => {
    let result: Bitset
    if (atLeast > 1) {
      result = atLeastOf(
        candidates,
        byCost.map((c) => c.run(candidates)),
        atLeast,
      )
    } else if (isAnd) {
      result = candidates
      for (const child of byCost) {
        if (result.isEmpty()) break
        result = child.run(result)
      }
      if (result === candidates) result = candidates.clone()
    } else {
      result = new Bitset(candidates.size)
      let rest = candidates
      for (const child of byCost) {
        if (rest.isEmpty()) break
        const matched = child.run(rest)
        result.or(matched)
        rest = (rest === candidates ? rest.clone() : rest).andNot(matched)
      }
    }
    return negated ? candidates.clone().andNot(result) : result
  }
  return {
    node: group,
    run,
    test,
    children,
    explain(e) {
      const explained = children.map((c) => c.explain(e))
      const skipped: Explanation[] = group.children
        .filter((c) => !isActive(c))
        .map((c) => ({ nodeId: c.id, kind: c.kind, matched: false, skipped: true, reason: 'disabled: not evaluated' }))
      const matched = test(e)
      const inner =
        explained.length === 0
          ? isAnd
            ? 'empty AND group: matches everyone'
            : 'empty OR group: matches no one'
          : `${explained.filter((x) => x.matched).length} of ${explained.length} conditions hold (${atLeast > 1 ? `AT LEAST ${atLeast}` : group.combinator.toUpperCase()})`
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
