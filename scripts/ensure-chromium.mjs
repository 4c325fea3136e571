// Installs Debian's Chromium for the browser tests when it is missing (needs root, as on CI).
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const CHROMIUM = process.env.SEGKIT_CHROMIUM ?? '/usr/bin/chromium'

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return
  console.log(`[segkit] ${CHROMIUM} is missing: installing Debian's chromium with apt-get`)
  const sudo = process.getuid && process.getuid() !== 0 ? 'sudo ' : ''
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
    stdio: 'inherit',
  })
  if (!existsSync(CHROMIUM)) throw new Error(`chromium is still missing at ${CHROMIUM}`)
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium()
