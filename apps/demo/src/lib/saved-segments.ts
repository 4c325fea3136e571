/**
 * Saved segments in localStorage, read back through `parseSegment` (never
 * trusted), and the catalog that offers them as segment-reference targets.
 */
import { type Catalog, parseSegment, type Segment, toSegmentJson } from '@segkit/core'

const STORAGE_KEY = 'segkit-demo:saved-segments'

/** Segments saved in this browser; entries that no longer parse are dropped. */
export function loadSavedSegments(): Segment[] {
  try {
    const raw = localStorage.getItem(STORAGE_KEY)
    if (!raw) return []
    const list: unknown = JSON.parse(raw)
    if (!Array.isArray(list)) return []
    return list.flatMap((item) => {
      const parsed = parseSegment(item)
      return parsed.segment ? [parsed.segment] : []
    })
  } catch {
    return []
  }
}

export function storeSavedSegments(segments: readonly Segment[]): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(segments.map((s) => toSegmentJson(s))))
}

/** Adds or replaces (same id) a saved segment. */
export function upsertSegment(segments: readonly Segment[], segment: Segment): Segment[] {
  const at = segments.findIndex((s) => s.id === segment.id)
  if (at < 0) return [...segments, segment]
  return segments.map((s, i) => (i === at ? segment : s))
}

/**
 * The catalog with the saved segments added to its `segments`, so that the
 * builder, the evaluator and SQL can reference them. `exceptId` (the segment
 * being edited) is left out: a segment cannot contain itself.
 */
export function catalogWithSaved(base: Catalog, saved: readonly Segment[], exceptId?: string): Catalog {
  const known = new Set((base.segments ?? []).map((s) => s.id))
  const extra = saved
    .filter((s) => s.id !== exceptId && !known.has(s.id))
    .map((s) => ({ id: s.id, label: s.name, description: s.description, definition: s }))
  return { ...base, segments: [...(base.segments ?? []), ...extra] }
}
