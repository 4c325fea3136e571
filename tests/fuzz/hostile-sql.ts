/**
 * Hostile names and values for the SQL fuzzing: identifiers for every mapping slot, and the static
 * check that lexes generated SQL per dialect (`sql-lexer.ts`).
 */
import fc from 'fast-check'
import type { Catalog } from '../../packages/core/src/index.ts'
import { defaultMapping, type SqlMapping } from '../../packages/core/src/sql/index.ts'
import { type LexMode, lex, type Token } from './sql-lexer.ts'

/** Marks every hostile text: it must never appear in SQL code outside quotes. */
export const SENTINEL = 'ZQX'

const PIECES = [
  '"',
  '`',
  "'",
  '\\',
  '[',
  ']',
  ' ',
  '--',
  ';',
  '/*',
  '*/',
  '$1',
  '?',
  '@p1',
  '{p1:String}',
  '\\`',
  "\\'",
  '\\"',
  'é',
  '日',
  '🎉',
  ')',
  '(',
  ',',
  '.',
  '$',
  '*',
  'a',
  'OR 1=1',
]

/** A hostile name: pieces of SQL syntax around the sentinel. */
export const hostileName = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 5 })
  .map((parts) => `${parts.join('')}${SENTINEL}`)

/** A mapping of the default schema whose every table and column name is `name(slot)`. */
export function hostileMapping(catalog: Catalog, name: (slot: number) => string, schema?: string): SqlMapping {
  const base = defaultMapping(catalog)
  let slot = 0
  const next = () => name(slot++)
  const cols = (c: Readonly<Record<string, string>>) =>
    Object.fromEntries(Object.keys(c).map((k) => [k, next()])) as Record<string, string>
  const entities = Object.create(null) as Record<string, SqlMapping['entities'][string]>
  for (const [id, e] of Object.entries(base.entities)) {
    entities[id] = { table: next(), id: next(), columns: cols(e.columns) }
  }
  return {
    ...(schema !== undefined ? { schema } : {}),
    timeType: 'epoch_ms',
    entities,
    events: { table: next(), columns: cols(base.events.columns) },
    lists: { table: next(), columns: cols(base.lists.columns) },
    tags: { table: next(), columns: cols(base.tags.columns) },
    history: { table: next(), columns: cols(base.history.columns) },
  }
}

/** Every table and column name of a mapping. */
export function mappingNames(m: SqlMapping): Set<string> {
  const out = new Set<string>()
  if (m.schema) out.add(m.schema)
  for (const e of Object.values(m.entities)) {
    out.add(e.table)
    out.add(e.id)
    for (const c of Object.values(e.columns)) out.add(c)
  }
  for (const t of [m.events, m.lists, m.tags, m.history]) {
    out.add(t.table)
    for (const c of Object.values(t.columns)) out.add(c)
  }
  return out
}

export interface LexFinding {
  injections: number
  wrong: number
  detail?: string
}

/**
 * Lexes `sql` in `mode`: the sentinel in code is an injection, a quoted identifier holding it that is
 * not one of `names` is a rewritten name (wrong).
 */
export function checkLexed(sql: string, mode: LexMode, names: ReadonlySet<string>): LexFinding & { tokens?: Token[] } {
  let tokens: Token[]
  try {
    tokens = lex(sql, mode)
  } catch (error) {
    return { injections: 1, wrong: 0, detail: `${mode}: ${(error as Error).message}` }
  }
  const code = tokens.find((t) => t.kind === 'code' && t.text.includes(SENTINEL))
  if (code) return { injections: 1, wrong: 0, detail: `${mode}: hostile text in code: ${code.text.slice(0, 80)}` }
  // Index names are derived from their table's name: `<table>_idx<n>`.
  const known = (text: string) => names.has(text) || names.has(text.replace(/_idx\d+$/, ''))
  const bad = tokens.find((t) => t.kind === 'ident' && t.text.includes(SENTINEL) && !known(t.text))
  if (bad) return { injections: 0, wrong: 1, detail: `${mode}: identifier read as ${JSON.stringify(bad.text)}` }
  return { injections: 0, wrong: 0, tokens }
}
