/**
 * Sequences in SQL without per-user products: one pass of window functions per
 * step, linear in the number of steps and in each user's events.
 *
 * The chain is a dynamic programme over events ordered by time. For each event
 * of step k it keeps `sb`, the latest start time (step 1's time) of any valid
 * chain ending there — the best start for the `within` check, since every other
 * constraint links neighbouring steps only. Step k's event at t takes the greatest
 * `sb` of step k−1's events at t' with t' < t, t − t' <= maxGap_k and no blocking
 * negated event in (t', t); the blocking condition is an equal count of blocking
 * events (counted in one running sum) at t' and just before t. A negated step with
 * `maxGap`, or a negated last step, removes the events of its positive step that
 * have a negated event in (t, t + maxGap] (or (t, asOf]), and with `maxGap` those
 * with t + maxGap > asOf (the gap has not passed yet): one anti-join (`NOT EXISTS`;
 * a window MIN where the dialect refuses correlated subqueries). Where the dialect
 * has ASOF joins (DuckDB) and no blocking step lies between two steps, the
 * transition is one ASOF join instead of a window pass: `sb` never decreases with
 * `st`, so the latest earlier row carries the best start.
 * The whole condition is `id IN (WITH … SELECT sid FROM last
 * step WHERE st − sb <= within)`. Exact: docs/semantics.md, Sequences.
 */
import type { SequenceCondition, SequenceStep } from '../model/conditions.ts'
import { eventIdsOf } from '../model/event-ref.ts'
import { durationMs } from '../model/time.ts'
import { column, knownTime, nextAlias, type SqlContext, timeAt, timeColumn, timeCompare } from './context.ts'
import { boundsOnTime, entityId, eventRows, fromEvents, windowAtAsOf } from './event.ts'
import { join, raw, type SqlFragment, sql } from './fragment.ts'
import { clampTime } from './literal.ts'

interface Positive {
  step: SequenceStep
  /** maxGap in ms. */
  gap: number | undefined
  /** Negated steps after it with their own maxGap (ms), or trailing without one (gap undefined). */
  after: { step: SequenceStep; gap: number | undefined }[]
  /** Negated steps without maxGap between it and the next positive step. */
  blockers: SequenceStep[]
}

function plan(node: SequenceCondition): Positive[] {
  const positives: Positive[] = []
  for (const step of node.steps) {
    if (!step.negated) {
      positives.push({
        step,
        gap: step.maxGap ? durationMs(step.maxGap) : undefined,
        after: [],
        blockers: [],
      })
      continue
    }
    const last = positives[positives.length - 1]
    // Validation refuses a negated first step.
    if (!last) throw new Error('a sequence cannot start with a negated step')
    last.after.push({ step, gap: step.maxGap ? durationMs(step.maxGap) : undefined })
  }
  // Negated steps without maxGap before another positive step block transitions; after the last, they filter.
  positives.forEach((p, i) => {
    if (i === positives.length - 1) return
    p.blockers = p.after.filter((a) => a.gap === undefined).map((a) => a.step)
    p.after = p.after.filter((a) => a.gap !== undefined)
  })
  return positives
}

/**
 * Chain rows (sid, st, sb): a common table expression and the condition its rows must meet, folded into
 * each reader's WHERE rather than written as one more table. A plain filtering table between two steps
 * is a mergeable derived table, and MariaDB re-merges a chain of those on every execution of a prepared
 * statement (a 20-step sequence: 1.4 s instead of 0.2 s).
 */
interface Rows {
  name: string
  /**
   * The condition on columns of the table as named `t` (qualified: ClickHouse reads a bare name in
   * WHERE as the SELECT list's alias, `2 AS sk`, before the column).
   */
  where?: (t: string) => SqlFragment
}

/** A whole-ms integer literal (a validated duration, clamped): frame offsets must be constants. */
const msLiteral = (ms: number) => raw(String(clampTime(ms)))

export function sequenceSql(ctx: SqlContext, entity: string, alias: string, node: SequenceCondition): SqlFragment {
  const positives = plan(node)
  const e = ctx.mapping.events()
  const asOf = () => timeAt(ctx, 0)
  const ctes: SqlFragment[] = []
  const materialized = ctx.dialect.materializedSteps ? 'MATERIALIZED ' : ''
  const cte = (body: SqlFragment, where?: (t: string) => SqlFragment): Rows => {
    const name = nextAlias(ctx, 'q')
    ctes.push(sql`${raw(name)} AS ${raw(materialized)}(${body})`)
    return where ? { name, where } : { name }
  }
  /** `FROM <rows> [alias]` and the conditions on them (`and`: more conditions, written after). */
  const fromRows = (rows: Rows, alias = '', and: readonly SqlFragment[] = []): SqlFragment => {
    const conditions = rows.where ? [rows.where(alias || rows.name), ...and] : and
    const where = conditions.length > 0 ? sql` WHERE ${join(conditions, ' AND ')}` : raw('')
    return sql`FROM ${raw(rows.name)}${raw(alias && ` ${alias}`)}${where}`
  }
  /** `SELECT sid, st FROM events WHERE …` of one step: in the window when positive, any time up to asOf when negated. */
  const stepRows = (step: SequenceStep, inWindow: boolean, kind: number): SqlFragment => {
    const ev = nextAlias(ctx, 'ev')
    const ids = eventIdsOf(step.event, ctx.catalog, entity)
    const conditions = [
      ...eventRows(ctx, entity, ev, ids, step.filters, asOf(), knownTime(ctx, 0)),
      ...(inWindow ? boundsOnTime(ctx, ev, windowAtAsOf(ctx, node.window)) : []),
      sql`${column(ev, e.entityId)} IS NOT NULL`,
    ]
    return sql`SELECT ${column(ev, e.entityId)} AS sid, ${timeColumn(ctx, ev, e.time)} AS st, NULL AS sb, ${raw(String(kind))} AS sk ${fromEvents(ctx, ev, ids[0] ?? '', conditions)}`
  }
  /**
   * Removes the rows of `rows` (sid, st, sb) that have an event of `step` in (st, st + gap] (gap
   * undefined: (st, asOf]): an anti-join (`NOT EXISTS`), or where the dialect refuses correlated
   * subqueries, one window MIN of the next such event over both sets of rows.
   */
  const withoutAfter = (rows: Rows, step: SequenceStep, gap: number | undefined): Rows => {
    if (ctx.dialect.correlatedSubqueries !== false) {
      const r = nextAlias(ctx, 'r')
      const ev = nextAlias(ctx, 'ev')
      const st = raw(`${r}.st`)
      const ids = eventIdsOf(step.event, ctx.catalog, entity)
      const conditions = [
        sql`${column(ev, e.entityId)} = ${raw(`${r}.sid`)}`,
        ...eventRows(ctx, entity, ev, ids, step.filters, asOf(), knownTime(ctx, 0)),
        timeCompare(ctx, ev, e.time, '>', st),
      ]
      if (gap !== undefined) conditions.push(timeCompare(ctx, ev, e.time, '<=', sql`(${st} + ${msLiteral(gap)})`))
      // With a gap, the gap must have passed by asOf: "did not within a day" is not known an hour after.
      const passed = gap === undefined ? [] : [sql`${st} <= ${timeAt(ctx, -gap)}`]
      const none = sql`NOT EXISTS (SELECT 1 ${fromEvents(ctx, ev, ids[0] ?? '', conditions)})`
      return cte(sql`SELECT ${raw(r)}.sid, ${st}, ${raw(r)}.sb ${fromRows(rows, r, [...passed, none])}`)
    }
    const next = sql`MIN(CASE WHEN sk = 1 THEN st END) OVER (PARTITION BY sid ORDER BY st, sk ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING)`
    const union = sql`SELECT sid, st, sb, 2 AS sk ${fromRows(rows)} UNION ALL ${stepRows(step, false, 1)}`
    const free = (t: string) =>
      gap === undefined
        ? raw(`${t}.sk = 2 AND ${t}.sn IS NULL`)
        : sql`${raw(t)}.sk = 2 AND (${raw(t)}.sn IS NULL OR ${raw(t)}.sn > ${raw(t)}.st + ${msLiteral(gap)}) AND ${raw(t)}.st <= ${timeAt(ctx, -gap)}`
    return cte(sql`SELECT sid, st, sb, sk, ${next} AS sn FROM (${union}) u`, free)
  }
  const filterAfter = (rows: Rows, p: Positive): Rows =>
    p.after.reduce((acc, a) => withoutAfter(acc, a.step, a.gap), rows)

  const within = node.within && positives.length > 1 ? durationMs(node.within) : undefined
  const first = positives[0]!
  const start = cte(sql`SELECT sid, st, st AS sb FROM (${stepRows(first.step, true, 0)}) s`)
  let rows = filterAfter(start, first)
  for (let k = 1; k < positives.length; k++) {
    const prev = positives[k - 1]!
    const cur = positives[k]!
    if (within === undefined && cur.gap === undefined && prev.blockers.length === 0) {
      // Without `within` only whether a chain reaches a row counts, and without a gap any earlier end
      // will do: the step's events strictly after the previous step's earliest end (one grouped MIN,
      // then an equi-join). `sb` then only marks a chain (the earliest end, not the latest start).
      const earliest = cte(sql`SELECT sid, MIN(st) AS sb ${fromRows(rows)} GROUP BY sid`)
      const c = nextAlias(ctx, 'c')
      const f = nextAlias(ctx, 'f')
      // The last step, with nothing after it: only each entity's latest event can end a chain.
      const candidates =
        k === positives.length - 1 && cur.after.length === 0
          ? sql`SELECT sid, MAX(st) AS st FROM (${stepRows(cur.step, true, 0)}) s GROUP BY sid`
          : stepRows(cur.step, true, 0)
      const chained = cte(
        sql`SELECT ${raw(c)}.sid, ${raw(c)}.st, ${raw(f)}.sb FROM (${candidates}) ${raw(c)} JOIN ${raw(earliest.name)} ${raw(f)} ON ${raw(c)}.sid = ${raw(f)}.sid WHERE ${raw(c)}.st > ${raw(f)}.sb`,
      )
      rows = filterAfter(chained, cur)
      continue
    }
    if (ctx.dialect.asofJoins && prev.blockers.length === 0) {
      // sb is a non-decreasing function of st over the previous step's rows, so the latest row strictly
      // before each event carries the greatest sb: one ASOF join, the gap checked on that row.
      const c = nextAlias(ctx, 'c')
      const p = nextAlias(ctx, 'p')
      const gap = cur.gap === undefined ? raw('') : sql` WHERE ${raw(c)}.st - ${raw(p)}.st <= ${msLiteral(cur.gap)}`
      // The ASOF join picks the latest row first, so the previous rows are filtered before it.
      const earlier = rows.where ? sql`(SELECT sid, st, sb ${fromRows(rows)})` : raw(rows.name)
      const chained = cte(
        sql`SELECT ${raw(c)}.sid, ${raw(c)}.st, ${raw(p)}.sb FROM (${stepRows(cur.step, true, 0)}) ${raw(c)} ASOF JOIN ${earlier} ${raw(p)} ON ${raw(c)}.sid = ${raw(p)}.sid AND ${raw(c)}.st > ${raw(p)}.st${gap}`,
      )
      rows = filterAfter(chained, cur)
      continue
    }
    // Ties: the current step's rows first (a previous event at the same time does not chain), then
    // blocking events, then the previous step's rows (a blocker at t' counts for t').
    const parts = [sql`SELECT sid, st, sb, 2 AS sk ${fromRows(rows)}`, stepRows(cur.step, true, 0)]
    for (const b of prev.blockers) parts.push(stepRows(b, false, 1))
    let source = sql`(${join(parts, ' UNION ALL ')}) u`
    let partition = raw('sid')
    if (prev.blockers.length > 0) {
      const epochs = cte(
        sql`SELECT sid, st, sb, sk, SUM(CASE WHEN sk = 1 THEN 1 ELSE 0 END) OVER (PARTITION BY sid ORDER BY st, sk ROWS UNBOUNDED PRECEDING) AS se FROM ${source}`,
      )
      source = raw(epochs.name)
      partition = raw('sid, se')
    }
    const frame =
      cur.gap === undefined
        ? raw('ORDER BY st, sk ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING')
        : sql`ORDER BY st RANGE BETWEEN ${msLiteral(cur.gap)} PRECEDING AND 1 PRECEDING`
    const chained = cte(
      sql`SELECT sid, st, sk, MAX(sb) OVER (PARTITION BY ${partition} ${frame}) AS sb FROM ${source}`,
      (t) => raw(`${t}.sk = 0 AND ${t}.sb IS NOT NULL`),
    )
    rows = filterAfter(chained, cur)
  }
  const last = within === undefined ? [] : [sql`st - sb <= ${msLiteral(within)}`]
  return sql`${entityId(ctx, entity, alias)} IN (WITH ${join(ctes, ', ')} SELECT sid ${fromRows(rows, '', last)})`
}
