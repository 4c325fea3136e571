/**
 * The default schema: DDL per dialect, a loader that turns a dataset into rows,
 * and batched INSERT statements — for the tests, the demo and users' trials.
 */
import type { Catalog } from '../catalog/schema.ts'
import type { DataValue, SegmentData } from '../data/types.ts'
import { DIALECTS, type Dialect, type DialectName } from './dialect.ts'
import { defaultMapping, type SqlMapping } from './mapping.ts'

type ColumnKind = 'text' | 'number' | 'boolean' | 'bigint' | 'json'

interface TableSpec {
  name: string
  columns: [string, ColumnKind][]
  primaryKey?: string
  indexes?: string[][]
}

function tableSpecs(catalog: Catalog, mapping: SqlMapping): TableSpec[] {
  const specs: TableSpec[] = []
  for (const entity of catalog.entities) {
    const m = mapping.entities[entity.id]
    if (!m) continue
    const columns: [string, ColumnKind][] = [[m.id, 'text']]
    for (const p of entity.properties) {
      const name = m.columns[p.id]
      if (!name || p.computed) continue
      const kind: ColumnKind =
        p.type === 'number'
          ? 'number'
          : p.type === 'boolean'
            ? 'boolean'
            : p.type === 'datetime'
              ? 'bigint'
              : p.type === 'string[]'
                ? 'json'
                : 'text'
      columns.push([name, kind])
    }
    specs.push({ name: m.table, columns, primaryKey: m.id })
  }
  const c = (t: { columns: Readonly<Record<string, string>> }, k: string) => t.columns[k]!
  const e = mapping.events
  specs.push({
    name: e.table,
    columns: [
      [c(e, 'entityType'), 'text'],
      [c(e, 'entityId'), 'text'],
      [c(e, 'event'), 'text'],
      [c(e, 'time'), 'bigint'],
      [c(e, 'properties'), 'json'],
    ],
    indexes: [[c(e, 'entityId'), c(e, 'event'), c(e, 'time')]],
  })
  for (const [t, key] of [
    [mapping.lists, 'list'],
    [mapping.tags, 'tag'],
  ] as const) {
    specs.push({
      name: t.table,
      columns: [
        [c(t, key), 'text'],
        [c(t, 'entityId'), 'text'],
        [c(t, 'from'), 'bigint'],
        [c(t, 'to'), 'bigint'],
      ],
      indexes: [[c(t, key), c(t, 'entityId')]],
    })
  }
  const h = mapping.history
  specs.push({
    name: h.table,
    columns: [
      [c(h, 'entityType'), 'text'],
      [c(h, 'entityId'), 'text'],
      [c(h, 'property'), 'text'],
      [c(h, 'value'), 'json'],
      [c(h, 'from'), 'bigint'],
      [c(h, 'seq'), 'bigint'],
    ],
    indexes: [[c(h, 'entityId'), c(h, 'property')]],
  })
  return specs
}

/** CREATE TABLE (and index) statements of the default schema. */
export function createSchemaSql(
  catalog: Catalog,
  dialect: DialectName,
  mapping: SqlMapping = defaultMapping(catalog),
): string[] {
  const d = DIALECTS[dialect]
  const out: string[] = []
  for (const spec of tableSpecs(catalog, mapping)) {
    const cols = spec.columns.map(([name, kind]) => {
      const key = name === spec.primaryKey
      const indexed = key || (spec.indexes ?? []).some((index) => index.includes(name))
      // ClickHouse columns are not nullable unless declared so; a missing value must stay NULL.
      // MySQL cannot index TEXT: keys and indexed text columns are VARCHAR(191) (4 bytes a character).
      const type =
        dialect === 'clickhouse' && !key
          ? `Nullable(${d.types[kind]})`
          : dialect === 'mysql' && kind === 'text' && indexed
            ? 'VARCHAR(191) COLLATE utf8mb4_0900_bin'
            : d.types[kind]
      return `${d.quoteIdent(name)} ${type}${key && dialect !== 'clickhouse' && dialect !== 'bigquery' ? ' PRIMARY KEY' : ''}`
    })
    const engine =
      dialect === 'clickhouse'
        ? ` ENGINE = MergeTree ORDER BY ${spec.primaryKey ? d.quoteIdent(spec.primaryKey) : 'tuple()'}`
        : ''
    // A schema (BigQuery: the dataset) qualifies the table, as in the compiled queries.
    const name = mapping.schema ? `${d.quoteIdent(mapping.schema)}.${d.quoteIdent(spec.name)}` : d.quoteIdent(spec.name)
    out.push(`CREATE TABLE ${name} (${cols.join(', ')})${engine}`)
    if (dialect === 'postgres' || dialect === 'duckdb' || dialect === 'sqlite' || dialect === 'mysql') {
      spec.indexes?.forEach((index, i) => {
        out.push(
          `CREATE INDEX ${d.quoteIdent(`${spec.name}_idx${i}`)} ON ${name} (${index.map((n) => d.quoteIdent(n)).join(', ')})`,
        )
      })
    }
  }
  return out
}

export type RowValue = string | number | boolean | null

export interface TableRows {
  table: string
  columns: string[]
  /** JSON columns hold JSON text. */
  json: boolean[]
  rows: RowValue[][]
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v))

/** The dataset as rows of the default schema's tables. */
export function datasetToRows(
  data: SegmentData,
  catalog: Catalog,
  mapping: SqlMapping = defaultMapping(catalog),
): TableRows[] {
  const specs = tableSpecs(catalog, mapping)
  const spec = (name: string) => specs.find((s) => s.name === name)!
  const out: TableRows[] = []
  const tableOf = (name: string, rows: RowValue[][]) => {
    const s = spec(name)
    out.push({ table: name, columns: s.columns.map(([n]) => n), json: s.columns.map(([, k]) => k === 'json'), rows })
  }
  for (const entity of catalog.entities) {
    const m = mapping.entities[entity.id]
    if (!m) continue
    const props = entity.properties.filter((p) => !p.computed && m.columns[p.id])
    tableOf(
      m.table,
      (data.entities[entity.id] ?? []).map((row) => [
        row.id,
        ...props.map((p) => {
          const v = row[p.id] as DataValue | undefined
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

/** The dialects `insertStatements` writes for: positional parameters, JSON accepted as text. */
export type InsertDialect = 'postgres' | 'duckdb' | 'sqlite' | 'mysql'

function placeholder(d: Dialect, n: number): string {
  if (d.name === 'postgres' || d.name === 'duckdb') return `$${n}`
  return '?'
}

/**
 * Batched INSERT statements with positional parameters (booleans as 0/1 for SQLite),
 * for trying the default schema on PostgreSQL, DuckDB, SQLite or MySQL. Load a
 * warehouse (BigQuery, Snowflake, ClickHouse) with its own bulk loader from `datasetToRows`.
 */
export function insertStatements(
  tables: readonly TableRows[],
  dialect: InsertDialect,
  batchSize = 500,
): { sql: string; params: RowValue[] }[] {
  const d = DIALECTS[dialect]
  const out: { sql: string; params: RowValue[] }[] = []
  for (const t of tables) {
    for (let start = 0; start < t.rows.length; start += batchSize) {
      const batch = t.rows.slice(start, start + batchSize)
      const params: RowValue[] = []
      const values = batch.map((row) => {
        const cells = row.map((v, i) => {
          params.push(dialect === 'sqlite' && typeof v === 'boolean' ? (v ? 1 : 0) : v)
          const p = placeholder(d, params.length)
          return dialect === 'postgres' && t.json[i] ? `${p}::jsonb` : p
        })
        return `(${cells.join(', ')})`
      })
      out.push({
        sql: `INSERT INTO ${d.quoteIdent(t.table)} (${t.columns.map((c) => d.quoteIdent(c)).join(', ')}) VALUES ${values.join(', ')}`,
        params,
      })
    }
  }
  return out
}
