/**
 * What the builder does with the props it cannot trust: a `value` that may not
 * be a segment (read from storage, a form library, `any`-typed code) and a
 * `catalog` that may not be a catalog. Core's cheap shape check decides; a
 * value with broken parts is read with `parseSegment`, which keeps each broken
 * part as an opaque node with its reason, so the rest stays editable.
 */
import { type Catalog, checkSegmentShape, type Issue, parseCatalog, parseSegment, type Segment } from '@segkit/core'

const NO_ISSUES: readonly Issue[] = Object.freeze([])

/** A value as the builder can show it: the segment (absent when nothing of it is usable) and what was wrong. */
export interface ReadValue {
  segment: Segment | undefined
  /** Issues of the parts kept as opaque nodes, or why nothing could be shown. */
  issues: readonly Issue[]
}

/** Reads a `value` / `defaultValue` prop: as it is when its shape is sound, else through `parseSegment`. */
export function readValue(value: unknown): ReadValue {
  const shape = checkSegmentShape(value)
  if (!shape.some((i) => i.severity === 'error')) return { segment: value as Segment, issues: NO_ISSUES }
  const parsed = parseSegment(value)
  return { segment: parsed.segment, issues: parsed.issues }
}

/** A catalog as the builder can use it: the catalog, or an empty one and why. */
export interface ReadCatalog {
  catalog: Catalog
  /** Empty when the catalog is usable. */
  issues: readonly Issue[]
}

const EMPTY_CATALOG: Catalog = { entities: [], events: [] }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The fields every part of the builder reads without checking (a full `parseCatalog` per render would be costly). */
function looksLikeCatalog(value: unknown): value is Catalog {
  if (!isRecord(value) || !Array.isArray(value.entities) || !Array.isArray(value.events)) return false
  const entities = value.entities as unknown[]
  const events = value.events as unknown[]
  return (
    entities.every((e) => isRecord(e) && typeof e.id === 'string' && Array.isArray(e.properties)) &&
    events.every((e) => isRecord(e) && typeof e.id === 'string')
  )
}

/** Reads the `catalog` prop; one that is not a catalog becomes an empty catalog with `parseCatalog`'s issues. */
export function readCatalog(catalog: unknown): ReadCatalog {
  if (looksLikeCatalog(catalog)) return { catalog, issues: NO_ISSUES }
  const parsed = parseCatalog(catalog)
  return parsed.ok ? { catalog: parsed.catalog, issues: NO_ISSUES } : { catalog: EMPTY_CATALOG, issues: parsed.issues }
}
