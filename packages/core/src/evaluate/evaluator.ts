/**
 * The reference evaluator: indexes in-memory data once, then answers who is in
 * a segment at any instant, why, who entered or left, which segments an entity
 * is in, and takes new data without a rebuild.
 */
import { indexCatalog } from '../catalog/index-catalog.ts'
import type { Catalog } from '../catalog/schema.ts'
import type { SegmentData } from '../data/types.ts'
import type { Segment } from '../model/segment.ts'
import { requireValidSegment } from '../validate/validate-segment.ts'
import { type CompileContext, compileGroup, exists } from './compile.ts'
import { addData, createDataIndex, DataError } from './data-index.ts'
import type { Explanation } from './explanation.ts'

/** An instant: a Date, epoch milliseconds or an ISO string. */
export type Instant = Date | number | string

export interface EvaluateOptions {
  /** Evaluation instant; default the segment's `asOf`, else now. */
  asOf?: Instant | undefined
}

export interface EvaluationResult {
  /** Member ids, sorted. */
  ids: string[]
  count: number
  /** The instant used, epoch ms. */
  asOf: number
}

export interface EntityExplanation {
  entityId: string
  asOf: number
  /** The entity exists at asOf (known, created at or before it). */
  exists: boolean
  matched: boolean
  tree: Explanation
}

/**
 * Answers questions about segments over the indexed data. Every method that takes
 * a segment validates it first and throws `SegmentError` (with issue paths) when
 * it is not valid for the catalog; bad ids and instants throw `DataError`.
 */
export interface Evaluator {
  /** The members at `asOf` (option, else the segment's `asOf`, else now), sorted. */
  evaluate(segment: Segment, options?: EvaluateOptions): EvaluationResult
  /** Why one entity is in or out: the tree with each node's truth and deciding value. Unknown id: DataError. */
  explain(segment: Segment, entityId: string, options?: EvaluateOptions): EntityExplanation
  /** Who entered and who left between two instants (members at `to` minus members at `from`, and back). */
  changes(segment: Segment, from: Instant, to: Instant): { entered: string[]; left: string[] }
  /** The segments (of the given ones) the entity is in, in the given order. Unknown id: DataError. */
  segmentsOf(entityId: string, segments: readonly Segment[], options?: EvaluateOptions): { id: string; name: string }[]
  /** Adds entities (new, or replacing a row with the same id), events, memberships and history in place. */
  append(delta: Partial<SegmentData>): void
  /** Ids of the known entities of a type. */
  entityIds(entity: string): string[]
}

function toMs(instant: Instant): number {
  const ms = instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant)
  if (!Number.isFinite(ms))
    throw new DataError('Invalid instant', [
      { path: ['asOf'], code: 'invalid_data', message: `Not an instant: ${String(instant)}`, severity: 'error' },
    ])
  return ms
}

/** Indexes the data for the catalog. Throws DataError (with paths) on malformed rows. */
export function createEvaluator(catalog: Catalog, data: SegmentData): Evaluator {
  const catalogIndex = indexCatalog(catalog)
  const index = createDataIndex(catalogIndex)
  addData(index, catalogIndex, data, true)

  const asOfOf = (segment: Segment, options?: EvaluateOptions) => toMs(options?.asOf ?? segment.asOf ?? Date.now())
  const unknownEntity = (entity: string, entityId: string) =>
    new DataError('Unknown entity', [
      { path: ['entityId'], code: 'invalid_data', message: `No ${entity} with id '${entityId}'`, severity: 'error' },
    ])
  const contextAt = (asOf: number): CompileContext => ({
    catalog: catalogIndex,
    data: index,
    asOf,
    segments: new Map(),
    reverse: new Map(),
  })
  const compile = (segment: Segment, asOf: number) => {
    requireValidSegment(segment, catalog)
    const ctx = contextAt(asOf)
    return { ctx, root: compileGroup({ ...segment.root, disabled: undefined }, segment.entity, ctx) }
  }
  const members = (segment: Segment, asOf: number): string[] => {
    const { ctx, root } = compile(segment, asOf)
    const ids: string[] = []
    for (const state of index.table(segment.entity).states)
      if (exists(ctx, state) && root.test(state)) ids.push(state.id)
    return ids.sort()
  }

  return {
    evaluate(segment, options) {
      const asOf = asOfOf(segment, options)
      const ids = members(segment, asOf)
      return { ids, count: ids.length, asOf }
    },
    explain(segment, entityId, options) {
      const asOf = asOfOf(segment, options)
      const state = index.table(segment.entity).byId.get(entityId)
      if (!state?.known) throw unknownEntity(segment.entity, entityId)
      const { ctx, root } = compile(segment, asOf)
      const alive = exists(ctx, state)
      const tree = root.explain(state)
      return { entityId, asOf, exists: alive, matched: alive && tree.matched, tree }
    },
    changes(segment, from, to) {
      const before = new Set(members(segment, toMs(from)))
      const after = new Set(members(segment, toMs(to)))
      return {
        entered: [...after].filter((id) => !before.has(id)).sort(),
        left: [...before].filter((id) => !after.has(id)).sort(),
      }
    },
    segmentsOf(entityId, segments, options) {
      const types = [...new Set(segments.map((s) => s.entity))]
      if (types.length > 0 && !types.some((type) => index.table(type).byId.get(entityId)?.known))
        throw unknownEntity(types.join(' or '), entityId)
      const out: { id: string; name: string }[] = []
      for (const segment of segments) {
        const state = index.table(segment.entity).byId.get(entityId)
        if (!state?.known) continue
        const { ctx, root } = compile(segment, asOfOf(segment, options))
        if (exists(ctx, state) && root.test(state)) out.push({ id: segment.id, name: segment.name })
      }
      return out
    },
    append(delta) {
      addData(index, catalogIndex, delta, false)
    },
    entityIds(entity) {
      return index
        .table(entity)
        .states.filter((s) => s.known)
        .map((s) => s.id)
    },
  }
}
