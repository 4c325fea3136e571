/**
 * Values in words, by the type the catalog gives them — never guessed from the
 * value (a number is a date only when its property is a datetime). Numbers and
 * dates go through Intl in the caller's locale; quotes and booleans through the
 * messages. Shared by descriptions and explanations.
 */
import type { PropertyDef } from '../catalog/schema.ts'
import { type DescribeMessages, englishDescribeMessages } from './messages.ts'

/** What formatting needs: the locale and the few messages that word values. */
export interface ValueFormat {
  locale: string
  m: Pick<DescribeMessages, 'quote' | 'boolean' | 'instant' | 'listJoin'>
}

/** Money in the property's currency (ISO code in `unit`): whole amounts without cents, others with two digits. */
export function formatNumber(n: number, def: PropertyDef | undefined, f: ValueFormat): string {
  if (!Number.isFinite(n)) return String(n)
  const currency = def?.unit && /^[A-Z]{3}$/.test(def.unit) ? def.unit : undefined
  if (!currency) return new Intl.NumberFormat(f.locale, { maximumFractionDigits: 6 }).format(n)
  const digits = Number.isInteger(n) ? 0 : 2
  return new Intl.NumberFormat(f.locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n)
}

/** An instant (epoch ms or ISO text) as a day, or a day and a time when it is not midnight UTC. */
export function formatInstant(value: number | string, f: ValueFormat): { text: string; hasTime: boolean } {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return { text: String(value), hasTime: false }
  const hasTime = date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0 || date.getUTCSeconds() !== 0
  const text = new Intl.DateTimeFormat(f.locale, {
    dateStyle: 'medium',
    ...(hasTime ? { timeStyle: 'short' } : {}),
    timeZone: 'UTC',
  }).format(date)
  return { text: f.m.instant(text, hasTime), hasTime }
}

/** One scalar of a property: an enum option's label, a quoted string, a number, a date, a boolean. */
export function formatScalar(v: string | number | boolean, def: PropertyDef | undefined, f: ValueFormat): string {
  if (typeof v === 'boolean') return f.m.boolean(v)
  if (def?.type === 'datetime') return formatInstant(v, f).text
  if (typeof v === 'number') return formatNumber(v, def, f)
  const option = def?.options?.find((o) => o.value === v)
  return option ? option.label : f.m.quote(v)
}

/**
 * A value read from data (an explanation's `actual`), by the property's type;
 * `missing` words an absent value.
 */
export function formatDataValue(value: unknown, def: PropertyDef | undefined, f: ValueFormat, missing: string): string {
  if (value === null || value === undefined) return missing
  if (Array.isArray(value)) {
    const items = value.filter(
      (x): x is string | number | boolean => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean',
    )
    return items.length === 0
      ? '[]'
      : f.m.listJoin(
          items.map((x) => formatScalar(x, def, f)),
          'and',
        )
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return formatScalar(value, def, f)
  return JSON.stringify(value)
}

/** Options of {@link formatPropertyValue}. */
export interface FormatPropertyValueOptions {
  /** BCP 47 locale for numbers and dates. Default `en-US`. */
  locale?: string | undefined
  /** The words for booleans, instants and lists. Default English. */
  messages?: Pick<DescribeMessages, 'boolean' | 'instant' | 'listJoin'> | undefined
  /** Text of a missing value. Default `—`. */
  missing?: string | undefined
}

/**
 * A property's value as a table cell shows it, by the type the catalog gives it: an enum option's
 * label, money in its currency (`unit`), a date, yes/no, text as it is (unquoted) — the same
 * formatting as descriptions and explanations.
 */
export function formatPropertyValue(
  value: unknown,
  def: PropertyDef | undefined,
  options: FormatPropertyValueOptions = {},
): string {
  const m = options.messages ?? englishDescribeMessages
  const f: ValueFormat = { locale: options.locale ?? 'en-US', m: { ...m, quote: (text) => text } }
  return formatDataValue(value, def, f, options.missing ?? '—')
}
