/** Rows as PostgreSQL COPY CSV: an unquoted empty field is NULL, a quoted one is an empty string. */
import type { RowValue } from '@segkit/core/sql'

function field(value: RowValue): string {
  if (value === null) return ''
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return `"${value.replace(/"/g, '""')}"`
}

/** The rows as CSV text, one line per row. */
export function toCsv(rows: readonly RowValue[][]): string {
  return rows.map((row) => row.map(field).join(',')).join('\n')
}
