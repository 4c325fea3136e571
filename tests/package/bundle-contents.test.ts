// @vitest-environment node
/**
 * What a Vite app that uses the builder actually ships: the modules with code in
 * its bundle (after tree shaking), with and without drag and drop. The size
 * budgets (`pnpm size`) say how much; this says what, so that dnd-kit or zod
 * creeping back into the builder's main entry fails with the name of the culprit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Consumer, createConsumer, requireBuild } from './consumer.ts'

const apps = {
  plain: `
import { createEmptySegment } from '@segkit/core'
import { SegmentBuilder } from '@segkit/react'
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'
const catalog = { entities: [{ id: 'user', label: 'User', properties: [{ id: 'plan', label: 'Plan', type: 'string' }] }], events: [] }
createRoot(document.getElementById('root')).render(createElement(SegmentBuilder, { catalog, defaultValue: createEmptySegment('user') }))
`,
  dnd: `
import { createEmptySegment } from '@segkit/core'
import { SegmentBuilder } from '@segkit/react'
import { dragAndDrop } from '@segkit/react/dnd'
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'
const catalog = { entities: [{ id: 'user', label: 'User', properties: [{ id: 'plan', label: 'Plan', type: 'string' }] }], events: [] }
createRoot(document.getElementById('root')).render(createElement(SegmentBuilder, { catalog, defaultValue: createEmptySegment('user'), dnd: dragAndDrop }))
`,
  parse: `
import { parseSegment } from '@segkit/core'
window.parsed = parseSegment(JSON.parse(document.body.dataset.segment ?? '{}'))
`,
}

// Which packages have rendered code in the output: node_modules/<name> of every module with a rendered length.
const build = `
import { build } from 'vite'
const entry = process.argv[2]
const shipped = new Set()
await build({
  root: process.cwd(),
  configFile: false,
  logLevel: 'silent',
  build: { outDir: 'dist-' + entry, emptyOutDir: true, rollupOptions: { input: entry + '.html' } },
  plugins: [{
    name: 'record-shipped-packages',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue
        for (const [id, info] of Object.entries(chunk.modules)) {
          if (info.renderedLength === 0) continue
          const at = id.lastIndexOf('/node_modules/')
          if (at >= 0) {
            const rest = id.slice(at + '/node_modules/'.length).split('/')
            shipped.add(rest[0].startsWith('@') ? rest[0] + '/' + rest[1] : rest[0])
          } else if (id.includes('/packages/')) shipped.add(id.slice(id.indexOf('/packages/') + 1).split('/').slice(0, 2).join('/'))
        }
      }
    },
  }],
})
console.log(JSON.stringify([...shipped].sort()))
`

describe('what a Vite app using the builder ships', () => {
  let consumer: Consumer
  const shipped: Record<string, string[]> = {}
  beforeAll(() => {
    requireBuild()
    consumer = createConsumer('bundle-contents')
    consumer.write('build.mjs', build)
    for (const [name, code] of Object.entries(apps)) {
      consumer.write(
        `${name}.html`,
        `<!doctype html><div id="root"></div><script type="module" src="/${name}.js"></script>`,
      )
      consumer.write(`${name}.js`, code)
      const { status, stdout, stderr } = consumer.run(process.execPath, ['build.mjs', name])
      if (status !== 0) throw new Error(`building ${name} failed: ${stderr}`)
      shipped[name] = JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]') as string[]
    }
  }, 120_000)
  afterAll(() => consumer.remove())

  it('given only <SegmentBuilder>, then the bundle holds segkit, zustand and React, and neither dnd-kit nor zod', () => {
    expect(shipped.plain).toEqual(expect.arrayContaining(['packages/core', 'packages/react', 'zustand', 'react']))
    expect(shipped.plain?.filter((name) => /^(@dnd-kit\/|zod$)/.test(name))).toEqual([])
  })

  it('given <SegmentBuilder dnd={dragAndDrop}>, then dnd-kit is in the bundle and zod still is not', () => {
    expect(shipped.dnd).toEqual(expect.arrayContaining(['@dnd-kit/core', '@dnd-kit/sortable', '@dnd-kit/utilities']))
    expect(shipped.dnd).not.toContain('zod')
  })

  it('given parseSegment, which reads untrusted JSON with zod, then zod is in the bundle (the check above can see it)', () => {
    expect(shipped.parse).toContain('zod')
  })
})
