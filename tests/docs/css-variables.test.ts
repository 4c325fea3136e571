/**
 * Every theming variable of the builder's stylesheet is documented in docs/react.md with its type and
 * its light and dark defaults, and the docs name no variable the stylesheet does not read.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const css = readFileSync(path.join(root, 'packages/react/src/styles.css'), 'utf8')
const docs = readFileSync(path.join(root, 'docs/react.md'), 'utf8')

/** `--segkit-x` → its default in the rule block that starts at `selector`. */
function defaultsIn(selector: string): Map<string, string> {
  const start = css.indexOf(selector)
  const block = css.slice(start, css.indexOf('}', start))
  const out = new Map<string, string>()
  for (const m of block.matchAll(/var\((--segkit-[a-z-]+), (.*)\);\s*$/gm)) out.set(m[1] as string, m[2] as string)
  return out
}

const light = defaultsIn(':where([data-segkit-root]:not([data-unstyled])) {')
const dark = defaultsIn(':where([data-segkit-root][data-theme="dark"]:not([data-unstyled])) {')
const rows = new Map(
  [...docs.matchAll(/^\| `(--segkit-[a-z-]+)` \| `<[a-z-]+>` \| `(.*?)` \| `(.*?)` \| .+ \|$/gm)].map((m) => [
    m[1] as string,
    { light: m[2] as string, dark: m[3] as string },
  ]),
)

describe('the theming variables in docs/react.md', () => {
  it('reads the stylesheet (the check can see its variables)', () => {
    expect(light.size).toBeGreaterThan(20)
    expect(dark.size).toBeGreaterThan(10)
  })

  it('documents every variable of the stylesheet with its light and dark default', () => {
    for (const [name, value] of light) {
      expect(rows.get(name), name).toEqual({ light: value, dark: dark.get(name) ?? value })
    }
  })

  it('documents no variable the stylesheet does not read', () => {
    const used = new Set(css.match(/--segkit-[a-z-]+/g))
    expect([...rows.keys()].filter((name) => !used.has(name))).toEqual([])
  })
})
