/**
 * The rows of a long listbox, windowed: only the rows in view (and a few around
 * them) are mounted, in flow after an offset, inside a sizer as tall as the
 * whole list. Every row has a fixed height (a group label, an option, an option
 * with a description; set inline on the row, so no stylesheet can make it
 * drift), so the offsets are exact without measuring — which is what keeps
 * opening and filtering 50,000 rows within a frame, and the builder free of a
 * virtualization library.
 */
import { firstAfter } from '@segkit/core'
import { type CSSProperties, type ReactNode, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { PickerRow, PickerRows } from './search-options.ts'

/** Heights of the rows of a windowed list, in px. */
export const ROW_HEIGHT = { group: 26, option: 32, described: 48 } as const
/** Height assumed where nothing is laid out (jsdom, a hidden host), so rows still show. */
const FALLBACK_VIEW = 320
const OVERSCAN = 6

/** The fixed height of a row of a windowed list. */
export function rowHeight(row: PickerRow): number {
  return row.type === 'group' ? ROW_HEIGHT.group : row.option.description ? ROW_HEIGHT.described : ROW_HEIGHT.option
}

/** The inline style that pins a row of a windowed list to its height. */
export function rowStyle(row: PickerRow): CSSProperties {
  return { height: rowHeight(row), boxSizing: 'border-box', overflow: 'hidden', whiteSpace: 'nowrap' }
}

/** The row at height `y`: the first whose bottom is below `y` (`offsets[i]` is row i's top, the last entry the total). */
function rowAt(offsets: Float64Array, y: number): number {
  return Math.max(0, firstAfter(offsets, 1, offsets.length, y) - 1)
}

/** Props of {@link VirtualRows}. */
export interface VirtualRowsProps {
  list: PickerRows
  /** Index of the active option. */
  active: number
  /** Whether the last change of the active option came from the keyboard (then it is scrolled into view). */
  scrollOnChange: { current: boolean }
  /** Renders rows `from` to `to` (exclusive). */
  renderRange: (from: number, to: number) => ReactNode[]
}

/** Only the rows in view mounted; the active option kept in view on keyboard moves. */
export function VirtualRows({ list, active, scrollOnChange, renderRange }: VirtualRowsProps) {
  // The listbox that scrolls is the sizer's parent (its own ref is attached only after this part's layout effects).
  const sizer = useRef<HTMLDivElement>(null)
  const offsets = useMemo(() => {
    const out = new Float64Array(list.rows.length + 1)
    for (let i = 0; i < list.rows.length; i++) out[i + 1] = (out[i] as number) + rowHeight(list.rows[i] as PickerRow)
    return out
  }, [list])
  const activeRow = list.rowOf[active]
  // Opened on the current value: its row is mounted in the first commit (aria-activedescendant points at it).
  const [initialTop] = useState(() => Math.max(0, (offsets[activeRow ?? 0] ?? 0) - FALLBACK_VIEW / 3))
  const [view, setView] = useState({ top: initialTop, height: FALLBACK_VIEW })

  useLayoutEffect(() => {
    const element = sizer.current?.parentElement
    if (!element) return
    // The popover may show the list only after this commit: scroll to the current value once it has a size.
    let placed = false
    const update = () => {
      if (!placed && element.clientHeight > 0) {
        placed = true
        element.scrollTop = initialTop
      }
      setView({ top: placed ? element.scrollTop : initialTop, height: element.clientHeight || FALLBACK_VIEW })
    }
    update()
    element.addEventListener('scroll', update, { passive: true })
    const resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update)
    resize?.observe(element)
    return () => {
      element.removeEventListener('scroll', update)
      resize?.disconnect()
    }
  }, [initialTop])

  // aria-activedescendant does not scroll: keep the active option visible while arrowing.
  useEffect(() => {
    const element = sizer.current?.parentElement
    if (!element || !scrollOnChange.current || activeRow === undefined) return
    const top = offsets[activeRow] ?? 0
    const bottom = offsets[activeRow + 1] ?? top
    const height = element.clientHeight || FALLBACK_VIEW
    if (top < element.scrollTop) element.scrollTop = top
    else if (bottom > element.scrollTop + height) element.scrollTop = bottom - height
  }, [activeRow, offsets, scrollOnChange])

  const count = list.rows.length
  const first = Math.max(0, rowAt(offsets, view.top) - OVERSCAN)
  const last = Math.min(count, rowAt(offsets, view.top + view.height) + 1 + OVERSCAN)
  return (
    <div ref={sizer} data-segkit-part="listbox-sizer" style={{ position: 'relative', height: offsets[count] }}>
      <div
        style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${offsets[first] ?? 0}px)` }}
      >
        {count > 0 ? renderRange(first, last) : null}
      </div>
    </div>
  )
}
