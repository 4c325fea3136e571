// Where the bytes of @segkit/react are: bundles an import of the built dist with esbuild as size-limit does (with code splitting; every chunk counts)
// (minified, NODE_ENV=production, react and react-dom external), reads the metafile and prints each part's
// minified bytes and its share of the gzip total, and the exact marginal gzip cost of each package (the bundle
// with the package minus the bundle with it external).
//
//   node scripts/size-parts.mjs                      # import * from packages/react/dist/index.js
//   node scripts/size-parts.mjs '{ SegmentBuilder }' # only what that import needs
//   node scripts/size-parts.mjs '*' packages/core/dist/index.js
//   CUT='sequence/,related/' node scripts/size-parts.mjs '{ SegmentBuilder }'
//     # what-if: the gzip saved if the dist files whose path contains each comma-separated part were loaded
//     # later (an import() boundary at that module), each on its own and all together
import { gzipSync } from 'node:zlib'
import { build, REACT, SIZE_OPTIONS } from './size-esbuild.mjs'

const names = process.argv[2] ?? '*'
const entry = process.argv[3] ?? 'packages/react/dist/index.js'
const importLine = names === '*' ? `export * from './${entry}'` : `export ${names} from './${entry}'`
const base = REACT

/** An esbuild plugin that leaves out (external) every dist file whose path contains one of `parts`. */
function leaveOut(parts) {
  return {
    name: 'leave-out',
    setup(b) {
      b.onResolve({ filter: /^\./ }, (args) => {
        const full = new URL(args.path, `file://${args.resolveDir}/`).pathname
        return parts.some((part) => full.includes(part)) ? { path: args.path, external: true } : undefined
      })
    },
  }
}

async function bundle(external, cut = []) {
  // With code splitting, as apps bundle the builder (its later chunk is an import()): every chunk counts,
  // each file gzipped on its own.
  const result = await build({
    plugins: cut.length > 0 ? [leaveOut(cut)] : [],
    ...SIZE_OPTIONS,
    splitting: true,
    outdir: 'size-parts',
    stdin: { contents: importLine, resolveDir: process.cwd(), loader: 'js' },
    external,
  })
  const files = result.outputFiles.filter((file) => file.path.endsWith('.js'))
  const size = files.reduce((sum, file) => sum + file.contents.length, 0)
  const gzip = files.reduce((sum, file) => sum + gzipSync(file.contents, { level: 9 }).length, 0)
  const inputs = Object.assign({}, ...Object.values(result.metafile.outputs).map((output) => output.inputs))
  return { size, gzip, inputs }
}

/** A part name for an input path: a package, or a folder of our own source. */
function partOf(path) {
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path)
  if (pkg) return pkg[1]
  const own = /packages\/(core|react)\/dist\/(.*)$/.exec(path)
  if (!own) return path
  const [, pkgName, rest] = own
  const dir = rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : rest
  return `${pkgName}: ${dir}`
}

const full = await bundle(base)
const parts = new Map()
const files = []
for (const [path, { bytesInOutput }] of Object.entries(full.inputs)) {
  const part = partOf(path)
  parts.set(part, (parts.get(part) ?? 0) + bytesInOutput)
  files.push([path.replace(/^.*?packages\//, ''), bytesInOutput])
}
const kb = (n) => (n / 1000).toFixed(1)
console.log(`${importLine}\ntotal: ${kb(full.size)} kB minified, ${kb(full.gzip)} kB gzip\n`)
console.log('| part | minified kB | gzip share kB |\n| --- | --- | --- |')
for (const [part, bytes] of [...parts].sort((a, b) => b[1] - a[1])) {
  console.log(`| ${part} | ${kb(bytes)} | ${kb((bytes / full.size) * full.gzip)} |`)
}
console.log('\nlargest files:')
for (const [path, bytes] of files.sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 40))) {
  console.log(`${kb(bytes).padStart(6)}  ${path}`)
}
const packages = [...new Set([...parts.keys()].filter((p) => !p.includes(': ')))]
const marginal = ['@segkit/core', ...packages.filter((p) => p !== '@segkit/core')]
console.log('\nmarginal gzip (bundle minus the bundle with the package external):')
for (const pkg of marginal) {
  const external = pkg === '@segkit/core' ? [...base, '@segkit/core', '@segkit/core/*'] : [...base, pkg, `${pkg}/*`]
  const without = await bundle(external)
  console.log(`${kb(full.gzip - without.gzip).padStart(6)}  ${pkg}`)
}

if (process.env.CUT) {
  const cuts = process.env.CUT.split(',').filter(Boolean)
  console.log('\nwhat-if, gzip saved if loaded later:')
  for (const cut of [...cuts.map((c) => [c]), cuts]) {
    const without = await bundle(base, cut)
    console.log(`${kb(full.gzip - without.gzip).padStart(6)}  ${cut.join(' + ')}`)
  }
}
