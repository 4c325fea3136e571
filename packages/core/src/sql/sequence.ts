/**
 * Sequences in SQL: one EXISTS over a self-join of the events table, one alias
 * per positive step (strictly later times, max gaps, window, `within`), and a
 * NOT EXISTS per negated step. Exact: it asks whether some choice of events
 * satisfies every constraint.
 */
import type { SequenceCondition } from '../model/conditions.ts'
import { durationMs } from '../model/time.ts'
import { nextAlias, type SqlContext, timeAt, timeColumn } from './context.ts'
import { eventSource, windowSql } from './event.ts'

export function sequenceSql(ctx: SqlContext, entity: string, alias: string, node: SequenceCondition): string {
  const asOf = () => timeAt(ctx, 0)
  const time = (a: string) => timeColumn(ctx, a, ctx.mapping.events.columns.time!)
  const bigint = (ms: number) => ctx.params.add(ms, 'bigint')
  interface Positive {
    alias: string
    source: string
    gap: number | undefined
  }
  const positives: Positive[] = []
  const negatedAfter: { index: number; step: SequenceCondition['steps'][number] }[] = []
  for (const step of node.steps) {
    if (step.negated) {
      negatedAfter.push({ index: positives.length - 1, step })
      continue
    }
    const a = nextAlias(ctx, 's')
    // eventSource yields "FROM events a WHERE …": split it to join the steps.
    const source = eventSource(ctx, entity, alias, a, step.event, step.filters, asOf())
    positives.push({ alias: a, source, gap: step.maxGap ? durationMs(step.maxGap) : undefined })
  }
  const from = positives.map((p) => p.source.slice('FROM '.length, p.source.indexOf(' WHERE ')))
  const where: string[] = positives.map((p) => p.source.slice(p.source.indexOf(' WHERE ') + ' WHERE '.length))
  positives.forEach((p, i) => {
    where.push(windowSql(ctx, node.window, time(p.alias), asOf(), (ms) => timeAt(ctx, ms)))
    if (i > 0) {
      const prev = positives[i - 1]!
      where.push(`${time(p.alias)} > ${time(prev.alias)}`)
      if (p.gap !== undefined) where.push(`${time(p.alias)} - ${time(prev.alias)} <= ${bigint(p.gap)}`)
    }
  })
  if (node.within && positives.length > 1) {
    where.push(
      `${time(positives[positives.length - 1]!.alias)} - ${time(positives[0]!.alias)} <= ${bigint(durationMs(node.within))}`,
    )
  }
  for (const { index, step } of negatedAfter) {
    const before = positives[index]!
    const next = positives[index + 1]
    const n = nextAlias(ctx, 'n')
    const t = time(n)
    const upper =
      step.maxGap !== undefined
        ? `${t} <= ${time(before.alias)} + ${bigint(durationMs(step.maxGap))}`
        : next
          ? `${t} < ${time(next.alias)}`
          : `${t} <= ${asOf()}`
    where.push(
      `NOT EXISTS (SELECT 1 ${eventSource(ctx, entity, alias, n, step.event, step.filters, asOf())} AND ${t} > ${time(before.alias)} AND ${upper})`,
    )
  }
  return `EXISTS (SELECT 1 FROM ${from.join(', ')} WHERE ${where.join(' AND ')})`
}
