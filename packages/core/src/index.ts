/**
 * @segkit/core — the segment model, catalog, validation and JSON.
 * SQL lives in `@segkit/core/sql`, the evaluator in `@segkit/core/evaluate`,
 * fixtures in `@segkit/core/testing`, the JSON Schema in `@segkit/core/json-schema`.
 */

export * from './catalog/catalog-items.ts'
export * from './catalog/catalog-shape.ts'
export * from './catalog/index-catalog.ts'
export * from './catalog/schema.ts'
export * from './catalog/search-index.ts'
export * from './catalog/value-measure.ts'
export type * from './data/types.ts'
export * from './describe/index.ts'
export * from './errors.ts'
// The one binary search (the evaluator's), for consumers that window sorted offsets. `export *` (the
// module holds only `firstAfter`), like every line here: a named re-export would make esbuild's code
// splitting put every module of this entry in the chunk that imports one name (describe, in the builder's first load).
export * from './evaluate/search.ts'
export * from './i18n/index.ts'
export * from './json/index.ts'
export * from './model/conditions.ts'
export * from './model/event-ref.ts'
export * from './model/instant.ts'
export * from './model/limits.ts'
export * from './model/opaque-node.ts'
export * from './model/operator-schemas.ts'
export * from './model/operators.ts'
export * from './model/predicate.ts'
export * from './model/property-reference.ts'
export * from './model/segment.ts'
export * from './model/segment-schemas.ts'
export * from './model/text.ts'
export * from './model/time.ts'
export * from './model/time-schemas.ts'
export { isTimeZone } from './model/time-zone-name.ts'
export * from './ops/index.ts'
export * from './validate/index.ts'
