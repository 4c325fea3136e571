/** @segkit/core/sql — segments as SQL for nine dialects (or one of your own), and the default schema. */

export { checkMapping } from './check-mapping.ts'
export type { BuiltinDialectName, ColumnKind, Dialect, DialectName, SqlScalarType } from './dialect.ts'
export { DIALECTS, isDialectName } from './dialects/index.ts'
export {
  ident,
  param,
  type RenderedSql,
  raw,
  renderSql,
  type SqlChunk,
  SqlFragment,
  SqlIdentifier,
  type SqlInterpolation,
  SqlParameter,
  type SqlValue,
  sql,
} from './fragment.ts'
export { MAX_SQL_TIME_MS } from './literal.ts'
export {
  defaultEntityTable,
  defaultMapping,
  type EntityMapping,
  type EventColumnType,
  type EventPropertyColumn,
  type EventsMapping,
  type EventTableMapping,
  type SqlMapping,
  type TableMapping,
} from './mapping.ts'
export {
  type Ga4PresetOptions,
  ga4Mapping,
  type PosthogPresetOptions,
  posthogMapping,
  rudderstackMapping,
  segmentMapping,
  type WarehousePresetOptions,
  warehouseName,
} from './presets.ts'
export { LIST_PARAMETER_THRESHOLD } from './property.ts'
export {
  createSchemaSql,
  datasetToRows,
  type InsertDialect,
  insertStatements,
  type RowValue,
  type TableRows,
} from './schema.ts'
export { type SqlQuery, type ToSqlOptions, toSql, toSqlPredicate } from './to-sql.ts'
