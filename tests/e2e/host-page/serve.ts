/**
 * Builds the host page (production React, sources of the workspace packages) and serves it with
 * `vite preview` on a free loopback port. Used by the host-styles test and the screenshot script.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, type PreviewServer, preview } from 'vite'

const here = path.dirname(fileURLToPath(import.meta.url))
const packages = path.resolve(here, '../../../packages')
const outDir = path.resolve(here, '../../../test-results/host-page')

/** The served page and how to stop it. */
export interface HostPage {
  url: string
  server: PreviewServer
}

/** Builds and serves the host page. */
export async function serveHostPage(): Promise<HostPage> {
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({
      configFile: false,
      root: here,
      mode: 'production',
      logLevel: 'warn',
      plugins: [react()],
      resolve: {
        conditions: ['@segkit/source', 'module', 'browser', 'production'],
        alias: [
          { find: /^@segkit\/core$/, replacement: path.join(packages, 'core/src/index.ts') },
          { find: /^@segkit\/core\/testing$/, replacement: path.join(packages, 'core/src/testing/index.ts') },
          { find: /^@segkit\/react$/, replacement: path.join(packages, 'react/src/index.ts') },
          { find: /^@segkit\/react\/styles\.css$/, replacement: path.join(packages, 'react/src/styles.css') },
        ],
      },
      build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4096 },
    })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  const server = await preview({
    configFile: false,
    root: here,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not report a local URL')
  return { url, server }
}
