/**
 * A throwaway consumer project next to the workspace (`.consumer-*`, gitignored)
 * that depends on the BUILT packages by name, without the `@segkit/source`
 * condition: what a user gets from npm, short of the tarball.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The built entry points; a package test cannot run before `pnpm build`. */
export function requireBuild(): void {
  for (const file of ['packages/core/dist/index.js', 'packages/react/dist/index.js']) {
    if (!existsSync(path.join(root, file))) throw new Error(`${file} is missing: run \`pnpm build\` first`)
  }
}

export interface Consumer {
  dir: string
  write(file: string, text: string): void
  /** Runs a command in the consumer directory; returns its exit code and output. */
  run(command: string, args: string[]): { status: number | null; stdout: string; stderr: string }
  remove(): void
}

/** A consumer directory whose node_modules/@segkit/* link to the built packages. */
export function createConsumer(name: string): Consumer {
  const dir = path.join(root, `.consumer-${name}-${process.pid}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, 'node_modules/@segkit'), { recursive: true })
  symlinkSync(path.join(root, 'packages/core'), path.join(dir, 'node_modules/@segkit/core'), 'dir')
  symlinkSync(path.join(root, 'packages/react'), path.join(dir, 'node_modules/@segkit/react'), 'dir')
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }),
  )
  return {
    dir,
    write(file, text) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      writeFileSync(path.join(dir, file), text)
    },
    run(command, args) {
      const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } })
      return { status: result.status, stdout: result.stdout, stderr: result.stderr }
    },
    remove() {
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
