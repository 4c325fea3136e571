/**
 * Versioned JSON: writing segments, migrations. The JSON Schema is its own entry,
 * `@segkit/core/json-schema`: generating it takes zod's JSON Schema code (~6 kB gzip).
 */

export {
  type Json,
  type MigrationContext,
  type MigrationResult,
  migrateSegmentJson,
  SEGMENT_MIGRATIONS,
  type SegmentMigration,
} from './migrations.ts'
export { serializeSegment, toSegmentJson } from './serialize.ts'
