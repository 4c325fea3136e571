import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['@segkit/source', 'module', 'browser', 'development|production'] },
  optimizeDeps: { exclude: ['@electric-sql/pglite'] },
})
