/**
 * Hand-made cases for the SQL compiler: each case is a segment, an optional
 * evaluation instant and the member ids expected, written by hand. `runCases`
 * checks every case on PostgreSQL (PGlite), DuckDB and SQLite (sql.js), with
 * parameters and with inline literals, and checks the reference evaluator too.
 * One engine instance per engine per test file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEvaluator } from '../../packages/core/src/evaluate/index.ts'
import type {
  Catalog,
  EventCondition,
  EventFilter,
  EventForm,
  Group,
  PropertyCondition,
  Segment,
  SegmentData,
  SegmentNode,
} from '../../packages/core/src/index.ts'
import { type ToSqlOptions, toSql } from '../../packages/core/src/sql/index.ts'
import { FIXTURE_AS_OF_MS } from '../../packages/core/src/testing/index.ts'
import { ENGINE_OPENERS, type Engine, type EngineName } from '../engines/engines.ts'
import { loadDataset, memberIds } from '../engines/load.ts'

export const DAY = 86_400_000
export const HOUR = 3_600_000
/** The cases' evaluation instant: 2026-12-15T12:00:00.000Z. */
export const T = FIXTURE_AS_OF_MS
export const iso = (ms: number) => new Date(ms).toISOString()

export interface SqlCase {
  name: string
  segment: Segment
  /** Evaluation instant; default T. `'segment'` leaves it to the segment's own asOf. */
  asOf?: number | 'segment'
  /** Member ids, sorted. */
  expected: string[]
  /** More `toSql` options (limits beyond the defaults). */
  sql?: Pick<ToSqlOptions, 'limits' | 'maxNodes' | 'maxDepth'>
  /** The evaluator's own limits are the defaults: cases beyond them check the engines only. */
  enginesOnly?: boolean
}

/** A segment of `entity` whose root is an AND group of `children`. */
export function seg(children: SegmentNode[], options: Partial<Segment> & { combinator?: 'and' | 'or' } = {}): Segment {
  const { combinator = 'and', ...rest } = options
  return {
    version: 1,
    id: 'case',
    name: 'case',
    entity: 'user',
    root: { id: 'root', kind: 'group', combinator, children },
    ...rest,
  }
}

function asOfOf(c: SqlCase): number | undefined {
  return c.asOf === 'segment' ? undefined : (c.asOf ?? T)
}

/** Runs every case on the three engines (parameterized and inline) and on the reference evaluator. */
export function runCases(
  catalog: Catalog,
  data: SegmentData,
  cases: readonly SqlCase[],
  /** Registers more tests inside each engine's describe block, after the cases. */
  more?: (engine: () => Engine) => void,
): void {
  describe('the reference evaluator', () => {
    const evaluator = createEvaluator(catalog, data)
    const evaluated = cases.filter((c) => !c.enginesOnly)
    it.each(evaluated.map((c) => [c.name, c] as const))('%s', (_, c) => {
      expect(evaluator.evaluate(c.segment, { asOf: asOfOf(c) }).ids).toEqual(c.expected)
    })
  })
  describe.each(Object.entries(ENGINE_OPENERS))('%s', (name, open) => {
    let engine: Engine
    beforeAll(async () => {
      engine = await open()
      await loadDataset(engine, catalog, data)
    })
    afterAll(() => engine?.close())
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
      const options = { catalog, dialect: name as EngineName, asOf: asOfOf(c), ...c.sql }
      expect(await memberIds(engine, toSql(c.segment, options))).toEqual(c.expected)
      expect(await memberIds(engine, toSql(c.segment, { ...options, inline: true }))).toEqual(c.expected)
    })
    more?.(() => engine)
  })
}

let nextId = 0
const id = (prefix: string) => `${prefix}${++nextId}`

/** A property condition. */
export function prop(
  property: string,
  operator: PropertyCondition['operator'],
  value?: PropertyCondition['value'],
  extra: Partial<PropertyCondition> = {},
): PropertyCondition {
  return { id: id('p'), kind: 'property', property, operator, ...(value === undefined ? {} : { value }), ...extra }
}

/** An event filter. */
export function filter(
  property: string,
  operator: EventFilter['operator'],
  value?: EventFilter['value'],
  extra: Partial<EventFilter> = {},
): EventFilter {
  return { id: id('f'), property, operator, ...(value === undefined ? {} : { value }), ...extra }
}

/** An event condition. */
export function event(name: string, form: EventForm, filters: EventFilter[] = []): EventCondition {
  return { id: id('e'), kind: 'event', event: name, filters, form }
}

/** A group. */
export function group(combinator: 'and' | 'or', children: SegmentNode[], extra: Partial<Group> = {}): Group {
  return { id: id('g'), kind: 'group', combinator, children, ...extra }
}

export const days = (amount: number) => ({ amount, unit: 'day' as const })
export const hours = (amount: number) => ({ amount, unit: 'hour' as const })
export const ago = (amount: number) => ({ type: 'ago' as const, duration: days(amount) })
