/**
 * Every public export of @segkit/core and @segkit/react carries a TSDoc comment (what a user
 * sees on hover), and the comments written on fields reach the emitted `.d.ts`.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script without declarations
import { coverage } from '../../scripts/tsdoc-coverage.mjs'

interface ExportCoverage {
  name: string
  where: string
  documented: boolean
  undocumentedMembers: string[]
}
interface EntryCoverage {
  entry: string
  exports: ExportCoverage[]
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const report = (coverage as () => EntryCoverage[])()

describe('TSDoc coverage of the public API', () => {
  it('reads every entry of both packages', () => {
    const entries = report.map((r) => r.entry)
    expect(entries).toEqual(expect.arrayContaining(['@segkit/core', '@segkit/core/sql', '@segkit/react']))
    // A broken resolution would report zero exports and pass the 100 % check vacuously.
    for (const r of report) expect(r.exports.length, r.entry).toBeGreaterThan(0)
  })

  it.each(report.map((r) => [r.entry, r] as const))('%s: every export has a doc comment', (_, r) => {
    const missing = r.exports.filter((e) => !e.documented).map((e) => `${e.name} (${e.where})`)
    expect(missing).toEqual([])
  })

  it('field comments reach the .d.ts (built packages)', () => {
    const read = (file: string) => {
      const full = path.join(root, file)
      if (!existsSync(full)) throw new Error(`${file} is missing: run \`pnpm build\` first`)
      return readFileSync(full, 'utf8')
    }
    // Field comments in the source, found again on the field in the declaration files.
    expect(read('packages/core/dist/catalog/schema.d.ts')).toMatch(
      /\/\*\* The data keeps this property's history[^*]*\*\/\s*history\?:/,
    )
    expect(read('packages/core/dist/evaluate/evaluator.d.ts')).toMatch(/\/\*\* Member ids, sorted[^*]*\*\/\s*ids:/)
    expect(read('packages/react/dist/SegmentBuilder.d.ts')).toMatch(/\/\*\*[^*]*Accessible name of the builder region/)
  })
})
