// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { requireBuild, root } from './consumer.ts'

type Target = string | { types: string; default: string }
interface Manifest {
  sideEffects: boolean | string[]
  main: string
  types: string
  exports: Record<string, string | Record<string, Target>>
}
const manifest = (pkg: string) =>
  JSON.parse(readFileSync(path.join(root, 'packages', pkg, 'package.json'), 'utf8')) as Manifest
const targetFiles = (target: string | Record<string, Target>): string[] =>
  typeof target === 'string'
    ? [target]
    : Object.values(target).flatMap((t) => (typeof t === 'string' ? [t] : [t.types, t.default]))

describe('the package manifests and built files', () => {
  beforeAll(requireBuild)

  it('declares @segkit/core free of side effects, so bundlers drop what is not imported', () => {
    expect(manifest('core').sideEffects).toBe(false)
  })

  it('declares only the stylesheet of @segkit/react as a side effect', () => {
    expect(manifest('react').sideEffects).toEqual(['*.css'])
  })

  it.each(['core', 'react'])('points every export condition of @segkit/%s at a file that exists', (pkg) => {
    const { exports, main, types } = manifest(pkg)
    const missing = [main, types, ...Object.values(exports).flatMap(targetFiles)].filter(
      (file) => !existsSync(path.join(root, 'packages', pkg, file)),
    )
    expect(missing).toEqual([])
  })

  it.each(['core', 'react'])(
    'gives every runtime export of @segkit/%s an ESM build for import and a CJS build for require, each with its own types',
    (pkg) => {
      for (const [entry, target] of Object.entries(manifest(pkg).exports)) {
        if (typeof target === 'string') continue
        expect({ entry, ...target }).toEqual({
          entry,
          '@segkit/source': expect.stringMatching(/^\.\/src\/.+\.ts$/),
          import: {
            types: expect.stringMatching(/^\.\/dist\/(?!cjs\/).+\.d\.ts$/),
            default: expect.stringMatching(/^\.\/dist\/(?!cjs\/).+\.js$/),
          },
          require: {
            types: expect.stringMatching(/^\.\/dist\/cjs\/.+\.d\.ts$/),
            default: expect.stringMatching(/^\.\/dist\/cjs\/.+\.js$/),
          },
        })
      }
    },
  )

  it.each(['index.js', 'dnd/index.js'])(
    "marks the @segkit/react entry dist/%s 'use client' on its first line, for React Server Components",
    (entry) => {
      const first = readFileSync(path.join(root, 'packages/react/dist', entry), 'utf8').split('\n')[0]
      expect(first).toMatch(/^['"]use client['"];?$/)
    },
  )

  it.each(['index.js', 'dnd/index.js'])(
    "keeps 'use client' in the directive prologue of the CJS dist/cjs/%s",
    (entry) => {
      const prologue = readFileSync(path.join(root, 'packages/react/dist/cjs', entry), 'utf8')
        .split('\n')
        .slice(0, 2)
      expect(prologue).toEqual(['"use strict";', "'use client';"])
    },
  )

  it("keeps 'use client' out of @segkit/core, which runs on servers too", () => {
    const first = readFileSync(path.join(root, 'packages/core/dist/index.js'), 'utf8').split('\n')[0]
    expect(first).not.toContain('use client')
  })

  it('keeps fast-check (an optional peer) out of everything @segkit/core/testing imports', () => {
    const seen = new Set<string>()
    const reaches: string[] = []
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      const text = readFileSync(file, 'utf8')
      for (const match of text.matchAll(/(?:from|import)\s*['"]([^'"]+)['"]/g)) {
        const spec = match[1] ?? ''
        if (spec === 'fast-check') reaches.push(path.relative(root, file))
        else if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec))
      }
    }
    visit(path.join(root, 'packages/core/dist/testing/index.js'))
    expect(seen.size).toBeGreaterThan(3)
    expect(reaches).toEqual([])
  })
})
