// @vitest-environment node
/**
 * Hostile strings in every value slot (property values, list values, string[]
 * elements, event filter values, sequence step filters), parameterized and
 * inline, on the three engines: no error, no injection, the right members.
 */
import { describe, expect, it } from 'vitest'
import type { SegmentData } from '../../packages/core/src/index.ts'
import { DIALECTS, type DialectName, toSql } from '../../packages/core/src/sql/index.ts'
import { exampleCatalog } from '../../packages/core/src/testing/index.ts'
import { DAY, event, filter, prop, runCases, type SqlCase, seg, T } from './harness.ts'

const HOSTILE = [
  "O'Brien",
  "''",
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  '\\',
  "\\'",
  'a\\',
  "\\\\'",
  '"',
  '"quoted" and `ticks`',
  '%',
  '_',
  'a%b',
  'a_b',
  '%_%',
  '--',
  ';',
  '/* x */',
  '$1',
  '?',
  '@p1',
  '{p1:String}',
  '\u00010:text\u0001',
  'Zürich',
  '日本語',
  '🎉 party 🎉',
  'e\u0301',
  '\t\n\r',
  ' leading',
  'trailing ',
  'NULL',
  '',
  // As long as a text may be (SEGMENT_LIMITS.maxTextLength) once wrapped in the email's angle brackets.
  'x'.repeat(9_998),
]
const ids = HOSTILE.map((_, i) => `h${String(i).padStart(2, '0')}`)

const data: SegmentData = {
  entities: {
    user: HOSTILE.map((s, i) => ({ id: ids[i]!, name: s, email: `<${s}>`, interests: [s] })),
  },
  events: HOSTILE.flatMap((s, i) => [
    { entity: 'user', entityId: ids[i]!, event: 'viewed_product', time: T - 2 * DAY, properties: { product: s } },
    { entity: 'user', entityId: ids[i]!, event: 'added_to_cart', time: T - DAY, properties: { product: s } },
  ]),
}

/** The users whose text includes `needle` (JavaScript's own `includes`, an oracle independent of SQL). */
const including = (needle: string, text: (i: number) => string) => ids.filter((_, i) => text(i).includes(needle))
const others = (i: number) => ids.filter((_, j) => j !== i)
const label = (s: string) => JSON.stringify(s.length > 30 ? `${s.slice(0, 10)}…(${s.length})` : s)

const cases: SqlCase[] = HOSTILE.flatMap((s, i): SqlCase[] => [
  { name: `name eq ${label(s)}`, segment: seg([prop('name', 'eq', s)]), expected: [ids[i]!] },
  { name: `name neq ${label(s)}`, segment: seg([prop('name', 'neq', s)]), expected: others(i) },
  { name: `name in [${label(s)}]`, segment: seg([prop('name', 'in', [s, 'zz'])]), expected: [ids[i]!] },
  {
    name: `email contains ${label(s)}`,
    segment: seg([prop('email', 'contains', s)]),
    expected: including(s, (j) => `<${HOSTILE[j]}>`),
  },
  {
    name: `email starts_with <${label(s)}>`,
    segment: seg([prop('email', 'starts_with', `<${s}>`)]),
    expected: [ids[i]!],
  },
  { name: `email ends_with <${label(s)}>`, segment: seg([prop('email', 'ends_with', `<${s}>`)]), expected: [ids[i]!] },
  {
    name: `name contains ${label(s)} ignoring case`,
    segment: seg([prop('name', 'contains', s.toUpperCase() === s ? s.toLowerCase() : s, { ignoreCase: true })]),
    expected: including(
      s.replace(/[A-Z]/g, (ch) => ch.toLowerCase()),
      (j) => HOSTILE[j]!.replace(/[A-Z]/g, (ch) => ch.toLowerCase()),
    ),
  },
  { name: `interests has_any [${label(s)}]`, segment: seg([prop('interests', 'has_any', [s])]), expected: [ids[i]!] },
  { name: `interests has_all [${label(s)}]`, segment: seg([prop('interests', 'has_all', [s])]), expected: [ids[i]!] },
  { name: `interests has_none [${label(s)}]`, segment: seg([prop('interests', 'has_none', [s])]), expected: others(i) },
  {
    name: `event filter product not_in [${label(s)}]`,
    segment: seg([
      event('viewed_product', { type: 'performed', window: { type: 'ever' } }, [filter('product', 'not_in', [s])]),
    ]),
    expected: others(i),
  },
  {
    name: `event filter product eq ${label(s)}`,
    segment: seg([
      event('viewed_product', { type: 'performed', window: { type: 'ever' } }, [filter('product', 'eq', s)]),
    ]),
    expected: [ids[i]!],
  },
  {
    name: `sequence step filters ${label(s)}`,
    segment: seg([
      {
        id: 'sq',
        kind: 'sequence',
        window: { type: 'ever' },
        steps: [
          { id: 'a', event: 'viewed_product', filters: [filter('product', 'eq', s)] },
          { id: 'b', event: 'added_to_cart', filters: [filter('product', 'ends_with', s)] },
        ],
      },
    ]),
    expected: [ids[i]!],
  },
])

runCases(exampleCatalog, data, cases, (engine) => {
  it('still has every table and row after all the hostile queries', async () => {
    const rows = await engine().query('SELECT COUNT(*) AS n FROM users')
    expect(Number(rows[0]?.n)).toBe(HOSTILE.length)
    const events = await engine().query('SELECT COUNT(*) AS n FROM events')
    expect(Number(events[0]?.n)).toBe(HOSTILE.length * 2)
  })
})

describe('parameterized SQL never holds the text of a value', () => {
  const dialects = Object.keys(DIALECTS) as DialectName[]
  it.each(dialects)('%s', (dialect) => {
    for (const s of HOSTILE.filter((x) => x.length >= 3 && /['"\\;`]|--|[^\x20-\x7e]/.test(x))) {
      const { sql, params } = toSql(seg([prop('name', 'eq', s), prop('email', 'contains', s)]), {
        catalog: exampleCatalog,
        dialect,
        asOf: T,
      })
      expect(sql.includes(s)).toBe(false)
      expect(Object.values(params)).toContain(s)
    }
  })
})
