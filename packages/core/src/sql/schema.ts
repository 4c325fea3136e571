/**
 * The default schema: DDL per dialect, a loader that turns a dataset into rows,
 * and batched INSERT statements — for the tests, the demo and users' trials.
 * What differs between engines (column types, keys, indexes, table options,
 * placeholders) is asked of the dialect.
 */
import type { Catalog } from '../catalog/schema.ts'
import type { DataValue, SegmentData } from '../data/types.ts'
import type { BuiltinDialectName, ColumnKind, Dialect } from './dialect.ts'
import { resolveDialect } from './dialects/index.ts'
import { defaultMapping, type SqlMapping, type TableMapping } from './mapping.ts'
import { own } from './resolved-mapping.ts'
import type { RowValue, TableRows } from './rows.ts'

export type { RowValue, TableRows } from './rows.ts'

interface TableSpec {
  name: string
  columns: [string, ColumnKind][]
  primaryKey?: string
  indexes?: string[][]
}

function kindOf(type: string): ColumnKind {
  switch (type) {
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'datetime':
      return 'bigint'
    case 'string[]':
      return 'json'
    default:
      return 'text'
  }
}

/** A role's column of a table mapping (own property; the default schema has every role). */
function role(t: TableMapping, name: string): string {
  const c = own(t.columns, name)
  if (typeof c !== 'string' || c === '') throw new Error(`The mapping of ${t.table} has no '${name}' column`)
  return c
}

function tableSpecs(catalog: Catalog, mapping: SqlMapping): TableSpec[] {
  const specs: TableSpec[] = []
  for (const entity of catalog.entities) {
    const m = own(mapping.entities, entity.id)
    if (!m) continue
    const columns: [string, ColumnKind][] = [[m.id, 'text']]
    for (const p of entity.properties) {
      const name = own(m.columns, p.id)
      if (!name || p.computed) continue
      columns.push([name, kindOf(p.type)])
    }
    specs.push({ name: m.table, columns, primaryKey: m.id })
  }
  const e = mapping.events
  specs.push({
    name: e.table,
    columns: [
      [role(e, 'entityType'), 'text'],
      [role(e, 'entityId'), 'text'],
      [role(e, 'event'), 'text'],
      [role(e, 'time'), 'bigint'],
      [role(e, 'properties'), 'json'],
    ],
    indexes: [[role(e, 'entityId'), role(e, 'event'), role(e, 'time')]],
  })
  for (const [t, key] of [
    [mapping.lists, 'list'],
    [mapping.tags, 'tag'],
  ] as const) {
    specs.push({
      name: t.table,
      columns: [
        [role(t, key), 'text'],
        [role(t, 'entityId'), 'text'],
        [role(t, 'from'), 'bigint'],
        [role(t, 'to'), 'bigint'],
      ],
      indexes: [[role(t, key), role(t, 'entityId')]],
    })
  }
  const h = mapping.history
  specs.push({
    name: h.table,
    columns: [
      [role(h, 'entityType'), 'text'],
      [role(h, 'entityId'), 'text'],
      [role(h, 'property'), 'text'],
      [role(h, 'value'), 'json'],
      [role(h, 'from'), 'bigint'],
      [role(h, 'seq'), 'bigint'],
    ],
    indexes: [[role(h, 'entityId'), role(h, 'property')]],
  })
  return specs
}

function qualified(d: Dialect, schema: string | undefined, name: string): string {
  return schema ? `${d.quoteIdent(schema)}.${d.quoteIdent(name)}` : d.quoteIdent(name)
}

/** CREATE TABLE (and index) statements of the default schema, for a built-in dialect or one of your own. */
export function createSchemaSql(
  catalog: Catalog,
  dialect: BuiltinDialectName | Dialect,
  mapping: SqlMapping = defaultMapping(catalog),
): string[] {
  const d = resolveDialect(dialect)
  const out: string[] = []
  for (const spec of tableSpecs(catalog, mapping)) {
    const cols = spec.columns.map(([name, kind]) => {
      const primaryKey = name === spec.primaryKey
      const indexed = primaryKey || (spec.indexes ?? []).some((index) => index.includes(name))
      const type = d.columnType(kind, { primaryKey, indexed })
      return `${d.quoteIdent(name)} ${type}${primaryKey && d.primaryKeys ? ' PRIMARY KEY' : ''}`
    })
    const options = d.tableOptions?.(spec.primaryKey ? d.quoteIdent(spec.primaryKey) : undefined) ?? ''
    // A schema (BigQuery: the dataset) qualifies the table, as in the compiled queries.
    const name = qualified(d, mapping.schema, spec.name)
    out.push(`CREATE TABLE ${name} (${cols.join(', ')})${options}`)
    if (d.indexes) {
      spec.indexes?.forEach((index, i) => {
        out.push(
          `CREATE INDEX ${d.quoteIdent(`${spec.name}_idx${i}`)} ON ${name} (${index.map((n) => d.quoteIdent(n)).join(', ')})`,
        )
      })
    }
  }
  return out
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v))

/** The dataset as rows of the default schema's tables. */
export function datasetToRows(
  data: SegmentData,
  catalog: Catalog,
  mapping: SqlMapping = defaultMapping(catalog),
): TableRows[] {
  const specs = new Map(tableSpecs(catalog, mapping).map((s) => [s.name, s]))
  const out: TableRows[] = []
  const tableOf = (name: string, rows: RowValue[][]) => {
    const s = specs.get(name)
    if (!s) throw new Error(`no table ${name} in the default schema`)
    out.push({
      ...(mapping.schema ? { schema: mapping.schema } : {}),
      table: name,
      columns: s.columns.map(([n]) => n),
      json: s.columns.map(([, k]) => k === 'json'),
      rows,
    })
  }
  for (const entity of catalog.entities) {
    const m = own(mapping.entities, entity.id)
    if (!m) continue
    const props = entity.properties.filter((p) => !p.computed && own(m.columns, p.id))
    tableOf(
      m.table,
      (own(data.entities, entity.id) ?? []).map((row) => [
        row.id,
        ...props.map((p) => {
          const v = (Object.hasOwn(row, p.id) ? row[p.id] : undefined) as DataValue | undefined
          return p.type === 'string[]' ? json(v) : v === undefined ? null : (v as RowValue)
        }),
      ]),
    )
  }
  tableOf(
    mapping.events.table,
    data.events.map((e) => [e.entity, e.entityId, e.event, e.time, json(e.properties ?? {})]),
  )
  tableOf(
    mapping.lists.table,
    (data.lists ?? []).map((m) => [m.list, m.entityId, m.from ?? null, m.to ?? null]),
  )
  tableOf(
    mapping.tags.table,
    (data.tags ?? []).map((m) => [m.tag, m.entityId, m.from ?? null, m.to ?? null]),
  )
  tableOf(
    mapping.history.table,
    (data.history ?? []).map((h, i) => [h.entity, h.entityId, h.property, json(h.value), h.from, i]),
  )
  return out
}

/** The dialects `insertStatements` writes for out of the box: positional parameters, JSON accepted as text. */
export type InsertDialect = 'postgres' | 'duckdb' | 'sqlite' | 'mysql' | 'mariadb'

/**
 * Batched INSERT statements with positional parameters (booleans as 0/1 for SQLite), into the
 * mapping's schema when the rows carry one, for trying the default schema on PostgreSQL, DuckDB,
 * SQLite, MySQL or MariaDB (or a dialect of your own with an `insert` member). Load a warehouse
 * (BigQuery, Snowflake, ClickHouse, Trino) with its own bulk loader from `datasetToRows`.
 */
export function insertStatements(
  tables: readonly TableRows[],
  dialect: InsertDialect | Dialect,
  batchSize = 500,
): { sql: string; params: RowValue[] }[] {
  const d = resolveDialect(dialect)
  const insert = d.insert
  if (!insert) throw new Error(`The ${d.name} dialect has no INSERT spelling: load it with its bulk loader`)
  const out: { sql: string; params: RowValue[] }[] = []
  for (const t of tables) {
    const kinds: ColumnKind[] = t.json.map((j) => (j ? 'json' : 'text'))
    for (let start = 0; start < t.rows.length; start += batchSize) {
      const batch = t.rows.slice(start, start + batchSize)
      const params: RowValue[] = []
      const values = batch.map((row) => {
        const cells = row.map((v, i) => {
          const kind = kinds[i] ?? 'text'
          params.push(insert.value ? insert.value(v, kind) : v)
          return insert.placeholder(params.length, kind)
        })
        return `(${cells.join(', ')})`
      })
      out.push({
        sql: `INSERT INTO ${qualified(d, t.schema, t.table)} (${t.columns.map((c) => d.quoteIdent(c)).join(', ')}) VALUES ${values.join(', ')}`,
        params,
      })
    }
  }
  return out
}
