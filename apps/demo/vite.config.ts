import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@segkit/source', 'module', 'browser', 'development|production'] },
  // PGlite loads its WebAssembly and data files relative to its own module: keep it out of pre-bundling.
  optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  // The evaluator and PGlite run in module workers.
  worker: { format: 'es' },
  build: { target: 'es2022' },
})
