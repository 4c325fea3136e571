/**
 * Values on their way into SQL: bound as parameters in the dialect's style, or
 * (with `inline`) written as escaped literals. Nothing a user typed is ever
 * pasted into the query text unescaped.
 *
 * While compiling, a parameter is a marker; `finish` turns markers into
 * placeholders in text order, so an expression may appear more than once even
 * with positional `?` placeholders.
 */
import type { Dialect, SqlScalarType } from './dialect.ts'

export type SqlValue = string | number | boolean

const MARK = '\u0001'
// biome-ignore lint/suspicious/noControlCharactersInRegex: the marker is a control character on purpose: it cannot occur in SQL text written by the compiler
const MARKER = /\u0001(\d+):(text|number|boolean|bigint)\u0001/g

export class ParamCollector {
  private readonly values: SqlValue[] = []
  constructor(
    private readonly dialect: Dialect,
    private readonly inline: boolean,
  ) {}

  /** The SQL for one value. */
  add(
    value: SqlValue,
    type: SqlScalarType = typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'text',
  ): string {
    if (this.inline) return literal(this.dialect, value, type)
    this.values.push(value)
    return `${MARK}${this.values.length - 1}:${type}${MARK}`
  }

  /** Final SQL and its parameters: an array, or `{ p1: …, p2: … }` for named dialects. */
  finish(sql: string): { sql: string; params: unknown[] | Record<string, unknown> } {
    if (this.dialect.namedParams || this.dialect.placeholder(1, 'text') !== '?') {
      // Numbered or named placeholders may repeat: one parameter per value.
      const text = sql.replace(MARKER, (_, i: string, type: SqlScalarType) =>
        this.dialect.placeholder(Number(i) + 1, type),
      )
      const params = this.dialect.namedParams
        ? Object.fromEntries(this.values.map((v, i) => [`p${i + 1}`, v]))
        : [...this.values]
      return { sql: text, params }
    }
    const ordered: SqlValue[] = []
    const text = sql.replace(MARKER, (_, i: string) => {
      ordered.push(this.values[Number(i)]!)
      return '?'
    })
    return { sql: text, params: ordered }
  }
}

/** A literal for inline SQL. */
export function literal(dialect: Dialect, value: SqlValue, type: SqlScalarType): string {
  if (typeof value === 'boolean') return dialect.booleanLiteral(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} into SQL`)
    if (type === 'bigint') return String(Math.trunc(value))
    const text = Math.abs(value) >= 1e21 || (Math.abs(value) < 1e-6 && value !== 0) ? value.toFixed(20) : String(value)
    // Keep doubles typed as doubles in every engine (1 → 1.0).
    return /^-?\d+$/.test(text) ? `${text}.0` : text
  }
  return dialect.stringLiteral(value)
}
