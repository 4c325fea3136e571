/**
 * The options of a picker, prepared once per options array and shared by every
 * picker that receives the same array (the property options of one catalog,
 * its events): a value lookup (for trigger labels), the search keys (core's
 * `createSearchIndex`, built in idle time after the first picker of the array
 * mounts), each option's group, and the rows of an empty search.
 *
 * Rows are laid out in typed arrays, not one object per row, so that listing
 * 50,000 matches costs a few passes over integers: a picker builds objects
 * only for the rows it mounts.
 */
import { createSearchIndex } from '@segkit/core'

/** One choice of a picker. */
export interface PickerOption {
  value: string
  label: string
  /** Heading the option is listed under. */
  group?: string | undefined
  description?: string | undefined
}

/**
 * An async source of options for catalogs too big to send whole: called with
 * the typed query (debounced) and a signal that aborts when a newer query
 * supersedes it. Its results are listed after the local matches.
 */
export type PickerSearch = (query: string, signal: AbortSignal) => Promise<readonly PickerOption[]>

/**
 * Heights of the rows of a list, in px: each row's height is fixed (set inline
 * on the row when the list is windowed), so row offsets are known without
 * measuring.
 */
export const ROW_HEIGHT = { group: 26, option: 32, described: 48 } as const

/**
 * What a list shows. Listed options are numbered in row order (the active
 * option is one of these numbers); `rows[r]` is the listed option of row `r`,
 * or `-1 - g` for the heading of group `g`.
 */
export interface PickerRows {
  /** How many options are listed. */
  count: number
  /** The listed option number `index`. */
  option: (index: number) => PickerOption
  /** The number of the first listed option with `value`, or -1. */
  indexOf: (value: string) => number
  rows: Int32Array
  /** The row of each listed option. */
  rowOf: Int32Array
  /** The group of each listed option. */
  groupOf: Int32Array
  /** The top of each row in px (see {@link ROW_HEIGHT}), then the height of all rows. */
  offsets: Float64Array
  /** Heading of each group number; undefined for options without a group (the "Other" heading). */
  groupLabels: readonly (string | undefined)[]
  /** False when no listed option has a group: no headings are shown. */
  headed: boolean
}

/** Prepared options (see the module comment). */
export interface PreparedOptions {
  byValue: ReadonlyMap<string, PickerOption>
  /** The rows of the local matches of `query` (all options for a blank one), then of `extra` options not among them. */
  rows: (query: string, extra?: readonly PickerOption[]) => PickerRows
  /** The rows of all options with `recent` values first under `label` (the plain rows when none is known). */
  withRecent: (recent: readonly string[], label: string) => PickerRows
  /** Builds the search keys and the rows of an empty search in idle time, once (any picker may ask). */
  warmSoon: () => void
}

const cache = new WeakMap<readonly PickerOption[], PreparedOptions>()

type Idle = (run: (deadline: { timeRemaining: () => number }) => void) => unknown
const whenIdle: Idle = (run) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(run, { timeout: 1000 })
    : setTimeout(() => run({ timeRemaining: () => 8 }), 1)

/** Prepares an options array once (memoised per array object). */
export function prepareOptions(options: readonly PickerOption[]): PreparedOptions {
  const cached = cache.get(options)
  if (cached) return cached
  const byValue = new Map<string, PickerOption>()
  const positionOf = new Map<string, number>()
  // Groups numbered in order of first appearance; options without a group share one (labelled undefined).
  const groupLabels: (string | undefined)[] = []
  const groupNumber = new Map<string | undefined, number>()
  const groupOf = new Int32Array(options.length)
  options.forEach((option, i) => {
    if (!byValue.has(option.value)) {
      byValue.set(option.value, option)
      positionOf.set(option.value, i)
    }
    let g = groupNumber.get(option.group)
    if (g === undefined) {
      g = groupLabels.push(option.group) - 1
      groupNumber.set(option.group, g)
    }
    groupOf[i] = g
  })
  const index = createSearchIndex(options, (o) => ({ label: o.label, other: [o.value, o.group, o.description] }))

  /**
   * Lays out `order` (positions in `options`, best first) in groups: groups in
   * order of their first option, options in the given order within each;
   * `recent` options first, under their own heading.
   */
  const layout = (order: ArrayLike<number>, recent?: { label: string; at: readonly number[] }): PickerRows => {
    const recentGroup = groupLabels.length
    const labels = recent ? [...groupLabels, recent.label] : groupLabels
    const size = new Int32Array(recentGroup + 1)
    const seen: number[] = []
    if (recent) {
      seen.push(recentGroup)
      size[recentGroup] = recent.at.length
    }
    for (let i = 0; i < order.length; i++) {
      const g = groupOf[order[i] as number] as number
      if (size[g] === 0) seen.push(g)
      size[g] = (size[g] as number) + 1
    }
    const count = order.length + (recent?.at.length ?? 0)
    // Where each group's options start among the listed ones.
    const next = new Int32Array(recentGroup + 1)
    let start = 0
    for (const g of seen) {
      next[g] = start
      start += size[g] as number
    }
    const listed = new Int32Array(count)
    const listedGroup = new Int32Array(count).fill(recentGroup)
    listed.set(recent?.at ?? [])
    for (let i = 0; i < order.length; i++) {
      const g = groupOf[order[i] as number] as number
      const slot = next[g] as number
      next[g] = slot + 1
      listed[slot] = order[i] as number
      listedGroup[slot] = g
    }
    const headed = seen.some((g) => labels[g] !== undefined)
    const rows = new Int32Array(count + (headed ? seen.length : 0))
    const rowOf = new Int32Array(count)
    const offsets = new Float64Array(rows.length + 1)
    let r = 0
    let y = 0
    for (let i = 0; i < count; i++) {
      if (headed && (i === 0 || listedGroup[i] !== listedGroup[i - 1])) {
        rows[r++] = -1 - (listedGroup[i] as number)
        y += ROW_HEIGHT.group
        offsets[r] = y
      }
      rowOf[i] = r
      rows[r++] = i
      y += options[listed[i] as number]?.description ? ROW_HEIGHT.described : ROW_HEIGHT.option
      offsets[r] = y
    }
    return {
      count,
      option: (i) => options[listed[i] as number] as PickerOption,
      // A typed array's own search: no loop over 50,000 options in script when a picker opens.
      indexOf: (value) => listed.indexOf(positionOf.get(value) ?? -1),
      rows,
      rowOf,
      groupOf: listedGroup,
      offsets,
      groupLabels: labels,
      headed,
    }
  }
  let all: PickerRows | undefined
  const allRows = () => {
    all ??= layout(index.matches(''))
    return all
  }
  let warming = false
  const prepared: PreparedOptions = {
    byValue,
    rows: (query, extra = []) => {
      const local = index.matches(query)
      if (extra.length === 0) return query.trim() === '' ? allRows() : layout(local)
      // A server search's results after the local matches, those already listed left out: laid out as one list.
      const merged = Array.from(local, (at) => options[at] as PickerOption)
      const listed = new Set(merged.map((o) => o.value))
      return prepareOptions([...merged, ...extra.filter((o) => !listed.has(o.value))]).rows('')
    },
    withRecent: (recent, label) => {
      const at = recent.flatMap((v) => positionOf.get(v) ?? [])
      return at.length === 0 ? allRows() : layout(index.matches(''), { label, at })
    },
    warmSoon: () => {
      if (warming) return
      warming = true
      const step = (deadline: { timeRemaining: () => number }) => {
        if (index.prepare(() => deadline.timeRemaining() > 2)) allRows()
        else whenIdle(step)
      }
      whenIdle(step)
    },
  }
  cache.set(options, prepared)
  return prepared
}
