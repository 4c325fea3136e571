/**
 * Loads a catalog's default schema and a dataset into one of the test engines,
 * and runs a compiled segment there, returning the member ids.
 */
import type { Catalog, SegmentData } from '../../packages/core/src/index.ts'
import { createSchemaSql, datasetToRows, insertStatements, type SqlQuery } from '../../packages/core/src/sql/index.ts'
import type { Engine } from './engines.ts'

/** Creates the default schema's tables in the engine and inserts the dataset. */
export async function loadDataset(engine: Engine, catalog: Catalog, data: SegmentData): Promise<void> {
  for (const statement of createSchemaSql(catalog, engine.name)) await engine.exec(statement)
  for (const { sql, params } of insertStatements(datasetToRows(data, catalog), engine.name)) {
    await engine.query(sql, params)
  }
}

/** Runs a `toSql` query and returns the ids it selects, sorted by code unit. */
export async function memberIds(engine: Engine, query: SqlQuery): Promise<string[]> {
  const rows = await engine.query(query.sql, query.params)
  return rows.map((r) => String(r.id)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
