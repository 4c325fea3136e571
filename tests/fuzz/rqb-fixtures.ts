/**
 * react-querybuilder queries for the import test, written for this suite in the shapes of
 * react-querybuilder's own formatQuery and database-integration test queries (a "people" table with
 * first and last names, a made-up name, a nickname that is often missing, an "enhanced" flag and a
 * power-up age), run beside `formatQuery(query, 'sql')` on DuckDB.
 */
import type { Catalog, SegmentData } from '../../packages/core/src/index.ts'

export const peopleCatalog: Catalog = {
  entities: [
    {
      id: 'user',
      label: 'Person',
      properties: [
        { id: 'firstName', label: 'First name', type: 'string' },
        { id: 'lastName', label: 'Last name', type: 'string' },
        { id: 'madeUpName', label: 'Made-up name', type: 'string' },
        { id: 'nickname', label: 'Nickname', type: 'string' },
        { id: 'enhanced', label: 'Enhanced', type: 'boolean' },
        { id: 'powerUpAge', label: 'Power-up age', type: 'number' },
        { id: 'retiredAge', label: 'Retired age', type: 'number' },
        { id: 'verified', label: 'Verified', type: 'boolean' },
        { id: 'firstSeen', label: 'First seen', type: 'datetime' },
        { id: 'lastSeen', label: 'Last seen', type: 'datetime' },
      ],
    },
  ],
  events: [],
}

const P = (
  id: string,
  firstName: string,
  lastName: string,
  madeUpName: string,
  nickname: string | null,
  enhanced: boolean | null,
  powerUpAge: number | null,
  more: { retiredAge?: number; verified?: boolean; firstSeen?: number; lastSeen?: number } = {},
) => ({ id, firstName, lastName, madeUpName, nickname, enhanced, powerUpAge, ...more })

const DAY = 86_400_000
const T0 = Date.parse('2026-01-01T00:00:00Z')

export const people: SegmentData = {
  entities: {
    user: [
      P('p01', 'Steve', 'Vai', 'Steve Vai', 'Stevie', true, 12, {
        retiredAge: 60,
        verified: true,
        firstSeen: T0,
        lastSeen: T0 + 3 * DAY,
      }),
      P('p02', 'Steve', 'Jobs', 'Apple Steve', null, false, null, {
        retiredAge: 56,
        verified: false,
        firstSeen: T0,
        lastSeen: T0,
      }),
      P('p03', 'Bruce', 'Wayne', 'Batman', 'Bats', false, 30, {
        retiredAge: 30,
        verified: true,
        firstSeen: T0 + DAY,
        lastSeen: T0,
      }),
      P('p04', 'Peter', 'Parker', 'Spider-Man', 'Spidey', true, 15, { verified: true, firstSeen: T0 }),
      P('p05', 'Tony', 'Stark', 'Iron Man', null, true, 40, { retiredAge: 35, lastSeen: T0 }),
      P('p06', 'Natasha', 'Romanoff', 'Black Widow', 'Nat', null, 25, {
        retiredAge: 50,
        verified: false,
        firstSeen: T0,
        lastSeen: T0 + 30 * DAY,
      }),
      P('p07', 'Wade', 'Wilson', 'Deadpool', 'Merc', true, null),
      P('p08', 'Diana', 'Prince', 'Wonder Woman', null, false, 3000),
      P('p09', 'Clark', 'Kent', 'Superman', 'Smallville', true, 1, {
        retiredAge: 1,
        verified: false,
        firstSeen: T0 + 2 * DAY,
        lastSeen: T0 + 2 * DAY,
      }),
      P('p10', 'Kent', 'Clark', 'Kent Clark', null, null, 5),
      P('p11', 'Selina', 'Kyle', 'Catwoman', 'Cat', false, 28),
      P('p12', 'Sam', 'Sam', 'Sam Sam', 'Sam', true, 0, {
        retiredAge: 70,
        verified: true,
        firstSeen: T0 - DAY,
        lastSeen: T0 + DAY,
      }),
    ],
  },
  events: [],
}

type Rule = Record<string, unknown>
const r = (field: string, operator: string, value?: unknown, extra: Rule = {}): Rule => ({
  field,
  operator,
  ...(value === undefined ? {} : { value }),
  ...extra,
})
const and = (...rules: unknown[]) => ({ combinator: 'and', rules })
const or = (...rules: unknown[]) => ({ combinator: 'or', rules })

export interface RqbFixture {
  name: string
  query: Record<string, unknown>
  /** Refused on purpose, and why (the refusal must name it). */
  refused?: RegExp
}

export const RQB_FIXTURES: RqbFixture[] = [
  { name: 'equals text', query: and(r('firstName', '=', 'Steve')) },
  { name: 'not equals text', query: and(r('firstName', '!=', 'Steve')) },
  { name: 'less than a number', query: and(r('powerUpAge', '<', 15)) },
  { name: 'less or equal, number as text', query: and(r('powerUpAge', '<=', '15')) },
  { name: 'greater than', query: and(r('powerUpAge', '>', 25)) },
  { name: 'greater or equal, number as text', query: and(r('powerUpAge', '>=', '25')) },
  { name: 'equals a number', query: and(r('powerUpAge', '=', 30)) },
  { name: 'not equals a number', query: and(r('powerUpAge', '!=', 30)) },
  { name: 'contains', query: and(r('madeUpName', 'contains', 'man')) },
  { name: 'begins with', query: and(r('madeUpName', 'beginsWith', 'S')) },
  { name: 'ends with', query: and(r('madeUpName', 'endsWith', 'man')) },
  { name: 'does not contain', query: and(r('madeUpName', 'doesNotContain', 'man')) },
  { name: 'does not begin with', query: and(r('lastName', 'doesNotBeginWith', 'W')) },
  { name: 'does not end with', query: and(r('lastName', 'doesNotEndWith', 'e')) },
  { name: 'in, list', query: and(r('firstName', 'in', ['Steve', 'Tony', 'Nobody'])) },
  { name: 'in, comma text', query: and(r('firstName', 'in', 'Steve, Tony')) },
  { name: 'not in', query: and(r('lastName', 'notIn', ['Vai', 'Kent'])) },
  { name: 'in numbers', query: and(r('powerUpAge', 'in', [12, 30, 77])) },
  { name: 'in numbers as text', query: and(r('powerUpAge', 'in', '12,30')) },
  { name: 'between', query: and(r('powerUpAge', 'between', [10, 30])) },
  { name: 'between, comma text', query: and(r('powerUpAge', 'between', '10,30')) },
  { name: 'not between', query: and(r('powerUpAge', 'notBetween', [10, 30])) },
  { name: 'is null', query: and(r('nickname', 'null', null)) },
  { name: 'is not null', query: and(r('nickname', 'notNull', null)) },
  { name: 'boolean true', query: and(r('enhanced', '=', true)) },
  { name: 'boolean false', query: and(r('enhanced', '=', false)) },
  { name: 'boolean as text', query: and(r('enhanced', '=', 'true')) },
  { name: 'boolean not equals', query: and(r('enhanced', '!=', true)) },
  { name: 'operator in another case', query: and(r('firstName', 'BeginsWith', 'St'), r('powerUpAge', 'NOTNULL')) },
  { name: 'OR of two', query: or(r('firstName', '=', 'Steve'), r('lastName', '=', 'Stark')) },
  { name: 'AND of two', query: and(r('firstName', '=', 'Steve'), r('enhanced', '=', true)) },
  {
    name: 'combinator in capitals',
    query: { combinator: 'OR', rules: [r('firstName', '=', 'Tony'), r('firstName', '=', 'Wade')] },
  },
  {
    name: 'nested groups',
    query: and(r('enhanced', '=', true), or(r('powerUpAge', '<', 10), r('powerUpAge', '>', 30))),
  },
  {
    name: 'deeply nested',
    query: or(
      and(r('firstName', '=', 'Steve'), or(r('lastName', '=', 'Vai'), and(r('powerUpAge', '>', 100)))),
      r('lastName', '=', 'Prince'),
    ),
  },
  { name: 'not on the root', query: { ...and(r('firstName', '=', 'Steve')), not: true } },
  {
    name: 'not on a nested group',
    query: and(r('enhanced', '=', true), { ...or(r('powerUpAge', '<', 10), r('firstName', '=', 'Tony')), not: true }),
  },
  { name: 'not as the text "true"', query: { ...and(r('firstName', '=', 'Steve')), not: 'true' } },
  { name: 'muted rule', query: and(r('firstName', '=', 'Steve'), r('lastName', '=', 'Vai', { muted: true })) },
  { name: 'muted group', query: and(r('enhanced', '=', true), { ...or(r('firstName', '=', 'Tony')), muted: true }) },
  { name: 'muted root', query: { ...and(r('firstName', '=', 'Steve')), muted: true } },
  {
    name: 'every rule muted',
    query: or(r('firstName', '=', 'Steve', { muted: true }), r('lastName', '=', 'Vai', { muted: true })),
  },
  { name: 'disabled rule (still applied)', query: and(r('firstName', '=', 'Steve', { disabled: true })) },
  {
    name: 'disabled group (still applied)',
    query: { ...or(r('firstName', '=', 'Steve'), r('lastName', '=', 'Kent')), disabled: true },
  },
  {
    name: 'independent combinators',
    query: { rules: [r('firstName', '=', 'Steve'), 'and', r('enhanced', '=', true), 'or', r('lastName', '=', 'Kent')] },
  },
  {
    name: 'independent combinators, OR first',
    query: {
      rules: [r('lastName', '=', 'Kent'), 'or', r('firstName', '=', 'Steve'), 'and', r('enhanced', '=', false)],
    },
  },
  {
    name: 'independent combinators, nested',
    query: {
      rules: [
        r('powerUpAge', '>', 10),
        'and',
        { rules: [r('firstName', '=', 'Tony'), 'or', r('firstName', '=', 'Bruce')] },
      ],
    },
  },
  {
    name: 'independent combinators with a muted rule',
    query: {
      rules: [
        r('firstName', '=', 'Steve'),
        'or',
        r('firstName', '=', 'Tony', { muted: true }),
        'and',
        r('lastName', '=', 'Vai'),
      ],
    },
  },
  { name: 'empty group', query: and() },
  { name: 'empty nested group', query: and(r('firstName', '=', 'Steve'), or()) },
  { name: 'quote in a value', query: and(r('madeUpName', '!=', "it's")) },
  { name: 'value with spaces', query: and(r('madeUpName', '=', 'Wonder Woman')) },
  { name: 'same field twice', query: and(r('powerUpAge', '>', 1), r('powerUpAge', '<', 30)) },
  {
    name: 'ids and extra keys kept',
    query: {
      id: 'root-1',
      combinator: 'and',
      rules: [{ id: 'rule-1', ...r('firstName', '=', 'Sam'), meta: { note: 'x' } }],
    },
  },
  { name: 'number equality as text', query: and(r('powerUpAge', '=', '0')) },
  { name: 'field-to-field comparison', query: and(r('firstName', '!=', 'lastName', { valueSource: 'field' })) },
  { name: 'field-to-field equality', query: and(r('firstName', '=', 'lastName', { valueSource: 'field' })) },
  {
    name: 'field-to-field, a field often missing',
    query: and(r('nickname', '=', 'firstName', { valueSource: 'field' })),
  },
  {
    name: 'field-to-field !=, a field often missing',
    query: and(r('nickname', '!=', 'firstName', { valueSource: 'field' })),
  },
  { name: 'field-to-field numbers <', query: and(r('powerUpAge', '<', 'retiredAge', { valueSource: 'field' })) },
  { name: 'field-to-field numbers >=', query: and(r('powerUpAge', '>=', 'retiredAge', { valueSource: 'field' })) },
  { name: 'field-to-field booleans =', query: and(r('enhanced', '=', 'verified', { valueSource: 'field' })) },
  { name: 'field-to-field booleans !=', query: and(r('enhanced', '!=', 'verified', { valueSource: 'field' })) },
  { name: 'field-to-field datetimes <', query: and(r('firstSeen', '<', 'lastSeen', { valueSource: 'field' })) },
  { name: 'field-to-field datetimes <=', query: and(r('firstSeen', '<=', 'lastSeen', { valueSource: 'field' })) },
  { name: 'field-to-field datetimes =', query: and(r('firstSeen', '=', 'lastSeen', { valueSource: 'field' })) },
  { name: 'field-to-field datetimes !=', query: and(r('firstSeen', '!=', 'lastSeen', { valueSource: 'field' })) },
  {
    name: 'field-to-field under a NOT, beside a value rule',
    query: and(r('enhanced', '=', true), {
      ...or(r('powerUpAge', '>', 'retiredAge', { valueSource: 'field' })),
      not: true,
    }),
  },
  {
    name: 'xor of two rules',
    query: { combinator: 'xor', rules: [r('firstName', '=', 'Steve'), r('enhanced', '=', true)] },
  },
  {
    name: 'xor of three rules',
    query: {
      combinator: 'xor',
      rules: [r('firstName', '=', 'Steve'), r('enhanced', '=', true), r('powerUpAge', '>', 14)],
    },
  },
  {
    name: 'xor with a nested group and a muted rule',
    query: {
      combinator: 'XOR',
      rules: [
        and(r('enhanced', '=', true), r('powerUpAge', '<', 20)),
        r('lastName', '=', 'Vai'),
        r('firstName', '=', 'Tony', { muted: true }),
      ],
    },
  },
  {
    name: 'not on an xor group inside an or',
    query: or(r('firstName', '=', 'Diana'), {
      combinator: 'xor',
      not: true,
      rules: [r('enhanced', '=', true), r('madeUpName', 'contains', 'man')],
    }),
  },
  {
    name: 'field-to-field of incompatible types',
    query: and(r('powerUpAge', '=', 'madeUpName', { valueSource: 'field' })),
    refused: /compares 'powerUpAge' \(number\) with 'madeUpName' \(string\)/,
  },
  {
    name: 'field-to-field beginsWith',
    query: and(r('madeUpName', 'beginsWith', 'firstName', { valueSource: 'field' })),
    refused: /by 'beginsWith'; segkit compares a property with another property only by =, !=, <, <=, >, >=/,
  },
  {
    name: 'an operator segkit lacks',
    query: and(r('firstName', 'sounds like', 'Stev')),
    refused: /the operator 'sounds like' has no segkit equivalent/,
  },
  { name: 'text compared with <', query: and(r('lastName', '<', 'M')), refused: /compares text only for equality/ },
]
