/**
 * The property picker of a big catalog in Chromium: a builder whose user entity
 * has 5,000 or 50,000 properties (in 50 groups), one property condition, and its
 * picker opened and filtered as a user would. The page is built with Vite
 * (production React, segkit from its built dist), served locally and driven by
 * playwright-core with Debian's Chromium, by trusted input (a real click on
 * the trigger, real key presses in the search). Each figure is input to next
 * paint: from the event's own timeStamp to the end of the first frame whose
 * rendering starts with the result in the DOM (the list open on the current
 * value with the search focused; the list filtered for the typed text), so
 * work deferred past the event counts too. Medians and 95th percentiles over
 * the samples, against the 16 ms target (within one frame at 60 Hz): a ratio
 * ≥ 1 meets it. The first open comes a second after the builder mounted, once
 * the page is idle (as a user's first click comes after reading the page): the
 * builder fetches its later chunk (which holds the open list and the search
 * index) in idle time, and the pickers build their search keys in idle time
 * once it is there. The floor row is
 * the same measure for a click that changes nothing: the wait for the next
 * frame and its rendering, which no picker code can take away.
 */
import { createReadStream, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { chromium, type Page } from 'playwright-core'
import { build } from 'vite'
import { compare, fmt, report } from './harness.ts'

const SIZES = [5_000, 50_000]
/** Fresh pages per size (each gives one first-open sample, and reopen and typing samples). */
const PAGES = 3
/** The target of issue 17: open and filter each within 16 ms. */
const TARGET = 16
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
const fold = (text) => text.toLowerCase().replace(/\\s+/g, ' ').trim()

// Input to next paint: armed before a trusted input (Playwright drives real clicks and keys), it takes the
// event's own timeStamp, then waits for the first frame whose rendering starts with the result in the DOM
// (checked in requestAnimationFrame, before that frame's style, layout and paint) and stops at the first task
// after that frame: rendering included. Work deferred past the event (a transition, an idle callback, a
// timer) is counted, because the frame that shows the result comes after it.
let pending
window.details = []
window.arm = (type, what) => {
  const ready = READY[what.kind](what)
  pending = new Promise((resolve, reject) => {
    const onEvent = (event) => {
      window.removeEventListener(type, onEvent, true)
      const t0 = event.timeStamp
      let frames = 0
      // When the event's handlers began, and when the task that ran them ended (or the frame began, if sooner).
      const start = performance.now()
      let taskEnd
      const afterTask = new MessageChannel()
      afterTask.port1.onmessage = () => { taskEnd ??= performance.now() }
      afterTask.port2.postMessage(null)
      const check = (frameStart) => {
        taskEnd ??= performance.now()
        if (!ready()) {
          if (++frames > 120) reject(new Error(what.kind + ': no frame showed the result within 2 s (focus on ' + document.activeElement?.outerHTML.slice(0, 200) + ')'))
          else requestAnimationFrame(check)
          return
        }
        const channel = new MessageChannel()
        channel.port1.onmessage = () => {
          const end = performance.now()
          window.details.push({ kind: what.kind, delay: start - t0, work: taskEnd - start, frames: frames + 1, render: end - frameStart, total: end - t0 })
          resolve(end - t0)
        }
        channel.port2.postMessage(null)
      }
      requestAnimationFrame(check)
    }
    window.addEventListener(type, onEvent, true)
  })
}
window.measured = () => pending

const listbox = () => document.querySelector('[role="listbox"]')
const READY = {
  // The list is shown with the current value's row mounted and active, and the search input has focus.
  open: () => () => {
    const input = document.activeElement
    if (!input?.matches('[data-segkit-part="picker-search"]')) return false
    const active = document.getElementById(input.getAttribute('aria-activedescendant') ?? '')
    return active?.getAttribute('aria-selected') === 'true' && listbox()?.contains(active) === true
  },
  // The input shows the text and the list's first option matches every word of it.
  type: ({ text }) => () => {
    const input = document.querySelector('[data-segkit-part="picker-search"]')
    if (input?.value !== text) return false
    const first = listbox()?.querySelector('[role="option"] [data-segkit-part="option-label"]')
    return first !== null && first !== undefined && fold(text).split(' ').every((w) => fold(first.textContent).includes(w))
  },
  closed: () => () => listbox() === null,
  // Nothing to show: the floor, the frame's own wait and rendering.
  none: () => () => true,
}
window.stats = () => ({
  nodes: listbox()?.querySelectorAll('*').length ?? 0,
  chosen: document.querySelector('[data-segkit-part="property-picker"]')?.textContent ?? '',
})
// Resolves a second after the builder mounted, once three idle periods in a row are (nearly) whole: the work
// scheduled after mount is done.
const mounted = performance.now()
window.settled = () => new Promise((resolve) => setTimeout(resolve, Math.max(0, mounted + 1000 - performance.now()))).then(() => new Promise((resolve) => {
  let calm = 0
  const check = (deadline) => {
    calm = deadline.timeRemaining() >= 45 ? calm + 1 : 0
    if (calm >= 3) resolve()
    else requestIdleCallback(check)
  }
  requestIdleCallback(check)
}))
// The synchronous part of programmatic opens and typed characters (the event to the end of React's commit,
// forced style and layout included; the part of an open spent in focus()), many times: the script's own cost,
// which a busy machine inflates less than input to next paint (that waits for the compositor's frame).
window.syncOpens = async (times) => {
  const trigger = document.querySelector('[data-segkit-part="property-picker"]')
  const focus = HTMLElement.prototype.focus
  let inFocus = 0
  HTMLElement.prototype.focus = function (options) {
    const t0 = performance.now()
    focus.call(this, options)
    inFocus += performance.now() - t0
  }
  const open = [], focused = [], close = []
  for (let i = 0; i < times; i++) {
    inFocus = 0
    let t0 = performance.now()
    trigger.click()
    // React flushes a discrete event's update in a microtask queued before this one.
    await null
    open.push(performance.now() - t0)
    focused.push(inFocus)
    t0 = performance.now()
    document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await null
    close.push(performance.now() - t0)
    await new Promise((resolve) => setTimeout(resolve))
  }
  HTMLElement.prototype.focus = focus
  // Typing "revenue 12" into the open search, each character set as a user's input would be.
  const typed = []
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
  for (let round = 0; round < 3; round++) {
    trigger.click()
    await null
    const input = document.activeElement
    const text = 'revenue 12'
    for (let i = 1; i <= text.length; i++) {
      const t0 = performance.now()
      setValue.call(input, text.slice(0, i))
      input.dispatchEvent(new Event('input', { bubbles: true }))
      await null
      typed.push(performance.now() - t0)
      await new Promise((resolve) => setTimeout(resolve))
    }
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await new Promise((resolve) => setTimeout(resolve))
  }
  const best = (xs) => Math.min(...xs)
  const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
  const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]
  return { open: [best(open), med(open)], focus: [best(focused), med(focused)], close: [best(close), med(close)], typed: [best(typed), med(typed), p95(typed)] }
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
    // Readable function names in a profile; the same production React either way.
    build: { outDir: 'dist', emptyOutDir: true, minify: !process.env.SEGKIT_BENCH_PROFILE },
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

/** Best and median (and for typing the 95th percentile) of `syncOpens` in the page, ms. */
interface SyncFigures {
  open: [number, number]
  focus: [number, number]
  close: [number, number]
  typed: [number, number, number]
}

interface Sample {
  floor: number[]
  firstOpen: number
  nodes: number
  reopen: number[]
  typing: number[]
  chosen: string
}

type Ready = { kind: 'open' | 'closed' | 'none' } | { kind: 'type'; text: string }
type PageWindow = { arm: (type: string, what: Ready) => void; measured: () => Promise<number> }
const TRIGGER = '[data-segkit-part="property-picker"]'

/** Input to next paint of one trusted input (see `arm` in the page). */
async function timed(page: Page, type: 'click' | 'keydown', what: Ready, act: () => Promise<void>): Promise<number> {
  await page.evaluate(([t, w]) => (window as unknown as PageWindow).arm(t, w), [type, what] as const)
  await act()
  return page.evaluate(() => (window as unknown as PageWindow).measured())
}

async function run(page: Page): Promise<Sample> {
  const floor: number[] = []
  await page.evaluate(() => (window as unknown as { settled: () => Promise<void> }).settled())
  // A click on the empty page: the frame's own wait and rendering, which no picker code can remove.
  for (let i = 0; i < 5; i++)
    floor.push(await timed(page, 'click', { kind: 'none' }, () => page.mouse.click(1300, 900)))
  // A mouse click where the trigger is (page.click would run its own hit-target checks in the page, in the
  // click's task, and they would be counted).
  await page.locator(TRIGGER).scrollIntoViewIfNeeded()
  const box = await page.locator(TRIGGER).boundingBox()
  if (!box) throw new Error('no property picker on the page')
  const at = [box.x + box.width / 2, box.y + box.height / 2] as const
  const open = () => timed(page, 'click', { kind: 'open' }, () => page.mouse.click(...at))
  const close = () => timed(page, 'keydown', { kind: 'closed' }, () => page.keyboard.press('Escape'))
  const firstOpen = await open()
  const { nodes } = await page.evaluate(() => (window as unknown as { stats: () => { nodes: number } }).stats())
  await close()
  const reopen: number[] = []
  const typing: number[] = []
  for (let round = 0; round < 3; round++) {
    reopen.push(await open())
    const text = round === 1 ? 'plan 4' : 'revenue 12'
    for (let i = 1; i <= text.length; i++) {
      const ch = text[i - 1] as string
      typing.push(await timed(page, 'keydown', { kind: 'type', text: text.slice(0, i) }, () => page.keyboard.type(ch)))
    }
    await close()
  }
  const { chosen } = await page.evaluate(() => (window as unknown as { stats: () => { chosen: string } }).stats())
  return { floor, firstOpen, nodes, reopen, typing, chosen }
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
    let sync: SyncFigures | undefined
    for (let i = 0; i < PAGES; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      await page.goto(`${server.url}?n=${n}`)
      await page.waitForFunction(() => 'benchReady' in window, undefined, { timeout: 60_000 })
      const sample = await run(page)
      sync ??= await page.evaluate(() =>
        (window as unknown as { syncOpens: (n: number) => Promise<SyncFigures> }).syncOpens(30),
      )
      if (process.env.SEGKIT_BENCH_DETAIL) {
        const details = (await page.evaluate(() => (window as unknown as { details: unknown[] }).details)) as Record<
          string,
          number | string
        >[]
        const firstOpen = details.find((d) => d.kind === 'open')
        if (firstOpen) console.log(`  [detail] ${n} first open: ${JSON.stringify(firstOpen)}`)
        const by = new Map<string, Record<string, number[]>>()
        for (const d of details) {
          const entry = by.get(d.kind as string) ?? {}
          for (const [k, v] of Object.entries(d)) if (typeof v === 'number') entry[k] = [...(entry[k] ?? []), v]
          by.set(d.kind as string, entry)
        }
        for (const [kind, entry] of by)
          console.log(
            `  [detail] ${n} ${kind}: ${Object.entries(entry)
              .map(([k, v]) => `${k} ${fmt(median(v))}`)
              .join(', ')}`,
          )
      }
      await page.close()
      if (errors.length > 0) throw new Error(`${n} properties: ${errors.join('; ')}`)
      if (!sample.chosen.includes(`revenue ${Math.floor(n / 2)}`)) {
        throw new Error(`${n} properties: the picker lost the chosen property (${sample.chosen})`)
      }
      samples.push(sample)
    }
    const section = `React, property picker of a ${n.toLocaleString('en')}-property catalog (Chromium, production build)`
    const budget = 'target'
    const firstOpen = samples.map((s) => s.firstOpen)
    const opens = samples.flatMap((s) => [s.firstOpen, ...s.reopen])
    const typing = samples.flatMap((s) => s.typing)
    const spread = (xs: number[]) => `${xs.length} samples, ${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))} ms`
    const row = (name: string, xs: number[]) => {
      compare(section, `${name} (median)`, 'ms', median(xs), budget, TARGET, spread(xs))
      compare(section, `${name} (95th percentile)`, 'ms', p95(xs), budget, TARGET)
    }
    compare(
      section,
      'open: click to next paint, first open',
      'ms',
      median(firstOpen),
      budget,
      TARGET,
      spread(firstOpen),
    )
    row('open: click to next paint, every open', opens)
    row('filter: key to next paint', typing)
    const floor = samples.flatMap((s) => s.floor)
    report({ section, case: 'floor: click to next paint with nothing to do', unit: 'ms', segkit: median(floor) })
    report({ section, case: 'DOM elements in the open list', unit: 'elements', segkit: samples[0]!.nodes })
    if (sync) {
      const note = 'programmatic, 30 samples'
      report({ section, case: 'open: synchronous work (median)', unit: 'ms', segkit: sync.open[1], note })
      report({ section, case: 'open: of which focus() (median)', unit: 'ms', segkit: sync.focus[1], note })
      report({ section, case: 'filter: synchronous work per key (median)', unit: 'ms', segkit: sync.typed[1], note })
      report({ section, case: 'filter: synchronous work per key (95th percentile)', unit: 'ms', segkit: sync.typed[2] })
    }
  }
} finally {
  if (process.env.SEGKIT_BENCH_PROFILE) await profile(browser, server.url)
  await browser.close()
  server.close()
  rmSync(dir, { recursive: true, force: true })
}

interface CpuProfile {
  nodes: {
    id: number
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
    children?: number[]
  }[]
  samples: number[]
  timeDeltas: number[]
}

/**
 * `SEGKIT_BENCH_PROFILE=1` (or `=5000`): a CPU profile (unminified build) of a first open and of typing
 * "revenue 12" at 50,000 (5,000) properties; prints each phase's functions by self and by total time.
 */
async function profile(browser: import('playwright-core').Browser, url: string) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  await page.goto(`${url}?n=${process.env.SEGKIT_BENCH_PROFILE === '5000' ? 5000 : 50000}`)
  await page.waitForFunction(() => 'benchReady' in window)
  await page.evaluate(() => (window as unknown as { settled: () => Promise<void> }).settled())
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 })
  const phase = async (name: string, act: () => Promise<unknown>) => {
    if (process.env.SEGKIT_BENCH_TRACE) return tracePhase(cdp, name, act)
    await cdp.send('Profiler.start')
    const ms = await act()
    const { profile: p } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile }
    const self = new Map<number, number>()
    p.samples.forEach((id, i) => {
      self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000)
    })
    const byId = new Map(p.nodes.map((n) => [n.id, n]))
    const name_ = (id: number) => {
      const f = byId.get(id)!.callFrame
      return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`
    }
    const total = new Map<string, number>()
    const selfBy = new Map<string, number>()
    const walk = (id: number, stack: Set<string>): number => {
      const n = byId.get(id)!
      let t = self.get(id) ?? 0
      for (const c of n.children ?? []) t += walk(c, new Set([...stack, name_(id)]))
      const key = name_(id)
      selfBy.set(key, (selfBy.get(key) ?? 0) + (self.get(id) ?? 0))
      if (!stack.has(key)) total.set(key, (total.get(key) ?? 0) + t)
      return t
    }
    walk(p.nodes[0]!.id, new Set())
    const top = (m: Map<string, number>) =>
      [...m]
        .filter(([k]) => !/^\((root|program|idle)\)/.test(k))
        .sort((a, b) => b[1] - a[1])
        .slice(0, 20)
        .map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`)
        .join('\n')
    console.log(`\n[profile] ${name}: ${JSON.stringify(ms)}\n self:\n${top(selfBy)}\n total:\n${top(total)}`)
  }
  for (let i = 0; i < 3; i++) await timed(page, 'click', { kind: 'none' }, () => page.mouse.click(1300, 900))
  await page.locator(TRIGGER).scrollIntoViewIfNeeded()
  const box = (await page.locator(TRIGGER).boundingBox())!
  const at = [box.x + box.width / 2, box.y + box.height / 2] as const
  await phase('first open', () => timed(page, 'click', { kind: 'open' }, () => page.mouse.click(...at)))
  await timed(page, 'keydown', { kind: 'closed' }, () => page.keyboard.press('Escape'))
  await phase('reopen', () => timed(page, 'click', { kind: 'open' }, () => page.mouse.click(...at)))
  await phase('typing "revenue 12"', async () => {
    const times: number[] = []
    const text = 'revenue 12'
    for (let i = 1; i <= text.length; i++) {
      const ch = text[i - 1] as string
      times.push(await timed(page, 'keydown', { kind: 'type', text: text.slice(0, i) }, () => page.keyboard.type(ch)))
    }
    return times.map((t) => Math.round(t))
  })
  await page.close()
}

interface TraceEvent {
  name: string
  ph: string
  dur?: number
  tid: number
  pid: number
}

/**
 * `SEGKIT_BENCH_TRACE=1` with `SEGKIT_BENCH_PROFILE`: instead of a CPU profile, the renderer's timeline
 * events of each phase (script, style, layout, paint…) summed by name, to see where a frame goes.
 */
async function tracePhase(cdp: import('playwright-core').CDPSession, name: string, act: () => Promise<unknown>) {
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])))
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8',
    transferMode: 'ReportEvents',
  })
  const ms = await act()
  await cdp.send('Tracing.end')
  await done
  const main = events.find(
    (e) => e.name === 'thread_name' && (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain',
  )
  const by = new Map<string, number>()
  for (const e of events)
    if (e.ph === 'X' && e.dur !== undefined && main && e.tid === main.tid && e.pid === main.pid)
      by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000)
  const top = [...by]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`)
    .join('\n')
  console.log(`\n[trace] ${name}: ${JSON.stringify(ms)}\n${top}`)
}
