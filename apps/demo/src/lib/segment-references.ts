/**
 * Which segments refer to a given segment through "in segment" conditions, so
 * that deleting a saved segment never silently breaks another one. The walk
 * reads the segment's JSON form, so conditions nested anywhere (groups,
 * related-entity groups, opaque nodes kept from an import) are seen.
 */
import { type Segment, toSegmentJson } from '@segkit/core'

function refersTo(value: unknown, id: string): boolean {
  if (Array.isArray(value)) return value.some((item) => refersTo(item, id))
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  if (record.kind === 'segment' && record.segment === id) return true
  return Object.values(record).some((child) => refersTo(child, id))
}

/** The segments among `segments` (other than `id` itself) with a condition on segment `id`. */
export function segmentsReferring(segments: readonly Segment[], id: string): Segment[] {
  return segments.filter((s) => s.id !== id && refersTo(toSegmentJson(s), id))
}
