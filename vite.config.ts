/**
 * Root Vite/Vitest config: one vitest project per kind of test.
 * Workspace packages resolve from source through the `@segkit/source` condition.
 */
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

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
          include: ['packages/core/src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'react',
          environment: 'jsdom',
          globals: true,
          include: ['packages/react/src/**/*.test.{ts,tsx}'],
          setupFiles: ['packages/react/test/setup.ts'],
        },
      },
      {
        extends: true,
        resolve: { conditions: ['@segkit/source', 'module', 'node', 'development|production'] },
        test: {
          name: 'engines',
          environment: 'node',
          include: ['tests/sql/**/*.test.ts', 'tests/differential/**/*.test.ts', 'tests/package/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
