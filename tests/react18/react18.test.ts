// @vitest-environment node
/**
 * @segkit/react on React 18: a page bundled with `react` and `react-dom` aliased
 * to React 18.3 (every import, dependencies included), driven in Chromium.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import type { Browser, Page } from 'playwright-core'
import { build, type PreviewServer, preview } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../e2e/browser.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const pageDir = path.join(here, 'page')
const outDir = path.resolve(here, '../../test-results/react18-page')
const require = createRequire(import.meta.url)
const react18 = path.dirname(require.resolve('react-18/package.json'))
const reactDom18 = path.dirname(require.resolve('react-dom-18/package.json'))
const packages = path.resolve(here, '../../packages')

let server: PreviewServer
let browser: Browser
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
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
        conditions: ['@segkit/source', 'module', 'browser', 'production'],
        alias: [
          // tests/ is not a workspace package: point the page's own imports at the sources, as the demo resolves them.
          { find: /^@segkit\/core$/, replacement: path.join(packages, 'core/src/index.ts') },
          { find: /^@segkit\/core\/testing$/, replacement: path.join(packages, 'core/src/testing/index.ts') },
          { find: /^@segkit\/react$/, replacement: path.join(packages, 'react/src/index.ts') },
          { find: /^@segkit\/react\/dnd$/, replacement: path.join(packages, 'react/src/dnd/index.ts') },
          { find: /^@segkit\/react\/styles\.css$/, replacement: path.join(packages, 'react/src/styles.css') },
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
})

/** The end of the first builder's root group, where "+ Add condition" and "Add by kind" are. */
const footer = () =>
  page
    .getByRole('region', { name: 'Segment builder' })
    .locator('[data-group-id] > [data-segkit-part="group-footer"]')
    .first()

const segmentJson = async () => JSON.parse((await page.getByTestId('json').textContent()) ?? '{}')

describe('the builder on React 18', () => {
  it('runs on React 18.3 and renders every preset segment without an error', async () => {
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('React 18.3.1')
    await page.getByRole('region', { name: 'Lapsed big spenders with consent' }).waitFor()
    expect(await page.locator('[data-segkit-root]').count()).toBeGreaterThanOrEqual(10)
    expect(pageErrors).toEqual([])
  })

  it('builds a condition with the mouse, reports it through onChange and updates the preview', async () => {
    const builder = page.getByRole('region', { name: 'Segment builder' })
    // "+ Add condition" at the end of the group opens one search over everything addable.
    await footer().getByRole('button', { name: 'Add condition' }).click()
    await page.getByRole('combobox', { name: 'Search' }).fill('age')
    // The user's own Age (the related account has properties of its own).
    await page
      .getByRole('listbox', { name: 'Add a condition' })
      .getByRole('group', { name: 'Properties' })
      .getByRole('option', { name: /^Age\b/ })
      .click()
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
    for (const kind of ['List', 'Tag']) {
      await footer().getByRole('button', { name: 'Add by kind' }).click()
      await page.getByRole('menuitem', { name: kind }).click()
    }
    await expect
      .poll(async () => (await segmentJson()).root.children.map((c: { kind: string }) => c.kind))
      .toEqual(['list', 'tag'])
    const second = builder.locator('[data-segkit-part="node"]').nth(1)
    // dnd-kit's live regions (one per builder on the page) say where the lifted row would land.
    const announcement = () =>
      page.evaluate(() => [...document.querySelectorAll('[id^="DndLiveRegion"]')].map((r) => r.textContent).join(' '))
    // The handle is named after the condition it moves.
    await second.getByRole('button', { name: /^Move '.*tag/ }).focus()
    await page.keyboard.press('Space')
    await expect.poll(announcement).toMatch(/Picked up '.*tag/)
    // One place up: before the list condition (wait for dnd-kit to say so before dropping).
    await page.keyboard.press('ArrowUp')
    await expect.poll(announcement).toMatch(/would move to position 1 of group 'All of'/)
    await page.keyboard.press('Space')
    await expect.poll(announcement).toMatch(/Moved '.*tag.*' to position 1 of group 'All of'/)
    await expect
      .poll(async () => (await segmentJson()).root.children.map((c: { kind: string }) => c.kind))
      .toEqual(['tag', 'list'])
    expect(pageErrors).toEqual([])
  })
})
