/**
 * Popovers and menus render into the builder's root element, not into
 * `document.body`, so that the scoped styles and the theme apply to them.
 *
 * The root element is passed down as a ref, not as state: state would need a
 * second commit at mount (the element exists only after the first one) that
 * re-renders every menu and picker of the tree. A ref is read when a popover
 * opens, and by then the root is mounted.
 */
import { createContext, type ReactNode, type RefObject, useContext } from 'react'

const NO_CONTAINER: RefObject<HTMLElement | null> = { current: null }

export const PortalContainerContext = createContext<RefObject<HTMLElement | null>>(NO_CONTAINER)

/**
 * The element popovers render into (the builder root once mounted; null outside
 * `<SegmentBuilder>`, where Radix falls back to `document.body`). Call it in a
 * component that re-renders when its popover opens (controlled `open` state),
 * so that the value is read after the root has mounted.
 */
export function usePortalContainer(): HTMLElement | null {
  return useContext(PortalContainerContext).current
}

/** Provides the portal container (a ref to the builder root). */
export function PortalContainerProvider({
  container,
  children,
}: {
  container: RefObject<HTMLElement | null>
  children: ReactNode
}) {
  return <PortalContainerContext.Provider value={container}>{children}</PortalContainerContext.Provider>
}
