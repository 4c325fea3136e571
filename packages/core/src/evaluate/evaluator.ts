/**
 * The reference evaluator: indexes in-memory data once into columns, then
 * answers who is in a segment at any instant (with per-condition counts on
 * request), why, who entered or left, which segments an entity is in (one or
 * all at once), takes new data without a rebuild and tells subscribers who
 * entered or left, and suggests the most frequent values of a property.
 */
import { indexCatalog } from '../catalog/index-catalog.ts'
import type { Catalog } from '../catalog/schema.ts'
import type { SegmentData } from '../data/types.ts'
import { SegmentError } from '../errors.ts'
import { calendarOf } from '../model/calendar.ts'
import { parseInstant } from '../model/instant.ts'
import type { Segment, SegmentNode } from '../model/segment.ts'
import { isTimeZone } from '../model/time-zone-name.ts'
import { unknownTimeZone } from '../validate/issues.ts'
import { requireValidSegment } from '../validate/validate-segment.ts'
import { Bitset, forEachMember } from './bitset.ts'
import { breakdownOf, type NodeBreakdown } from './breakdown.ts'
import { type CompileContext, compileGroup, existing, existsOne, type Pass } from './compile.ts'
import { DataIndex } from './data-index.ts'
import type { Explanation } from './explanation.ts'
import { DataError, describeValue, readData } from './read-data.ts'
import { type TopValuesOptions, type ValueCount, ValueCounter } from './top-values.ts'

/** An instant: a Date, epoch milliseconds or an ISO string. */
export type Instant = Date | number | string

/** Options of an evaluation: the instant, and whether to compute the per-node breakdown. */
export interface EvaluateOptions {
  /** Evaluation instant; default the segment's `asOf`, else now. */
  asOf?: Instant | undefined
  /** Also count, per node, its own matches and what remains after it, and each sequence's funnel. */
  breakdown?: boolean | undefined
  /**
   * IANA time zone of the calendar (calendar windows, active days), overriding the segment's
   * `timeZone` and those of the segments it references; an unknown name throws `SegmentError`
   * (`unknown_time_zone` at `timeZone`).
   */
  timeZone?: string | undefined
}

/** The members of a segment at an instant, their count and, on request, the per-node breakdown. */
export interface EvaluationResult {
  /** Member ids, sorted (by UTF-16 code units). */
  ids: string[]
  count: number
  /** The instant used, epoch ms. */
  asOf: number
  /** With `breakdown: true`: every active node's counts, in tree pre-order (the root first). */
  breakdown?: NodeBreakdown[] | undefined
}

/** Why one entity is in or out of a segment at an instant: the tree with each node’s truth and the values that decided it. */
export interface EntityExplanation {
  entityId: string
  asOf: number
  /** The entity exists at asOf (known, created at or before it). */
  exists: boolean
  matched: boolean
  tree: Explanation
}

/** Who entered and who left a segment. */
export interface MembershipChange {
  entered: string[]
  left: string[]
}

/** A live membership: updated after every `append`, re-evaluating only the entities the new data touches. */
export interface MembershipSubscription {
  /** The current members, sorted. */
  members(): string[]
  /**
   * Re-evaluates every entity (at now, or the fixed `asOf`) and reports the difference: what time
   * alone changes (a window sliding past an event) is seen here, not by `append`.
   */
  refresh(): MembershipChange
  unsubscribe(): void
}

/** Options of a live evaluation subscription: a fixed instant (default: now at every update). */
export interface SubscribeOptions {
  /** A fixed evaluation instant; default: now, at every update. */
  asOf?: Instant | undefined
}

/** The segments each entity is in, for syncing a "Segments" property to other tools. */
export interface BulkMembership {
  /** The instant used, epoch ms. */
  asOf: number
  /** Every existing entity of the segments' entity types, sorted by id, with the ids of its segments in the given order. */
  entities: { id: string; entity: string; segments: string[] }[]
}

/** What the index holds. */
export interface IndexStats {
  entities: Record<string, number>
  events: number
  /** Bytes of the index's typed arrays and columns (strings counted roughly). */
  bytes: number
}

/**
 * Answers questions about segments over the indexed data. Every method that takes
 * a segment validates it first and throws `SegmentError` (with issue paths) when
 * it is not valid for the catalog; bad ids and instants throw `DataError`.
 */
export interface Evaluator {
  /** The members at `asOf` (option, else the segment's `asOf`, else now), sorted; with `breakdown`, per-node counts. */
  evaluate(segment: Segment, options?: EvaluateOptions): EvaluationResult
  /** Why one entity is in or out: the tree with each node's truth and deciding value. Unknown id: DataError. */
  explain(segment: Segment, entityId: string, options?: EvaluateOptions): EntityExplanation
  /** Who entered and who left between two instants (members at `to` minus members at `from`, and back). */
  changes(segment: Segment, from: Instant, to: Instant): MembershipChange
  /** The segments (of the given ones) the entity is in, in the given order. Unknown id: DataError. */
  segmentsOf(entityId: string, segments: readonly Segment[], options?: EvaluateOptions): { id: string; name: string }[]
  /** All segments × all entities in one call: each entity's segments. */
  membership(segments: readonly Segment[], options?: { asOf?: Instant | undefined }): BulkMembership
  /**
   * Adds entities (new, or replacing a row with the same id), events, memberships and history
   * in place, then updates every subscription by re-evaluating only the touched entities.
   */
  append(delta: Partial<SegmentData>): void
  /** Follows a segment's members: `listener` hears who entered and who left after each `append`. */
  subscribe(
    segment: Segment,
    listener: (change: MembershipChange) => void,
    options?: SubscribeOptions,
  ): MembershipSubscription
  /** Ids of the known entities of a type, sorted (by UTF-16 code units) like every list of ids. */
  entityIds(entity: string): string[]
  /** The most frequent current values of an entity property (known entities), most frequent first. */
  topValues(entity: string, property: string, options?: TopValuesOptions): ValueCount[]
  /** The most frequent values of an event property over all indexed events, most frequent first. */
  topEventValues(event: string, property: string, options?: TopValuesOptions): ValueCount[]
  /** Sizes of the index. */
  stats(): IndexStats
}

/** Epoch ms of an instant by the one strict rule (`parseInstant`), else a DataError. */
function toMs(instant: Instant): number {
  const ms = parseInstant(instant)
  if (ms === undefined)
    throw new DataError('Invalid instant', [
      {
        path: ['asOf'],
        code: 'invalid_data',
        message: `Not an instant (ISO 8601 with seconds and Z or an offset, a Date, or epoch ms): ${describeValue(instant)}`,
        severity: 'error',
      },
    ])
  return ms
}

/** Whether a node (or a segment it references) looks at entities of another type. */
function crossesEntities(node: SegmentNode, catalog: Catalog, seen = new Set<string>()): boolean {
  switch (node.kind) {
    case 'related':
      return true
    case 'group':
      return node.children.some((c) => crossesEntities(c, catalog, seen))
    case 'segment': {
      if (seen.has(node.segment)) return false
      seen.add(node.segment)
      const def = catalog.segments?.find((s) => s.id === node.segment)?.definition
      return def ? crossesEntities(def.root, catalog, seen) : false
    }
    case 'property':
    case 'event':
    case 'sequence':
    case 'list':
    case 'tag':
    case 'opaque':
      return false
    default: {
      node satisfies never
      return true
    }
  }
}

/** Indexes the data for the catalog. Throws DataError (with paths) on malformed data of any shape. */
export function createEvaluator(catalog: Catalog, data: SegmentData): Evaluator {
  const catalogIndex = indexCatalog(catalog)
  const index = new DataIndex(catalogIndex)
  index.add(readData(catalogIndex, data, index), false)
  index.compact()

  const asOfOf = (segment: Segment, options?: { asOf?: Instant | undefined }) =>
    toMs(options?.asOf ?? segment.asOf ?? Date.now())
  const unknownEntity = (entity: string, entityId: string) =>
    new DataError('Unknown entity', [
      { path: ['entityId'], code: 'invalid_data', message: `No ${entity} with id '${entityId}'`, severity: 'error' },
    ])
  // The existing entities per instant, kept across evaluations until the data changes (a preview
  // re-evaluating at one asOf, a subscription at a fixed one); the sets are never changed in place.
  const existingAt = new Map<number, Map<string, Bitset>>()
  const contextAt = (asOf: number, segment?: Segment, timeZone?: string): CompileContext => {
    let existingSets = existingAt.get(asOf)
    if (!existingSets) {
      if (existingAt.size >= 8) existingAt.clear()
      existingSets = new Map()
      existingAt.set(asOf, existingSets)
    }
    return {
      catalog: catalogIndex,
      data: index,
      asOf,
      calendar: calendarOf(segment ?? {}, timeZone),
      timeZone,
      segments: new Map(),
      existing: existingSets,
      memo: new Map(),
    }
  }
  const compile = (segment: Segment, asOf: number, timeZone?: string): { ctx: CompileContext; root: Pass } => {
    requireValidSegment(segment, catalog)
    if (timeZone !== undefined && !isTimeZone(timeZone))
      throw new SegmentError('Invalid evaluation options', [unknownTimeZone(timeZone, ['timeZone'])])
    const ctx = contextAt(asOf, segment, timeZone)
    return { ctx, root: compileGroup({ ...segment.root, disabled: undefined }, segment.entity, ctx) }
  }
  /** Member ids of a set, sorted by id. */
  const idsOf = (type: string, bits: Bitset): string[] => {
    const table = index.table(type)
    const ids: string[] = []
    const order = table.idOrder()
    if (!order) forEachMember(bits, (e) => ids.push(table.ids[e]!))
    else for (const e of order) if (e < bits.size && bits.has(e)) ids.push(table.ids[e]!)
    return ids
  }
  const membersBits = (segment: Segment, asOf: number, timeZone?: string): Bitset => {
    const { ctx, root } = compile(segment, asOf, timeZone)
    return root.run(existing(ctx, segment.entity))
  }
  const known = (type: string, entityId: string): number | undefined => {
    const table = index.tables.get(type)
    const e = table?.byId.get(entityId)
    return e !== undefined && table!.known[e] === 1 ? e : undefined
  }

  interface Subscription {
    segment: Segment
    listener: (change: MembershipChange) => void
    fixedAsOf: number | undefined
    bits: Bitset
    crosses: boolean
  }
  const subscriptions = new Set<Subscription>()
  /** Who is in `after` and not `before` (entered) and back (left), word by word. */
  const diff = (type: string, before: Bitset, after: Bitset): MembershipChange => {
    const table = index.table(type)
    const entered: string[] = []
    const left: string[] = []
    const b = before.words
    const a = after.words
    for (let k = 0; k < Math.max(a.length, b.length); k++) {
      const was = k < b.length ? b[k]! : 0
      const is = k < a.length ? a[k]! : 0
      if (was === is) continue
      for (let bits = is & ~was; bits !== 0; bits &= bits - 1)
        entered.push(table.ids[(k << 5) + 31 - Math.clz32(bits & -bits)]!)
      for (let bits = was & ~is; bits !== 0; bits &= bits - 1)
        left.push(table.ids[(k << 5) + 31 - Math.clz32(bits & -bits)]!)
    }
    const sorted = (list: string[]) => list.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
    return { entered: sorted(entered), left: sorted(left) }
  }
  const update = (sub: Subscription, touched: Bitset | undefined) => {
    const asOf = sub.fixedAsOf ?? Date.now()
    const type = sub.segment.entity
    let next: Bitset
    if (sub.crosses || touched === undefined) next = membersBits(sub.segment, asOf)
    else {
      const { ctx, root } = compile(sub.segment, asOf)
      const size = index.table(type).size
      const candidates = new Bitset(size)
      forEachMember(touched, (e) => {
        if (existsOne(ctx, type, e)) candidates.add(e)
      })
      const matched = root.run(candidates)
      // The members before, minus the touched entities, plus those of them that match now.
      next = new Bitset(size)
      const w = next.words
      const old = sub.bits.words
      const t = touched.words
      const m = matched.words
      for (let k = 0; k < w.length; k++) w[k] = ((k < old.length ? old[k]! : 0) & ~(k < t.length ? t[k]! : 0)) | m[k]!
    }
    const change = diff(type, sub.bits, next)
    sub.bits = next
    return change
  }

  return {
    evaluate(segment, options) {
      const asOf = asOfOf(segment, options)
      const { ctx, root } = compile(segment, asOf, options?.timeZone)
      const all = existing(ctx, segment.entity)
      if (!options?.breakdown) {
        const ids = idsOf(segment.entity, root.run(all))
        return { ids, count: ids.length, asOf }
      }
      const breakdown: NodeBreakdown[] = []
      const ids = idsOf(segment.entity, breakdownOf(root, all, breakdown))
      return { ids, count: ids.length, asOf, breakdown }
    },
    explain(segment, entityId, options) {
      const asOf = asOfOf(segment, options)
      const e = known(segment.entity, entityId)
      if (e === undefined) throw unknownEntity(segment.entity, entityId)
      const { ctx, root } = compile(segment, asOf, options?.timeZone)
      const alive = existsOne(ctx, segment.entity, e)
      const tree = root.explain(e)
      return { entityId, asOf, exists: alive, matched: alive && tree.matched, tree }
    },
    changes(segment, from, to) {
      const before = membersBits(segment, toMs(from))
      const after = membersBits(segment, toMs(to))
      return diff(segment.entity, before, after)
    },
    segmentsOf(entityId, segments, options) {
      const types = [...new Set(segments.map((s) => s.entity))]
      if (types.length > 0 && !types.some((type) => known(type, entityId) !== undefined))
        throw unknownEntity(types.join(' or '), entityId)
      const out: { id: string; name: string }[] = []
      for (const segment of segments) {
        const e = known(segment.entity, entityId)
        if (e === undefined) continue
        const { ctx, root } = compile(segment, asOfOf(segment, options), options?.timeZone)
        if (existsOne(ctx, segment.entity, e) && root.test(e)) out.push({ id: segment.id, name: segment.name })
      }
      return out
    },
    membership(segments, options) {
      const asOf = toMs(options?.asOf ?? Date.now())
      const types = [...new Set(segments.map((s) => s.entity))]
      const sets = segments.map((s) => membersBits(s, asOf))
      const entities: BulkMembership['entities'] = []
      for (const type of types) {
        const table = index.table(type)
        const all = existing(contextAt(asOf), type)
        for (const id of idsOf(type, all)) {
          const e = table.byId.get(id)!
          const inside: string[] = []
          segments.forEach((s, i) => {
            if (s.entity === type && sets[i]!.has(e)) inside.push(s.id)
          })
          entities.push({ id, entity: type, segments: inside })
        }
      }
      return { asOf, entities }
    },
    append(delta) {
      const staged = readData(catalogIndex, delta, index)
      existingAt.clear()
      const touched = index.add(staged, subscriptions.size > 0)
      for (const sub of subscriptions) {
        const change = update(sub, touched.get(sub.segment.entity) ?? new Bitset(0))
        if (change.entered.length > 0 || change.left.length > 0) sub.listener(change)
      }
    },
    subscribe(segment, listener, options) {
      const fixedAsOf = options?.asOf === undefined ? undefined : toMs(options.asOf)
      const sub: Subscription = {
        segment,
        listener,
        fixedAsOf,
        bits: membersBits(segment, fixedAsOf ?? Date.now()),
        crosses: crossesEntities(segment.root, catalog),
      }
      subscriptions.add(sub)
      return {
        members: () => idsOf(segment.entity, sub.bits),
        refresh: () => update(sub, undefined),
        unsubscribe: () => {
          subscriptions.delete(sub)
        },
      }
    },
    entityIds(entity) {
      const table = index.table(entity)
      const order = table.idOrder()
      if (!order) return table.ids.filter((_, e) => table.known[e] === 1)
      const ids: string[] = []
      for (const e of order) if (table.known[e] === 1) ids.push(table.ids[e]!)
      return ids
    },
    topValues(entity, property, options) {
      const table = index.table(entity)
      const column = table.columns.get(property)
      if (!column) return []
      const counter = new ValueCounter(column.kind, column.dict)
      for (let e = 0; e < table.size; e++) if (table.known[e] === 1) counter.add(column.data, e, e + 1)
      return counter.top(options)
    },
    topEventValues(event, property, options) {
      const def = catalogIndex.event(event)
      const c = def?.properties.findIndex((p) => p.id === property) ?? -1
      if (!def || c < 0) return []
      const rows = index.eventRows(event)
      const counter = new ValueCounter(rows.kinds[c]!, rows.dicts[c] ?? null)
      const table = index.table(def.entity ?? 'user')
      rows.forEachBlock((_, block, lo, hi) => counter.add(block.cols[c]!, lo, hi), table.size)
      return counter.top(options)
    },
    stats() {
      const entities: Record<string, number> = {}
      for (const [type, table] of index.tables) entities[type] = table.known.reduce((n, k) => n + k, 0)
      let events = 0
      for (const rows of index.events.values()) events += rows.size
      return { entities, events, bytes: index.bytes() }
    },
  }
}
