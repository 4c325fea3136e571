// @vitest-environment node
/**
 * The installed tarballs in a Vite + React 19 app built with Vite's defaults (no config file, no
 * custom conditions): the app bundles the ESM builds, and tree shaking keeps dnd-kit and zod out of
 * a builder that does not use them. The size budgets (`pnpm size`) say how much; this says what,
 * so that dnd-kit or zod creeping back into the builder's main entry fails with the culprit's name.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { consumer, lastJsonLine, runNode } from './consumer.ts'

interface BuildOutput {
  shipped: string[]
  segkitFiles: string[]
}
const builds: Record<string, BuildOutput> = {}
const build = (page: string) => {
  const { status, stdout, stderr } = runNode('vite/build.mjs', [page])
  if (status !== 0) throw new Error(`vite build of ${page} failed:\n${stderr}`)
  builds[page] = lastJsonLine<BuildOutput>(stdout)
}

describe('the installed packages in a Vite app', () => {
  beforeAll(() => {
    for (const page of ['index', 'plain', 'dnd', 'parse']) build(page)
  }, 120_000)

  it('bundles @segkit/core, its sub-entries, @segkit/react and @segkit/react/dnd from their ESM builds', () => {
    const files = builds.index?.segkitFiles ?? []
    expect(files).toEqual(
      expect.arrayContaining([
        '@segkit/core/dist/index.js',
        '@segkit/core/dist/sql/index.js',
        '@segkit/core/dist/evaluate/index.js',
        '@segkit/react/dist/index.js',
        '@segkit/react/dist/dnd/index.js',
        '@segkit/react/src/styles.css',
      ]),
    )
    expect(files.filter((f) => f.includes('/dist/cjs/') || (f.includes('/src/') && !f.endsWith('.css')))).toEqual([])
    const assets = path.join(consumer().dir, 'vite/dist-index/assets')
    expect(existsSync(assets)).toBe(true)
    const bundle = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(path.join(assets, f), 'utf8'))
      .join('\n')
    expect(bundle).toContain('vite-consumer-segment')
  })

  it('given only <SegmentBuilder>, then the bundle holds segkit, zustand and React, and neither dnd-kit nor zod', () => {
    expect(builds.plain?.shipped).toEqual(expect.arrayContaining(['@segkit/core', '@segkit/react', 'zustand', 'react']))
    expect(builds.plain?.shipped.filter((name) => /^(@dnd-kit\/|zod$)/.test(name))).toEqual([])
  })

  it('given <SegmentBuilder dnd={dragAndDrop}>, then dnd-kit is in the bundle and zod still is not', () => {
    expect(builds.dnd?.shipped).toEqual(
      expect.arrayContaining(['@dnd-kit/core', '@dnd-kit/sortable', '@dnd-kit/utilities']),
    )
    expect(builds.dnd?.shipped).not.toContain('zod')
  })

  it('given parseSegment, which reads untrusted JSON with zod, then zod is in the bundle (the check above can see it)', () => {
    expect(builds.parse?.shipped).toContain('zod')
  })
})
