/**
 * The matching events of a set of events (`{ anyOf }`, `{ any: true }`) as if they were one
 * event: their rows merged per entity and by time into one `TimedRows` whose columns are the
 * properties the events share (strings re-coded into one dictionary), built on first use and
 * kept by the data index until the next `append`. Every form and the sequence scan then run on
 * it unchanged. One event id takes its own rows, as before.
 */
import type { CatalogIndex } from '../catalog/index-catalog.ts'
import type { PropertyDef } from '../catalog/schema.ts'
import { commonEventProperties, type EventRef, eventIdsOf } from '../model/event-ref.ts'
import type { EventFilter } from '../model/predicate.ts'
import { allocate, type ColumnData, Dictionary, kindOf } from './columns.ts'
import type { DataIndex } from './data-index.ts'
import { EventSource, eventColumn, eventSource } from './event.ts'
import { compileColumnTest } from './predicate.ts'
import { type Block, TimedRows } from './timed-rows.ts'

/** The merged rows of `ids` performed by `entity`, over the shared properties `props`. */
function mergedRows(
  catalog: CatalogIndex,
  data: DataIndex,
  entity: string,
  ids: readonly string[],
  props: readonly PropertyDef[],
): TimedRows {
  const kinds = props.map((p) => kindOf(p.type))
  const dicts = kinds.map((k) => (k === 'code' ? new Dictionary() : null))
  const out = new TimedRows(kinds, dicts)
  const entities = data.entityCount(entity)
  const sources = ids.map((id) => {
    const rows = data.eventRows(id)
    const own = catalog.event(id)?.properties ?? []
    return { rows, columns: props.map((p) => own.findIndex((q) => q.id === p.id)) }
  })
  let total = 0
  for (const s of sources) s.rows.forEachBlock((_, __, lo, hi) => (total += hi - lo), entities)
  const entity32 = new Int32Array(total)
  const time = new Float64Array(total)
  const values: ColumnData[] = kinds.map((k) => allocate(k, total))
  // Each source dictionary's codes in the merged dictionary, once per column (not a lookup per row).
  const remaps = sources.map(({ rows, columns }) =>
    kinds.map((kind, c) => {
      const dict = kind === 'code' ? rows.dicts[columns[c]!] : null
      return dict ? Int32Array.from(dict.values, (v) => dicts[c]!.intern(v)) : null
    }),
  )
  const copy = (s: number, block: Block, i: number, r: number) => {
    const { columns } = sources[s]!
    const remap = remaps[s]!
    time[r] = block.times[i]!
    for (let c = 0; c < kinds.length; c++) {
      const from = block.cols[columns[c]!]!
      const to = values[c]!
      const codes = remap[c]
      if (kinds[c] === 'list')
        (to as (readonly string[] | null)[])[r] = (from as (readonly string[] | null)[])[i] ?? null
      else if (codes) {
        const code = (from as Int32Array)[i]!
        ;(to as Int32Array)[r] = code >= 0 ? codes[code]! : -1
      } else (to as Float64Array)[r] = (from as Float64Array)[i]!
    }
  }
  // Entity by entity, the sources' rows merged by time (on equal times, the earlier source first):
  // the rows arrive grouped and sorted, so the build below sorts nothing.
  const blocks: Block[] = new Array(sources.length)
  const at = new Int32Array(sources.length)
  const end = new Int32Array(sources.length)
  let r = 0
  for (let e = 0; e < entities; e++) {
    for (let s = 0; s < sources.length; s++) {
      const rows = sources[s]!.rows
      blocks[s] = rows.locate(e)
      at[s] = rows.lo
      end[s] = rows.hi
    }
    for (;;) {
      let best = -1
      for (let s = 0; s < sources.length; s++)
        if (at[s]! < end[s]! && (best < 0 || blocks[s]!.times[at[s]!]! < blocks[best]!.times[at[best]!]!)) best = s
      if (best < 0) break
      entity32[r] = e
      copy(best, blocks[best]!, at[best]!, r++)
      at[best]!++
    }
  }
  out.add({ length: total, entity: entity32, time, values }, entities)
  return out
}

/** What a compiled event condition reads: the matching events and the column of a measured property. */
export interface EventSetSource {
  src: EventSource
  /** The column of an event property in `src` (for measures), or -1. */
  columnOf(property: string): number
}

/**
 * The matching events of `ref` (performed by `entity`, passing `filters`, up to `asOf`). A set reads
 * the merged rows of its events; a filter's column is its place among their shared properties.
 */
export function eventSetSource(
  catalog: CatalogIndex,
  data: DataIndex,
  ref: EventRef,
  entity: string,
  filters: readonly EventFilter[],
  asOf: number,
): EventSetSource {
  if (typeof ref === 'string')
    return {
      src: eventSource(catalog, data, ref, filters, asOf),
      columnOf: (property) => eventColumn(catalog, ref, property),
    }
  const ids = eventIdsOf(ref, catalog, entity)
  const props = commonEventProperties(catalog, ids)
  const key = `set\u0000${entity}\u0000${ids.join('\u0000')}`
  const rows = data.derivedRows(key, () => mergedRows(catalog, data, entity, ids, props))
  const prepared = filters.map((f) => {
    const column = props.findIndex((p) => p.id === f.property)
    const type = props[column]?.type ?? 'string'
    return { column, test: compileColumnTest(f, type, asOf, rows.dicts[column] ?? null) }
  })
  return {
    src: new EventSource(rows, key, prepared, asOf),
    columnOf: (property) => props.findIndex((p) => p.id === property),
  }
}
