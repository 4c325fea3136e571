/** Versioned JSON: writing segments, migrations, JSON Schema. */

export { segmentJsonSchema } from './json-schema.ts'
export { type MigrationResult, migrateSegmentJson, SEGMENT_MIGRATIONS, type SegmentMigration } from './migrations.ts'
export { serializeSegment, toSegmentJson } from './serialize.ts'
