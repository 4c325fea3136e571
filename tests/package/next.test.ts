// @vitest-environment node
/**
 * The installed tarballs in a Next.js App Router app (`apps/next`): `next build`, then `next start`
 * on a loopback port. A Server Component describes a segment and renders a read-only builder, a
 * Client Component of the app renders the editable builder with drag and drop, a route handler
 * compiles SQL. The page is fetched as server-rendered HTML, then opened in Chromium: it hydrates
 * without a warning and the builder responds to a click.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../e2e/browser.ts'
import { consumer, run } from './consumer.ts'

const appDir = path.join(consumer().dir, 'next')
const next = path.join(consumer().dir, 'node_modules/next/dist/bin/next')
let server: ChildProcess | undefined
let url = ''
let buildOutput = ''

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })

beforeAll(async () => {
  const built = run(process.execPath, [next, 'build'], appDir)
  buildOutput = built.stdout + built.stderr
  if (built.status !== 0) throw new Error(`next build failed:\n${buildOutput}`)
  const port = await freePort()
  url = `http://127.0.0.1:${port}`
  const started = spawn(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: appDir,
    env: { ...process.env, NODE_OPTIONS: '', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server = started
  await new Promise<void>((resolve, reject) => {
    let log = ''
    const timer = setTimeout(() => reject(new Error(`next start did not get ready:\n${log}`)), 30_000)
    const onData = (chunk: Buffer) => {
      log += chunk.toString()
      if (/Ready in|started server/i.test(log)) {
        clearTimeout(timer)
        resolve()
      }
    }
    started.stdout?.on('data', onData)
    started.stderr?.on('data', onData)
    started.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`next start exited with ${code}:\n${log}`))
    })
  })
}, 240_000)

afterAll(() => {
  server?.kill('SIGTERM')
})

describe('the installed packages in a Next.js App Router app', () => {
  it('builds with next build and no warning about the packages', () => {
    expect(buildOutput).toMatch(/Compiled successfully/)
    expect(buildOutput).not.toMatch(/@segkit|Module not found|Critical dependency/)
  })

  it('renders the page on the server: the description from core and both builders in the HTML', async () => {
    const response = await fetch(url)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('data-segkit-root')
    expect(html.match(/data-segkit-root/g)?.length).toBe(2)
    expect(html).toMatch(/data-testid="description">Users who/)
    expect(html).toContain('data-testid="issues">0<!-- --> issues')
  })

  it('answers a route handler with SQL compiled on the server', async () => {
    const response = await fetch(`${url}/api/sql`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { sql: string; params: unknown[] }
    expect(body.sql).toMatch(/^SELECT /)
    expect(Array.isArray(body.params)).toBe(true)
  })

  it('hydrates in Chromium without a warning, and the builder then responds to a click', async () => {
    let browser: Browser | undefined
    try {
      browser = await launchBrowser()
      const page = await browser.newPage()
      const messages: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`)
      })
      page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`))
      page.on('response', (r) => {
        if (r.status() >= 400) messages.push(`${r.status()}: ${r.url()}`)
      })
      await page.goto(url)
      const builder = page.getByRole('region', { name: 'Segment builder' })
      const before = Number(await page.getByTestId('conditions').textContent())
      // "+ Add condition" opens the search; the kind menu beside it adds a tag condition at once.
      await builder.getByRole('button', { name: 'Add by kind' }).first().click()
      await page.getByRole('menuitem', { name: 'Tag' }).click()
      await expect.poll(async () => Number(await page.getByTestId('conditions').textContent())).toBe(before + 1)
      expect(messages).toEqual([])
    } finally {
      await browser?.close()
    }
  })
})
