/**
 * Loads a dataset into PostgreSQL (PGlite) in the default schema of
 * `@segkit/core/sql`: tables, a COPY per table (CSV through PGlite's
 * `/dev/blob`), then the indexes and ANALYZE.
 */
import type { PGlite } from '@electric-sql/pglite'
import type { Catalog, SegmentData } from '@segkit/core'
import { createSchemaSql, datasetToRows } from '@segkit/core/sql'
import { toCsv } from './csv.ts'

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** `onTable` reports each table before it is copied (for progress). */
export async function loadIntoPostgres(
  pg: PGlite,
  data: SegmentData,
  catalog: Catalog,
  onTable?: (table: string, rows: number, rowsDone: number, rowsTotal: number) => void,
): Promise<void> {
  // Tables first, indexes after the bulk load (building them once is faster than maintaining them per row).
  const schema = createSchemaSql(catalog, 'postgres')
  const isIndex = (statement: string) => statement.startsWith('CREATE INDEX')
  for (const statement of schema.filter((s) => !isIndex(s))) await pg.exec(statement)
  const tables = datasetToRows(data, catalog)
  const total = tables.reduce((n, t) => n + t.rows.length, 0)
  let done = 0
  for (const table of tables) {
    onTable?.(table.table, table.rows.length, done, total)
    if (table.rows.length > 0) {
      const blob = new Blob([toCsv(table.rows)], { type: 'text/csv' })
      await pg.query(
        `COPY ${quote(table.table)} (${table.columns.map(quote).join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`,
        [],
        { blob },
      )
    }
    done += table.rows.length
  }
  for (const statement of schema.filter(isIndex)) await pg.exec(statement)
  await pg.exec('ANALYZE')
}
