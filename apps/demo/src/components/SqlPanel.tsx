/** The segment as SQL in every built-in dialect of core, with its parameters. */
import type { Catalog, Segment } from '@segkit/core'
import { type BuiltinDialectName, DIALECTS, isDialectName, type SqlQuery, toSql } from '@segkit/core/sql'
import { useId, useState } from 'react'
import { CodeBlock } from './CodeBlock.tsx'
import { CopyButton } from './CopyButton.tsx'

/** A label for each built-in dialect: a new one in core is a compile error here until it has a label. */
const DIALECT_LABELS: Record<BuiltinDialectName, string> = {
  postgres: 'PostgreSQL',
  duckdb: 'DuckDB',
  sqlite: 'SQLite',
  mysql: 'MySQL',
  mariadb: 'MariaDB',
  bigquery: 'BigQuery',
  snowflake: 'Snowflake',
  clickhouse: 'ClickHouse',
  trino: 'Trino',
}
/** Core's own list, in core's order. */
const DIALECT_NAMES = Object.keys(DIALECTS).filter(isDialectName)

function paramRows(params: SqlQuery['params']): [string, unknown][] {
  return Array.isArray(params) ? params.map((v, i) => [`${i + 1}`, v]) : Object.entries(params)
}

export function SqlPanel(props: { segment: Segment; catalog: Catalog; asOf: string }) {
  const selectId = useId()
  const [dialect, setDialect] = useState<BuiltinDialectName>('postgres')
  const [inline, setInline] = useState(false)
  let query: SqlQuery | undefined
  let error: string | undefined
  try {
    query = toSql(props.segment, { catalog: props.catalog, dialect, asOf: props.asOf, inline })
  } catch (e) {
    error = e instanceof Error ? e.message : String(e)
  }
  const rows = query ? paramRows(query.params) : []
  return (
    <div className="tab-body">
      <div className="toolbar">
        <label htmlFor={selectId}>Dialect</label>
        <select
          id={selectId}
          value={dialect}
          onChange={(e) => {
            if (isDialectName(e.target.value)) setDialect(e.target.value)
          }}
        >
          {DIALECT_NAMES.map((d) => (
            <option key={d} value={d}>
              {DIALECT_LABELS[d]}
            </option>
          ))}
        </select>
        <label className="checkbox">
          <input type="checkbox" checked={inline} onChange={(e) => setInline(e.target.checked)} /> Inline values
        </label>
        {query && <CopyButton text={query.sql} label="Copy SQL" />}
      </div>
      {error && (
        <p role="alert" className="error-text">
          No SQL for an invalid segment: {error}
        </p>
      )}
      {query && (
        <>
          <CodeBlock label={`${DIALECT_LABELS[dialect]} SQL`} text={query.sql} testId="sql" dialect={dialect} />
          <p className="muted small">
            Evaluated at {props.asOf} over the default schema of <code>@segkit/core/sql</code>.
          </p>
          {rows.length > 0 && (
            <table className="params" data-testid="sql-params">
              <caption>Parameters</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Value</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(([name, value]) => (
                  <tr key={name}>
                    <th scope="row">
                      <code>{name}</code>
                    </th>
                    <td>
                      <code>{JSON.stringify(value)}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  )
}
