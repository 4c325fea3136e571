/**
 * A small SQL lexer per dialect, written from each engine's documented quoting rules (not from
 * segkit's escaping code): it splits SQL text into string literals, quoted identifiers and the code
 * between them, decoding each quoted token as the engine would. A value or identifier that breaks out
 * of its quotes shows up as code; one that is rewritten shows up as a different decoded token.
 */
import type { BuiltinDialectName } from '../../packages/core/src/sql/index.ts'

export type Token = { kind: 'string' | 'ident' | 'code'; text: string }

interface Quoting {
  /** Opening → closing character of quoted identifiers. */
  idents: Record<string, string>
  /** Whether a backslash escapes the next character inside string literals. */
  backslashInStrings: boolean
  /** Whether a backslash escapes inside quoted identifiers. */
  backslashInIdents: boolean
  /** Whether `CONVERT(X'…' USING utf8mb4)` texts are read (MySQL family). */
  hexIntroducer?: boolean
}

const standard: Quoting = { idents: { '"': '"' }, backslashInStrings: false, backslashInIdents: false }

/** `mariadb-nbe`: MariaDB with `sql_mode = NO_BACKSLASH_ESCAPES`. */
export type LexMode = BuiltinDialectName | 'mariadb-nbe'

const QUOTING: Record<LexMode, Quoting> = {
  postgres: standard,
  duckdb: standard,
  sqlite: standard,
  trino: standard,
  snowflake: { idents: { '"': '"' }, backslashInStrings: true, backslashInIdents: false },
  mysql: { idents: { '`': '`' }, backslashInStrings: true, backslashInIdents: false, hexIntroducer: true },
  mariadb: { idents: { '`': '`' }, backslashInStrings: true, backslashInIdents: false, hexIntroducer: true },
  'mariadb-nbe': { idents: { '`': '`' }, backslashInStrings: false, backslashInIdents: false, hexIntroducer: true },
  bigquery: { idents: { '`': '`' }, backslashInStrings: true, backslashInIdents: true },
  clickhouse: { idents: { '`': '`', '"': '"' }, backslashInStrings: true, backslashInIdents: true },
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', Z: '\x1a' }

export class LexError extends Error {}

/** Tokens of `sql` as `mode` reads it; LexError for an unterminated quote (a breakout). */
export function lex(sql: string, mode: LexMode): Token[] {
  const q = QUOTING[mode]
  const out: Token[] = []
  let code = ''
  let i = 0
  const flush = () => {
    if (code !== '') out.push({ kind: 'code', text: code })
    code = ''
  }
  const quoted = (close: string, backslash: boolean): string => {
    let text = ''
    i += 1
    for (;;) {
      if (i >= sql.length) throw new LexError(`unterminated ${close} quote`)
      const ch = sql[i] as string
      if (backslash && ch === '\\') {
        const next = sql[i + 1]
        if (next === undefined) throw new LexError('backslash at the end')
        text += Object.hasOwn(SIMPLE_ESCAPES, next) ? SIMPLE_ESCAPES[next] : next
        i += 2
        continue
      }
      if (ch === close) {
        if (sql[i + 1] === close) {
          text += close
          i += 2
          continue
        }
        i += 1
        return text
      }
      text += ch
      i += 1
    }
  }
  while (i < sql.length) {
    const ch = sql[i] as string
    if (q.hexIntroducer && sql.startsWith("CONVERT(X'", i)) {
      flush()
      const end = sql.indexOf("' USING utf8mb4)", i + 10)
      if (end < 0) throw new LexError('unterminated hex literal')
      const hex = sql.slice(i + 10, end)
      if (!/^(?:[0-9a-f]{2})*$/i.test(hex)) throw new LexError(`bad hex literal ${hex}`)
      out.push({
        kind: 'string',
        text: new TextDecoder().decode(Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16))),
      })
      i = end + "' USING utf8mb4)".length
      continue
    }
    if (ch === "'") {
      flush()
      out.push({ kind: 'string', text: quoted("'", q.backslashInStrings) })
      continue
    }
    if (Object.hasOwn(q.idents, ch)) {
      flush()
      out.push({ kind: 'ident', text: quoted(q.idents[ch] as string, q.backslashInIdents) })
      continue
    }
    code += ch
    i += 1
  }
  flush()
  return out
}
