/**
 * Which saved segments refer to a given segment through "in segment" conditions (core's
 * `referencedSegments`), so that deleting a saved segment never silently breaks another one.
 */
import { referencedSegments, type Segment } from '@segkit/core'

/** The segments among `segments` (other than `id` itself) with a condition on segment `id`. */
export function segmentsReferring(segments: readonly Segment[], id: string): Segment[] {
  return segments.filter((s) => s.id !== id && referencedSegments(s.root).includes(id))
}
