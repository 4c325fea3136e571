/**
 * The PGlite worker: PostgreSQL compiled to WebAssembly, loaded with the same
 * seeded dataset as the evaluator worker (default schema of `@segkit/core/sql`,
 * bulk-loaded with COPY), then runs the SQL that `toSql` writes.
 */
import { PGlite } from '@electric-sql/pglite'
import { createSchemaSql, datasetToRows } from '@segkit/core/sql'
import { generateDataset } from '@segkit/core/testing'
import { toCsv } from '../lib/csv.ts'
import { DATASET_SEED, type SqlAnswer, type SqlRequest } from './protocol.ts'
import { serveRequests } from './serve-requests.ts'

let db: PGlite | undefined

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

serveRequests<SqlRequest, SqlAnswer>(
  async (request, context) => {
    switch (request.type) {
      case 'load': {
        const start = performance.now()
        await db?.close()
        db = undefined
        context.progress(0.05, 'Starting PostgreSQL (PGlite)…')
        const pg = await PGlite.create()
        context.progress(0.2, `Generating ${request.size.toLocaleString('en-US')} users…`)
        await context.yieldToMessages()
        const data = generateDataset({ users: request.size, seed: DATASET_SEED })
        // Tables first, indexes after the bulk load (building them once is faster than maintaining them per row).
        const schema = createSchemaSql(request.catalog, 'postgres')
        const isIndex = (statement: string) => statement.startsWith('CREATE INDEX')
        for (const statement of schema.filter((s) => !isIndex(s))) await pg.exec(statement)
        const tables = datasetToRows(data, request.catalog)
        const total = tables.reduce((n, t) => n + t.rows.length, 0)
        let done = 0
        for (const table of tables) {
          context.progress(
            0.25 + 0.7 * (done / total),
            `Loading ${table.table} (${table.rows.length.toLocaleString('en-US')} rows)…`,
          )
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
        context.progress(0.95, 'Indexing and analyzing tables…')
        for (const statement of schema.filter(isIndex)) await pg.exec(statement)
        await pg.exec('ANALYZE')
        db = pg
        return { type: 'loaded', ms: performance.now() - start }
      }
      case 'query': {
        if (!db) throw new Error('PGlite is not loaded yet')
        const start = performance.now()
        const result = await db.query<{ id: string }>(request.sql, request.params)
        return { type: 'query', ids: result.rows.map((r) => String(r.id)), ms: performance.now() - start }
      }
      default: {
        request satisfies never
        throw new Error('Unknown request')
      }
    }
  },
  ['load', 'query'],
)
