/**
 * Time to first render of a 500-condition segment in Chromium: segkit's
 * <SegmentBuilder> against react-querybuilder's <QueryBuilder> on the same
 * query. A tiny page is built with Vite (production React, segkit from its built
 * dist), served locally and loaded afresh for every sample through playwright-core
 * and Debian's Chromium.
 */
import { createReadStream, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { compare } from './harness.ts'

const N = 500
const SAMPLES = 3
const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')
const dir = path.join(root, `.consumer-bench-first-render-${process.pid}`)

const main = `
import { createElement } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { QueryBuilder } from 'react-querybuilder'
import { QueryBuilderDnD } from '@react-querybuilder/dnd'
import * as ReactDnD from 'react-dnd'
import * as ReactDndHtml5Backend from 'react-dnd-html5-backend'
import { SegmentBuilder } from '${path.join(root, 'packages/react/dist/index.js')}'
import { dragAndDrop } from '${path.join(root, 'packages/react/dist/dnd/index.js')}'
import { exampleCatalog } from '${path.join(root, 'packages/core/dist/testing/index.js')}'
import { flatPropertySegment, flatRqbQuery } from '${path.join(here, 'segments.ts')}'

const params = new URLSearchParams(location.search)
const n = Number(params.get('n'))
const lib = params.get('lib') ?? ''
// '-dnd': with each library's drag-and-drop add-on (segkit's dnd-kit adapter, react-querybuilder's react-dnd one).
const withDnd = lib.endsWith('-dnd')
const rqb = () => createElement(QueryBuilder, {
  fields: exampleCatalog.entities[0].properties.map((p) => ({ name: p.id, label: p.label })),
  defaultQuery: flatRqbQuery(n),
})
const element = lib.startsWith('segkit')
  ? createElement(SegmentBuilder, { catalog: exampleCatalog, defaultValue: flatPropertySegment(n), dnd: withDnd ? dragAndDrop : undefined })
  : withDnd
    ? createElement(QueryBuilderDnD, { dnd: { ...ReactDnD, ...ReactDndHtml5Backend } }, rqb())
    : rqb()
const root = createRoot(document.getElementById('root'))
const t0 = performance.now()
flushSync(() => root.render(element))
const rendered = performance.now() - t0
requestAnimationFrame(() => setTimeout(() => {
  window.benchResult = { rendered, painted: performance.now() - t0, nodes: document.querySelectorAll('*').length }
}))
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
  rendered: number
  painted: number
  nodes: number
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

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
  const results: Record<string, Sample[]> = { segkit: [], rqb: [], 'segkit-dnd': [], 'rqb-dnd': [] }
  // Round 0 (react-querybuilder alone) warms up the browser and the disk cache for the shared bundle.
  for (let i = 0; i <= SAMPLES; i++) {
    for (const lib of i === 0 ? (['rqb'] as const) : (['segkit', 'rqb', 'segkit-dnd', 'rqb-dnd'] as const)) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      await page.goto(`${server.url}?lib=${lib}&n=${N}`)
      await page.waitForFunction(() => 'benchResult' in window, undefined, { timeout: 60_000 })
      const sample = (await page.evaluate(() => (window as unknown as { benchResult: Sample }).benchResult)) as Sample
      await page.close()
      if (errors.length > 0) throw new Error(`${lib}: ${errors.join('; ')}`)
      if (i > 0) results[lib]!.push(sample)
    }
  }
  const section = `React, first render of a ${N}-condition segment (Chromium, production build)`
  const s = results.segkit!
  const r = results.rqb!
  compare(
    section,
    'render + commit (flushSync)',
    'ms',
    median(s.map((x) => x.rendered)),
    'react-querybuilder',
    median(r.map((x) => x.rendered)),
  )
  compare(
    section,
    'until the next frame after commit',
    'ms',
    median(s.map((x) => x.painted)),
    'react-querybuilder',
    median(r.map((x) => x.painted)),
  )
  compare(section, 'DOM elements', 'elements', s[0]!.nodes, 'react-querybuilder', r[0]!.nodes)
  const sd = results['segkit-dnd']!
  const rd = results['rqb-dnd']!
  compare(
    section,
    'with drag and drop (segkit dnd-kit adapter; @react-querybuilder/dnd on react-dnd): render + commit',
    'ms',
    median(sd.map((x) => x.rendered)),
    'react-querybuilder + dnd',
    median(rd.map((x) => x.rendered)),
  )
} finally {
  await browser.close()
  server.close()
  rmSync(dir, { recursive: true, force: true })
}
