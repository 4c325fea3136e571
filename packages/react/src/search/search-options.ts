/**
 * The options of an open picker, prepared once per options array and shared by
 * every picker that receives the same array (the property options of one
 * catalog, its events): the search keys (core's `createSearchIndex`), each
 * option's group and row height, and the rows of an empty search — all built in
 * idle time once the later chunk that holds this module has loaded (a mounted
 * picker asks for it, see `warmOptions`), so that a first open finds them ready.
 * The trigger's labels need only the value map of `option-values.ts`.
 *
 * Rows are laid out in typed arrays, not one object per row, so that listing
 * 50,000 matches costs a few passes over integers: a picker builds objects
 * only for the rows it mounts.
 */
import { createSearchIndex } from '@segkit/core'
import { optionPositions, type PickerOption } from './option-values.ts'

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
  /** The rows of the local matches of `query` (all options for a blank one), then of `extra` options not among them. */
  rows: (query: string, extra?: readonly PickerOption[]) => PickerRows
  /** The rows of all options with `recent` values first under `label` (the plain rows when none is known). */
  withRecent: (recent: readonly string[], label: string) => PickerRows
  /** Builds the value map, the groups, the search keys and the rows of an empty search in idle time, once. */
  warmSoon: () => void
}

const cache = new WeakMap<readonly PickerOption[], PreparedOptions>()

type Idle = (run: (deadline: { timeRemaining: () => number }) => void) => unknown
const whenIdle: Idle = (run) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(run, { timeout: 1000 })
    : setTimeout(() => run({ timeRemaining: () => 8 }), 1)

/** Each option's group number (groups numbered in order of first appearance) and whether its row is tall. */
interface Grouping {
  /** Heading of each group number; undefined for the options without a group. */
  labels: (string | undefined)[]
  groupOf: Int32Array
  /** 1 where the option has a description (a taller row). */
  tall: Uint8Array
}

function groupOptions(options: readonly PickerOption[]): Grouping {
  const labels: (string | undefined)[] = []
  const number = new Map<string | undefined, number>()
  const groupOf = new Int32Array(options.length)
  const tall = new Uint8Array(options.length)
  for (let i = 0; i < options.length; i++) {
    const option = options[i] as PickerOption
    let g = number.get(option.group)
    if (g === undefined) {
      g = labels.push(option.group) - 1
      number.set(option.group, g)
    }
    groupOf[i] = g
    if (option.description) tall[i] = 1
  }
  return { labels, groupOf, tall }
}

/**
 * Prepares an options array once (memoised per array object). Nothing is
 * built per option until it is needed: a builder of many pickers over one big
 * catalog pays, at mount, only for the labels of their values.
 */
export function prepareOptions(options: readonly PickerOption[]): PreparedOptions {
  const cached = cache.get(options)
  if (cached) return cached
  const positions = () => optionPositions(options)
  let grouping: Grouping | undefined
  const index = createSearchIndex(options, (o) => ({ label: o.label, other: [o.value, o.group, o.description] }))

  /**
   * Lays out `order` (positions in `options`, best first) in groups: groups in
   * order of their first option, options in the given order within each;
   * `recent` options first, under their own heading. A few passes over typed
   * arrays, no object per option.
   */
  const layout = (order: ArrayLike<number>, recent?: { label: string; at: readonly number[] }): PickerRows => {
    grouping ??= groupOptions(options)
    const { groupOf, tall } = grouping
    const recentGroup = grouping.labels.length
    const labels = recent ? [...grouping.labels, recent.label] : grouping.labels
    // Options per group, and the groups in order of their first option.
    const size = new Int32Array(recentGroup + 1)
    const seen = new Int32Array(recentGroup + 1)
    let groups = 0
    if (recent) {
      seen[groups++] = recentGroup
      size[recentGroup] = recent.at.length
    }
    for (let i = 0; i < order.length; i++) {
      const g = groupOf[order[i] as number] as number
      if (size[g] === 0) seen[groups++] = g
      size[g] = (size[g] as number) + 1
    }
    // Where each group's options start among the listed ones.
    const next = new Int32Array(recentGroup + 1)
    let count = 0
    let headed = false
    for (let k = 0; k < groups; k++) {
      const g = seen[k] as number
      next[g] = count
      count += size[g] as number
      if (labels[g] !== undefined) headed = true
    }
    const listed = new Int32Array(count)
    if (recent) listed.set(recent.at)
    for (let i = 0; i < order.length; i++) {
      const at = order[i] as number
      const g = groupOf[at] as number
      const slot = next[g] as number
      next[g] = slot + 1
      listed[slot] = at
    }
    const listedGroup = new Int32Array(count)
    const rows = new Int32Array(count + (headed ? groups : 0))
    const rowOf = new Int32Array(count)
    const offsets = new Float64Array(rows.length + 1)
    let r = 0
    let y = 0
    let i = 0
    for (let k = 0; k < groups; k++) {
      const g = seen[k] as number
      const end = i + (size[g] as number)
      listedGroup.fill(g, i, end)
      if (headed) {
        rows[r++] = -1 - g
        y += ROW_HEIGHT.group
        offsets[r] = y
      }
      for (; i < end; i++) {
        rowOf[i] = r
        rows[r++] = i
        y += tall[listed[i] as number] ? ROW_HEIGHT.described : ROW_HEIGHT.option
        offsets[r] = y
      }
    }
    return {
      count,
      option: (at) => options[listed[at] as number] as PickerOption,
      // A typed array's own search: no loop over 50,000 options in script when a picker opens.
      indexOf: (value) => listed.indexOf(positions().get(value) ?? -1),
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
    rows: (query, extra = []) => {
      const local = index.matches(query)
      if (extra.length === 0) return query.trim() === '' ? allRows() : layout(local)
      // A server search's results after the local matches, those already listed left out: laid out as one list.
      const merged = Array.from(local, (at) => options[at] as PickerOption)
      const listed = new Set(merged.map((o) => o.value))
      return prepareOptions([...merged, ...extra.filter((o) => !listed.has(o.value))]).rows('')
    },
    withRecent: (recent, label) => {
      const at = recent.flatMap((v) => positions().get(v) ?? [])
      return at.length === 0 ? allRows() : layout(index.matches(''), { label, at })
    },
    warmSoon: () => {
      if (warming) return
      warming = true
      // One step per idle period: the value map, the groups, the keys slice by slice, the rows of an empty search.
      const steps = [positions, () => (grouping ??= groupOptions(options))]
      const step = (deadline: { timeRemaining: () => number }) => {
        const more = () => deadline.timeRemaining() > 2
        while (steps.length > 0) {
          steps.shift()?.()
          if (!more()) return whenIdle(step)
        }
        if (index.prepare(more)) allRows()
        else whenIdle(step)
      }
      whenIdle(step)
    },
  }
  cache.set(options, prepared)
  return prepared
}

/** Prepares `options` in idle time (see {@link PreparedOptions.warmSoon}): what a mounted picker asks for. */
export function warmOptions(options: readonly PickerOption[]): void {
  prepareOptions(options).warmSoon()
}
