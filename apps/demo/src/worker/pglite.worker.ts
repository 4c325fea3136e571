/**
 * The PGlite worker: PostgreSQL compiled to WebAssembly, loaded with the same
 * seeded dataset as the evaluator worker, then runs the SQL that `toSql` writes.
 */
import { PGlite } from '@electric-sql/pglite'
import { generateDataset } from '@segkit/core/testing'
import { loadIntoPostgres } from '../lib/load-postgres.ts'
import { DATASET_SEED, type SqlAnswer, type SqlRequest } from './protocol.ts'
import { serveRequests } from './serve-requests.ts'

let db: PGlite | undefined

const fmt = new Intl.NumberFormat('en-US')

serveRequests<SqlRequest, SqlAnswer>(
  async (request, context) => {
    switch (request.type) {
      case 'load': {
        const start = performance.now()
        await db?.close()
        db = undefined
        context.progress(0.05, 'Starting PostgreSQL (PGlite)…')
        const pg = await PGlite.create()
        context.progress(0.2, `Generating ${fmt.format(request.size)} users…`)
        await context.yieldToMessages()
        const data = generateDataset({ users: request.size, seed: DATASET_SEED })
        await loadIntoPostgres(pg, data, request.catalog, (table, rows, done, total) =>
          context.progress(0.25 + 0.7 * (done / total), `Loading ${table} (${fmt.format(rows)} rows)…`),
        )
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
