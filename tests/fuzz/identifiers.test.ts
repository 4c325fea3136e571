/**
 * Hostile identifiers in every mapping slot (tables, columns, schema) and hostile JSON keys (event
 * property ids), compiled for every built-in dialect, parameterized and inline, and for the default
 * schema's DDL: statically lexed, no name ever leaves its quotes or reads as another name. MariaDB's
 * SQL is lexed both with and without NO_BACKSLASH_ESCAPES and must read the same.
 * (engines.test.ts runs such mappings on the engines.)
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Catalog, parseCatalog, SegmentError } from '../../packages/core/src/index.ts'
import { type BuiltinDialectName, createSchemaSql, DIALECTS, toSql } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog, FIXTURE_AS_OF_MS } from '../../packages/core/src/testing/index.ts'
import { area, FUZZ_SEGMENTS, params, typedOnly } from './fuzz.ts'
import { checkLexed, hostileMapping, hostileName, mappingNames, SENTINEL } from './hostile-sql.ts'
import type { LexMode } from './sql-lexer.ts'

const dialects = Object.keys(DIALECTS) as BuiltinDialectName[]
const segments = FUZZ_SEGMENTS.map((p) => p.segment)

function modes(d: BuiltinDialectName): LexMode[] {
  return d === 'mariadb' || d === 'mysql' ? [d, 'mariadb-nbe'] : [d]
}

describe('hostile identifiers in every mapping slot × every dialect', () => {
  const figures = area('sql: hostile identifiers (static)')
  it('never leave their quotes, never read as another name', () => {
    fc.assert(
      fc.property(hostileName, fc.boolean(), fc.constantFrom(...segments), (name, withSchema, segment) => {
        const mapping = hostileMapping(exampleCatalog, (slot) => `${slot}${name}`, withSchema ? `s${name}` : undefined)
        const names = mappingNames(mapping)
        for (const dialect of dialects) {
          for (const inline of [false, true]) {
            figures.inputs += 1
            const query = typedOnly(figures, () =>
              toSql(segment, { catalog: exampleCatalog, dialect, mapping, asOf: FIXTURE_AS_OF_MS, inline }),
            ).value
            if (!query) continue
            const readings = modes(dialect).map((mode) => checkLexed(query.sql, mode, names))
            for (const r of readings) {
              figures.injections += r.injections
              figures.wrong += r.wrong
              expect(r.detail, query.sql).toBeUndefined()
            }
            if (readings.length === 2) expect(readings[1]?.tokens).toEqual(readings[0]?.tokens)
          }
          figures.inputs += 1
          const ddl = typedOnly(figures, () => createSchemaSql(exampleCatalog, dialect, mapping)).value ?? []
          for (const statement of ddl) {
            for (const mode of modes(dialect)) {
              const r = checkLexed(statement, mode, names)
              figures.injections += r.injections
              figures.wrong += r.wrong
              expect(r.detail, statement).toBeUndefined()
            }
          }
        }
      }),
      params(40),
    )
  })
})

describe('hostile JSON keys (event property ids) × every dialect', () => {
  const figures = area('sql: hostile JSON keys (static)')
  it('are refused where the catalog refuses them, else never leave their string literal; the same reading with and without NO_BACKSLASH_ESCAPES', () => {
    let accepted = 0
    fc.assert(
      fc.property(
        fc.oneof(
          hostileName,
          fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.:-]{0,8}$/).map((k) => `${k}${SENTINEL}`),
        ),
        (key) => {
          const catalog: Catalog = {
            ...exampleCatalog,
            events: exampleCatalog.events.map((e) =>
              e.id === 'purchased'
                ? { ...e, properties: [...e.properties, { id: key, label: 'k', type: 'string' }] }
                : e,
            ),
          }
          // toSql validates the catalog it is given: an id parseCatalog refuses is a SegmentError.
          const valid = parseCatalog(catalog).ok
          const segment = {
            version: 1 as const,
            id: 's',
            name: 's',
            entity: 'user',
            root: {
              id: 'r',
              kind: 'group' as const,
              combinator: 'and' as const,
              children: [
                {
                  id: 'e',
                  kind: 'event' as const,
                  event: 'purchased',
                  filters: [{ id: 'f', property: key, operator: 'eq' as const, value: `v${SENTINEL}'\\` }],
                  form: { type: 'performed' as const, window: { type: 'ever' as const } },
                },
              ],
            },
          }
          for (const dialect of dialects) {
            for (const inline of [false, true]) {
              figures.inputs += 1
              const query = typedOnly(
                figures,
                () => toSql(segment, { catalog, dialect, inline, asOf: FIXTURE_AS_OF_MS }),
                [SegmentError],
              ).value
              if (valid !== (query !== undefined)) figures.wrong += 1
              expect(query !== undefined).toBe(valid)
              if (!query) continue
              accepted += 1
              const readings = modes(dialect).map((mode) => checkLexed(query.sql, mode, new Set()))
              for (const r of readings) {
                figures.injections += r.injections
                expect(r.detail, query.sql).toBeUndefined()
              }
              if (readings.length === 2) expect(readings[1]?.tokens).toEqual(readings[0]?.tokens)
              if (!inline) {
                // Parameterized: the value is a parameter, never SQL text.
                const leaked = query.sql.includes(`v${SENTINEL}`)
                if (leaked) figures.injections += 1
                expect(leaked).toBe(false)
              }
            }
          }
        },
      ),
      params(60),
    )
    expect(accepted).toBeGreaterThan(0)
  })
})

describe('the lexer', () => {
  it('catches the breakouts of naive quoting', () => {
    const naive = (n: string) => `\`${n.replace(/`/g, '``')}\``
    const name = `${SENTINEL}\\`
    expect(checkLexed(`SELECT ${naive(name)} = 1`, 'bigquery', new Set([name])).injections).toBe(1)
    expect(checkLexed(`SELECT ${naive(name)} = 1`, 'mysql', new Set([name])).injections).toBe(0)
    const value = `x\\' OR 1=1 -- ${SENTINEL}`
    expect(checkLexed(`SELECT '${value.replace(/'/g, "''")}'`, 'mariadb', new Set()).injections).toBe(1)
    expect(checkLexed(`SELECT '${value.replace(/'/g, "''")}'`, 'mariadb-nbe', new Set()).injections).toBe(0)
    expect(checkLexed('SELECT "a""b"', 'postgres', new Set()).tokens).toEqual([
      { kind: 'code', text: 'SELECT ' },
      { kind: 'ident', text: 'a"b' },
    ])
  })
})
