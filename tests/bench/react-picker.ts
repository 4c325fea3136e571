/**
 * The property picker of a big catalog in Chromium: a builder whose user entity
 * has 5,000 or 50,000 properties (in 50 groups), one property condition, and its
 * picker opened and filtered as a user would. The page is built with Vite
 * (production React, segkit from its built dist), served locally and driven by
 * playwright-core with Debian's Chromium. Each figure is the time from the
 * input event (click, typed character) to a laid-out result (render, commit,
 * layout effects, and a forced layout), median over the samples, against one
 * frame at 60 Hz (16.7 ms): a ratio ≥ 1 means it fits in a frame.
 */
import { createReadStream, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { compare, report } from './harness.ts'

const SIZES = [5_000, 50_000]
/** Fresh pages per size (each gives one first-open sample, and reopen and typing samples). */
const PAGES = 3
const FRAME = 1000 / 60
const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')
const dir = path.join(root, `.consumer-bench-picker-${process.pid}`)

const main = `
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { SegmentBuilder } from '${path.join(root, 'packages/react/dist/index.js')}'

const n = Number(new URLSearchParams(location.search).get('n'))
const words = ['revenue', 'plan', 'country', 'signup', 'device', 'browser', 'campaign', 'score', 'seats', 'region']
const properties = Array.from({ length: n }, (_, i) => ({
  id: 'p' + i,
  label: words[i % words.length] + ' ' + i,
  type: i % 3 === 0 ? 'number' : 'string',
  group: 'Group ' + (i % 50),
  description: i % 7 === 0 ? 'Imported from the warehouse, column ' + i : undefined,
}))
const catalog = { entities: [{ id: 'user', label: 'User', properties }], events: [] }
const segment = {
  version: 1, id: 'bench', name: 'Bench', entity: 'user',
  root: { id: 'root', kind: 'group', combinator: 'and', children: [
    { id: 'c1', kind: 'property', property: 'p' + Math.floor(n / 2), operator: 'eq', value: 'x' },
  ] },
}
createRoot(document.getElementById('root')).render(createElement(SegmentBuilder, { catalog, defaultValue: segment }))

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
const trigger = () => document.querySelector('[data-segkit-part="property-picker"]')
const search = () => document.querySelector('[data-segkit-part="picker-search"]')
const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set

// React flushes a discrete event's update synchronously or in a microtask: wait for it within the same task.
async function settled(ready) {
  for (let i = 0; i < 100 && !ready(); i++) await Promise.resolve()
  if (!ready()) throw new Error('the picker did not update within the task')
  document.querySelector('[role="listbox"]').getBoundingClientRect()
}
async function open() {
  const t0 = performance.now()
  trigger().click()
  await settled(() => document.querySelector('[role="listbox"]') !== null)
  return performance.now() - t0
}
async function close() {
  search().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
  await frame()
}
async function type(text) {
  const times = []
  const input = search()
  for (let i = 1; i <= text.length; i++) {
    const t0 = performance.now()
    setValue.call(input, text.slice(0, i))
    input.dispatchEvent(new Event('input', { bubbles: true }))
    await settled(() => input.value === text.slice(0, i))
    times.push(performance.now() - t0)
    await frame()
  }
  return times
}

window.runBench = async () => {
  await frame()
  const firstOpen = await open()
  const nodes = document.querySelector('[role="listbox"]').querySelectorAll('*').length
  await frame()
  await close()
  const reopen = []
  const typing = []
  for (let i = 0; i < 3; i++) {
    reopen.push(await open())
    await frame()
    typing.push(...(await type(i === 1 ? 'plan 4' : 'revenue 12')))
    await close()
  }
  const chosen = trigger().textContent
  return { firstOpen, nodes, reopen, typing, chosen }
}
window.benchReady = true
`

async function buildPage(): Promise<string> {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><div id="root"></div><script type="module" src="./main.js"></script>',
  )
  writeFileSync(path.join(dir, 'main.js'), main)
  await build({
    root: dir,
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    build: { outDir: 'dist', emptyOutDir: true },
  })
  return path.join(dir, 'dist')
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }

function serve(folder: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    const file = path.join(folder, new URL(req.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html'))
    if (!file.startsWith(folder) || !existsSync(file)) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() }),
    ),
  )
}

interface Sample {
  firstOpen: number
  nodes: number
  reopen: number[]
  typing: number[]
  chosen: string
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!

const server = await serve(await buildPage())
const browser = await chromium.launch({
  executablePath: process.env.SEGKIT_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
})
try {
  for (const n of SIZES) {
    const samples: Sample[] = []
    for (let i = 0; i < PAGES; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      await page.goto(`${server.url}?n=${n}`)
      await page.waitForFunction(() => 'benchReady' in window, undefined, { timeout: 60_000 })
      const sample = (await page.evaluate(() =>
        (window as unknown as { runBench: () => Promise<Sample> }).runBench(),
      )) as Sample
      await page.close()
      if (errors.length > 0) throw new Error(`${n} properties: ${errors.join('; ')}`)
      if (!sample.chosen.includes(`revenue ${Math.floor(n / 2)}`)) {
        throw new Error(`${n} properties: the picker lost the chosen property (${sample.chosen})`)
      }
      samples.push(sample)
    }
    const section = `React, property picker of a ${n.toLocaleString('en')}-property catalog (Chromium, production build)`
    const budget = 'one frame (60 Hz)'
    compare(section, 'first open: click to laid-out list', 'ms', median(samples.map((s) => s.firstOpen)), budget, FRAME)
    compare(section, 'reopen', 'ms', median(samples.flatMap((s) => s.reopen)), budget, FRAME)
    const typing = samples.flatMap((s) => s.typing)
    compare(section, 'filter: one typed character (median)', 'ms', median(typing), budget, FRAME)
    compare(section, 'filter: one typed character (95th percentile)', 'ms', p95(typing), budget, FRAME)
    report({ section, case: 'DOM elements in the open list', unit: 'elements', segkit: samples[0]!.nodes })
  }
} finally {
  await browser.close()
  server.close()
  rmSync(dir, { recursive: true, force: true })
}
