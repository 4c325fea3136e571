// @vitest-environment node
/**
 * The packed tarballs, as npm would publish them: what they hold, what their manifest says,
 * and what @arethetypeswrong/cli and publint say about them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { consumer, root, run } from './consumer.ts'

const packages = ['core', 'react'] as const
const { tarballs } = consumer()
const unpacked = mkdtempSync(path.join(tmpdir(), 'segkit-tarball-'))
afterAll(() => rmSync(unpacked, { recursive: true, force: true }))

const files = Object.fromEntries(
  packages.map((pkg) => {
    const listing = run('tar', ['-tzf', tarballs[pkg]], root)
    return [
      pkg,
      listing.stdout
        .trim()
        .split('\n')
        .map((f) => f.replace(/^package\//, '')),
    ]
  }),
) as Record<(typeof packages)[number], string[]>

const unpack = (pkg: (typeof packages)[number]) => {
  const dir = path.join(unpacked, pkg)
  run('mkdir', ['-p', dir], root)
  run('tar', ['-xzf', tarballs[pkg], '-C', dir, '--strip-components=1'], root)
  return dir
}
const dirs = { core: unpack('core'), react: unpack('react') }

interface Manifest {
  name: string
  repository?: { url: string; directory: string }
  homepage?: string
  engines?: { node: string }
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
}
const manifest = (pkg: (typeof packages)[number]) =>
  JSON.parse(readFileSync(path.join(dirs[pkg], 'package.json'), 'utf8')) as Manifest

describe('the packed tarballs', () => {
  it.each(packages)(
    '@segkit/%s ships README.md, LICENSE, ESM and CJS builds with declarations and maps, and the sources',
    (pkg) => {
      expect(files[pkg]).toEqual(
        expect.arrayContaining([
          'README.md',
          'LICENSE',
          'package.json',
          'dist/index.js',
          'dist/index.js.map',
          'dist/index.d.ts',
          'dist/index.d.ts.map',
          'dist/cjs/package.json',
          'dist/cjs/index.js',
          'dist/cjs/index.js.map',
          'dist/cjs/index.d.ts',
          'src/index.ts',
        ]),
      )
      expect(files[pkg].filter((f) => /\.test\.tsx?$|(^|\/)node_modules\/|tsconfig|\.tsbuildinfo$/.test(f))).toEqual([])
      expect(JSON.parse(readFileSync(path.join(dirs[pkg], 'dist/cjs/package.json'), 'utf8'))).toEqual({
        type: 'commonjs',
      })
      expect(readFileSync(path.join(dirs[pkg], 'LICENSE'), 'utf8')).toMatch(/^MIT License/)
    },
  )

  it.each(packages)('every source map of @segkit/%s points at a source file that is in the tarball', (pkg) => {
    const maps = files[pkg].filter((f) => f.endsWith('.map'))
    expect(maps.length).toBeGreaterThan(20)
    const missing: string[] = []
    for (const map of maps) {
      const { sources } = JSON.parse(readFileSync(path.join(dirs[pkg], map), 'utf8')) as { sources: string[] }
      for (const source of sources) {
        const file = path.relative(dirs[pkg], path.resolve(path.dirname(path.join(dirs[pkg], map)), source))
        if (!files[pkg].includes(file)) missing.push(`${map} -> ${source}`)
      }
    }
    expect(missing).toEqual([])
  })

  it.each(packages)('the manifest of @segkit/%s names its repository, homepage and Node engines', (pkg) => {
    const m = manifest(pkg)
    expect(m.repository).toEqual({
      type: 'git',
      url: expect.stringMatching(/^git\+https:/),
      directory: `packages/${pkg}`,
    })
    expect(m.homepage).toMatch(/^https:\/\//)
    expect(m.engines).toEqual({ node: '>=20.19' })
  })

  it('replaces workspace:* with the version and asks for its runtime dependencies with caret ranges', () => {
    const text = readFileSync(path.join(dirs.react, 'package.json'), 'utf8')
    expect(text).not.toContain('workspace:')
    expect(manifest('react').dependencies).toEqual({
      '@segkit/core': '0.1.0',
      zustand: expect.stringMatching(/^\^5\./),
    })
    expect(manifest('core').dependencies).toEqual({ zod: expect.stringMatching(/^\^4\./) })
  })

  it('makes dnd-kit an optional peer of @segkit/react, for @segkit/react/dnd only', () => {
    const m = manifest('react')
    for (const name of ['@dnd-kit/core', '@dnd-kit/sortable', '@dnd-kit/utilities']) {
      expect(m.dependencies).not.toHaveProperty(name)
      expect(m.peerDependencies).toHaveProperty(name)
      expect(m.peerDependenciesMeta?.[name]).toEqual({ optional: true })
    }
    const mainEntry = files.react.filter((f) => f.startsWith('dist/') && f.endsWith('.js') && !f.includes('/dnd/'))
    const reachDndKit = mainEntry.filter((f) => readFileSync(path.join(dirs.react, f), 'utf8').includes('@dnd-kit/'))
    expect(reachDndKit).toEqual([])
  })

  it.each(packages)(
    '@arethetypeswrong/cli finds no problem in @segkit/%s for node16 (CJS and ESM) and bundler',
    (pkg) => {
      const attw = path.join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js')
      const { status, stdout, stderr } = run(
        process.execPath,
        [attw, tarballs[pkg], '--profile', 'node16', '--format', 'json', '--exclude-entrypoints', './styles.css'],
        root,
      )
      expect({ status, stderr }).toEqual({ status: 0, stderr: '' })
      const report = JSON.parse(stdout) as {
        analysis: { entrypoints: Record<string, unknown> }
        problems?: Record<string, { entrypoint: string; resolutionKind?: string }[]>
      }
      expect(Object.keys(report.analysis.entrypoints).length).toBeGreaterThan(1)
      // node10 (TypeScript's legacy resolution, without `exports`) cannot reach subpath entries; the profile ignores it.
      const problems = Object.values(report.problems ?? {})
        .flat()
        .filter((problem) => problem.resolutionKind !== 'node10')
      expect(problems).toEqual([])
    },
  )

  it.each(packages)('publint finds nothing to say about @segkit/%s', (pkg) => {
    const publint = path.join(root, 'node_modules/publint/src/cli.js')
    const { status, stdout, stderr } = run(process.execPath, [publint, 'run', tarballs[pkg], '--strict'], root)
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' })
    expect(stdout).toContain('All good!')
  })
})
