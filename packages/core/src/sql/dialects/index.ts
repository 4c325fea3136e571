/** The built-in dialects by name, and how `toSql` turns a `dialect` option into a `Dialect`. */
import { SegmentError } from '../../errors.ts'
import { issue } from '../../validate/issues.ts'
import type { BuiltinDialectName, Dialect } from '../dialect.ts'
import { bigquery } from './bigquery.ts'
import { clickhouse } from './clickhouse.ts'
import { duckdb } from './duckdb.ts'
import { mariadb } from './mariadb.ts'
import { mysql } from './mysql.ts'
import { postgres } from './postgres.ts'
import { snowflake } from './snowflake.ts'
import { sqlite } from './sqlite.ts'
import { trino } from './trino.ts'

/** The built-in dialects (a frozen record: look names up with `dialectNamed`). */
export const DIALECTS: Readonly<Record<BuiltinDialectName, Dialect>> = Object.freeze({
  postgres,
  duckdb,
  sqlite,
  mysql,
  mariadb,
  bigquery,
  snowflake,
  clickhouse,
  trino,
})

/** Whether a string names a built-in dialect (an own property: `'constructor'` is not a dialect). */
export function isDialectName(name: string): name is BuiltinDialectName {
  return Object.hasOwn(DIALECTS, name)
}

/** A built-in dialect by name, or the `Dialect` object given; SegmentError for anything else. */
export function resolveDialect(dialect: BuiltinDialectName | Dialect | string): Dialect {
  if (typeof dialect === 'string') {
    if (isDialectName(dialect)) return DIALECTS[dialect]
  } else if (typeof dialect === 'object' && dialect !== null && typeof dialect.quoteIdent === 'function') {
    return dialect
  }
  throw new SegmentError('Unknown dialect', [
    issue(
      'value_unexpected',
      ['dialect'],
      `Unknown SQL dialect: ${String(typeof dialect === 'string' ? dialect : typeof dialect)}`,
    ),
  ])
}
