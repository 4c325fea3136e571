/**
 * IANA time zones through `Intl` (no offset tables of our own): whether a name is one, and a zone's
 * UTC offsets as piecewise-constant spans found once with `Intl` and a binary search for each change,
 * so that reading the offset of many instants costs a lookup, not an `Intl` call each.
 */

const DAY_MS = 86_400_000
/** Offsets are sampled this far apart; two changes closer than this that cancel out are not seen. */
const STEP_MS = 7 * DAY_MS
/** Coverage grows by at least this much, so a scan over many events extends it rarely. */
const GROW_MS = 366 * DAY_MS
/** `Intl` reads years 1000–9999 reliably; outside, the offset at the nearer end holds. */
const FIRST_MS = Date.UTC(1000, 0, 1)
const LAST_MS = Date.UTC(9999, 11, 31)

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** The offset (local minus UTC, ms) of `timeZone` at `t`, straight from `Intl`. */
function intlOffset(timeZone: string, t: number): number {
  const s = Math.floor(Math.min(Math.max(t, FIRST_MS), LAST_MS) / 1000) * 1000
  const parts = formatter(timeZone).formatToParts(s)
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value)
  const local = new Date(0)
  local.setUTCFullYear(part('year'), part('month') - 1, part('day'))
  local.setUTCHours(part('hour'), part('minute'), part('second'), 0)
  return local.getTime() - s
}

/** The UTC offsets of one time zone over the instants read so far, as spans `[starts[i], starts[i + 1])`. */
export class ZoneOffsets {
  readonly timeZone: string
  private readonly utc: boolean
  /** `starts[0]` is the start of the covered time, `end` its end (excluded). */
  private starts: number[] = []
  private offsets: number[] = []
  private end = Number.NEGATIVE_INFINITY
  /** The span the last lookup hit (events are read in time order, so the next one usually hits it too). */
  private last = 0

  constructor(timeZone: string) {
    this.timeZone = timeZone
    this.utc = timeZone === 'UTC' || timeZone === 'Etc/UTC'
  }

  /** Whether the zone is UTC (every offset 0). */
  get isUtc(): boolean {
    return this.utc
  }

  /** The offset (local minus UTC, ms) at instant `t`. */
  offsetAt(t: number): number {
    if (this.utc) return 0
    const k = this.last
    const starts = this.starts
    if (k < starts.length && t >= starts[k]! && t < (starts[k + 1] ?? this.end)) return this.offsets[k]!
    this.cover(t, t + 1)
    const i = this.spanOf(t)
    this.last = i
    return this.offsets[i]!
  }

  /** The local calendar day of `t`: days since 1970-01-01 in this zone. */
  localDay(t: number): number {
    return Math.floor((t + this.offsetAt(t)) / DAY_MS)
  }

  /**
   * The first instant of local day `day` (days since 1970-01-01): its local midnight, or, where the
   * clocks skip midnight, the first instant after the skip.
   */
  dayStart(day: number): number {
    const local = day * DAY_MS
    if (this.utc) return local
    this.cover(local - 2 * DAY_MS, local + 2 * DAY_MS)
    let best = Number.POSITIVE_INFINITY
    for (let i = this.spanOf(local - 2 * DAY_MS); i < this.starts.length && this.starts[i]! < local + 2 * DAY_MS; i++) {
      const spanEnd = this.starts[i + 1] ?? this.end
      const u = Math.max(this.starts[i]!, local - this.offsets[i]!)
      if (u < spanEnd && u < best) best = u
    }
    return best
  }

  /**
   * The offset changes inside `[lo, hi)`: `offset` holds from each `at` on, `before` before the first
   * (SQLite's local days are a CASE over them).
   */
  changes(lo: number, hi: number): { before: number; changes: { at: number; offset: number }[] } {
    if (this.utc) return { before: 0, changes: [] }
    this.cover(lo, hi)
    const first = this.spanOf(lo)
    const changes: { at: number; offset: number }[] = []
    for (let i = first + 1; i < this.starts.length && this.starts[i]! < hi; i++)
      changes.push({ at: this.starts[i]!, offset: this.offsets[i]! })
    return { before: this.offsets[first]!, changes }
  }

  /** The index of the span holding `t` (covered). */
  private spanOf(t: number): number {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid]! <= t) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** Extends the covered time to hold `[lo, hi)`. */
  private cover(lo: number, hi: number): void {
    if (this.starts.length === 0) {
      const from = lo - GROW_MS
      const spans = scanSpans(this.timeZone, from, hi + GROW_MS)
      this.starts = spans.starts
      this.offsets = spans.offsets
      this.end = hi + GROW_MS
      return
    }
    if (lo < this.starts[0]!) {
      const from = Math.min(lo, this.starts[0]! - GROW_MS)
      const spans = scanSpans(this.timeZone, from, this.starts[0]!)
      const joins = spans.offsets[spans.offsets.length - 1] === this.offsets[0]
      this.starts = [...spans.starts, ...this.starts.slice(joins ? 1 : 0)]
      this.offsets = [...spans.offsets, ...this.offsets.slice(joins ? 1 : 0)]
      this.last = 0
    }
    if (hi > this.end) {
      const to = Math.max(hi, this.end + GROW_MS)
      const spans = scanSpans(this.timeZone, this.end, to)
      const joins = spans.offsets[0] === this.offsets[this.offsets.length - 1]
      this.starts.push(...spans.starts.slice(joins ? 1 : 0))
      this.offsets.push(...spans.offsets.slice(joins ? 1 : 0))
      this.end = to
    }
  }
}

/** The spans of constant offset in `[from, to)`, the first starting at `from`. */
function scanSpans(timeZone: string, from: number, to: number): { starts: number[]; offsets: number[] } {
  const starts = [from]
  const offsets = [intlOffset(timeZone, from)]
  let at = from
  while (at < to) {
    const next = Math.min(at + STEP_MS, to)
    // Several changes may lie in one step: find each, from the left.
    while (intlOffset(timeZone, next) !== offsets[offsets.length - 1]) {
      const change = firstChange(timeZone, at, next, offsets[offsets.length - 1]!)
      starts.push(change)
      offsets.push(intlOffset(timeZone, change))
      at = change
    }
    at = next
  }
  return { starts, offsets }
}

/** The first whole second in `(lo, hi]` whose offset is not `offset` (the offset at `lo`). */
function firstChange(timeZone: string, lo: number, hi: number, offset: number): number {
  let a = Math.floor(lo / 1000)
  let b = Math.ceil(hi / 1000)
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2)
    if (intlOffset(timeZone, mid * 1000) === offset) a = mid
    else b = mid
  }
  return b * 1000
}

const zones = new Map<string, ZoneOffsets>()

/** The offsets of a time zone, shared by every evaluation and compilation in this process. */
export function zoneOffsets(timeZone: string): ZoneOffsets {
  let z = zones.get(timeZone)
  if (!z) {
    z = new ZoneOffsets(timeZone)
    zones.set(timeZone, z)
  }
  return z
}
