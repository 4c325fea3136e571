/**
 * Sequences whose steps compare with an earlier step ("viewed a product, then bought the same
 * product_id") in SQL, without per-user products: the dynamic programme of sequence.ts (each step's
 * rows keep `sb`, the latest start of a valid chain ending there) run per (entity, key) instead of
 * per entity. Every row of a keyed step carries its key `k` (the shared property's value; rows without
 * one drop out, a missing value never equals); steps before the first keyed step carry none. A
 * transition into or between keyed steps takes the best `sb` among the previous step's rows of the
 * same entity (before the key) or the same entity and key (between keyed steps): `PARTITION BY sid, k`
 * in the window form, an ASOF join with `k` as an equality key on DuckDB. A keyed "did not" compares
 * its own key with the row's (anti-join or window MIN per key); a keyed blocker between two steps is
 * counted per key. After the last keyed step (validation allows no keyed step later) the key is
 * dropped: the previous rows of all keys feed a window MAX (not an ASOF join — across keys `sb` is no
 * longer monotone in time). Exact: chains with key v are the plain sequence over v's rows
 * (docs/semantics.md, Sequences: same value as an earlier step).
 */
import type { SequenceKeyPlan, SingleEventSequence, SingleEventStep } from '../model/sequence-key.ts'
import { durationMs } from '../model/time.ts'
import { column, knownTime, nextAlias, type SqlContext, timeAt, timeColumn, timeCompare } from './context.ts'
import { boundsOnTime, entityId, eventProperty, eventRows, fromEvents, windowAtAsOf } from './event.ts'
import { join, raw, type SqlFragment, sql } from './fragment.ts'
import { clampTime } from './literal.ts'
import { scalarType } from './property.ts'

/** One step with its index, key properties (empty: unkeyed) and value filters. */
interface KeyedStep {
  step: SingleEventStep
  index: number
  keys: readonly string[]
}

interface Positive extends KeyedStep {
  gap: number | undefined
  /** Negated steps after it that filter its rows: with a gap, or after the last positive step. */
  after: (KeyedStep & { gap: number | undefined })[]
  /** Negated steps without a gap between it and the next positive step. */
  blockers: KeyedStep[]
}

const gapOf = (step: SingleEventStep) => (step.maxGap ? durationMs(step.maxGap) : undefined)

function plan(node: SingleEventSequence, key: SequenceKeyPlan): Positive[] {
  const positives: Positive[] = []
  node.steps.forEach((step, index) => {
    const keyed = { step, index, keys: key.keys[index]! }
    if (!step.negated) {
      positives.push({ ...keyed, gap: gapOf(step), after: [], blockers: [] })
      return
    }
    const last = positives[positives.length - 1]
    if (!last) throw new Error('a sequence cannot start with a negated step')
    last.after.push({ ...keyed, gap: gapOf(step) })
  })
  positives.forEach((p, i) => {
    if (i === positives.length - 1) return
    p.blockers = p.after.filter((a) => a.gap === undefined)
    p.after = p.after.filter((a) => a.gap !== undefined)
  })
  return positives
}

const msLiteral = (ms: number) => raw(String(clampTime(ms)))

export function keyedSequenceSql(
  ctx: SqlContext,
  entity: string,
  alias: string,
  node: SingleEventSequence,
  key: SequenceKeyPlan,
): SqlFragment {
  const positives = plan(node, key)
  const e = ctx.mapping.events()
  const asOf = () => timeAt(ctx, 0)
  const ctes: SqlFragment[] = []
  const cte = (body: SqlFragment): string => {
    const name = nextAlias(ctx, 'q')
    ctes.push(sql`${raw(name)} AS (${body})`)
    return name
  }
  const keyOf = (s: KeyedStep, ev: string, property: string) => {
    const type = ctx.catalog.eventProperty(s.step.event, property)?.type ?? 'string'
    return eventProperty(ctx, ev, s.step.event, property, scalarType(type))
  }
  /** A step's conditions on the row `ev`: its value filters, every key property present and equal to the first. */
  const stepConditions = (s: KeyedStep, ev: string, inWindow: boolean): SqlFragment[] => {
    const out = [
      ...eventRows(ctx, entity, ev, s.step.event, key.filters[s.index]!, asOf(), knownTime(ctx, 0)),
      ...(inWindow ? boundsOnTime(ctx, ev, windowAtAsOf(ctx, node.window)) : []),
      sql`${column(ev, e.entityId)} IS NOT NULL`,
    ]
    const [first, ...more] = s.keys
    if (first !== undefined) {
      const k = keyOf(s, ev, first)
      // An optional key's anchor rows without a value start chains that no keyed "did not" blocks.
      if (!(key.optional && s.index === key.anchor)) out.push(sql`${k} IS NOT NULL`)
      for (const p of more) out.push(sql`${keyOf(s, ev, p)} = ${k}`)
    }
    return out
  }
  /** `SELECT sid, st, NULL AS sb, <kind> AS sk, k` of one step (`k` NULL when unkeyed). */
  const stepRows = (s: KeyedStep, inWindow: boolean, kind: number): SqlFragment => {
    const ev = nextAlias(ctx, 'ev')
    const k = s.keys[0] === undefined ? raw('NULL') : keyOf(s, ev, s.keys[0])
    return sql`SELECT ${column(ev, e.entityId)} AS sid, ${timeColumn(ctx, ev, e.time)} AS st, NULL AS sb, ${raw(String(kind))} AS sk, ${k} AS k ${fromEvents(ctx, ev, s.step.event, stepConditions(s, ev, inWindow))}`
  }
  /** Rows of `rows` (sid, st, sb[, k]) without an event of `neg` in (st, st + gap] (gap undefined: (st, asOf]). */
  const withoutAfter = (rows: string, keyed: boolean, neg: KeyedStep & { gap: number | undefined }): string => {
    const gap = neg.gap
    const kCol = keyed ? ', k' : ''
    const byKey = neg.keys.length > 0
    if (ctx.dialect.correlatedSubqueries !== false) {
      const r = nextAlias(ctx, 'r')
      const ev = nextAlias(ctx, 'ev')
      const st = raw(`${r}.st`)
      const conditions = [
        sql`${column(ev, e.entityId)} = ${raw(`${r}.sid`)}`,
        ...stepConditions(neg, ev, false),
        timeCompare(ctx, ev, e.time, '>', st),
      ]
      if (byKey) conditions.push(sql`${keyOf(neg, ev, neg.keys[0]!)} = ${raw(`${r}.k`)}`)
      if (gap !== undefined) conditions.push(timeCompare(ctx, ev, e.time, '<=', sql`(${st} + ${msLiteral(gap)})`))
      const passed = gap === undefined ? raw('') : sql`${st} <= ${timeAt(ctx, -gap)} AND `
      return cte(
        sql`SELECT ${raw(r)}.sid, ${st}, ${raw(r)}.sb${raw(keyed ? `, ${r}.k` : '')} FROM ${raw(rows)} ${raw(r)} WHERE ${passed}NOT EXISTS (SELECT 1 ${fromEvents(ctx, ev, neg.step.event, conditions)})`,
      )
    }
    const partition = byKey ? 'sid, k' : 'sid'
    const next = sql`MIN(CASE WHEN sk = 1 THEN st END) OVER (PARTITION BY ${raw(partition)} ORDER BY st, sk ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING)`
    const union = sql`SELECT sid, st, sb, 2 AS sk, ${raw(keyed ? 'k' : 'NULL')} AS k FROM ${raw(rows)} UNION ALL ${stepRows(neg, false, 1)}`
    const marked = cte(sql`SELECT sid, st, sb, sk, k, ${next} AS sn FROM (${union}) u`)
    const free =
      gap === undefined
        ? raw('sn IS NULL')
        : sql`(sn IS NULL OR sn > st + ${msLiteral(gap)}) AND st <= ${timeAt(ctx, -gap)}`
    return cte(sql`SELECT sid, st, sb${raw(kCol)} FROM ${raw(marked)} WHERE sk = 2 AND ${free}`)
  }
  const filterAfter = (rows: string, keyed: boolean, p: Positive): string =>
    p.after.reduce((acc, a) => withoutAfter(acc, keyed, a), rows)

  const first = positives[0]!
  let keyed = first.keys.length > 0
  const start = cte(sql`SELECT sid, st, st AS sb${raw(keyed ? ', k' : '')} FROM (${stepRows(first, true, 0)}) s`)
  let rows = filterAfter(start, keyed, first)
  for (let i = 1; i < positives.length; i++) {
    const prev = positives[i - 1]!
    const cur = positives[i]!
    const prevKeyed = keyed
    keyed = cur.keys.length > 0
    // Between two keyed steps the chain stays within one key; into the key or out of it, within the entity.
    const sameKey = prevKeyed && keyed
    const out = keyed ? ', k' : ''
    if (ctx.dialect.asofJoins && prev.blockers.length === 0 && (keyed || !prevKeyed)) {
      const c = nextAlias(ctx, 'c')
      const p = nextAlias(ctx, 'p')
      const onKey = sameKey ? ` AND ${c}.k = ${p}.k` : ''
      const gap = cur.gap === undefined ? raw('') : sql` WHERE ${raw(c)}.st - ${raw(p)}.st <= ${msLiteral(cur.gap)}`
      const chained = cte(
        sql`SELECT ${raw(c)}.sid, ${raw(c)}.st, ${raw(p)}.sb${raw(keyed ? `, ${c}.k` : '')} FROM (${stepRows(cur, true, 0)}) ${raw(c)} ASOF JOIN ${raw(rows)} ${raw(p)} ON ${raw(c)}.sid = ${raw(p)}.sid${raw(onKey)} AND ${raw(c)}.st > ${raw(p)}.st${gap}`,
      )
      rows = filterAfter(chained, keyed, cur)
      continue
    }
    // Ties as in sequence.ts: the current step's rows (0), then blockers (1), then the previous step's rows (2).
    const parts = [
      sql`SELECT sid, st, sb, 2 AS sk, ${raw(prevKeyed ? 'k' : 'NULL')} AS k FROM ${raw(rows)}`,
      stepRows(cur, true, 0),
    ]
    for (const b of prev.blockers) parts.push(stepRows(b, false, 1))
    let source = sql`(${join(parts, ' UNION ALL ')}) u`
    let partition = sameKey ? 'sid, k' : 'sid'
    if (prev.blockers.length > 0) {
      // Blockers without a key count per entity, keyed ones per entity and key (only between keyed steps).
      const epochs = cte(
        sql`SELECT sid, st, sb, sk, k, SUM(CASE WHEN sk = 1 AND k IS NULL THEN 1 ELSE 0 END) OVER (PARTITION BY sid ORDER BY st, sk ROWS UNBOUNDED PRECEDING) AS se, SUM(CASE WHEN sk = 1 AND k IS NOT NULL THEN 1 ELSE 0 END) OVER (PARTITION BY sid, k ORDER BY st, sk ROWS UNBOUNDED PRECEDING) AS sek FROM ${source}`,
      )
      source = raw(epochs)
      partition = `${partition}, se, sek`
    }
    const frame =
      cur.gap === undefined
        ? raw('ORDER BY st, sk ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING')
        : sql`ORDER BY st RANGE BETWEEN ${msLiteral(cur.gap)} PRECEDING AND 1 PRECEDING`
    const chained = cte(
      sql`SELECT sid, st, sk, k, MAX(sb) OVER (PARTITION BY ${raw(partition)} ${frame}) AS sb FROM ${source}`,
    )
    rows = filterAfter(
      cte(sql`SELECT sid, st, sb${raw(out)} FROM ${raw(chained)} WHERE sk = 0 AND sb IS NOT NULL`),
      keyed,
      cur,
    )
  }
  const within =
    node.within && positives.length > 1 ? sql` WHERE st - sb <= ${msLiteral(durationMs(node.within))}` : raw('')
  return sql`${entityId(ctx, entity, alias)} IN (WITH ${join(ctes, ', ')} SELECT sid FROM ${raw(rows)}${within})`
}
