// @vitest-environment node
/**
 * @segkit/react on React 18: a page bundled with `react` and `react-dom` aliased
 * to React 18.3 (every import, dependencies included), driven in Chromium. The page is
 * bundled inside a consumer project that installed the packed tarballs (tests/package's
 * `installConsumer`), so it runs what npm users get, not the workspace sources.
 */
import { cpSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import type { Browser, Page } from 'playwright-core'
import { build, type PreviewServer, preview } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../e2e/browser.ts'
import { installConsumer } from '../package/global-setup.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const outDir = path.resolve(here, '../../test-results/react18-page')
const require = createRequire(import.meta.url)
const react18 = path.dirname(require.resolve('react-18/package.json'))
const reactDom18 = path.dirname(require.resolve('react-dom-18/package.json'))

let pageDir: string
let removeConsumer: (() => void) | undefined
let server: PreviewServer
let browser: Browser
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  const installed = installConsumer()
  removeConsumer = installed.remove
  // The page inside the consumer: its @segkit/* imports resolve to the installed tarballs.
  pageDir = path.join(installed.consumer.dir, 'react18-page')
  cpSync(path.join(here, 'page'), pageDir, { recursive: true })
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({
      configFile: false,
      root: pageDir,
      mode: 'production',
      logLevel: 'warn',
      plugins: [react()],
      resolve: {
        // No `@segkit/source`: the packages' published `import` entries (dist), as a user's bundler sees them.
        conditions: ['module', 'browser', 'production'],
        alias: [
          { find: /^react$/, replacement: path.join(react18, 'index.js') },
          { find: /^react\/(.*)$/, replacement: `${react18}/$1` },
          { find: /^react-dom$/, replacement: path.join(reactDom18, 'index.js') },
          { find: /^react-dom\/(.*)$/, replacement: `${reactDom18}/$1` },
        ],
      },
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
    })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  server = await preview({
    configFile: false,
    root: pageDir,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  })
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  page.on('pageerror', (e) => pageErrors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text())
  })
  await page.goto(server.resolvedUrls?.local[0] ?? '')
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  removeConsumer?.()
})

const segmentJson = async () => JSON.parse((await page.getByTestId('json').textContent()) ?? '{}')

describe('the builder on React 18', () => {
  it('runs on React 18.3 and renders every preset segment without an error', async () => {
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('React 18.3.1')
    await page.getByRole('region', { name: 'Lapsed big spenders with consent' }).waitFor()
    expect(await page.locator('[data-segkit-root]').count()).toBeGreaterThanOrEqual(10)
    // Not preloaded here: the sequence editors of the presets come with the later chunk (React 18's lazy),
    // their placeholders give way to them.
    await expect.poll(() => page.locator('[data-segkit-part="part-loading"]').count()).toBe(0)
    expect(await page.locator('[data-segkit-part="sequence-condition"]').count()).toBeGreaterThan(0)
    expect(pageErrors).toEqual([])
  })

  it('builds a condition with the mouse, reports it through onChange and updates the preview', async () => {
    const builder = page.getByRole('region', { name: 'Segment builder' })
    // One search adds anything: the property is picked in the add dialog itself.
    await builder.getByRole('button', { name: 'Add condition' }).click()
    const add = page.getByRole('dialog', { name: 'Add a condition' })
    await add.getByRole('combobox').fill('Age')
    await add.getByRole('option', { name: /^Age/ }).first().click()
    await builder.getByRole('combobox', { name: 'Operator' }).selectOption({ label: 'greater than' })
    await builder.getByRole('spinbutton', { name: 'Value' }).fill('40')
    await expect
      .poll(async () => (await segmentJson()).root.children[0])
      .toMatchObject({ kind: 'property', property: 'age', operator: 'gt', value: 40 })
    await builder.getByText('1 match', { exact: true }).waitFor()
    expect(pageErrors).toEqual([])
  })

  it('undoes the last edit with the keyboard, and the rest with the Undo button', async () => {
    const builder = page.getByRole('region', { name: 'Segment builder' })
    await builder.getByRole('spinbutton', { name: 'Value' }).focus()
    await page.keyboard.press('Control+z')
    await expect.poll(async () => (await segmentJson()).root.children[0]?.value).not.toBe(40)
    const undo = builder.getByRole('button', { name: 'Undo' })
    for (let i = 0; i < 6 && (await segmentJson()).root.children.length > 0; i++) await undo.click()
    expect((await segmentJson()).root.children).toEqual([])
    expect(pageErrors).toEqual([])
  })

  it('moves a condition by keyboard drag and drop (dnd-kit through @segkit/react/dnd)', async () => {
    const builder = page.getByRole('region', { name: 'Segment builder' })
    for (const item of ['Beta testers', 'Whale']) {
      await builder.getByRole('button', { name: 'Add condition' }).click()
      const add = page.getByRole('dialog', { name: 'Add a condition' })
      await add.getByRole('combobox').fill(item)
      await add
        .getByRole('option', { name: new RegExp(`^${item}`) })
        .first()
        .click()
    }
    await expect
      .poll(async () => (await segmentJson()).root.children.map((c: { kind: string }) => c.kind))
      .toEqual(['list', 'tag'])
    const second = builder.locator('[data-segkit-part="node"]').nth(1)
    // dnd-kit's live regions (one per builder on the page) say what the lifted row is over.
    const announcement = {
      textContent: () =>
        page.evaluate(() =>
          [...document.querySelectorAll('[id^="DndLiveRegion"]')].map((r) => r.textContent).join(' '),
        ),
    }
    await second.getByRole('button', { name: "Move 'tagged Whale'" }).focus()
    await page.keyboard.press('Space')
    await expect.poll(() => announcement.textContent()).toContain("Picked up 'tagged Whale'.")
    // One place up: before the list condition (wait for dnd-kit to say so before dropping).
    await page.keyboard.press('ArrowUp')
    await expect
      .poll(() => announcement.textContent())
      .toContain("'tagged Whale' would move to position 1 of group 'All of'.")
    await page.keyboard.press('Space')
    await expect
      .poll(() => announcement.textContent())
      .toContain("Moved 'tagged Whale' to position 1 of group 'All of'.")
    await expect
      .poll(async () => (await segmentJson()).root.children.map((c: { kind: string }) => c.kind))
      .toEqual(['tag', 'list'])
    expect(pageErrors).toEqual([])
  })
})
