/**
 * A private MariaDB server for tests: a fresh datadir in a temp folder (`mariadb-install-db`),
 * `mariadbd --no-defaults` on a loopback port and a socket inside that folder, connected with the
 * `mariadb` driver; `close()` stops the server by its pid and removes the folder. One server per
 * test file (~2–4 s to start). `sqlMode` sets the session's `sql_mode` (e.g. NO_BACKSLASH_ESCAPES);
 * `timeZones` loads the time-zone tables (`mariadb-tzinfo-to-sql /usr/share/zoneinfo`) for `CONVERT_TZ`.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createConnection } from 'mariadb'
import type { Catalog, SegmentData } from '../../packages/core/src/index.ts'
import { createSchemaSql, datasetToRows, insertStatements } from '../../packages/core/src/sql/index.ts'
import { findMariadbd } from '../../scripts/ensure-mariadb.mjs'
import type { SqlParams } from '../engines/engines.ts'

export interface MariadbEngine {
  readonly name: 'mariadb'
  exec(sql: string): Promise<void>
  query(sql: string, params?: SqlParams): Promise<Record<string, unknown>[]>
  close(): Promise<void>
}

/** Whether a MariaDB server binary is installed (scripts/ensure-mariadb.mjs installs one). */
export const hasMariadb = (): boolean => findMariadbd() !== undefined

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Starts a private server and connects to it. */
export async function openMariadb(options: { sqlMode?: string; timeZones?: boolean } = {}): Promise<MariadbEngine> {
  const mariadbd = findMariadbd()
  if (!mariadbd) throw new Error('mariadbd is not installed: run node scripts/ensure-mariadb.mjs')
  const dir = mkdtempSync(path.join(tmpdir(), 'segkit-mariadb-'))
  const datadir = path.join(dir, 'data')
  const socket = path.join(dir, 's.sock')
  const asRoot = process.getuid?.() === 0
  const user = asRoot ? ['--user=root'] : []
  execFileSync(
    'mariadb-install-db',
    ['--no-defaults', ...user, `--datadir=${datadir}`, '--auth-root-authentication-method=normal', '--skip-test-db'],
    { stdio: 'ignore' },
  )
  const port = await freePort()
  const child: ChildProcess = spawn(
    mariadbd,
    [
      '--no-defaults',
      ...user,
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      `--pid-file=${path.join(dir, 'pid')}`,
      '--skip-name-resolve',
      '--innodb-buffer-pool-size=16M',
      '--skip-log-bin',
      '--character-set-server=utf8mb4',
      '--collation-server=utf8mb4_nopad_bin',
    ],
    { stdio: 'ignore' },
  )
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) child.kill('SIGTERM')
  }
  let connection: Awaited<ReturnType<typeof createConnection>> | undefined
  for (let attempt = 0; attempt < 150 && !connection; attempt++) {
    if (child.exitCode !== null) break
    if (existsSync(socket)) {
      try {
        connection = await createConnection({ socketPath: socket, user: 'root', multipleStatements: true })
      } catch {
        // not ready yet
      }
    }
    if (!connection) await sleep(200)
  }
  if (!connection) {
    stop()
    rmSync(dir, { recursive: true, force: true })
    throw new Error('MariaDB did not start')
  }
  const conn = connection
  if (options.timeZones) {
    const tables = execFileSync('mariadb-tzinfo-to-sql', ['/usr/share/zoneinfo'], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    await conn.query(`USE mysql; ${tables}`)
  }
  await conn.query('CREATE DATABASE segkit CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin')
  await conn.query('USE segkit')
  await conn.query("SET time_zone = '+00:00'")
  if (options.sqlMode !== undefined) await conn.query(`SET SESSION sql_mode = ${conn.escape(options.sqlMode)}`)
  const positional = (params: SqlParams | undefined): unknown[] => {
    if (params === undefined) return []
    if (Array.isArray(params)) return [...params]
    throw new Error('MariaDB takes positional parameters')
  }
  return {
    name: 'mariadb',
    exec: async (sql) => {
      await conn.query(sql)
    },
    // `execute`: the binary protocol, so the values never pass through the driver's own escaping.
    query: async (sql, params) => {
      const rows = (await conn.execute({ sql, bigIntAsNumber: true, decimalAsNumber: true }, positional(params))) as
        | Record<string, unknown>[]
        | { affectedRows: number }
      return Array.isArray(rows) ? rows.map((r) => ({ ...r })) : []
    },
    close: async () => {
      await conn.end().catch(() => undefined)
      stop()
      for (let i = 0; i < 50 && child.exitCode === null; i++) await sleep(100)
      if (child.exitCode === null) child.kill('SIGKILL')
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Starts a private server and loads the catalog's default schema (the `mariadb` DDL) with the dataset. */
export async function openMariadbWith(catalog: Catalog, data: SegmentData): Promise<MariadbEngine> {
  const maria = await openMariadb()
  for (const statement of createSchemaSql(catalog, 'mariadb')) await maria.exec(statement)
  for (const { sql, params } of insertStatements(datasetToRows(data, catalog), 'mariadb'))
    await maria.query(sql, params)
  return maria
}
