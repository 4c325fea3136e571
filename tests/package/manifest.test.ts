// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { requireBuild, root } from './consumer.ts'

interface Manifest {
  sideEffects: boolean | string[]
  exports: Record<string, string | Record<string, string>>
}
const manifest = (pkg: string) =>
  JSON.parse(readFileSync(path.join(root, 'packages', pkg, 'package.json'), 'utf8')) as Manifest

describe('the package manifests and built files', () => {
  beforeAll(requireBuild)

  it('declares @segkit/core free of side effects, so bundlers drop what is not imported', () => {
    expect(manifest('core').sideEffects).toBe(false)
  })

  it('declares only the stylesheet of @segkit/react as a side effect', () => {
    expect(manifest('react').sideEffects).toEqual(['*.css'])
  })

  it.each(['core', 'react'])('points every export condition of @segkit/%s at a file that exists', (pkg) => {
    const missing: string[] = []
    for (const [entry, target] of Object.entries(manifest(pkg).exports)) {
      const files = typeof target === 'string' ? [target] : Object.values(target)
      for (const file of files)
        if (!existsSync(path.join(root, 'packages', pkg, file))) missing.push(`${entry}: ${file}`)
    }
    expect(missing).toEqual([])
  })

  it.each(['core', 'react'])('gives every runtime export of @segkit/%s types and an import target in dist', (pkg) => {
    for (const [entry, target] of Object.entries(manifest(pkg).exports)) {
      if (typeof target === 'string') continue
      expect({ entry, types: target.types }).toEqual({ entry, types: expect.stringMatching(/^\.\/dist\/.+\.d\.ts$/) })
      expect({ entry, import: target.import }).toEqual({ entry, import: expect.stringMatching(/^\.\/dist\/.+\.js$/) })
    }
  })

  it.each(['index.js', 'dnd/index.js'])(
    "marks the @segkit/react entry dist/%s 'use client' on its first line, for React Server Components",
    (entry) => {
      const first = readFileSync(path.join(root, 'packages/react/dist', entry), 'utf8').split('\n')[0]
      expect(first).toMatch(/^['"]use client['"];?$/)
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
