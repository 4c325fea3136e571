// The whole test suite, as the README's test command runs it: lint, types,
// build, unit and engine tests, stories in Chromium, end-to-end in Chromium.
import { execSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { ensureChromium } from './ensure-chromium.mjs'
import { ensureMariadb } from './ensure-mariadb.mjs'

const steps = [
  ['lint', 'pnpm run lint'],
  ['typecheck', 'pnpm run typecheck'],
  ['build', 'pnpm run build'],
  ['size budgets', 'pnpm run size'],
  ['storybook build', 'pnpm run build-storybook'],
  ['API reference (TypeDoc; a warning fails)', 'pnpm run docs:api'],
  ['tests', 'pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json'],
]

ensureChromium()
ensureMariadb()
const started = Date.now()
for (const [name, command] of steps) {
  const t0 = Date.now()
  console.log(`\n[segkit] ${name}: ${command}`)
  execSync(command, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1', STORYBOOK_DISABLE_TELEMETRY: '1' } })
  console.log(`[segkit] ${name} ok in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
}
const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'))
console.log(`\nvitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed`)
console.log(`[segkit] all checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s`)
