import { describe, expect, it } from 'vitest'
import { SegmentError } from '../errors.ts'
import type { Segment, SegmentNode } from '../model/segment.ts'
import { exampleCatalog } from '../testing/example-catalog.ts'
import type { BuiltinDialectName } from './dialect.ts'
import { DIALECTS } from './dialects/index.ts'
import { renderSql } from './fragment.ts'
import { defaultMapping, type SqlMapping } from './mapping.ts'
import { createSchemaSql } from './schema.ts'
import { toSql, toSqlPredicate } from './to-sql.ts'

const segment = (children: SegmentNode[], entity = 'user'): Segment => ({
  version: 1,
  id: 's',
  name: 'S',
  entity,
  root: { id: 'root', kind: 'group', combinator: 'and', children },
})
const plan: SegmentNode = { id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' }
const email: SegmentNode = { id: 'c2', kind: 'property', property: 'email', operator: 'contains', value: 'x' }
const beta: SegmentNode = { id: 'c3', kind: 'list', list: 'beta', operator: 'in' }
const dialects = Object.keys(DIALECTS) as BuiltinDialectName[]
const nowText = (d: BuiltinDialectName) => renderSql(DIALECTS[d].nowMs, DIALECTS[d]).sql

function thrown(f: () => unknown): SegmentError {
  try {
    f()
  } catch (e) {
    if (e instanceof SegmentError) return e
    throw e
  }
  throw new Error('expected a SegmentError')
}

describe('toSql errors', () => {
  it('given an invalid segment, throws SegmentError with the path of the bad node', () => {
    const bad = segment([{ id: 'c1', kind: 'property', property: 'nope', operator: 'eq', value: 1 }])
    const e = thrown(() => toSql(bad, { catalog: exampleCatalog, dialect: 'postgres' }))
    expect(e.issues[0]).toMatchObject({ code: 'unknown_property', path: ['root', 'children', 0, 'property'] })
  })

  it('given a mapping without a property column, reports mapping_missing at the condition', () => {
    const base = defaultMapping(exampleCatalog)
    const { email: _dropped, ...columns } = base.entities.user!.columns
    const mapping: SqlMapping = { ...base, entities: { ...base.entities, user: { ...base.entities.user!, columns } } }
    const e = thrown(() => toSql(segment([plan, email]), { catalog: exampleCatalog, dialect: 'duckdb', mapping }))
    expect(e.issues).toEqual([
      expect.objectContaining({ code: 'mapping_missing', path: ['root', 'children', 1, 'property'], nodeId: 'c2' }),
    ])
    expect(e.message).toContain("no column for the property 'email'")
  })

  it('given a set of events one of which has a table of its own, reports mapping_missing at the event, and compiles the set on the shared table', () => {
    const base = defaultMapping(exampleCatalog)
    const set: SegmentNode = {
      id: 'c4',
      kind: 'event',
      event: { anyOf: ['viewed_product', 'purchased'] },
      filters: [],
      form: { type: 'performed', window: { type: 'ever' } },
    }
    const mapping: SqlMapping = { ...base, events: { ...base.events, byEvent: { purchased: { table: 'purchases' } } } }
    const e = thrown(() => toSql(segment([set]), { catalog: exampleCatalog, dialect: 'postgres', mapping }))
    expect(e.issues).toEqual([
      expect.objectContaining({ code: 'mapping_missing', path: ['root', 'children', 0, 'event'], nodeId: 'c4' }),
    ])
    const { sql, params } = toSql(segment([set]), { catalog: exampleCatalog, dialect: 'postgres' })
    expect(sql).toContain(`ev1."event" IN ($1::text, $2::text)`)
    expect(params).toEqual(expect.arrayContaining(['viewed_product', 'purchased']))
  })

  it('given a mapping without the entity table, reports it at the entity', () => {
    const base = defaultMapping(exampleCatalog)
    const mapping: SqlMapping = { ...base, entities: { user: base.entities.user! } }
    const e = thrown(() => toSql(segment([], 'account'), { catalog: exampleCatalog, dialect: 'sqlite', mapping }))
    expect(e.issues[0]).toMatchObject({ code: 'mapping_missing', path: ['entity'] })
  })

  it('given a relation to an unmapped entity, reports it at the relation', () => {
    const base = defaultMapping(exampleCatalog)
    const mapping: SqlMapping = { ...base, entities: { user: base.entities.user! } }
    const related: SegmentNode = {
      id: 'r',
      kind: 'related',
      relation: 'account',
      match: { type: 'any' },
      root: { id: 'g', kind: 'group', combinator: 'and', children: [] },
    }
    const e = thrown(() => toSql(segment([related]), { catalog: exampleCatalog, dialect: 'postgres', mapping }))
    expect(e.issues[0]).toMatchObject({ code: 'mapping_missing', path: ['root', 'children', 0, 'relation'] })
  })

  it('given an events table without a time column, reports it at the event condition', () => {
    const base = defaultMapping(exampleCatalog)
    const { time: _t, ...columns } = base.events.columns
    const mapping: SqlMapping = { ...base, events: { ...base.events, columns } }
    const node: SegmentNode = {
      id: 'ev',
      kind: 'event',
      event: 'purchased',
      filters: [],
      form: { type: 'performed', window: { type: 'ever' } },
    }
    const e = thrown(() => toSql(segment([node]), { catalog: exampleCatalog, dialect: 'postgres', mapping }))
    expect(e.issues[0]).toMatchObject({ code: 'mapping_missing', path: ['root', 'children', 0], nodeId: 'ev' })
    expect(e.message).toContain("'time'")
  })

  it('ignores gaps that only disabled conditions would need', () => {
    const base = defaultMapping(exampleCatalog)
    const { email: _dropped, ...columns } = base.entities.user!.columns
    const mapping: SqlMapping = { ...base, entities: { ...base.entities, user: { ...base.entities.user!, columns } } }
    expect(() =>
      toSql(segment([plan, { ...email, disabled: true }]), { catalog: exampleCatalog, dialect: 'postgres', mapping }),
    ).not.toThrow()
  })

  it('given an asOf that is not an instant, throws SegmentError at asOf', () => {
    const e = thrown(() => toSql(segment([plan]), { catalog: exampleCatalog, dialect: 'postgres', asOf: 'yesterday' }))
    expect(e.issues[0]).toMatchObject({ path: ['asOf'] })
  })

  it('refuses an alias for the predicate that is not a plain identifier', () => {
    expect(() =>
      toSqlPredicate(segment([plan]), { catalog: exampleCatalog, dialect: 'postgres', alias: 'u; DROP' }),
    ).toThrow(/alias/)
  })
})

describe('asOf', () => {
  it.each(dialects)("'now' compiles to the %s clock, with no time parameter", (dialect) => {
    const { sql, params } = toSql(segment([beta]), { catalog: exampleCatalog, dialect, asOf: 'now' })
    expect(sql).toContain(nowText(dialect))
    expect(Object.values(params)).toEqual(['beta'])
  })

  it.each(dialects)('an instant compiles to a %s parameter', (dialect) => {
    const ms = Date.parse('2026-12-15T12:00:00Z')
    const { sql, params } = toSql(segment([beta]), { catalog: exampleCatalog, dialect, asOf: ms })
    expect(sql).not.toContain(nowText(dialect))
    expect(sql).not.toContain(String(ms))
    expect(Object.values(params)).toContain(ms)
  })

  it("uses the segment's asOf when the options give none", () => {
    const { params } = toSql(
      { ...segment([beta]), asOf: '2026-01-01T00:00:00Z' },
      {
        catalog: exampleCatalog,
        dialect: 'postgres',
      },
    )
    expect(params).toContain(Date.parse('2026-01-01T00:00:00Z'))
  })
})

describe('mapping', () => {
  it('reads memberships without validity columns as always valid', () => {
    const base = defaultMapping(exampleCatalog)
    const mapping: SqlMapping = {
      ...base,
      lists: { table: 'beta_users', columns: { list: 'list', entityId: 'user_id' } },
    }
    const { sql } = toSql(segment([beta]), { catalog: exampleCatalog, dialect: 'postgres', mapping, asOf: 0 })
    expect(sql).toContain('"beta_users"')
    expect(sql).not.toContain('valid_from')
  })

  it('prefixes tables with the schema and quotes every identifier', () => {
    const mapping: SqlMapping = { ...defaultMapping(exampleCatalog), schema: 'analytics' }
    const { sql } = toSql(segment([plan]), { catalog: exampleCatalog, dialect: 'mysql', mapping, asOf: 0 })
    expect(sql).toContain('FROM `analytics`.`users` e')
  })

  it('gives the predicate alone over a caller-chosen alias', () => {
    const { sql } = toSqlPredicate(segment([email]), {
      catalog: exampleCatalog,
      dialect: 'postgres',
      alias: 'u',
      asOf: 0,
    })
    expect(sql.startsWith('(')).toBe(true)
    expect(sql).toContain('u."email"')
    expect(sql).not.toContain('SELECT u')
  })
})

describe('createSchemaSql', () => {
  it('qualifies tables with the mapping schema, as the queries do', () => {
    const mapping: SqlMapping = { ...defaultMapping(exampleCatalog), schema: 'segkit' }
    const ddl = createSchemaSql(exampleCatalog, 'bigquery', mapping)
    expect(ddl[0]).toMatch(/^CREATE TABLE `segkit`\.`users` \(/)
    const pg = createSchemaSql(exampleCatalog, 'postgres', mapping)
    expect(pg.find((s) => s.startsWith('CREATE INDEX'))).toContain('ON "segkit"."events"')
  })

  it('gives MySQL keys and indexed text columns an indexable type', () => {
    const ddl = createSchemaSql(exampleCatalog, 'mysql')
    expect(ddl[0]).toContain('`id` VARCHAR(191) COLLATE utf8mb4_0900_bin PRIMARY KEY')
    expect(ddl[0]).toContain('`email` TEXT COLLATE utf8mb4_0900_bin')
  })
})

describe('no correlated subquery on ClickHouse and Snowflake (issue 15)', () => {
  const gap = { amount: 1, unit: 'day' as const }
  const window = { type: 'last' as const, duration: { amount: 30, unit: 'day' as const } }
  const nodes: SegmentNode[] = [
    plan,
    { id: 'c9', kind: 'property', property: 'plan', operator: 'neq', value: 'free' },
    { id: 'c4', kind: 'property', property: 'ltv', operator: 'gt', value: 100, at: { type: 'ago', duration: gap } },
    { id: 'c5', kind: 'property', property: 'revenue_30d', operator: 'gte', value: 50 },
    {
      id: 'c6',
      kind: 'event',
      event: 'opened_app',
      filters: [],
      form: { type: 'measure', measure: { fn: 'count' }, comparison: 'lt', value: 3, window },
    },
    { id: 'c7', kind: 'event', event: 'purchased', filters: [], form: { type: 'not_performed', window } },
    {
      id: 'c8',
      kind: 'sequence',
      window,
      steps: [
        { id: 'a', event: 'added_to_cart', filters: [] },
        { id: 'b', event: 'purchased', filters: [], negated: true, maxGap: gap },
        { id: 'c', event: 'opened_app', filters: [] },
        { id: 'd', event: 'purchased', filters: [], negated: true },
      ],
    },
    {
      id: 'c10',
      kind: 'related',
      relation: 'account',
      match: { type: 'all' },
      root: {
        id: 'g1',
        kind: 'group',
        combinator: 'and',
        children: [{ id: 'c11', kind: 'property', property: 'industry', operator: 'eq', value: 'saas' }],
      },
    },
  ]
  const accountNodes: SegmentNode[] = [
    {
      id: 'c12',
      kind: 'related',
      relation: 'users',
      match: { type: 'count', comparison: 'lt', value: 2 },
      root: { id: 'g2', kind: 'group', combinator: 'and', children: [plan] },
    },
    {
      id: 'c13',
      kind: 'related',
      relation: 'users',
      match: { type: 'any' },
      root: { id: 'g3', kind: 'group', combinator: 'and', children: nodes.slice(2, 4) },
    },
  ]
  describe.each(['clickhouse', 'snowflake'] as const)('%s', (dialect) => {
    const q = (name: string) => DIALECTS[dialect].quoteIdent(name)
    const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    /**
     * The SQL without the places where the outer row `e` may appear: the selected id, a join key, an
     * `IN` operand, a column's fallback and the createdAt test of the outer WHERE.
     */
    const withoutOuterUses = (sql: string) =>
      sql
        .replace(`SELECT e.${q('id')} AS id`, '')
        .replace(new RegExp(`\\.k = e\\.${literal(q('id'))}`, 'g'), '')
        .replace(new RegExp(`e\\.${literal(q('id'))} IN \\(`, 'g'), '')
        .replace(
          new RegExp(`\\(e\\.${literal(q('account_id'))} IS NOT NULL AND e\\.${literal(q('account_id'))} IN \\(`, 'g'),
          '',
        )
        .replace(new RegExp(`ELSE e\\.${literal(q('x')).replace('x', '[a-z_]+')} END`, 'g'), '')
        .replace(new RegExp(`\\(e\\.${literal(q('created_at'))} IS NULL\\s+OR e\\.${literal(q('created_at'))} <=`), '')
    it('history, computed properties, measures, negated steps and relations read the outer row only through joins and IN', () => {
      const { sql } = toSql(segment(nodes), { catalog: exampleCatalog, dialect, asOf: 0 })
      expect(sql).not.toContain('EXISTS')
      expect(withoutOuterUses(sql)).not.toMatch(/\be\./)
      // One join for plan (read twice), one for ltv a day ago, one for the computed total.
      expect(sql.match(/LEFT JOIN/g)).toHaveLength(3)
    })
    it('relations from the other side, with history and computed properties of the related rows, are semi- and anti-joins', () => {
      const { sql } = toSql(segment(accountNodes, 'account'), { catalog: exampleCatalog, dialect, asOf: 0 })
      expect(sql).not.toContain('EXISTS')
      expect(sql.match(new RegExp(`e\\.${literal(q('id'))} IN \\(`, 'g'))).toHaveLength(2)
      expect(withoutOuterUses(sql)).not.toMatch(/\be\./)
    })
    it('the bare predicate reads your row only as the operand of one IN', () => {
      const { sql } = toSqlPredicate(segment(nodes), { catalog: exampleCatalog, dialect, asOf: 0, alias: 'u' })
      expect(sql).not.toContain('EXISTS')
      expect(sql.match(/\bu\./g)).toHaveLength(1)
      expect(sql.startsWith(`(u.${q('id')} IN (SELECT e.${q('id')} AS id FROM ${q('users')} e LEFT JOIN`)).toBe(true)
    })
  })
  it('the same segment uses NOT EXISTS anti-joins on engines that allow correlation', () => {
    expect(toSql(segment(nodes), { catalog: exampleCatalog, dialect: 'postgres', asOf: 0 }).sql).toContain('NOT EXISTS')
  })
  it('a bare predicate without joined values stays bare', () => {
    const { sql } = toSqlPredicate(segment([email, nodes[5]!]), {
      catalog: exampleCatalog,
      dialect: 'postgres',
      alias: 'u',
    })
    expect(sql).not.toContain('SELECT e.')
    expect(sql).toContain('u."email"')
  })
})
