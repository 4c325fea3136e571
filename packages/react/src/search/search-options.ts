/**
 * The options of a picker, prepared once per options array and shared by every
 * picker that receives the same array: a value lookup (for trigger labels), the
 * search keys (built on the first typed character, see core's
 * `createSearchIndex`), the group order, and the rows of an empty search.
 */
import { createSearchIndex, type SearchIndex } from '@segkit/core'

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

/** A listed row: a group heading or an option (`index` is its place among the listed options). */
export type PickerRow =
  | { type: 'group'; group: number; label: string }
  | { type: 'option'; group: number; option: PickerOption; index: number }

/** What a list shows: rows in order, the options in row order, and the row of each option. */
export interface PickerRows {
  rows: readonly PickerRow[]
  options: readonly PickerOption[]
  rowOf: readonly number[]
  /** Heading of each group number (the ungrouped fallback included). */
  groupLabels: readonly string[]
  /** False when no option has a group: no headings are shown. */
  headed: boolean
}

/** Prepared options (see the module comment). */
export interface PreparedOptions {
  byValue: ReadonlyMap<string, PickerOption>
  search: (query: string) => readonly PickerOption[]
  /** Builds the search keys now (a picker calls it in idle time after opening), so the first typed character is fast. */
  warm: () => void
  /** The rows of an empty search without recent options (built once per fallback heading). */
  allRows: (fallback: string) => PickerRows
}

const cache = new WeakMap<readonly PickerOption[], PreparedOptions>()

/** Prepares an options array once (memoised per array object). */
export function prepareOptions(options: readonly PickerOption[]): PreparedOptions {
  const cached = cache.get(options)
  if (cached) return cached
  const byValue = new Map<string, PickerOption>()
  for (const option of options) if (!byValue.has(option.value)) byValue.set(option.value, option)
  let index: SearchIndex<PickerOption> | undefined
  const build = () => createSearchIndex(options, (o) => ({ label: o.label, other: [o.value, o.group, o.description] }))
  let all: { fallback: string; rows: PickerRows } | undefined
  const prepared: PreparedOptions = {
    byValue,
    search: (query) => {
      index ??= build()
      return index.search(query)
    },
    warm: () => {
      index ??= build()
    },
    allRows: (fallback) => {
      if (all?.fallback !== fallback) all = { fallback, rows: toRows(options, fallback) }
      return all.rows
    },
  }
  cache.set(options, prepared)
  return prepared
}

/**
 * Groups options into rows: groups in order of first appearance (recent
 * options, when given, first under their own heading), options in the given
 * order within each group.
 */
export function toRows(
  options: readonly PickerOption[],
  fallback: string,
  recent?: { label: string; options: readonly PickerOption[] },
): PickerRows {
  const groupLabels: string[] = []
  const groupOf = new Map<string, number>()
  const members: PickerOption[][] = []
  let headed = false
  if (recent && recent.options.length > 0) {
    groupLabels.push(recent.label)
    members.push([...recent.options])
    headed = true
  }
  for (const option of options) {
    if (option.group !== undefined) headed = true
    const name = option.group ?? fallback
    let g = groupOf.get(name)
    if (g === undefined) {
      g = groupLabels.length
      groupOf.set(name, g)
      groupLabels.push(name)
      members.push([])
    }
    ;(members[g] as PickerOption[]).push(option)
  }
  const rows: PickerRow[] = []
  const listed: PickerOption[] = []
  const rowOf: number[] = []
  members.forEach((list, g) => {
    if (list.length === 0) return
    if (headed) rows.push({ type: 'group', group: g, label: groupLabels[g] as string })
    for (const option of list) {
      rowOf.push(rows.length)
      rows.push({ type: 'option', group: g, option, index: listed.length })
      listed.push(option)
    }
  })
  return { rows, options: listed, rowOf, groupLabels, headed }
}
