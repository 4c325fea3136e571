/**
 * Keeps one broken part from taking the builder down: a render error inside a
 * row (a replacement component that throws, data no view expected) shows that
 * row's error state while every other row keeps working. It resets when the
 * part's data changes (an undo, a fix from the parent).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useBuilderStore, useMessages } from './context.ts'

/** Props of {@link PartErrorBoundary}. */
export interface PartErrorBoundaryProps {
  /** What to show instead of the part, given the error. */
  fallback: (error: unknown) => ReactNode
  /** The part's data: a new value clears the error and renders the part again. */
  resetKey: unknown
  children: ReactNode
}

interface PartErrorBoundaryState {
  error: { value: unknown } | undefined
  resetKey: unknown
}

/** An error boundary around one part of the builder. */
export class PartErrorBoundary extends Component<PartErrorBoundaryProps, PartErrorBoundaryState> {
  override state: PartErrorBoundaryState = { error: undefined, resetKey: this.props.resetKey }

  static getDerivedStateFromError(value: unknown): Partial<PartErrorBoundaryState> {
    return { error: { value } }
  }

  static getDerivedStateFromProps(
    props: PartErrorBoundaryProps,
    state: PartErrorBoundaryState,
  ): Partial<PartErrorBoundaryState> | null {
    return Object.is(props.resetKey, state.resetKey) ? null : { error: undefined, resetKey: props.resetKey }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Visible to the developer; the user sees the part's error state.
    console.error('segkit: a part of the builder could not render', error, info.componentStack)
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error.value) : this.props.children
  }
}

/** The error state of one row, in its place in the group's list. */
function RowError({ id }: { id: string }) {
  const m = useMessages()
  return (
    <li data-segkit-part="node-error" data-node-id={id} role="alert">
      {m.partUnreadable}
    </li>
  )
}

/** One row of a group behind its own error boundary (reset when the row's node changes). */
export function NodeErrorBoundary({ id, children }: { id: string; children: ReactNode }) {
  const node = useBuilderStore((s) => s.nodes.get(id))
  return (
    <PartErrorBoundary resetKey={node} fallback={() => <RowError id={id} />}>
      {children}
    </PartErrorBoundary>
  )
}
