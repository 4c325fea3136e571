/**
 * Packs @segkit/core and @segkit/react and installs the tarballs into a fresh consumer project
 * (see `consumer.ts`) once for all package tests; removes it afterwards.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { type InstalledConsumer, pnpm, requireBuild, root } from './consumer.ts'

/** The version the workspace has installed, so the consumer uses what the tests run against. */
const installed = (name: string) =>
  (JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version

/**
 * Packs both packages and installs the tarballs into a new consumer project in the temp
 * directory; returns it and a function that removes it. Shared with tests/react18, which
 * bundles its page from this consumer (the tarballs, not the sources).
 */
export function installConsumer(): { consumer: InstalledConsumer; remove: () => void } {
  requireBuild()
  const dir = mkdtempSync(path.join(tmpdir(), 'segkit-package-'))
  const packs = path.join(dir, 'packs')
  mkdirSync(packs)
  for (const pkg of ['core', 'react']) {
    const packed = pnpm(['pack', '--pack-destination', packs], path.join(root, 'packages', pkg))
    if (packed.status !== 0) throw new Error(`pnpm pack of ${pkg} failed:\n${packed.stdout}\n${packed.stderr}`)
  }
  const tarball = (prefix: string) => {
    const file = readdirSync(packs).find((f) => f.startsWith(prefix) && f.endsWith('.tgz'))
    if (!file) throw new Error(`no ${prefix}*.tgz in ${packs}`)
    return path.join(packs, file)
  }
  const tarballs = { core: tarball('segkit-core-'), react: tarball('segkit-react-') }

  const app = path.join(dir, 'app')
  cpSync(path.join(root, 'tests/package/apps'), app, { recursive: true })
  const thirdParty = [
    'react',
    'react-dom',
    '@types/react',
    '@types/react-dom',
    '@types/node',
    'next',
    'vite',
    '@vitejs/plugin-react',
    'typescript',
    'fast-check',
    '@dnd-kit/core',
    '@dnd-kit/sortable',
    '@dnd-kit/utilities',
  ]
  writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify(
      {
        name: 'segkit-consumer',
        private: true,
        type: 'module',
        dependencies: {
          '@segkit/core': `file:${tarballs.core}`,
          '@segkit/react': `file:${tarballs.react}`,
          ...Object.fromEntries(thirdParty.map((name) => [name, installed(name)])),
        },
      },
      null,
      2,
    ),
  )
  // @segkit/react's tarball asks for "@segkit/core": "<version>": point it at the local tarball.
  writeFileSync(
    path.join(app, 'pnpm-workspace.yaml'),
    `packages: []\nmanagePackageManagerVersions: false\noverrides:\n  '@segkit/core': 'file:${tarballs.core}'\n`,
  )
  const install = pnpm(['install', '--prefer-offline', '--reporter=append-only'], app)
  if (install.status !== 0) throw new Error(`installing the tarballs failed:\n${install.stdout}\n${install.stderr}`)

  return { consumer: { dir: app, tarballs }, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export default function setup(project: TestProject) {
  const { consumer, remove } = installConsumer()
  project.provide('packageConsumer', consumer)
  return remove
}
