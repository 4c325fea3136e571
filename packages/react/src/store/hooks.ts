/** Headless hooks over the builder's store, for custom UIs built on the same state. */
import type { Issue, Segment, SegmentNode } from '@segkit/core'
import { useBuilderStore } from '../context.ts'
import type { BuilderActions } from './builder-store.ts'

/** The current segment (re-renders on every change). */
export function useSegment(): Segment {
  return useBuilderStore((s) => s.segment)
}

/** One node by id (re-renders only when that node changes); undefined when absent. */
export function useNode(id: string): SegmentNode | undefined {
  return useBuilderStore((s) => s.nodes.get(id))
}

/** The store's actions (stable). */
export function useBuilderActions(): BuilderActions {
  return useBuilderStore((s) => s.actions)
}

/** Every validation issue of the segment (errors and warnings). */
export function useSegmentIssues(): readonly Issue[] {
  return useBuilderStore((s) => s.issues)
}

/** Undo / redo availability and actions. */
export function useHistory(): { canUndo: boolean; canRedo: boolean; undo: () => void; redo: () => void } {
  const canUndo = useBuilderStore((s) => s.past.length > 0)
  const canRedo = useBuilderStore((s) => s.future.length > 0)
  const actions = useBuilderActions()
  return { canUndo, canRedo, undo: actions.undo, redo: actions.redo }
}
