// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Consumer, createConsumer, requireBuild } from './consumer.ts'

const main = `
import { createEmptySegment, validateSegment } from '@segkit/core'
import { toSql } from '@segkit/core/sql'
import { createEvaluator } from '@segkit/core/evaluate'
import { SegmentBuilder } from '@segkit/react'
import { dragAndDrop } from '@segkit/react/dnd'
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'

const catalog = { entities: [{ id: 'user', label: 'User', properties: [{ id: 'plan', label: 'Plan', type: 'string' }] }], events: [] }
const segment = createEmptySegment('user', { id: 'consumer-segment' })
window.segkitConsumer = { issues: validateSegment(segment, catalog), toSql, createEvaluator }
createRoot(document.getElementById('root')).render(createElement(SegmentBuilder, { catalog, defaultValue: segment, dnd: dragAndDrop }))
`

// A build script rather than a call from the test: the app is built with Vite's
// defaults (no @segkit/source condition) and no config file of the workspace.
const build = `
import { build } from 'vite'
const ids = new Set()
await build({
  root: process.cwd(),
  configFile: false,
  logLevel: 'silent',
  build: { outDir: 'dist', emptyOutDir: true },
  plugins: [{ name: 'record-segkit-modules', transform(_code, id) { if (id.includes('/packages/')) ids.add(id) } }],
})
console.log(JSON.stringify([...ids]))
`

describe('the built packages in a Vite app', () => {
  let consumer: Consumer
  beforeAll(() => {
    requireBuild()
    consumer = createConsumer('vite')
    consumer.write('index.html', '<!doctype html><div id="root"></div><script type="module" src="/main.js"></script>')
    consumer.write('main.js', main)
    consumer.write('build.mjs', build)
  })
  afterAll(() => consumer.remove())

  it('bundles @segkit/core, its sub-entries, @segkit/react and @segkit/react/dnd from dist, never from source', () => {
    const { status, stdout, stderr } = consumer.run(process.execPath, ['build.mjs'])
    expect(stderr).not.toMatch(/error/i)
    expect(status).toBe(0)
    const modules = (JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]') as string[]).map((id) =>
      id.slice(id.indexOf('/packages/') + 1),
    )
    expect(modules).toContain('packages/core/dist/index.js')
    expect(modules).toContain('packages/core/dist/sql/index.js')
    expect(modules).toContain('packages/core/dist/evaluate/index.js')
    expect(modules).toContain('packages/react/dist/index.js')
    expect(modules).toContain('packages/react/dist/dnd/index.js')
    expect(modules.filter((id) => !id.includes('/dist/'))).toEqual([])

    const assets = path.join(consumer.dir, 'dist/assets')
    expect(existsSync(assets)).toBe(true)
    const js = readdirSync(assets).filter((f) => f.endsWith('.js'))
    expect(js.length).toBeGreaterThan(0)
    const bundle = js.map((f) => readFileSync(path.join(assets, f), 'utf8')).join('\n')
    expect(bundle).toContain('consumer-segment')
  })
})
