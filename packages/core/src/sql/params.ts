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
  /** One parameter per distinct typed value: asOf, used everywhere, is bound once. */
  private readonly known = new Map<string, number>()
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
    const key = `${type}:${typeof value}:${String(value)}`
    let index = this.known.get(key)
    if (index === undefined) {
      index = this.values.push(value) - 1
      this.known.set(key, index)
    }
    return `${MARK}${index}:${type}${MARK}`
  }

  /**
   * Final SQL and its parameters: an array, or `{ p1: …, p2: … }` for named dialects.
   * Parameters are numbered in text order of first use, so a value collected for
   * an expression that was later dropped leaves no gap.
   */
  finish(sql: string): { sql: string; params: unknown[] | Record<string, unknown> } {
    // Inline SQL holds no markers, but a user's text could look like one: leave it alone.
    if (this.inline) return { sql, params: this.dialect.namedParams ? {} : [] }
    const used: SqlValue[] = []
    if (this.dialect.namedParams || this.dialect.placeholder(1, 'text') !== '?') {
      // Numbered or named placeholders may repeat: one parameter per value.
      const numbers = new Map<number, number>()
      const text = sql.replace(MARKER, (_, i: string, type: SqlScalarType) => {
        let n = numbers.get(Number(i))
        if (n === undefined) {
          used.push(this.values[Number(i)]!)
          n = used.length
          numbers.set(Number(i), n)
        }
        return this.dialect.placeholder(n, type)
      })
      const params = this.dialect.namedParams ? Object.fromEntries(used.map((v, i) => [`p${i + 1}`, v])) : used
      return { sql: text, params }
    }
    // Positional `?`: one parameter per occurrence, in text order.
    const text = sql.replace(MARKER, (_, i: string, type: SqlScalarType) => {
      used.push(this.values[Number(i)]!)
      return this.dialect.placeholder(used.length, type)
    })
    return { sql: text, params: used }
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
