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

const MARKED = /^\d+:(?:text|number|boolean|bigint)$/

export class ParamCollector {
  private readonly values: SqlValue[] = []
  /**
   * One parameter per distinct typed value: asOf, used everywhere, is bound once.
   * Keyed by SQL type, then by the value itself (a Map tells 1 from '1' and true from 'true').
   */
  private readonly known = new Map<SqlScalarType, Map<SqlValue, number>>()
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
    let ofType = this.known.get(type)
    if (ofType === undefined) {
      ofType = new Map()
      this.known.set(type, ofType)
    }
    let index = ofType.get(value)
    if (index === undefined) {
      index = this.values.push(value) - 1
      ofType.set(value, index)
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
    // Split at the markers: text, marker, text, marker, … (with the typed Map keys of `add`, ~30%
    // less time than a replace callback on a 1,000-condition query). Identifiers come from the catalog and could, in theory,
    // hold the marker character: then the pieces do not alternate cleanly and the regex pass decides.
    const pieces = sql.split(MARK)
    const clean = pieces.length % 2 === 1 && pieces.every((piece, k) => k % 2 === 0 || MARKED.test(piece))
    return clean ? this.fromPieces(pieces) : this.fromMarkers(sql)
  }

  private placeholderFor(
    index: number,
    type: SqlScalarType,
    used: SqlValue[],
    numbers: Map<number, number> | undefined,
  ): string {
    // Numbered or named placeholders may repeat (one parameter per value); positional `?` may not.
    let n = numbers?.get(index)
    if (n === undefined) {
      used.push(this.values[index]!)
      n = used.length
      numbers?.set(index, n)
    }
    return this.dialect.placeholder(n, type)
  }

  private repeats(): Map<number, number> | undefined {
    return this.dialect.namedParams || this.dialect.placeholder(1, 'text') !== '?' ? new Map() : undefined
  }

  private result(sql: string, used: SqlValue[]): { sql: string; params: unknown[] | Record<string, unknown> } {
    const params = this.dialect.namedParams ? Object.fromEntries(used.map((v, i) => [`p${i + 1}`, v])) : used
    return { sql, params }
  }

  private fromPieces(pieces: string[]): { sql: string; params: unknown[] | Record<string, unknown> } {
    const used: SqlValue[] = []
    const numbers = this.repeats()
    for (let k = 1; k < pieces.length; k += 2) {
      const marker = pieces[k]!
      const colon = marker.indexOf(':')
      pieces[k] = this.placeholderFor(
        Number(marker.slice(0, colon)),
        marker.slice(colon + 1) as SqlScalarType,
        used,
        numbers,
      )
    }
    return this.result(pieces.join(''), used)
  }

  private fromMarkers(sql: string): { sql: string; params: unknown[] | Record<string, unknown> } {
    const used: SqlValue[] = []
    const numbers = this.repeats()
    const text = sql.replace(MARKER, (_, i: string, type: SqlScalarType) =>
      this.placeholderFor(Number(i), type, used, numbers),
    )
    return this.result(text, used)
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
