/**
 * The one rule for instants, everywhere a segment or an option names a point in
 * time: ISO 8601 / RFC 3339 with seconds and a `Z` or `±hh:mm` offset, e.g.
 * `2026-11-24T00:00:00Z` or `2026-11-24T09:30:00.250+05:30`. Nothing looser:
 * `Date.parse` would read `'1'` as 2001, accept "March 7, 2026" and read a text
 * without an offset in the host's time zone, so answers would depend on the
 * machine. A fraction finer than milliseconds is truncated.
 *
 * Plain code, no zod: the builder imports this module. `InstantSchema` accepts
 * exactly the same texts (a property test holds them to it).
 */

// Year, month, day, hour, minute, second, fraction, offset sign, offset hours, offset minutes.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:Z|([+-])(\d{2}):(\d{2}))$/

/** Largest magnitude of epoch milliseconds a JavaScript `Date` can hold. */
export const MAX_EPOCH_MS = 8_640_000_000_000_000

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function parseText(text: string): number | undefined {
  const m = INSTANT.exec(text)
  if (!m) return undefined
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  const hour = Number(m[4])
  const minute = Number(m[5])
  const second = Number(m[6])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  if (hour > 23 || minute > 59 || second > 59) return undefined
  let offsetMinutes = 0
  if (m[8] !== undefined) {
    const oh = Number(m[9])
    const om = Number(m[10])
    if (oh > 23 || om > 59) return undefined
    offsetMinutes = (m[8] === '-' ? -1 : 1) * (oh * 60 + om)
  }
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'))
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, ms))
  date.setUTCFullYear(year)
  return date.getTime() - offsetMinutes * 60_000
}

/**
 * Epoch milliseconds of an instant, or `undefined` when `value` is not one.
 * Accepts a strict ISO 8601 text (see the module comment), a valid `Date`, or a
 * finite number of epoch milliseconds within the range of `Date`.
 *
 * @example parseInstant('2026-11-24T00:00:00Z') // 1795478400000
 * @example parseInstant('2026-11-24') // undefined: no time and no offset
 */
export function parseInstant(value: unknown): number | undefined {
  if (typeof value === 'string') return parseText(value)
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) <= MAX_EPOCH_MS ? value : undefined
  if (value instanceof Date) {
    const ms = value.getTime()
    return Number.isFinite(ms) ? ms : undefined
  }
  return undefined
}

/** A text instant by the strict rule: seconds and a `Z` or `±hh:mm` offset, e.g. `2026-11-24T00:00:00Z`. */
export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && parseText(value) !== undefined
}
