/**
 * The three real SQL engines the tests run segkit's SQL on, behind one small
 * interface: PostgreSQL (PGlite), DuckDB (@duckdb/node-api) and SQLite (sql.js).
 * Each runs in-process and in memory.
 */

import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api'
import { PGlite } from '@electric-sql/pglite'
import initSqlJs, { type SqlValue } from 'sql.js'

export type EngineName = 'postgres' | 'duckdb' | 'sqlite'

export type SqlParams = readonly unknown[] | Readonly<Record<string, unknown>>

export interface Engine {
  readonly name: EngineName
  /** Runs one or more statements without results (DDL, batches). */
  exec(sql: string): Promise<void>
  /** Runs one statement with parameters and returns its rows as objects. */
  query(sql: string, params?: SqlParams): Promise<Record<string, unknown>[]>
  close(): Promise<void>
}

function positional(params: SqlParams | undefined): unknown[] {
  if (params === undefined) return []
  if (Array.isArray(params)) return [...params]
  throw new Error('this engine takes positional parameters')
}

export async function openPglite(): Promise<Engine> {
  const db = await PGlite.create()
  return {
    name: 'postgres',
    exec: async (sql) => {
      await db.exec(sql)
    },
    query: async (sql, params) => (await db.query<Record<string, unknown>>(sql, positional(params))).rows,
    close: () => db.close(),
  }
}

export async function openDuckdb(): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:')
  const connection = await instance.connect()
  return {
    name: 'duckdb',
    exec: async (sql) => {
      await connection.run(sql)
    },
    query: async (sql, params) => {
      const values =
        params === undefined
          ? undefined
          : Array.isArray(params)
            ? (params as DuckDBValue[])
            : (params as Record<string, DuckDBValue>)
      const reader = await connection.runAndReadAll(sql, values)
      return reader.getRowObjectsJS() as Record<string, unknown>[]
    },
    close: async () => {
      connection.closeSync()
      instance.closeSync()
    },
  }
}

export async function openSqlite(): Promise<Engine> {
  const SQL = await initSqlJs()
  const db = new SQL.Database()
  return {
    name: 'sqlite',
    exec: async (sql) => {
      db.exec(sql)
    },
    query: async (sql, params) => {
      const statement = db.prepare(sql)
      try {
        statement.bind(positional(params) as SqlValue[])
        const rows: Record<string, unknown>[] = []
        while (statement.step()) rows.push(statement.getAsObject())
        return rows
      } finally {
        statement.free()
      }
    },
    close: async () => {
      db.close()
    },
  }
}

export const ENGINE_OPENERS: Readonly<Record<EngineName, () => Promise<Engine>>> = {
  postgres: openPglite,
  duckdb: openDuckdb,
  sqlite: openSqlite,
}
