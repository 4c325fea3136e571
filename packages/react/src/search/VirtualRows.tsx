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
import { type CSSProperties, type ReactNode, useLayoutEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { PickerRows } from './search-options.ts'

/** Height assumed where nothing is laid out (jsdom, a hidden host), so rows still show. */
const FALLBACK_VIEW = 320

/** The inline style that pins row `row` of a windowed list to its fixed height (see `ROW_HEIGHT`). */
export function rowStyle(list: PickerRows, row: number): CSSProperties {
  const height = (list.offsets[row + 1] as number) - (list.offsets[row] as number)
  return { height, boxSizing: 'border-box', overflow: 'hidden', whiteSpace: 'nowrap' }
}

/** The pixels to mount rows for: a view from `top`, `height` tall, and half of it on either side. */
function around(top: number, height: number) {
  return { top: Math.max(0, top - height / 2), bottom: top + height * 1.5 }
}

/** Where a view `height` tall, scrolled to `scrolled`, must scroll to show the span `top`–`bottom` (unchanged when shown). */
function scrollToShow(top: number, bottom: number, scrolled: number, height: number): number {
  return top < scrolled ? top : bottom > scrolled + height ? bottom - height : scrolled
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
  const { offsets } = list
  const activeRow = list.rowOf[active]
  // Opened on the current value: its row is mounted in the first commit (aria-activedescendant points at it).
  const [initialTop] = useState(() => Math.max(0, (offsets[activeRow ?? 0] ?? 0) - FALLBACK_VIEW / 3))
  // The span of pixels whose rows are mounted: the view and half a view on either side. It changes only
  // when the view leaves it, so scrolling re-renders every half view, and opening renders once.
  const [span, setSpan] = useState(() => around(initialTop, FALLBACK_VIEW))
  // The view as last measured (for the effects, which must not read layout).
  const measured = useRef({ top: initialTop, height: FALLBACK_VIEW })
  // The span as last committed (for the scroll and resize handlers; also set by them ahead of their update).
  const mounted = useRef(span)
  // A new list (a typed character) whose active row will be scrolled into view: its rows are mounted in this
  // render, not in a second commit from the layout effect below (the first keystroke jumps to the top).
  const [shown, setShown] = useState(list)
  if (shown !== list) {
    setShown(list)
    if (scrollOnChange.current && activeRow !== undefined) {
      const { top: scrolled, height } = measured.current
      const top = offsets[activeRow] ?? 0
      const next = scrollToShow(top, offsets[activeRow + 1] ?? top, scrolled, height)
      if (next < span.top || next + height > span.bottom) setSpan(around(next, height))
    }
  }
  useLayoutEffect(() => {
    mounted.current = span
  }, [span])

  useLayoutEffect(() => {
    const element = sizer.current?.parentElement
    if (!element) return
    // Measured once laid out: the popover shows and places the list after this commit, and the resize
    // observer reports in that same frame, before paint, without forcing a layout of its own.
    let placed = false
    const update = (now: boolean) => {
      const height = element.clientHeight
      if (!placed && height > 0) {
        placed = true
        element.scrollTop = initialTop
      }
      const view = { top: placed ? element.scrollTop : initialTop, height: height || FALLBACK_VIEW }
      measured.current = view
      if (view.top >= mounted.current.top && view.top + view.height <= mounted.current.bottom) return
      const next = around(view.top, view.height)
      mounted.current = next
      // Before paint, so that the rows in view are mounted when the frame shows them.
      if (now) flushSync(() => setSpan(next))
      else setSpan(next)
    }
    const onScroll = () => update(false)
    element.addEventListener('scroll', onScroll, { passive: true })
    const resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => update(true))
    if (resize) resize.observe(element)
    else update(false)
    return () => {
      element.removeEventListener('scroll', onScroll)
      resize?.disconnect()
    }
  }, [initialTop])

  // aria-activedescendant does not scroll: keep the active option visible while arrowing (and on a new
  // list: a typed character makes the first match active), with its rows mounted before paint.
  useLayoutEffect(() => {
    const element = sizer.current?.parentElement
    if (!element || !scrollOnChange.current || activeRow === undefined) return
    const top = offsets[activeRow] ?? 0
    const { top: scrolled, height } = measured.current
    const next = scrollToShow(top, offsets[activeRow + 1] ?? top, scrolled, height)
    if (next === scrolled) return
    element.scrollTop = next
    // The scroll event reports it a frame later; a second key press before that must see it already.
    measured.current = { top: next, height }
    if (next < mounted.current.top || next + height > mounted.current.bottom) {
      mounted.current = around(next, height)
      setSpan(mounted.current)
    }
  }, [activeRow, offsets, scrollOnChange])

  const count = list.rows.length
  const first = rowAt(offsets, span.top)
  const last = Math.min(count, rowAt(offsets, span.bottom) + 1)
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
