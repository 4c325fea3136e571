/**
 * Where a dragged node would land, as an insertion line before or after one
 * row. The drag context writes it as the drag moves; each row reads only
 * whether the line is on itself, so a move re-renders at most the two rows the
 * line leaves and reaches, not every row of the builder.
 */
import { createContext, useContext, useSyncExternalStore } from 'react'

/** The edge of a row the insertion line is drawn on. */
export type DropSide = 'before' | 'after'

/** The row the line is on, and on which edge. */
export interface DropLine {
  id: string
  side: DropSide
}

export interface DropIndicator {
  get: () => DropLine | undefined
  /** Moves the line (undefined: no line). Listeners hear only real changes. */
  set: (line: DropLine | undefined) => void
  subscribe: (listener: () => void) => () => void
}

export function createDropIndicator(): DropIndicator {
  let current: DropLine | undefined
  const listeners = new Set<() => void>()
  return {
    get: () => current,
    set: (line) => {
      if (current?.id === line?.id && current?.side === line?.side) return
      current = line
      for (const listener of listeners) listener()
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

export const DropIndicatorContext = createContext<DropIndicator | null>(null)

const noSubscription = () => () => {}
const none = () => undefined

/** The edge of row `id` that the insertion line is on, if it is on this row. */
export function useDropSide(id: string): DropSide | undefined {
  const indicator = useContext(DropIndicatorContext)
  return useSyncExternalStore(
    indicator ? indicator.subscribe : noSubscription,
    indicator
      ? () => {
          const line = indicator.get()
          return line?.id === id ? line.side : undefined
        }
      : none,
    none,
  )
}
