/**
 * End-to-end setup: build the demo once and serve it with `vite preview` on a
 * free local port for the whole e2e run.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, preview } from 'vite'
import type { TestProject } from 'vitest/node'

const demoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../apps/demo')

export default async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test, which would make Vite build React's development bundle: test what users get.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ root: demoDir, mode: 'production', logLevel: 'warn' })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  const server = await preview({ root: demoDir, preview: { port: 0, host: '127.0.0.1', strictPort: false } })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not report a local URL')
  project.provide('demoUrl', url)
  return async () => {
    await server.close()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string
  }
}
