// `pnpm bench`: builds the packages (segkit is measured from dist, as users run
// it; `--no-build` skips this), runs each benchmark of tests/bench in its own
// Node process (each segkit-vs-peer pair is measured inside one process), then
// prints one table of figures and ratios. `pnpm bench sql duckdb` runs only the
// files whose name contains one of the words. Medians after a warm-up.
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const MARKER = '@@segkit-bench '

const reactReady = () => /\bSegmentBuilder\b/.test(readFileSync(path.join(root, 'packages/react/src/index.ts'), 'utf8'))

/** [file, extra node flags, precondition or null] */
const benches = [
  ['tests/bench/sql-compile.ts', [], null],
  ['tests/bench/sql-shape.ts', [], null],
  ['tests/bench/evaluator-json-logic.ts', [], null],
  ['tests/bench/evaluator-duckdb.ts', ['--expose-gc'], null],
  ['tests/bench/sql-duckdb.ts', ['--max-old-space-size=16000'], null],
  ['tests/bench/evaluator-typed.ts', ['--expose-gc', '--max-old-space-size=16000'], null],
  ['tests/bench/react-profiler.tsx', [], reactReady],
  ['tests/bench/react-first-render.ts', [], reactReady],
  ['tests/bench/react-picker.ts', [], reactReady],
]

const started = Date.now()
const args = process.argv.slice(2)
const filters = args.filter((a) => !a.startsWith('--'))
if (!args.includes('--no-build')) {
  const t0 = Date.now()
  for (const pkg of ['core', 'react']) {
    const tsc = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', `packages/${pkg}/tsconfig.build.json`],
      { cwd: root, stdio: 'inherit' },
    )
    if (tsc.status !== 0) console.warn(`[bench] tsc for @segkit/${pkg} reported errors; measuring what it emitted`)
  }
  console.log(`[bench] built packages/*/dist in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
}
const selected = benches.filter(([file]) => filters.length === 0 || filters.some((f) => file.includes(f)))

function run(file, flags) {
  return new Promise((resolve) => {
    const rows = []
    const child = spawn(
      process.execPath,
      [...flags, '--import', 'tsx', '--import', './tests/bench/use-dist.mjs', file],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, TSX_TSCONFIG_PATH: 'tests/bench/tsconfig.json' },
      },
    )
    let buffered = ''
    child.stdout.on('data', (chunk) => {
      buffered += chunk
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) {
        if (line.startsWith(MARKER)) rows.push(JSON.parse(line.slice(MARKER.length)))
        else console.log(line)
      }
    })
    child.on('close', (code) => resolve({ code, rows }))
  })
}

const fmt = (v) =>
  v === undefined || v === null
    ? ''
    : v >= 100
      ? v.toFixed(0)
      : v >= 10
        ? v.toFixed(1)
        : v >= 1
          ? v.toFixed(2)
          : v.toFixed(3)

const all = []
const failed = []
const skipped = []
for (const [file, flags, ready] of selected) {
  if (ready && !ready()) {
    skipped.push(`${file} (SegmentBuilder is not exported from @segkit/react yet)`)
    continue
  }
  const t0 = Date.now()
  console.log(`\n[bench] ${file}`)
  const { code, rows } = await run(file, flags)
  console.log(
    `[bench] ${file}: ${code === 0 ? 'done' : `FAILED (exit ${code})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  )
  if (code !== 0) failed.push(file)
  all.push(...rows)
}

const header = ['section', 'case', 'unit', 'segkit', 'peer', 'peer figure', 'ratio (peer / segkit)']
const lines = [header, header.map(() => '---')]
for (const r of all) {
  lines.push([
    r.section,
    r.note ? `${r.case} (${r.note})` : r.case,
    r.unit,
    fmt(r.segkit),
    r.peer ?? '',
    fmt(r.peerValue),
    r.ratio === undefined ? '' : `${r.ratio < 0.1 ? r.ratio.toFixed(3) : r.ratio.toFixed(1)}×`,
  ])
}
const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
console.log(
  `\n## segkit benchmarks — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${cpu}`,
)
console.log(
  'Times are medians after a warm-up; a ratio above 1 means segkit needs less (time, renders, bytes) than the peer.\n',
)
for (const line of lines) console.log(`| ${line.join(' | ')} |`)
for (const s of skipped) console.log(`\nskipped: ${s}`)
console.log(`\n[bench] total ${((Date.now() - started) / 1000).toFixed(1)} s (build included)`)
if (failed.length > 0) {
  console.error(`[bench] failed: ${failed.join(', ')}`)
  process.exit(1)
}
