/**
 * Popovers and menus render into the builder's root element, not into
 * `document.body`, so that the scoped styles and the theme apply to them.
 */
import { createContext, type ReactNode, useContext } from 'react'

export const PortalContainerContext = createContext<HTMLElement | null>(null)

/** The element popovers render into (the builder root once mounted). */
export function usePortalContainer(): HTMLElement | null {
  return useContext(PortalContainerContext)
}

/** Provides the portal container. */
export function PortalContainerProvider({
  container,
  children,
}: {
  container: HTMLElement | null
  children: ReactNode
}) {
  return <PortalContainerContext.Provider value={container}>{children}</PortalContainerContext.Provider>
}
