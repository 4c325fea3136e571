/**
 * Sequences whose steps compare with an earlier step ("viewed a product, then bought the same
 * product_id"), exactly. A greedy or best-start scan over all events is no longer exact: the earliest
 * purchase after a view may be of another product. But all references share one key (sequence-key.ts),
 * so a chain exists exactly when, for some value v of the key, it exists among the events whose key
 * properties equal v (the steps that take no part see all their events). The runner reads the
 * distinct key values of the first keyed step's events in the window and runs the plain exact scan
 * (sequence.ts) once per value, with the keyed steps' sources restricted to v by one more column test
 * (and, for an optional key, once for the anchor's events without a value, which no keyed "did not" matches).
 * O(values × events × steps) per entity; values absent from a keyed step's dictionary are skipped.
 */
import type { CatalogIndex } from '../catalog/index-catalog.ts'
import type { Calendar } from '../model/calendar.ts'
import type { SequenceKeyPlan, SingleEventSequence } from '../model/sequence-key.ts'
import type { Bitset } from './bitset.ts'
import { kindOf } from './columns.ts'
import type { DataIndex } from './data-index.ts'
import { eventColumn, eventSource } from './event.ts'
import type { ColumnTest } from './predicate.ts'
import { compileSequence, type SequenceRunner } from './sequence.ts'
import { windowBounds } from './window.ts'

/**
 * A key value: the text of a string or enum, the number of a number, 0 / 1 for a boolean; null for
 * the anchor's events without one, which start chains only when the key is optional.
 */
type KeyValue = string | number | null

/** The code (text) or number a keyed column must hold for the current key value. */
interface KeySlot {
  /** Text columns: the value's code in this column's dictionary, -2 when it has none (never matches). */
  code: number
  /** Number and boolean columns: the value (NaN never matches). */
  num: number
  /** The rows without a value match (the anchor's, in the chains of an optional key without one). */
  missing: boolean
  setKey(v: KeyValue | undefined): void
}

export function compileKeyedSequence(
  node: SingleEventSequence,
  plan: SequenceKeyPlan,
  catalog: CatalogIndex,
  data: DataIndex,
  asOf: number,
  entity: string,
  calendar: Calendar,
): SequenceRunner {
  const slots: KeySlot[] = []
  const sources = node.steps.map((step, i) => {
    const rows = data.eventRows(step.event)
    const tests = plan.keys[i]!.map((property) => {
      const column = eventColumn(catalog, step.event, property)
      const type = catalog.eventProperty(step.event, property)?.type ?? 'string'
      const dict = rows.dicts[column] ?? null
      const isAnchor = i === plan.anchor
      const slot: KeySlot = {
        code: -2,
        num: Number.NaN,
        missing: false,
        setKey(v) {
          this.code = typeof v === 'string' && dict ? dict.lookup(v) : -1
          if (this.code < 0) this.code = -2
          this.num = typeof v === 'number' ? v : Number.NaN
          this.missing = v === null && isAnchor
        },
      }
      slots.push(slot)
      const kind = kindOf(type)
      const test: ColumnTest =
        kind === 'code'
          ? (col, r) => {
              const c = (col as Int32Array)[r]!
              return c === slot.code || (slot.missing && c < 0)
            }
          : kind === 'bool'
            ? (col, r) => {
                const b = (col as Int8Array)[r]!
                return b === slot.num || (slot.missing && b < 0)
              }
            : (col, r) => {
                const x = (col as Float64Array)[r]!
                return x === slot.num || (slot.missing && Number.isNaN(x))
              }
      return { column, test }
    })
    return eventSource(catalog, data, step.event, plan.filters[i]!, asOf, tests)
  })
  const inner = compileSequence(node, catalog, data, asOf, entity, calendar, sources)

  // The key values of the anchor's events (its value filters only) in the window.
  const anchorStep = node.steps[plan.anchor]!
  const anchor = eventSource(catalog, data, anchorStep.event, plan.filters[plan.anchor]!, asOf)
  const anchorProperty = plan.keys[plan.anchor]![0]!
  const anchorColumn = eventColumn(catalog, anchorStep.event, anchorProperty)
  const anchorType = catalog.eventProperty(anchorStep.event, anchorProperty)?.type ?? 'string'
  const anchorDict = data.eventRows(anchorStep.event).dicts[anchorColumn] ?? null
  const bounds = windowBounds(node.window, asOf, calendar)
  const values = new Set<KeyValue>()
  const keyValues = (e: number): Set<KeyValue> => {
    values.clear()
    anchor.locate(e)
    anchor.range(bounds)
    const col = anchor.block.cols[anchorColumn]
    if (!col) {
      // A catalog property the data never wrote: every event lacks it.
      if (plan.optional && anchor.count(bounds) > 0) values.add(null)
      return values
    }
    const text = kindOf(anchorType) === 'code'
    for (let r = anchor.start; r < anchor.end; r++) {
      if (anchor.filtered && !anchor.passes(r)) continue
      const x = (col as Float64Array | Int32Array | Int8Array)[r]!
      const missing = text || anchorType === 'boolean' ? x < 0 : Number.isNaN(x)
      if (missing) {
        if (plan.optional) values.add(null)
      } else values.add(text ? (anchorDict?.values[x] ?? null) : x)
    }
    return values
  }
  const setKey = (v: KeyValue | undefined) => {
    for (const s of slots) s.setKey(v)
  }

  const runner: SequenceRunner & { reached: number } = {
    reached: 0,
    match(e) {
      let reached = 0
      for (const v of keyValues(e)) {
        setKey(v)
        const matched = inner.match(e)
        if (inner.reached > reached) reached = inner.reached
        if (matched) {
          runner.reached = reached
          return true
        }
      }
      if (values.size === 0) {
        // No key value: how far the steps before the anchor get.
        setKey(undefined)
        inner.match(e)
        reached = inner.reached
      }
      runner.reached = reached
      return false
    },
    trace(e) {
      let best: number[] | undefined
      for (const v of [...keyValues(e)]) {
        setKey(v)
        const times = inner.trace(e)
        if (times && (!best || times[times.length - 1]! < best[best.length - 1]!)) best = times
      }
      return best
    },
    scan(_candidates: Bitset, _reached: Int32Array | null) {
      return null
    },
  }
  return runner
}
