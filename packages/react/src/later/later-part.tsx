/**
 * A component of the later chunk used in place: while the chunk loads, a placeholder of the part's
 * size (so the row does not move, and nothing focusable appears and disappears); once it is loaded,
 * the part itself — in the same render when the chunk is already there (no placeholder flash).
 * Each use has its own Suspense boundary around the part alone, so a part that waits never hides
 * the controls around it (the field the user is in stays mounted and focused).
 */
import { type ComponentType, createElement, lazy, Suspense } from 'react'
import { type Later, laterParts, loadLater } from './load-later.ts'

/** A module `{ default }` that is already there, as a thenable that React's `lazy` reads at once. */
function resolvedModule<T>(value: T): Promise<{ default: T }> {
  const module = { default: value }
  // React's lazy registers its callbacks with `then` and reads the status right after: calling back
  // synchronously makes the part render in this very pass instead of suspending for a microtask.
  // biome-ignore lint/suspicious/noThenProperty: a thenable on purpose, read by React's lazy only
  const thenable = { then: (onFulfilled: (m: { default: T }) => unknown) => onFulfilled(module) }
  return thenable as unknown as Promise<{ default: T }>
}

/**
 * The later-chunk component that `pick` selects, rendered in its own Suspense boundary with
 * `Placeholder` (given the same props) while the chunk loads.
 */
export function laterPart<P extends object>(
  name: string,
  pick: (parts: Later) => ComponentType<P>,
  Placeholder: ComponentType<P>,
): ComponentType<P> {
  const Part = lazy(() => {
    const parts = laterParts()
    return parts ? resolvedModule(pick(parts)) : loadLater().then((loaded) => ({ default: pick(loaded) }))
  })
  function LaterPart(props: P) {
    return <Suspense fallback={createElement(Placeholder, props)}>{createElement(Part, props)}</Suspense>
  }
  LaterPart.displayName = name
  return LaterPart
}

/** Props of {@link PartPlaceholder}. */
export interface PartPlaceholderProps {
  /** The part it stands for (`data-for`), which the stylesheet sizes it after. */
  part: string
  /** Lines of controls the part takes (a sequence: one per step). Default 1. */
  lines?: number | undefined
}

/** What a part shows while the chunk that holds it loads: empty, hidden from assistive technology, sized as the part. */
export function PartPlaceholder({ part, lines = 1 }: PartPlaceholderProps) {
  return (
    <span data-segkit-part="part-loading" data-for={part} aria-hidden="true">
      {Array.from({ length: lines }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical empty lines
        <span key={i} data-segkit-part="part-loading-line" />
      ))}
    </span>
  )
}
