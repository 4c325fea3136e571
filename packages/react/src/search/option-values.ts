/**
 * What a picker's trigger needs of its options: the option types and the option of a value (for the
 * trigger's label), through a value map built once per options array. The search keys and the row
 * layout of an open list are in `search-options.ts`, which comes with the builder's later chunk.
 */

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

const positionsOf = new WeakMap<readonly PickerOption[], Map<string, number>>()

/** The position of the first option of each value (built on first use, once per options array). */
export function optionPositions(options: readonly PickerOption[]): ReadonlyMap<string, number> {
  let positions = positionsOf.get(options)
  if (!positions) {
    positions = new Map()
    for (let i = 0; i < options.length; i++) {
      const value = (options[i] as PickerOption).value
      if (!positions.has(value)) positions.set(value, i)
    }
    positionsOf.set(options, positions)
  }
  return positions
}

/** The first option with `value`, or undefined. */
export function findOption(options: readonly PickerOption[], value: string): PickerOption | undefined {
  const at = optionPositions(options).get(value)
  return at === undefined ? undefined : options[at]
}
