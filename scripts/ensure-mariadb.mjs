// Installs Debian's MariaDB server for the engine and fuzz tests when `mariadbd` is missing (needs root,
// as on CI). The tests start their own private server (tests/sql/mariadb.ts); nothing is left running.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CANDIDATES = ['/usr/sbin/mariadbd', '/usr/bin/mariadbd', '/usr/local/bin/mariadbd']

/** The mariadbd binary, or undefined. */
export function findMariadbd() {
  if (process.env.SEGKIT_MARIADBD) return process.env.SEGKIT_MARIADBD
  return CANDIDATES.find((p) => existsSync(p))
}

export function ensureMariadb() {
  if (findMariadbd()) return
  console.log("[segkit] mariadbd is missing: installing Debian's mariadb-server with apt-get")
  const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : ''
  execSync(
    `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server`,
    { stdio: 'inherit' },
  )
  if (!findMariadbd()) throw new Error('mariadbd is still missing after installing mariadb-server')
}

if (import.meta.url === `file://${process.argv[1]}`) ensureMariadb()
