import react from '@vitejs/plugin-react'
import { defineConfig, type Rolldown } from 'vite'

/** PGlite's Emscripten glue uses a direct `eval` on purpose; that one warning is noise here. */
function quietPgliteEval(level: Rolldown.LogLevel, log: Rolldown.RollupLog, handler: Rolldown.LogOrStringHandler) {
  if (log.code === 'EVAL' && log.id?.includes('@electric-sql/pglite')) return
  handler(level, log)
}

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@segkit/source', 'module', 'browser', 'development|production'] },
  // PGlite loads its WebAssembly and data files relative to its own module: keep it out of pre-bundling.
  optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  // The evaluator and PGlite run in module workers.
  worker: { format: 'es', rolldownOptions: { onLog: quietPgliteEval } },
  build: {
    target: 'es2022',
    // The PGlite worker is ~0.5 MB of JavaScript besides its wasm; it loads off the main thread.
    chunkSizeWarningLimit: 600,
    rolldownOptions: { onLog: quietPgliteEval },
  },
})
