// Builds one page of this directory with Vite's defaults (no config file, no custom conditions) and
// prints which packages have rendered code in the output, and which files of @segkit/* went in.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

const page = process.argv[2] ?? 'index'
const root = path.dirname(fileURLToPath(import.meta.url))
const shipped = new Set()
const segkitFiles = new Set()
await build({
  root,
  configFile: false,
  logLevel: 'silent',
  build: { outDir: `dist-${page}`, emptyOutDir: true, rollupOptions: { input: path.join(root, `${page}.html`) } },
  plugins: [
    react(),
    {
      name: 'record-shipped-packages',
      transform(_code, id) {
        const at = id.lastIndexOf('/node_modules/@segkit/')
        if (at >= 0) segkitFiles.add(id.slice(at + '/node_modules/'.length).split('?')[0])
      },
      generateBundle(_options, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue
          for (const [id, info] of Object.entries(chunk.modules)) {
            const at = id.lastIndexOf('/node_modules/')
            if (at < 0) continue
            const rest = id.slice(at + '/node_modules/'.length).split('/')
            const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]
            if (info.renderedLength > 0) shipped.add(name)
          }
        }
      },
    },
  ],
})
console.log(JSON.stringify({ shipped: [...shipped].sort(), segkitFiles: [...segkitFiles].sort() }))
