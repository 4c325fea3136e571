/**
 * SQL built from fragments, not strings. A fragment is a list of chunks — the
 * compiler's own text, identifiers, values and nested fragments — and becomes
 * text only when the query is finished (`renderSql`): identifiers are quoted by
 * the dialect then, values become placeholders numbered in text order (or
 * escaped literals with `inline`). A value or a name can never be mistaken for
 * SQL text, whatever characters it holds. (The model: Drizzle's `sql` chunks and
 * Kysely's `appendValue`.)
 */
import type { Dialect, SqlScalarType } from './dialect.ts'

/** A value bound into a query. */
export type SqlValue = string | number | boolean

/** An identifier: a table or column name from the catalog or the mapping, quoted per dialect when finished. */
export class SqlIdentifier {
  /** `names` qualify one another: `['analytics', 'users']` is `"analytics"."users"`. */
  constructor(readonly names: readonly string[]) {}
}

/** A value, bound as a parameter of a SQL type (or written as an escaped literal). */
export class SqlParameter {
  constructor(
    readonly value: SqlValue,
    readonly type: SqlScalarType,
  ) {}
}

/** One piece of a fragment. A plain string is text written by the compiler or a dialect, never by a user. */
export type SqlChunk = string | SqlIdentifier | SqlParameter | SqlFragment

/** A piece of SQL: text, identifiers, values and nested fragments, in order. */
export class SqlFragment {
  constructor(readonly chunks: readonly SqlChunk[]) {}
}

/** What a `sql` template may interpolate: fragments, identifiers and parameters — never a bare string. */
export type SqlInterpolation = SqlFragment | SqlIdentifier | SqlParameter

/**
 * The tag: `sql\`${a} = ${b}\`` keeps the template's text as compiler text and
 * each interpolation as a chunk.
 */
export function sql(strings: TemplateStringsArray, ...values: readonly SqlInterpolation[]): SqlFragment {
  const chunks: SqlChunk[] = []
  for (let i = 0; i < strings.length; i++) {
    const text = strings[i]!
    if (text !== '') chunks.push(text)
    if (i < values.length) chunks.push(values[i]!)
  }
  return new SqlFragment(chunks)
}

/**
 * Text written by the compiler or a dialect (keywords, operators, literals it escaped itself).
 * Never pass a user's string here: use `param` or `ident`.
 */
export function raw(text: string): SqlFragment {
  return new SqlFragment([text])
}

/** An identifier, possibly qualified (`ident('schema', 'table')`). */
export function ident(...names: readonly string[]): SqlIdentifier {
  return new SqlIdentifier(names)
}

/** A value of a SQL type (default from the JavaScript type). */
export function param(value: SqlValue, type: SqlScalarType = defaultType(value)): SqlParameter {
  return new SqlParameter(value, type)
}

function defaultType(value: SqlValue): SqlScalarType {
  return typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'text'
}

/** Fragments joined by a separator (compiler text such as `' AND '` or `', '`). */
export function join(parts: readonly SqlInterpolation[], separator: string): SqlFragment {
  const chunks: SqlChunk[] = []
  parts.forEach((p, i) => {
    if (i > 0) chunks.push(separator)
    chunks.push(p)
  })
  return new SqlFragment(chunks)
}

/** The finished query: text and its parameters in the dialect's binding style. */
export interface RenderedSql {
  sql: string
  /** Positional values (`$1`, `?`) or named ones (`p1` for BigQuery `@p1` / ClickHouse `{p1:Type}`). */
  params: unknown[] | Record<string, unknown>
}

/**
 * Text and parameters of a fragment. Parameters are numbered in text order; with
 * numbered or named placeholders one typed value is bound once however often it
 * appears, with positional `?` each use is its own parameter.
 */
export function renderSql(fragment: SqlFragment, dialect: Dialect, inline = false): RenderedSql {
  const out: string[] = []
  const used: SqlValue[] = []
  const repeatable = dialect.namedParams || dialect.placeholder(1, 'text') !== '?'
  const numbers = new Map<SqlScalarType, Map<SqlValue, number>>()
  const placeholder = (p: SqlParameter): string => {
    if (inline) return dialect.literal(p.value, p.type)
    if (!repeatable) {
      used.push(p.value)
      return dialect.placeholder(used.length, p.type)
    }
    let ofType = numbers.get(p.type)
    if (ofType === undefined) {
      ofType = new Map()
      numbers.set(p.type, ofType)
    }
    let n = ofType.get(p.value)
    if (n === undefined) {
      n = used.push(p.value)
      ofType.set(p.value, n)
    }
    return dialect.placeholder(n, p.type)
  }
  // An explicit stack instead of recursion: fragment nesting follows the segment's depth, never the host's stack.
  const stack: { chunks: readonly SqlChunk[]; i: number }[] = [{ chunks: fragment.chunks, i: 0 }]
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!
    if (top.i >= top.chunks.length) {
      stack.pop()
      continue
    }
    const chunk = top.chunks[top.i++]!
    if (typeof chunk === 'string') out.push(chunk)
    else if (chunk instanceof SqlFragment) stack.push({ chunks: chunk.chunks, i: 0 })
    else if (chunk instanceof SqlIdentifier) out.push(chunk.names.map((n) => dialect.quoteIdent(n)).join('.'))
    else out.push(placeholder(chunk))
  }
  const params = dialect.namedParams ? Object.fromEntries(used.map((v, i) => [`p${i + 1}`, v])) : used
  return { sql: out.join(''), params: inline ? (dialect.namedParams ? {} : []) : params }
}
