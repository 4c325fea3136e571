/**
 * The text rule: every string of a segment (ids, names, property and event ids,
 * values) is well-formed UTF-16 — no lone surrogate — and holds no NUL. Engines
 * disagree on both (PostgreSQL refuses NUL even as a parameter, SQLite and DuckDB
 * cut inline text at it, PGlite/DuckDB/MariaDB turn a lone surrogate into U+FFFD),
 * so the model refuses them and every engine then sees the same text.
 */

// With the `u` flag a class of surrogates matches only unpaired ones. NUL is the point here.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the rule forbids NUL, so the pattern names it
const FORBIDDEN = /[\u0000\uD800-\uDFFF]/u

/** Why a text breaks the rule, or undefined when it follows it. */
export function textProblem(text: string): 'nul' | 'lone_surrogate' | undefined {
  const m = FORBIDDEN.exec(text)
  if (!m) return undefined
  return m[0] === '\u0000' ? 'nul' : 'lone_surrogate'
}

/** A string by the text rule: well-formed UTF-16 without NUL. */
export function isWellFormedText(value: unknown): value is string {
  return typeof value === 'string' && !FORBIDDEN.test(value)
}
