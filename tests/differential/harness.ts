/**
 * The differential harness: random valid segments × random seeded datasets,
 * evaluated by the reference evaluator and by `toSql` on one real engine; the
 * member sets must be identical. A dataset is loaded once and many segments run
 * against it; fast-check shrinks a failing segment and the error shows the
 * shrunk segment, the dataset, the SQL and both member sets.
 */
import fc from 'fast-check'
import { arbitraryDataset, arbitrarySegment } from '../../packages/core/src/arbitraries/index.ts'
import { createEvaluator, type Evaluator } from '../../packages/core/src/evaluate/index.ts'
import { type Catalog, type SegmentData, SegmentError } from '../../packages/core/src/index.ts'
import type { Segment } from '../../packages/core/src/model/segment.ts'
import {
  createSchemaSql,
  DIALECTS,
  type Dialect,
  datasetToRows,
  insertStatements,
  type SqlMapping,
  toSql,
} from '../../packages/core/src/sql/index.ts'
import { FIXTURE_AS_OF_MS } from '../../packages/core/src/testing/index.ts'
import type { Engine as InProcessEngine } from '../engines/engines.ts'
import type { MariadbEngine } from '../sql/mariadb.ts'

/** An engine the harness runs on: the in-process three, or a private MariaDB server (tests/sql/mariadb.ts). */
export type Engine = InProcessEngine | MariadbEngine

/** The dialect of the queries: MariaDB runs the MySQL dialect's (the `mariadb` dialect differs only in DDL). */
export const queryDialect = (engine: Engine) => (engine.name === 'mariadb' ? 'mysql' : engine.name)

/** Cases per engine in one run: `SEGKIT_DIFF_RUNS`, default 600. */
export function diffRuns(): number {
  const n = Number(process.env.SEGKIT_DIFF_RUNS ?? 600)
  return Number.isInteger(n) && n > 0 ? n : 600
}

/** Time allowed for one engine's run: a minute, plus 50 ms a case (DuckDB, the slowest here, needs about 10). */
export function diffTimeoutMs(): number {
  return 60_000 + diffRuns() * 50
}

/** The run's seed: `SEGKIT_DIFF_SEED` to replay a report, else a fresh one. */
export function diffSeed(): number {
  const fromEnv = process.env.SEGKIT_DIFF_SEED
  return fromEnv !== undefined ? Number(fromEnv) : Date.now() % 2_147_483_647
}

/** Evaluation instants: the fixtures' now, and instants in the past (events after them exist in the data). */
export const AS_OF_CHOICES = [
  FIXTURE_AS_OF_MS,
  FIXTURE_AS_OF_MS - 3 * 86_400_000,
  FIXTURE_AS_OF_MS - 17 * 3_600_000,
] as const

/** Drops and recreates the default schema, then inserts the dataset. */
export async function loadDataset(engine: Engine, catalog: Catalog, data: SegmentData): Promise<void> {
  const tables = datasetToRows(data, catalog)
  const quote = DIALECTS[engine.name].quoteIdent
  for (const t of tables) await engine.exec(`DROP TABLE IF EXISTS ${quote(t.table)}`)
  for (const statement of createSchemaSql(catalog, engine.name)) await engine.exec(statement)
  for (const { sql, params } of insertStatements(tables, engine.name)) await engine.query(sql, params)
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Runs a segment's SQL on the engine; the sorted member ids. */
export async function sqlMembers(
  engine: Engine,
  catalog: Catalog,
  segment: Segment,
  asOf: number | undefined,
  mapping?: SqlMapping,
  /** The queries' dialect, when not the engine's own (a variant of it). */
  dialect?: Dialect,
): Promise<{ ids: string[]; sql: string; params: unknown }> {
  const query = toSql(segment, { catalog, dialect: dialect ?? queryDialect(engine), asOf, mapping })
  let rows: Record<string, unknown>[]
  try {
    rows = await engine.query(query.sql, query.params as unknown[])
  } catch (error) {
    throw new Error(
      `${engine.name} failed: ${(error as Error).message}\nSQL: ${query.sql}\nparams: ${JSON.stringify(query.params)}`,
    )
  }
  return { ids: rows.map((r) => String(r.id)).sort(byCodeUnit), sql: query.sql, params: query.params }
}

/**
 * Whether a case selected no one, everyone, or some (the informative cases); `unsupported`: the
 * dialect refused it with a typed `dialect_unsupported` error (SQLite: active days in a time zone
 * over a window without a start), which the semantics allow.
 */
export type CaseOutcome = 'none' | 'all' | 'some' | 'unsupported'

/**
 * Compares the evaluator with the engine for one segment; throws a full report on a mismatch.
 * Without `asOf` both sides take the segment's own `asOf`.
 */
export async function checkSegment(
  engine: Engine,
  catalog: Catalog,
  evaluator: Evaluator,
  data: SegmentData,
  segment: Segment,
  asOf: number | undefined,
  mapping?: SqlMapping,
  dialect?: Dialect,
): Promise<CaseOutcome> {
  if (asOf === undefined && segment.asOf === undefined) throw new Error('checkSegment needs an asOf')
  const result = evaluator.evaluate(segment, { asOf })
  const expected = result.ids.sort(byCodeUnit)
  let actual: Awaited<ReturnType<typeof sqlMembers>>
  try {
    actual = await sqlMembers(engine, catalog, segment, asOf, mapping, dialect)
  } catch (error) {
    const refused = error instanceof SegmentError && error.issues.every((i) => i.code === 'dialect_unsupported')
    if (refused && engine.name === 'sqlite') return 'unsupported'
    throw error
  }
  if (actual.ids.join('\n') === expected.join('\n')) {
    if (expected.length === 0) return 'none'
    return expected.length === evaluator.entityIds(segment.entity).length ? 'all' : 'some'
  }
  const onlyEvaluator = expected.filter((id) => !actual.ids.includes(id))
  const onlySql = actual.ids.filter((id) => !expected.includes(id))
  throw new Error(
    [
      `evaluator and ${engine.name} disagree at asOf ${new Date(result.asOf).toISOString()}${asOf === undefined ? " (the segment's own)" : ''}`,
      `only the evaluator: ${JSON.stringify(onlyEvaluator)}; only ${engine.name}: ${JSON.stringify(onlySql)}`,
      `evaluator members: ${JSON.stringify(expected)}`,
      `${engine.name} members: ${JSON.stringify(actual.ids)}`,
      `segment: ${JSON.stringify(segment)}`,
      `SQL: ${actual.sql}`,
      `params: ${JSON.stringify(actual.params)}`,
      `dataset: ${JSON.stringify(data)}`,
    ].join('\n'),
  )
}

export interface DifferentialReport {
  seed: number
  datasets: number
  cases: number
  /** Cases by outcome: a harness whose segments select no one or everyone proves little. */
  outcomes: Record<CaseOutcome, number>
}

const HEAVY_COPIES = 120

/**
 * The dataset with its first two users made heavy: each of their events repeated
 * `HEAVY_COPIES` times at seeded times over the last 40 days, rounded to the minute
 * so that equal times occur (hundreds of events per user per step). A sequence
 * compiled as a per-user product, or a greedy shortcut that keeps the wrong
 * candidate, shows up here.
 */
export function withHeavyUsers(data: SegmentData, seed: number): SegmentData {
  const heavy = new Set((data.entities.user ?? []).slice(0, 2).map((u) => u.id))
  let state = seed >>> 0 || 1
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
    return state / 2 ** 32
  }
  const span = 40 * 24 * 60
  const extra = data.events
    .filter((e) => e.entity === 'user' && heavy.has(e.entityId))
    .flatMap((e) =>
      Array.from({ length: HEAVY_COPIES }, () => ({
        ...e,
        time: FIXTURE_AS_OF_MS - Math.floor(next() * span) * 60_000,
      })),
    )
  return { ...data, events: [...data.events, ...extra] }
}

/**
 * Runs `runs` cases on the engine: datasets drawn from the seed, each loaded
 * once, then fc.assert over random segments (user and account) against it.
 */
export async function runDifferential(
  engine: Engine,
  catalog: Catalog,
  options: {
    runs: number
    seed: number
    /** Another layout of the same data: a mapping, and the tables it reads, made after each load. */
    layout?: {
      mapping: SqlMapping
      afterLoad(engine: Engine): Promise<void>
      /** The layout reads no set of events as one (see `SegmentArbitraryOptions.eventSets`). */
      eventSets?: false
    }
    /** A variant of the engine's dialect to compile with (the forms another dialect writes). */
    dialect?: Dialect
  },
): Promise<DifferentialReport> {
  const perDataset = 75
  // The last dataset holds heavy users (hundreds of events per step): its share of the cases.
  const heavyRuns = options.runs >= 10 ? Math.min(60, Math.floor(options.runs / 8)) : 0
  const datasets = Math.max(1, Math.ceil((options.runs - heavyRuns) / perDataset))
  const samples = fc.sample(arbitraryDataset(catalog, { minUsers: 4, maxUsers: 10, minEvents: 50, maxEvents: 150 }), {
    numRuns: datasets,
    seed: options.seed,
  })
  if (heavyRuns > 0) samples.push(withHeavyUsers(samples[0]!, options.seed))
  // Small segments (one or two conditions) pin down one construct each; full ones mix them.
  const sets = options.layout?.eventSets === false ? { eventSets: false } : {}
  const segments = fc.oneof(
    { weight: 3, arbitrary: arbitrarySegment(catalog, { ...sets, entity: 'user', maxDepth: 1, maxChildren: 2 }) },
    // Sequences and event forms carry most of the time logic: extra weight on them alone.
    {
      weight: 2,
      arbitrary: arbitrarySegment(catalog, {
        ...sets,
        entity: 'user',
        kinds: ['sequence', 'event'],
        maxDepth: 0,
        maxChildren: 1,
      }),
    },
    { weight: 3, arbitrary: arbitrarySegment(catalog, { ...sets, entity: 'user' }) },
    { weight: 1, arbitrary: arbitrarySegment(catalog, { ...sets, entity: 'account', maxDepth: 1, maxChildren: 2 }) },
    { weight: 1, arbitrary: arbitrarySegment(catalog, { ...sets, entity: 'account' }) },
  )
  let cases = 0
  const outcomes: Record<CaseOutcome, number> = { none: 0, all: 0, some: 0, unsupported: 0 }
  for (const [i, data] of samples.entries()) {
    const asOf = AS_OF_CHOICES[i % AS_OF_CHOICES.length]!
    const evaluator = createEvaluator(catalog, data)
    await loadDataset(engine, catalog, data)
    await options.layout?.afterLoad(engine)
    const numRuns = i === datasets ? heavyRuns : Math.min(perDataset, options.runs - heavyRuns - cases)
    const seed = options.seed + i + 1
    try {
      await fc.assert(
        fc.asyncProperty(segments, async (segment) => {
          // A segment with its own asOf is evaluated at it on both sides; otherwise at the dataset's asOf.
          const at = segment.asOf === undefined ? asOf : undefined
          outcomes[
            await checkSegment(engine, catalog, evaluator, data, segment, at, options.layout?.mapping, options.dialect)
          ]++
        }),
        { numRuns, seed, includeErrorInReport: true },
      )
    } catch (error) {
      throw new Error(
        `Differential mismatch on dataset #${i} (run seed ${options.seed}; replay with SEGKIT_DIFF_SEED=${options.seed})\n${(error as Error).message}`,
      )
    }
    cases += numRuns
  }
  return { seed: options.seed, datasets, cases, outcomes }
}
