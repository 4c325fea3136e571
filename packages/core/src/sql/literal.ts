/**
 * Values written into SQL text (`inline`), and the numeric range that values
 * and times keep in both modes, so that parameters and literals give the same
 * result on every engine.
 */
import type { SqlScalarType } from './dialect.ts'
import type { SqlValue } from './fragment.ts'

/**
 * The greatest magnitude of a time or duration in SQL, in milliseconds (about 126 million years):
 * far beyond any date, and small enough that one time plus one offset stays inside a signed 64-bit
 * integer. Times computed beyond it (asOf minus 3e8 years) are clamped to it: every stored time
 * compares with the clamped bound as with the true one.
 */
export const MAX_SQL_TIME_MS = 4e18

/** A time (epoch ms) or a duration for a BIGINT parameter: an integer inside ±MAX_SQL_TIME_MS. */
export function clampTime(ms: number): number {
  if (Number.isNaN(ms)) throw new RangeError('A time in SQL must be a number')
  return Math.max(-MAX_SQL_TIME_MS, Math.min(MAX_SQL_TIME_MS, Math.trunc(ms)))
}

/**
 * A number as a SQL literal that every engine reads as the same double: the shortest round-trip
 * text (`1e-21`, `5e-324`, `1e+21`), with `.0` on integers so that they stay doubles.
 */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot write ${value} into SQL`)
  const text = String(value)
  return /^-?\d+$/.test(text) ? `${text}.0` : text
}

/** A literal for inline SQL, given the dialect's string and boolean spellings. */
export function scalarLiteral(
  value: SqlValue,
  type: SqlScalarType,
  spell: { stringLiteral(value: string): string; booleanLiteral(value: boolean): string },
): string {
  if (typeof value === 'boolean') return spell.booleanLiteral(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Cannot write ${value} into SQL`)
    return type === 'bigint' ? String(clampTime(value)) : numberLiteral(value)
  }
  return spell.stringLiteral(value)
}
