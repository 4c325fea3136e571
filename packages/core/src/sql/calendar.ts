/**
 * Calendar windows, calendar periods and local days in SQL. With an instant `asOf` every boundary is
 * computed in TypeScript (`model/calendar.ts`, the evaluator's own) and compared with the raw time
 * column as a parameter; with `asOf: 'now'` the dialect's time-zone functions compute it. Local days
 * (active days) use the dialect's functions, or on SQLite the zone's offsets inside the window.
 */
import { SegmentError } from '../errors.ts'
import { calendarBounds, isUtc, periodStart } from '../model/calendar.ts'
import { type CalendarUnit, type CalendarWindow, WEEKDAYS } from '../model/time.ts'
import { issue } from '../validate/issues.ts'
import { msParam, type SqlContext, timeAt } from './context.ts'
import { join, raw, type SqlFragment, sql } from './fragment.ts'

/** One bound of a time range, as `event.ts` writes it. */
interface Bound {
  op: '<' | '<=' | '>' | '>='
  bound: SqlFragment
  ms?: number | undefined
}

/** The typed error of a dialect that cannot say what a segment needs. */
export function unsupported(ctx: SqlContext, what: string): SegmentError {
  return new SegmentError(`The ${ctx.dialect.name} dialect cannot compile this segment`, [
    issue({
      code: 'dialect_unsupported',
      at: [],
      message: `${what} (dialect ${ctx.dialect.name})`,
      params: { dialect: ctx.dialect.name },
    }),
  ])
}

function zoneLiteral(ctx: SqlContext): SqlFragment {
  return raw(ctx.dialect.stringLiteral(ctx.calendar.timeZone))
}

/** Where the period of `unit` holding asOf, moved `shift` periods, starts: a parameter, or the engine's clock. */
export function periodStartSql(ctx: SqlContext, unit: CalendarUnit, shift: number): SqlFragment {
  if (ctx.asOf.kind === 'instant') return msParam(periodStart(ctx.calendar, ctx.asOf.ms, unit, shift))
  const start = ctx.dialect.periodStartMs
  if (!start) throw unsupported(ctx, "Calendar windows and periods at asOf 'now' need an instant asOf here")
  return start(unit, shift, WEEKDAYS.indexOf(ctx.calendar.weekStart) + 1, zoneLiteral(ctx))
}

/** The bounds of a calendar window at asOf: `[start, end)`, or `[start, asOf]` with the current period. */
export function calendarWindowBounds(ctx: SqlContext, window: CalendarWindow): Bound[] {
  if (ctx.asOf.kind === 'instant') {
    const b = calendarBounds(window, ctx.calendar, ctx.asOf.ms)
    return [
      { op: '>=', bound: msParam(b.from), ms: b.from },
      { op: b.toIncluded ? '<=' : '<', bound: msParam(b.to), ms: b.to },
    ]
  }
  const from: Bound = { op: '>=', bound: periodStartSql(ctx, window.unit, -window.complete) }
  if (window.current) return [from, { op: '<=', bound: timeAt(ctx, 0) }]
  return [from, { op: '<', bound: periodStartSql(ctx, window.unit, 0) }, { op: '<=', bound: timeAt(ctx, 0) }]
}

/**
 * The local day of epoch-ms `time` (a distinct value per day): UTC days without a time zone, else the
 * dialect's time-zone functions, else (SQLite) `time` plus the zone's offset, a CASE over the offset
 * changes between `lo` and `hi` (the window's constant bounds; none for an unbounded start).
 */
export function localDaySql(
  ctx: SqlContext,
  time: SqlFragment,
  lo: number | undefined,
  hi: number | undefined,
): SqlFragment {
  const day = raw('86400000')
  if (isUtc(ctx.calendar)) return ctx.dialect.floorDiv(time, day)
  const local = ctx.dialect.localDay
  if (local) return local(time, zoneLiteral(ctx))
  if (lo === undefined || hi === undefined)
    throw unsupported(ctx, 'Active days in a time zone need a window with a start and an instant asOf here')
  const { before, changes } = ctx.calendar.zone.changes(lo, hi + 1)
  if (changes.length === 0) return ctx.dialect.floorDiv(sql`(${time} + ${msParam(before)})`, day)
  const cases = changes.map(
    (c, i) => sql`WHEN ${time} < ${msParam(c.at)} THEN ${msParam(i === 0 ? before : changes[i - 1]!.offset)}`,
  )
  const last = changes[changes.length - 1]!.offset
  return ctx.dialect.floorDiv(sql`(${time} + CASE ${join(cases, ' ')} ELSE ${msParam(last)} END)`, day)
}
