/** @segkit/core/sql — segments as SQL for seven dialects, and the default schema. */

export { checkMapping } from './check-mapping.ts'
export { DIALECTS, type Dialect, type DialectName } from './dialect.ts'
export {
  defaultEntityTable,
  defaultMapping,
  type EntityMapping,
  type SqlMapping,
  type TableMapping,
} from './mapping.ts'
export {
  createSchemaSql,
  datasetToRows,
  type InsertDialect,
  insertStatements,
  type RowValue,
  type TableRows,
} from './schema.ts'
export { type SqlQuery, type ToSqlOptions, toSql, toSqlPredicate } from './to-sql.ts'
