/**
 * The popover under the builder's menus and pickers: a trigger button and,
 * while open, content placed under (or above) it. It exists because Radix
 * Popover cost ~26 kB gzip of the package's 35 kB budget; what the kit needs
 * of it fits in this file, on the platform's Popover API.
 *
 * - The content renders inline, right after the trigger, never in a portal:
 *   tab order follows the DOM, and the builder's theme variables apply.
 * - Where the Popover API exists it becomes a `popover="manual"` element shown
 *   in the top layer, so a host's `overflow: hidden` or z-index cannot clip or
 *   cover it. Elsewhere (jsdom, older browsers) it is a fixed-position element
 *   in place. Focus and dismissal are this module's own code in both cases.
 * - Dismissal as in Radix's non-modal popover: Escape closes and returns focus
 *   to the trigger; a pointer down or focus moving outside closes and leaves
 *   focus where the user put it. A close asked by the caller (a choice was
 *   made) returns focus to the trigger unless `onCloseAutoFocus` prevents it.
 *
 * State is exposed as attributes, Radix-style: `aria-expanded`,
 * `aria-controls` and `data-state` on the trigger; `data-state="open"`,
 * `data-side` and `data-align` on the content.
 */
import {
  type ButtonHTMLAttributes,
  createContext,
  type FocusEvent,
  type HTMLAttributes,
  type ReactNode,
  type RefObject,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
} from 'react'

/** The edge of the trigger that the content lines up with (`start` is the left edge in a left-to-right page). */
export type PopoverAlign = 'start' | 'end'

/** The state of one popover (see {@link usePopover}): what its trigger and content share. */
export interface PopoverState {
  open: boolean
  contentId: string
  trigger: RefObject<HTMLButtonElement | null>
  content: RefObject<HTMLDivElement | null>
  toggle: () => void
  /** Closes; `returnFocus: false` leaves focus where it is (the user moved it outside). */
  dismiss: (returnFocus: boolean) => void
}

type PopoverContextValue = PopoverState

const PopoverContext = createContext<PopoverContextValue | null>(null)

function usePopoverContext(part: string): PopoverContextValue {
  const context = useContext(PopoverContext)
  if (!context) throw new Error(`<${part}> must be used inside <PopoverRoot>`)
  return context
}

function isInside(context: PopoverContextValue, target: EventTarget | null): boolean {
  if (!(target instanceof Node)) return false
  return Boolean(context.trigger.current?.contains(target) || context.content.current?.contains(target))
}

/** Focus leaving trigger and content for an element outside closes; `null` (the window lost focus) does not. */
function dismissOnFocusOut(context: PopoverContextValue, event: FocusEvent) {
  if (event.relatedTarget && !isInside(context, event.relatedTarget)) context.dismiss(false)
}

/** Props of {@link PopoverRoot}. */
export interface PopoverRootProps {
  /** Whether the content is shown (controlled). */
  open: boolean
  /** Called when the trigger, Escape or an outside interaction asks to open or close. */
  onOpenChange: (open: boolean) => void
  /**
   * Called as the popover closes, before focus returns to the trigger; call
   * `event.preventDefault()` to keep focus where the caller put it (e.g. on a
   * row that the chosen action just added). Focus returns only when it would
   * otherwise be lost, and never after an outside pointer down or focus move.
   */
  onCloseAutoFocus?: ((event: Event) => void) | undefined
  children: ReactNode
}

/**
 * The state of one popover, for a component that renders its own trigger
 * button (with {@link popoverTriggerProps}) and passes the state to
 * {@link PopoverContent}: no component of its own, and the trigger is the same
 * element closed and open. A picker in every row of a big tree uses this.
 */
export function usePopover({ open, onOpenChange, onCloseAutoFocus }: Omit<PopoverRootProps, 'children'>): PopoverState {
  const contentId = useId()
  const trigger = useRef<HTMLButtonElement | null>(null)
  const content = useRef<HTMLDivElement | null>(null)
  const returnFocus = useRef(true)
  const wasOpen = useRef(open)

  useLayoutEffect(() => {
    if (open === wasOpen.current) return
    wasOpen.current = open
    if (open) return
    const event = new Event('segkit.popover.close-auto-focus', { cancelable: true })
    onCloseAutoFocus?.(event)
    // The content is gone by now; if it held focus, focus is on the body.
    const active = document.activeElement
    const lost = active === null || active === document.body
    if (returnFocus.current && lost && !event.defaultPrevented) trigger.current?.focus()
    returnFocus.current = true
  })

  return {
    open,
    contentId,
    trigger,
    content,
    toggle: () => onOpenChange(!open),
    dismiss: (focusTrigger) => {
      returnFocus.current = focusTrigger
      onOpenChange(false)
    },
  }
}

/** Holds the open state of one popover ({@link usePopover}) for the parts inside it; renders no element of its own. */
export function PopoverRoot({ children, ...props }: PopoverRootProps) {
  return <PopoverContext.Provider value={usePopover(props)}>{children}</PopoverContext.Provider>
}

/** What {@link popoverTriggerProps} gives a `<button>` (its `data-state` among them). */
type TriggerElementProps = ButtonHTMLAttributes<HTMLButtonElement> & { ref: RefObject<HTMLButtonElement | null> }

/** Props of {@link PopoverTrigger}: those of a `<button>`. */
export type PopoverTriggerProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'>

/**
 * The props of the button that toggles `popover` (click, Enter, Space; Escape on it closes an open popover),
 * the caller's own handlers run first.
 */
export function popoverTriggerProps(
  popover: PopoverState,
  { onClick, onKeyDown, onBlur, ...props }: PopoverTriggerProps,
): TriggerElementProps {
  return {
    ...props,
    ref: popover.trigger,
    type: 'button',
    'aria-expanded': popover.open,
    'aria-controls': popover.open ? popover.contentId : undefined,
    'data-state': popover.open ? 'open' : 'closed',
    onClick: (event) => {
      onClick?.(event)
      if (!event.defaultPrevented) popover.toggle()
    },
    onKeyDown: (event) => {
      onKeyDown?.(event)
      if (popover.open && event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault()
        event.stopPropagation()
        popover.dismiss(true)
      }
    },
    onBlur: (event) => {
      onBlur?.(event)
      if (popover.open) dismissOnFocusOut(popover, event)
    },
  } as TriggerElementProps
}

/** The button that toggles the popover of the enclosing {@link PopoverRoot} (see {@link popoverTriggerProps}). */
export function PopoverTrigger(props: PopoverTriggerProps) {
  return <button {...popoverTriggerProps(usePopoverContext('PopoverTrigger'), props)} />
}

/** Props of {@link PopoverContent}: those of a `<div>` (`role` defaults to `dialog`), plus placement and focus on opening. */
export interface PopoverContentProps extends Omit<HTMLAttributes<HTMLDivElement>, 'id' | 'style' | 'popover'> {
  /** Trigger edge to line up with. Default `start`. */
  align?: PopoverAlign | undefined
  /** Gap between trigger and content, in pixels. Default 4. */
  sideOffset?: number | undefined
  /**
   * Moves focus into the content once it is shown and placed (e.g. to the
   * first menu item, or a search input). Without it the content itself is focused.
   */
  onOpenAutoFocus?: ((content: HTMLDivElement) => void) | undefined
  /** The popover's state from {@link usePopover}; default that of the enclosing {@link PopoverRoot}. */
  state?: PopoverState | undefined
  children: ReactNode
}

/** The popover's content, rendered right after the trigger and only while open. */
export function PopoverContent({ state, ...props }: PopoverContentProps) {
  const inherited = useContext(PopoverContext)
  const context = state ?? inherited
  if (!context) throw new Error('<PopoverContent> must be used inside <PopoverRoot> or be given its state')
  return context.open ? <OpenContent {...props} context={context} /> : null
}

function OpenContent({
  align = 'start',
  sideOffset = 4,
  onOpenAutoFocus,
  onKeyDown,
  onFocus,
  onBlur,
  context,
  children,
  ...props
}: Omit<PopoverContentProps, 'state'> & { context: PopoverContextValue }) {
  const { trigger, content } = context
  // Read by the effects below, which run once per opening, not on each render of the content.
  const latest = useRef({ align, sideOffset, onOpenAutoFocus, dismiss: context.dismiss })
  latest.current = { align, sideOffset, onOpenAutoFocus, dismiss: context.dismiss }

  // Shown, placed and focused before the first paint.
  useLayoutEffect(() => {
    const element = content.current
    const anchor = trigger.current
    if (!element || !anchor) return
    element.style.position = 'fixed'
    element.style.inset = 'auto'
    element.style.margin = '0'
    // Each opening mounts a new element: one that has the attribute is already shown (StrictMode's second run).
    if (typeof HTMLElement.prototype.showPopover === 'function' && !element.hasAttribute('popover')) {
      element.setAttribute('popover', 'manual')
      element.showPopover()
    }
    // Focus first: it lays the page out, and placing then reads that layout instead of forcing another.
    const { onOpenAutoFocus: focusInside } = latest.current
    if (focusInside) focusInside(element)
    else element.focus({ preventScroll: true })
    place(anchor, element, latest.current.align, latest.current.sideOffset)
  }, [content, trigger])

  // While open: follow the trigger, and close on a pointer down outside.
  useEffect(() => {
    const element = content.current
    const anchor = trigger.current
    if (!element || !anchor) return
    const update = () => place(anchor, element, latest.current.align, latest.current.sideOffset)
    // Placing reads layout: on a resize only when the content's size really changed since it was placed
    // (the observer's first report, in the opening frame, is the size just placed).
    const onResize = (entries: ResizeObserverEntry[]) => {
      const box = entries[0]?.borderBoxSize?.[0]
      const placed = sizes.get(element)
      if (box && placed && Math.abs(box.inlineSize - placed[0]) < 1 && Math.abs(box.blockSize - placed[1]) < 1) return
      update()
    }
    const onPointerDown = (event: PointerEvent) => {
      const path = event.composedPath()
      if (!path.includes(anchor) && !path.includes(element)) latest.current.dismiss(false)
    }
    window.addEventListener('scroll', update, { capture: true, passive: true })
    window.addEventListener('resize', update)
    document.addEventListener('pointerdown', onPointerDown, true)
    // A picker's list shrinks as the user types: a popover above its trigger must move down with it.
    const resizes = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(onResize)
    resizes?.observe(element)
    return () => {
      window.removeEventListener('scroll', update, { capture: true })
      window.removeEventListener('resize', update)
      document.removeEventListener('pointerdown', onPointerDown, true)
      resizes?.disconnect()
    }
  }, [content, trigger])

  return (
    <div
      role="dialog"
      {...props}
      ref={content}
      id={context.contentId}
      tabIndex={-1}
      data-state="open"
      data-align={align}
      onKeyDown={(event) => {
        onKeyDown?.(event)
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault()
          event.stopPropagation()
          context.dismiss(true)
        }
      }}
      // Focus moving into, inside and out of the content is the popover's own business (a picker's search
      // is no field of the segment): it does not reach the builder's field tracking, whose store update
      // would re-render the builder inside the focus call of every opening.
      onFocus={(event) => {
        onFocus?.(event)
        event.stopPropagation()
      }}
      onBlur={(event) => {
        onBlur?.(event)
        dismissOnFocusOut(context, event)
        event.stopPropagation()
      }}
    >
      {children}
    </div>
  )
}

// The border-box size each open content was last placed at.
const sizes = new WeakMap<HTMLElement, [number, number]>()

/**
 * Places `content` (already `position: fixed`) under the trigger, or above it
 * when there is not enough room below and more above; keeps it inside the
 * viewport horizontally. `--segkit-popover-available-height` tells the
 * stylesheet how tall it may grow on that side.
 */
function place(anchor: HTMLElement, content: HTMLElement, align: PopoverAlign, sideOffset: number) {
  // Reads first and writes after, so that one layout serves (two when the content must shrink to fit).
  const rtl = getComputedStyle(anchor).direction === 'rtl'
  content.style.removeProperty('--segkit-popover-available-height')
  const rect = anchor.getBoundingClientRect()
  const viewportWidth = document.documentElement.clientWidth || window.innerWidth
  const viewportHeight = document.documentElement.clientHeight || window.innerHeight
  const below = viewportHeight - rect.bottom - sideOffset
  const above = rect.top - sideOffset
  let height = content.offsetHeight
  let width = content.offsetWidth
  const side = height > below && above > below ? 'top' : 'bottom'
  const room = Math.max(0, side === 'top' ? above : below)
  content.style.setProperty('--segkit-popover-available-height', `${room}px`)
  if (height > room) {
    height = content.offsetHeight
    width = content.offsetWidth
  }
  sizes.set(content, [width, height])
  const alignLeft = (align === 'start') !== rtl
  const left = alignLeft ? rect.left : rect.right - width
  content.style.left = `${Math.max(0, Math.min(left, viewportWidth - width))}px`
  content.style.top = `${side === 'top' ? rect.top - sideOffset - height : rect.bottom + sideOffset}px`
  content.dataset.side = side
}
