/**
 * MariaDB (10.11 tested): the MySQL dialect's queries, with MariaDB's binary NO PAD collation in the
 * DDL (MariaDB has no `utf8mb4_0900_bin`). See docs/sql.md for where the two engines differ.
 */
import type { Dialect } from '../dialect.ts'
import { mysql } from './mysql.ts'

const TEXT_COLLATION = 'COLLATE utf8mb4_nopad_bin'

export const mariadb: Dialect = {
  ...mysql,
  name: 'mariadb',
  literal: (v, t) => mysql.literal(v, t),
  types: { ...mysql.types, text: `TEXT ${TEXT_COLLATION}` },
  columnType: (kind, c) =>
    kind === 'text' && (c.primaryKey || c.indexed) ? `VARCHAR(191) ${TEXT_COLLATION}` : mariadb.types[kind],
}
