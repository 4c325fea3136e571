/**
 * What the builder does with the props it cannot trust: a `value` that may not
 * be a segment (read from storage, a form library, `any`-typed code) and a
 * `catalog` that may not be a catalog. Core's shape checks decide, without zod
 * (the builder's bundle carries no zod): a value with broken parts keeps each
 * broken part as an opaque node with its reason (`salvageSegment`), so the rest
 * stays editable; a catalog that cannot be read becomes an empty one, with why.
 */
import { type Catalog, checkCatalogShape, type Issue, type Segment, salvageSegment } from '@segkit/core'

const NO_ISSUES: readonly Issue[] = Object.freeze([])

/** A value as the builder can show it: the segment (absent when nothing of it is usable) and what was wrong. */
export interface ReadValue {
  segment: Segment | undefined
  /** Issues of the parts kept as opaque nodes, or why nothing could be shown. */
  issues: readonly Issue[]
}

/** Reads a `value` / `defaultValue` prop: as it is when its shape is sound, else what `salvageSegment` keeps. */
export function readValue(value: unknown): ReadValue {
  const read = salvageSegment(value)
  return { segment: read.segment, issues: read.issues.length === 0 ? NO_ISSUES : read.issues }
}

/** A catalog as the builder can use it: the catalog, or an empty one and why. */
export interface ReadCatalog {
  catalog: Catalog
  /** Empty when the catalog is usable. */
  issues: readonly Issue[]
}

const EMPTY_CATALOG: Catalog = { entities: [], events: [] }

/** Reads the `catalog` prop; one that is not shaped like a catalog becomes an empty catalog with the shape issues. */
export function readCatalog(catalog: unknown): ReadCatalog {
  const issues = checkCatalogShape(catalog)
  return issues.length === 0 ? { catalog: catalog as Catalog, issues: NO_ISSUES } : { catalog: EMPTY_CATALOG, issues }
}
