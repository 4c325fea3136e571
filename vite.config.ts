/**
 * Root Vite/Vitest config: one vitest project per kind of test.
 * Workspace packages resolve from source through the `@segkit/source` condition.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'

const root = path.dirname(fileURLToPath(import.meta.url))
const chromium = {
  executablePath: process.env.SEGKIT_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}
/**
 * Stories as tests in Chromium, once per theme (axe checks each story's contrast in both):
 * `storybook` in light, `storybook-dark` in dark, the theme global set through a define read by preview.ts.
 */
function storybookProject(theme: 'light' | 'dark') {
  return {
    extends: true as const,
    plugins: [storybookTest({ configDir: path.join(root, 'stories/.storybook') })],
    define: { __SEGKIT_STORY_THEME__: JSON.stringify(theme) },
    test: {
      name: theme === 'light' ? 'storybook' : `storybook-${theme}`,
      // The 500-condition story mounts in ~10 s in dev-mode React; room for a loaded machine.
      testTimeout: 60_000,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: chromium }),
        instances: [{ browser: 'chromium' as const }],
      },
    },
  }
}

const conditions = ['@segkit/source', 'module', 'browser', 'development|production']

export default defineConfig({
  plugins: [react()],
  resolve: { conditions },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['packages/core/src/**/*.test.ts', 'apps/demo/src/**/*.test.ts', 'tests/docs/**/*.test.ts'],
          // Property tests run hundreds of cases: room for a loaded CI machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'react',
          environment: 'jsdom',
          globals: true,
          include: ['packages/react/src/**/*.test.{ts,tsx}'],
          testTimeout: 30_000,
          setupFiles: ['packages/react/test/setup.ts'],
        },
      },
      {
        extends: true,
        resolve: { conditions: ['@segkit/source', 'module', 'node', 'development|production'] },
        test: {
          name: 'engines',
          environment: 'node',
          include: ['tests/engines/**/*.test.ts', 'tests/sql/**/*.test.ts', 'tests/differential/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        resolve: { conditions: ['@segkit/source', 'module', 'node', 'development|production'] },
        test: {
          // Hostile input at every public entry point (tests/fuzz/fuzz.ts: SEGKIT_FUZZ_RUNS for long runs).
          // The builder's part runs in jsdom through its file's environment comment.
          name: 'fuzz',
          environment: 'node',
          include: ['tests/fuzz/**/*.test.{ts,tsx}'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // The packed tarballs installed into a consumer project (Vite, Next.js, Node ESM/CJS, TypeScript).
          name: 'package',
          environment: 'node',
          include: ['tests/package/**/*.test.ts'],
          globalSetup: ['tests/package/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts', 'tests/react18/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      storybookProject('light'),
      storybookProject('dark'),
    ],
  },
})
