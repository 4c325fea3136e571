// @vitest-environment node
/**
 * The installed tarballs from strict TypeScript with each module resolution a user may have:
 * `bundler` (Vite, Next.js), `node16` from an ESM file and `node16` from a CommonJS file
 * (`.cts`). Each resolves to the declarations of the build it will run (ESM `dist/` or CJS
 * `dist/cjs/`), never to the sources, and the `@ts-expect-error` lines prove the types are real.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { consumer, run } from './consumer.ts'

const { dir } = consumer()
const tsc = (config: string) =>
  run(process.execPath, [path.join(dir, 'node_modules/typescript/bin/tsc'), '-p', config, '--listFiles'], dir)
const ours = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter((file) => file.includes('/node_modules/@segkit/'))
    .map((file) => file.slice(file.lastIndexOf('/node_modules/@segkit/') + '/node_modules/'.length))
const errors = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter((line) => !line.startsWith('/'))

describe('the types of the installed packages', () => {
  it('moduleResolution bundler: the Vite app and the consumer file compile against dist/*.d.ts', () => {
    const { status, stdout } = tsc('types/tsconfig.bundler.json')
    expect(errors(stdout)).toEqual([])
    expect(status).toBe(0)
    const files = ours(stdout)
    expect(files).toEqual(expect.arrayContaining(['@segkit/core/dist/index.d.ts', '@segkit/react/dist/index.d.ts']))
    expect(files.filter((f) => !/^@segkit\/(core|react)\/dist\//.test(f) || f.includes('/dist/cjs/'))).toEqual([])
  })

  it('moduleResolution node16: an ESM file gets dist/*.d.ts and a CommonJS .cts file gets dist/cjs/*.d.ts', () => {
    const { status, stdout } = tsc('types/tsconfig.node16.json')
    expect(errors(stdout)).toEqual([])
    expect(status).toBe(0)
    const files = ours(stdout)
    expect(files).toEqual(
      expect.arrayContaining([
        '@segkit/core/dist/index.d.ts',
        '@segkit/react/dist/index.d.ts',
        '@segkit/core/dist/cjs/index.d.ts',
        '@segkit/react/dist/cjs/index.d.ts',
        '@segkit/react/dist/cjs/dnd/index.d.ts',
      ]),
    )
    expect(files.filter((f) => f.includes('/src/'))).toEqual([])
  })
})
