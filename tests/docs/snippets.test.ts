/**
 * Every ```ts and ```tsx block of README.md and docs/*.md compiles under strict TypeScript
 * against the workspace sources of @segkit/*, each block as a module of its own
 * (`noUnusedLocals` included: an import the snippet does not use is an error, as in a
 * user's linted app). A block marked ```ts fragment (a shape, an excerpt) is not compiled.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

interface Snippet {
  /** `docs/react.md:42` — where the block starts. */
  where: string
  lang: 'ts' | 'tsx'
  code: string
}

/** The compiled blocks of a Markdown file (```ts / ```tsx, not marked `fragment`). */
function snippetsOf(file: string): Snippet[] {
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n')
  const out: Snippet[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*```(tsx?)(\s+.*)?$/.exec(lines[i] ?? '')
    if (!open) continue
    const start = i
    const body: string[] = []
    for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i] ?? ''); i++) body.push(lines[i] ?? '')
    if (/\bfragment\b/.test(open[2] ?? '')) continue
    out.push({ where: `${file}:${start + 1}`, lang: open[1] as 'ts' | 'tsx', code: body.join('\n') })
  }
  return out
}

const files = [
  'README.md',
  ...readdirSync(path.join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
]
const snippets = files.flatMap(snippetsOf)

/** "Declared but never read": an error for imports (a user's linter flags them), not for a top-level result. */
const unusedCodes = new Set([6133, 6192, 6196, 6198])
const isInImport = (file: ts.SourceFile, position: number) =>
  file.statements.some((s) => ts.isImportDeclaration(s) && s.getStart(file) <= position && position < s.end)

/** Compiles the snippets together (one program, one module each); diagnostics by snippet. */
function compile(all: readonly Snippet[]): Map<string, string[]> {
  // Inside the workspace, so that react, zod and the other packages resolve from its node_modules.
  const dir = path.join(root, 'node_modules/.cache/docs-snippets')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const byFile = new Map<string, string>()
  all.forEach((s, i) => {
    const file = path.join(dir, `snippet-${i}.${s.lang}`)
    const isModule = /^\s*(import|export)\s/m.test(s.code)
    writeFileSync(file, isModule ? s.code : `${s.code}\nexport {}\n`)
    byFile.set(file, s.where)
  })
  const src = (p: string) => [path.join(root, 'packages', p)]
  const program = ts.createProgram([...byFile.keys()], {
    target: ts.ScriptTarget.ES2023,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['@segkit/source'],
    allowImportingTsExtensions: true,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noUnusedLocals: true,
    noEmit: true,
    // `import '@segkit/react/styles.css'` is for the bundler.
    noUncheckedSideEffectImports: false,
    skipLibCheck: true,
    types: ['node'],
    paths: {
      '@segkit/core': src('core/src/index.ts'),
      '@segkit/core/sql': src('core/src/sql/index.ts'),
      '@segkit/core/author': src('core/src/author/index.ts'),
      '@segkit/core/evaluate': src('core/src/evaluate/index.ts'),
      '@segkit/core/testing': src('core/src/testing/index.ts'),
      '@segkit/core/arbitraries': src('core/src/arbitraries/index.ts'),
      '@segkit/core/json-schema': src('core/src/json/json-schema.ts'),
      '@segkit/react': src('react/src/index.ts'),
      '@segkit/react/dnd': src('react/src/dnd/index.ts'),
      '@segkit/react/i18n/de': src('react/src/i18n/de.ts'),
    },
  })
  const out = new Map<string, string[]>(all.map((s) => [s.where, []]))
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const where = d.file ? byFile.get(d.file.fileName) : undefined
    const text = ts.flattenDiagnosticMessageText(d.messageText, '\n')
    if (!d.file || !where) {
      // An error inside the packages themselves is typecheck's business, not the docs'.
      if (!d.file) out.get(all[0]?.where ?? '')?.push(text)
      continue
    }
    if (unusedCodes.has(d.code) && !isInImport(d.file, d.start ?? 0)) continue
    const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0)
    out.get(where)?.push(`line ${line + 1} of the block: TS${d.code} ${text}`)
  }
  return out
}

describe('code blocks of the docs compile', () => {
  const results = compile(snippets)

  it('finds the blocks (README and docs)', () => {
    expect(snippets.some((s) => s.where.startsWith('README.md'))).toBe(true)
    expect(snippets.filter((s) => s.where.startsWith('docs/')).length).toBeGreaterThan(5)
  })

  it.each(snippets.map((s) => [s.where] as const))('%s', (where) => {
    expect(results.get(where)).toEqual([])
  })
})
