/** Rows of the default schema's tables, as `datasetToRows` gives them and `insertStatements` writes them. */

/** One cell: JSON columns hold JSON text. */
export type RowValue = string | number | boolean | null

/** One table's rows. */
export interface TableRows {
  /** The mapping's schema (namespace) of the table, if any. */
  schema?: string | undefined
  table: string
  columns: string[]
  /** Per column: whether it holds JSON text. */
  json: boolean[]
  rows: RowValue[][]
}
