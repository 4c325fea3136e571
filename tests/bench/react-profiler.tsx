/**
 * React work per keystroke: editing the text value of one condition in a
 * 100-condition segment, segkit's <SegmentBuilder> against react-querybuilder's
 * <QueryBuilder> on the equivalent query, in jsdom. Commits are counted with
 * React's <Profiler>; components rendered per commit through a minimal React
 * DevTools hook (a function/class/forwardRef/memo fiber that performed work).
 */
import { createRequire } from 'node:module'
import { compare } from './harness.ts'

// jsdom ships no types (and @types/jsdom is not a dependency): the little used here, typed by hand.
type JsdomWindow = Window & typeof globalThis
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: Record<string, unknown>) => { window: JsdomWindow }
}

// The DOM and the DevTools hook must exist before react-dom is loaded.
const dom = new JSDOM('<!doctype html><html><body></body></html>', {
  pretendToBeVisual: true,
  url: 'http://localhost/',
})
const g = globalThis as Record<string, unknown>
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (!(key in g)) g[key] = (dom.window as unknown as Record<string, unknown>)[key]
}
g.window = dom.window
g.document = dom.window.document
g.IS_REACT_ACT_ENVIRONMENT = true
const proto = dom.window.Element.prototype as unknown as Record<string, unknown>
proto.hasPointerCapture ??= () => false
proto.setPointerCapture ??= () => undefined
proto.releasePointerCapture ??= () => undefined
proto.scrollIntoView ??= () => undefined
g.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
}

interface Fiber {
  tag: number
  flags: number
  child: Fiber | null
  sibling: Fiber | null
  alternate: Fiber | null
}
const COMPONENT_TAGS = new Set([0, 1, 11, 15]) // function, class, forwardRef, simple memo
const PERFORMED_WORK = 1
let rendered = 0

/** Components that rendered in this commit: descend only where children were reconciled. */
function countRendered(rootFiber: Fiber): number {
  let n = 0
  const stack: Fiber[] = [rootFiber]
  while (stack.length > 0) {
    const fiber = stack.pop()!
    const previous = fiber.alternate
    if (COMPONENT_TAGS.has(fiber.tag) && (previous === null || (fiber.flags & PERFORMED_WORK) !== 0)) n++
    if (fiber.child !== null && (previous === null || fiber.child !== previous.child)) {
      for (let child: Fiber | null = fiber.child; child !== null; child = child.sibling) stack.push(child)
    }
  }
  return n
}

g.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  renderers: new Map(),
  inject: () => 1,
  checkDCE: () => undefined,
  onScheduleFiberRoot: () => undefined,
  onCommitFiberUnmount: () => undefined,
  onPostCommitFiberRoot: () => undefined,
  onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
    rendered += countRendered(root.current)
  },
}

const React = await import('react')
const { act } = React
const { createRoot } = await import('react-dom/client')
const { SegmentBuilder } = await import('../../packages/react/src/index.ts')
const { dragAndDrop } = await import('../../packages/react/src/dnd/index.ts')
const { QueryBuilder } = await import('react-querybuilder')
const { QueryBuilderDnD } = await import('@react-querybuilder/dnd')
const ReactDnD = await import('react-dnd')
const ReactDndHtml5Backend = await import('react-dnd-html5-backend')
const { exampleCatalog } = await import('../../packages/core/src/testing/index.ts')
const { flatPropertySegment, flatRqbQuery } = await import('./segments.ts')

const N = 100
const TARGET = 54 // condition 54 is `email contains "user54"`: a text input on both sides
const KEYSTROKES = 5
const section = `React, one keystroke in a ${N}-condition segment (jsdom)`

const rqbFields = exampleCatalog.entities[0]!.properties.map((p) => ({ name: p.id, label: p.label }))

let commits = 0
const onRender = () => {
  commits++
}

/** A keystroke as React sees it: the input's value changes and an input event fires. */
function typeOne(input: HTMLInputElement, char: string) {
  const setter = Object.getOwnPropertyDescriptor(dom.window.HTMLInputElement.prototype, 'value')!.set!
  setter.call(input, input.value + char)
  input.dispatchEvent(new dom.window.Event('input', { bubbles: true }))
}

async function perKeystroke(element: React.ReactElement, findInput: (container: HTMLElement) => HTMLInputElement) {
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  await act(async () =>
    root.render(
      <React.Profiler id="bench" onRender={onRender}>
        {element}
      </React.Profiler>,
    ),
  )
  const mount = { commits, rendered }
  const input = findInput(container)
  await act(async () => typeOne(input, 'w')) // warm-up
  commits = 0
  rendered = 0
  for (let i = 0; i < KEYSTROKES; i++) await act(async () => typeOne(findInput(container), 'x'))
  const result = {
    commits: commits / KEYSTROKES,
    rendered: rendered / KEYSTROKES,
    mount,
    value: findInput(container).value,
  }
  await act(async () => root.unmount())
  container.remove()
  commits = 0
  rendered = 0
  return result
}

function byValue(selector: string, value: RegExp) {
  return (container: HTMLElement) => {
    const input = [...container.querySelectorAll<HTMLInputElement>(selector)].find((el) => value.test(el.value))
    if (!input) throw new Error(`no ${selector} with a value matching ${value}`)
    return input
  }
}

const segkitInput = byValue('input[data-segkit-part="text-input"]', /^user54w?x*$/)
const rqbInput = byValue('input.rule-value', /^user54w?x*$/)

/** Controlled use: the app keeps the segment/query in its own state, as most apps do. */
function ControlledSegkit() {
  const [value, setValue] = React.useState(() => flatPropertySegment(N))
  return <SegmentBuilder catalog={exampleCatalog} value={value} onChange={setValue} />
}
function ControlledRqb() {
  const [query, setQuery] = React.useState(() => flatRqbQuery(N))
  return <QueryBuilder fields={rqbFields} query={query} onQueryChange={setQuery} />
}

const cases = [
  {
    name: 'uncontrolled',
    segkit: <SegmentBuilder catalog={exampleCatalog} defaultValue={flatPropertySegment(N)} onChange={() => {}} />,
    rqb: <QueryBuilder fields={rqbFields} defaultQuery={flatRqbQuery(N)} onQueryChange={() => {}} />,
  },
  { name: 'controlled (app state)', segkit: <ControlledSegkit />, rqb: <ControlledRqb /> },
  {
    // Both with their drag-and-drop add-on: segkit's dnd-kit adapter, react-querybuilder's react-dnd one.
    name: 'with drag and drop, uncontrolled',
    segkit: (
      <SegmentBuilder
        catalog={exampleCatalog}
        defaultValue={flatPropertySegment(N)}
        onChange={() => {}}
        dnd={dragAndDrop}
      />
    ),
    rqb: (
      <QueryBuilderDnD dnd={{ ...ReactDnD, ...ReactDndHtml5Backend }}>
        <QueryBuilder fields={rqbFields} defaultQuery={flatRqbQuery(N)} onQueryChange={() => {}} />
      </QueryBuilderDnD>
    ),
  },
]

for (const c of cases) {
  const segkit = await perKeystroke(c.segkit, segkitInput)
  const rqb = await perKeystroke(c.rqb, rqbInput)
  for (const [side, r] of [
    ['segkit', segkit],
    ['react-querybuilder', rqb],
  ] as const) {
    if (r.value !== `user${TARGET}w${'x'.repeat(KEYSTROKES)}`)
      throw new Error(`${side}: the keystrokes did not land (${r.value})`)
  }
  compare(section, `${c.name}: commits per keystroke`, 'commits', segkit.commits, 'react-querybuilder', rqb.commits)
  compare(
    section,
    `${c.name}: components rendered per keystroke`,
    'components',
    segkit.rendered,
    'react-querybuilder',
    rqb.rendered,
  )
  if (c.name !== 'controlled (app state)') {
    const at = c.name === 'uncontrolled' ? '' : ` (${c.name})`
    compare(section, `commits at mount${at}`, 'commits', segkit.mount.commits, 'react-querybuilder', rqb.mount.commits)
    compare(
      section,
      `components rendered at mount${at}`,
      'components',
      segkit.mount.rendered,
      'react-querybuilder',
      rqb.mount.rendered,
    )
  }
}
