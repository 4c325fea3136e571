/** Validation: parsing untrusted segments and catalogs, and semantic checks. */
export { type ParseCatalogResult, parseCatalog } from './parse-catalog.ts'
export { type ParseSegmentOptions, type ParseSegmentResult, parseSegment } from './parse-segment.ts'
export { type SalvagedSegment, salvageSegment } from './salvage-segment.ts'
export { assertSegmentShape, checkSegmentShape, type ShapeOptions } from './segment-shape.ts'
export { requireValidSegment, type ValidateOptions, validateSegment } from './validate-segment.ts'
export { isDateValue, isDateValueShaped, isDuration, isDurationShaped } from './value-guards.ts'
