/**
 * The `nth_time` form in SQL: the matching events up to asOf numbered per entity by time
 * (`ROW_NUMBER()`, with the first time beside each by `MIN() OVER`), then the entities whose row
 * number n lies in the window (and at most `withinOfFirst` after the first). Equal times get
 * numbers in any order, which changes no n-th time: every dialect agrees with the evaluator.
 */
import type { EventForm } from '../model/conditions.ts'
import { durationMs } from '../model/time.ts'
import { column, msParam, nextAlias, type SqlContext, timeColumn } from './context.ts'
import { join, param, raw, type SqlFragment, sql } from './fragment.ts'

type NthTimeForm = Extract<EventForm, { type: 'nth_time' }>

/** `entity IN (…)`: the entities whose n-th event of `from` (over alias `ev`) matches the form. */
export function nthTimeSql(
  ctx: SqlContext,
  entity: SqlFragment,
  ev: string,
  from: SqlFragment,
  form: NthTimeForm,
  /** The form's window as conditions on a time (SQL epoch ms). */
  inWindow: (time: SqlFragment) => SqlFragment[],
): SqlFragment {
  const e = ctx.mapping.events()
  const id = column(ev, e.entityId)
  const t = timeColumn(ctx, ev, e.time)
  const x = nextAlias(ctx, 'nt')
  const numbered = sql`SELECT ${id} AS sid, ${t} AS st, ROW_NUMBER() OVER (PARTITION BY ${id} ORDER BY ${t}) AS sn, MIN(${t}) OVER (PARTITION BY ${id}) AS sf ${from}`
  const st = raw(`${x}.st`)
  const holds = [sql`${raw(`${x}.sn`)} = ${param(form.n, 'number')}`, ...inWindow(st)]
  if (form.withinOfFirst) holds.push(sql`${st} - ${raw(`${x}.sf`)} <= ${msParam(durationMs(form.withinOfFirst))}`)
  return sql`${entity} IN (SELECT ${raw(`${x}.sid`)} FROM (${numbered}) ${raw(x)} WHERE ${join(holds, ' AND ')})`
}
