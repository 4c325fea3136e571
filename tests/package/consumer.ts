/**
 * The consumer that the package tests share: both packages packed with `pnpm pack` (which turns
 * `workspace:*` into a version) and installed from those tarballs into a project in the system's
 * temp directory, far from the workspace's node_modules — what a user gets from npm. The project
 * (`apps/`, copied) holds a Vite app, a Next.js App Router app, Node ESM and CJS scripts and
 * TypeScript files; third-party packages come from the pnpm store (`--prefer-offline`), so the
 * install takes seconds. Built once per run by `global-setup.ts`; the tests read it with `inject`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { inject } from 'vitest'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The built entry points; a package test cannot run before `pnpm build`. */
export function requireBuild(): void {
  for (const file of [
    'packages/core/dist/index.js',
    'packages/react/dist/index.js',
    'packages/core/dist/cjs/index.js',
  ]) {
    if (!existsSync(path.join(root, file))) throw new Error(`${file} is missing: run \`pnpm build\` first`)
  }
}

export interface RunResult {
  status: number | null
  stdout: string
  stderr: string
}

/** Runs a command; returns its exit code and output (never throws on a non-zero exit). */
export function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): RunResult {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  })
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? String(result.error ?? '') }
}

/** pnpm as the test command runs it (`npm_execpath`), or through npx. */
export function pnpm(args: string[], cwd: string): RunResult {
  const execPath = process.env.npm_execpath ?? ''
  return /pnpm/.test(path.basename(execPath)) || /[\\/]pnpm[\\/]/.test(execPath)
    ? run(process.execPath, [execPath, ...args], cwd)
    : run('npx', ['-y', 'pnpm@10.34.9', ...args], cwd)
}

/** The installed consumer project and the tarballs it was installed from. */
export interface InstalledConsumer {
  /** The consumer project (a copy of `tests/package/apps` with node_modules). */
  dir: string
  tarballs: { core: string; react: string }
}

/** The consumer that `global-setup.ts` installed for this run. */
export function consumer(): InstalledConsumer {
  return inject('packageConsumer')
}

/** Runs Node on a file of the consumer project. */
export function runNode(file: string, args: string[] = []): RunResult {
  const { dir } = consumer()
  return run(process.execPath, [path.join(dir, file), ...args], path.dirname(path.join(dir, file)))
}

/** The last line of a script's output, as JSON. */
export function lastJsonLine<T>(stdout: string): T {
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? 'null') as T
}

declare module 'vitest' {
  export interface ProvidedContext {
    packageConsumer: InstalledConsumer
  }
}
