/**
 * The evaluator against hand-written loops over typed arrays (issue 14): the
 * floor that a columnar evaluator can reach on this machine. The bench builds
 * its own columns from the dataset (users sorted by id, events per user in
 * CSR form), checks that each loop selects exactly the evaluator's ids, and
 * then times both interleaved. Also: index bytes per event (heap + array
 * buffers, the caller's data released), index build per million events, every
 * bench segment, breakdown, append + incremental re-evaluation, and
 * pathological sequences (one user with many events per step).
 *
 *   node --expose-gc --import tsx tests/bench/evaluator-typed.ts
 *   SEGKIT_BENCH_1M=1 node --expose-gc --max-old-space-size=16000 --import tsx tests/bench/evaluator-typed.ts (1M users / 25M events)
 */

import { PerformanceObserver } from 'node:perf_hooks'
import { createEvaluator } from '../../packages/core/src/evaluate/index.ts'
import type { EventRecord, Segment, SegmentData } from '../../packages/core/src/index.ts'
import { exampleCatalog, FIXTURE_AS_OF, generateDataset } from '../../packages/core/src/testing/index.ts'
import { compare, measure, measurePair, once, report, sameAnswer, settledBytes } from './harness.ts'
import { engineCases, evaluatorCases } from './segments.ts'

const USERS = process.env.SEGKIT_BENCH_1M === '1' ? 1_000_000 : Number(process.env.SEGKIT_BENCH_USERS ?? 100_000)
const PATHOLOGICAL = Number(process.env.SEGKIT_BENCH_PATHOLOGICAL ?? 50_000)
const DAY = 86_400_000

const asOf = FIXTURE_AS_OF
const asOfMs = Date.parse(asOf)
const baseline = settledBytes()
let data: SegmentData | undefined = generateDataset({ users: USERS })
const eventCount = data.events.length
const section = `Evaluator vs typed-array loops, ${USERS / 1000}k users / ${(eventCount / 1e6).toFixed(2)}M events`

// ---- the reference columns (built by the bench, not by segkit) ----
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const referenceBuild = await once(() => buildReference(data!))
const ref = referenceBuild.value

const built = await once(() => createEvaluator(exampleCatalog, data!))
const evaluator = built.value
// Everything the evaluator holds: the caller's data is released first.
data = undefined
const indexBytes = settledBytes() - baseline - ref.bytes

report({
  section: 'Memory',
  case: `evaluator index, bytes per event (heap + array buffers, caller's data released), ${USERS / 1000}k users`,
  unit: 'B/event',
  segkit: indexBytes / eventCount,
  peer: 'typed-array columns of the bench (times + 4 columns)',
  peerValue: ref.bytes / eventCount,
  ratio: ref.bytes / indexBytes,
})
compare(
  section,
  'index build, per million events',
  'ms',
  built.ms / (eventCount / 1e6),
  'typed-array columns of the bench',
  referenceBuild.ms / (eventCount / 1e6),
)

// ---- the three reference loops ----
const [propsCase, countCase, sequenceCase] = engineCases()
const pairs: { name: string; segment: Segment; loop: () => string[] }[] = [
  { name: propsCase!.name, segment: propsCase!.segment, loop: () => ref.properties(asOfMs) },
  { name: countCase!.name, segment: countCase!.segment, loop: () => ref.countInWindow(asOfMs) },
  { name: sequenceCase!.name, segment: sequenceCase!.segment, loop: () => ref.sequence(asOfMs) },
]
const options = { warmup: 2, iterations: 9 }
for (const { name, segment, loop } of pairs) {
  const viaEvaluator = () => evaluator.evaluate(segment, { asOf }).ids
  sameAnswer(`members of "${name}"`, viaEvaluator(), loop())
  const [segkit, peer] = await measurePair(viaEvaluator, loop, options)
  compare(
    section,
    `${name}, ${viaEvaluator().length} members`,
    'ms',
    segkit.median,
    'hand-written typed-array loop',
    peer.median,
  )
}

// ---- every bench segment (with the share of its time spent in GC), and breakdown ----
// GC entries reach the observer's callback asynchronously (after the event loop turns), so each
// timed batch is followed by a turn, and the GC time that started inside the batch is summed.
const gcEntries: { start: number; duration: number }[] = []
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcEntries.push({ start: e.startTime, duration: e.duration })
})
gcObserver.observe({ entryTypes: ['gc'] })
const turn = () => new Promise((resolve) => setTimeout(resolve, 0))
for (const { name, segment } of evaluatorCases()) {
  const t = measure(() => evaluator.evaluate(segment, { asOf }), options)
  await turn()
  gcEntries.length = 0
  const t0 = performance.now()
  for (let k = 0; k < 5; k++) evaluator.evaluate(segment, { asOf })
  const t1 = performance.now()
  await turn()
  const gc = gcEntries.filter((e) => e.start >= t0 && e.start < t1).reduce((sum, e) => sum + e.duration, 0)
  const share = gc / (t1 - t0)
  report({
    section,
    case: `evaluate: ${name}, ${evaluator.evaluate(segment, { asOf }).count} members`,
    unit: 'ms',
    segkit: t.median,
    note: `GC ${(share * 100).toFixed(1)}% of evaluate time`,
  })
}
gcObserver.disconnect()
{
  const mixSegment = evaluatorCases().at(-1)!.segment
  const [plain, broken] = await measurePair(
    () => evaluator.evaluate(mixSegment, { asOf }),
    () => evaluator.evaluate(mixSegment, { asOf, breakdown: true }),
    options,
  )
  report({
    section,
    case: 'breakdown of the mix (per-node counts and funnel) vs a plain evaluate',
    unit: 'ms',
    segkit: broken.median,
    peer: 'plain evaluate',
    peerValue: plain.median,
    ratio: plain.median / broken.median,
    note: 'goal: ratio >= 0.67 (breakdown costs <= 1.5x)',
  })
  // The floor of any breakdown: each node's own count needs the node over every existing entity,
  // where a plain evaluate runs it over what the cheaper ones left. Measured as each condition
  // evaluated alone (one segment per condition, so a little more than the passes themselves).
  const alone = mixSegment.root.children.map((child) => ({
    ...mixSegment,
    root: { ...mixSegment.root, children: [child] },
  }))
  const [broken2, separately] = await measurePair(
    () => evaluator.evaluate(mixSegment, { asOf, breakdown: true }),
    () => {
      for (const segment of alone) evaluator.evaluate(segment, { asOf })
    },
    options,
  )
  report({
    section,
    case: `breakdown of the mix vs evaluating each of its ${alone.length} conditions alone over every user (the least a per-node count costs)`,
    unit: 'ms',
    segkit: broken2.median,
    peer: 'each condition alone, summed',
    peerValue: separately.median,
    ratio: separately.median / broken2.median,
  })
}

// ---- append: 1 000 events, with a subscription re-evaluating only the touched users ----
{
  const segment = countCase!.segment
  let heard = 0
  const subscription = evaluator.subscribe(segment, (change) => (heard += change.entered.length + change.left.length), {
    asOf,
  })
  // Like every other figure here: a warm-up (3 appends, not counted), then the median of 9.
  const WARMUP = 3
  const samples: number[] = []
  // CPU time of the process per append too: on a busy machine the wall time also counts waiting for a core.
  const cpuSamples: number[] = []
  for (let round = 0; round < WARMUP + 9; round++) {
    const events: EventRecord[] = Array.from({ length: 1000 }, (_, i) => ({
      entity: 'user',
      entityId: `u${((i * 97 + round * 13) % USERS) + 1}`,
      event: 'opened_app',
      time: asOfMs - (i + round * 1000) * 60_000,
      properties: { platform: 'web' },
    }))
    const cpu0 = process.cpuUsage()
    const t0 = performance.now()
    evaluator.append({ events })
    if (round >= WARMUP) {
      samples.push(performance.now() - t0)
      const cpu = process.cpuUsage(cpu0)
      cpuSamples.push((cpu.user + cpu.system) / 1000)
    }
  }
  sameAnswer('members after the appends', subscription.members(), evaluator.evaluate(segment, { asOf }).ids)
  subscription.unsubscribe()
  const full = measure(() => evaluator.evaluate(segment, { asOf }), { warmup: 1, iterations: 5 })
  samples.sort((a, b) => a - b)
  cpuSamples.sort((a, b) => a - b)
  report({
    section,
    case: `append 1 000 events with incremental re-evaluation of a subscribed segment (median of 9 after 3 warm-up appends; ${heard} entered or left)`,
    unit: 'ms',
    segkit: samples[4]!,
    peer: 'a full evaluate of the same segment',
    peerValue: full.median,
    ratio: full.median / samples[4]!,
    note: `goal: <= 5 ms; CPU time per append (median): ${cpuSamples[4]!.toFixed(2)} ms`,
  })
}

// ---- pathological sequences: one user, many events per step, no completion ----
{
  const n = PATHOLOGICAL
  const start = asOfMs - 300 * DAY
  // A purchase before everything else: every step has events, yet no chain completes.
  const events: EventRecord[] = [
    { entity: 'user', entityId: 'p1', event: 'purchased', time: start - 1, properties: {} },
  ]
  for (let i = 0; i < n; i++) {
    events.push({ entity: 'user', entityId: 'p1', event: 'viewed_product', time: start + i * 60_000, properties: {} })
    events.push({
      entity: 'user',
      entityId: 'p1',
      event: 'added_to_cart',
      time: start + i * 60_000 + 1,
      properties: {},
    })
  }
  const one = createEvaluator(exampleCatalog, {
    entities: { user: [{ id: 'p1', created_at: start - DAY }] },
    // (the purchase is the first event above)
    events,
  })
  const steps = (gap?: { amount: number; unit: 'day' | 'year' }) => [
    { id: 'a', event: 'viewed_product', filters: [], ...(gap ? { maxGap: gap } : {}) },
    { id: 'b', event: 'added_to_cart', filters: [], ...(gap ? { maxGap: gap } : {}) },
    { id: 'c', event: 'purchased', filters: [], ...(gap ? { maxGap: gap } : {}) },
  ]
  const seq = (id: string, s: ReturnType<typeof steps>): Segment => ({
    version: 1,
    id,
    name: id,
    entity: 'user',
    root: {
      id: 'r',
      kind: 'group',
      combinator: 'and',
      children: [{ id: 's', kind: 'sequence', window: { type: 'ever' }, steps: s }],
    },
  })
  const floor = () => {
    // One pass over the same events: the least any exact answer must do.
    let x = 0
    for (const e of events) x += e.time
    return x
  }
  for (const [name, segment] of [
    ['3 steps with a 1-day max gap', seq('gap', steps({ amount: 1, unit: 'day' }))],
    ['3 steps with a 1-year max gap', seq('gap_year', steps({ amount: 1, unit: 'year' }))],
  ] as const) {
    const t0 = performance.now()
    const count = one.evaluate(segment, { asOf }).count
    const ms = performance.now() - t0
    const f = measure(floor, { warmup: 1, iterations: 5 })
    report({
      section: 'Pathological sequences',
      case: `one user, ${n / 1000}k events per step, no completion: ${name} (${count} members)`,
      unit: 'ms',
      segkit: ms,
      peer: 'one pass over the events',
      peerValue: f.median,
      ratio: f.median / ms,
    })
  }
}

interface Reference {
  bytes: number
  properties(asOf: number): string[]
  countInWindow(asOf: number): string[]
  sequence(asOf: number): string[]
}

/** Columns for the three reference loops: users sorted by id, history and events per user in CSR form. */
function buildReference(d: SegmentData): Reference {
  const rows = [...(d.entities.user ?? [])].sort((a, b) => byCodeUnit(a.id, b.id))
  const n = rows.length
  const ids = rows.map((r) => r.id)
  const dense = new Map(ids.map((id, i) => [id, i]))
  const created = new Float64Array(n)
  const countryJp = new Uint8Array(n)
  for (let i = 0; i < n; i++) {
    const c = rows[i]!.created_at
    created[i] = typeof c === 'number' ? c : Number.NEGATIVE_INFINITY
    countryJp[i] = rows[i]!.country === 'JP' ? 1 : 0
  }
  /** CSR: per user, the times (sorted) of the items that `pick` maps to a user. */
  const csr = (
    count: number,
    userOf: (i: number) => number,
    timeOf: (i: number) => number,
    value?: (i: number) => number,
  ) => {
    const offsets = new Int32Array(n + 1)
    for (let i = 0; i < count; i++) {
      const u = userOf(i)
      if (u >= 0) offsets[u + 1]!++
    }
    for (let u = 0; u < n; u++) offsets[u + 1]! += offsets[u]!
    const fill = offsets.slice(0, n)
    const times = new Float64Array(offsets[n]!)
    const values = new Float64Array(value ? offsets[n]! : 0)
    for (let i = 0; i < count; i++) {
      const u = userOf(i)
      if (u < 0) continue
      const at = fill[u]!++
      times[at] = timeOf(i)
      if (value) values[at] = value(i)
    }
    // Sort each user's range by time (stable), where it is not in order already.
    for (let u = 0; u < n; u++) {
      const a = offsets[u]!
      const b = offsets[u + 1]!
      let sorted = true
      for (let j = a + 1; j < b && sorted; j++) if (times[j - 1]! > times[j]!) sorted = false
      if (sorted) continue
      const order = Array.from({ length: b - a }, (_, j) => a + j).sort((x, y) => times[x]! - times[y]! || x - y)
      const t = order.map((j) => times[j]!)
      const v = order.map((j) => (value ? values[j]! : 0))
      for (let j = 0; j < order.length; j++) {
        times[a + j] = t[j]!
        if (value) values[a + j] = v[j]!
      }
    }
    return { offsets, times, values }
  }
  const events = d.events
  const perEvent = (event: string) => {
    const picked = events.filter((e) => e.event === event && e.entity === 'user')
    return csr(
      picked.length,
      (i) => dense.get(picked[i]!.entityId) ?? -1,
      (i) => picked[i]!.time,
    )
  }
  const history = (property: string, code: (v: unknown) => number) => {
    const picked = (d.history ?? []).filter((h) => h.entity === 'user' && h.property === property)
    return csr(
      picked.length,
      (i) => dense.get(picked[i]!.entityId) ?? -1,
      (i) => picked[i]!.from,
      (i) => code(picked[i]!.value),
    )
  }
  const opened = perEvent('opened_app')
  const viewed = perEvent('viewed_product')
  const cart = perEvent('added_to_cart')
  const bought = perEvent('purchased')
  const plan = history('plan', (v) => (v === 'pro' || v === 'enterprise' ? 1 : 0))
  const ltv = history('ltv', (v) => (typeof v === 'number' ? v : Number.NaN))
  const currentPlan = new Uint8Array(n)
  const currentLtv = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const p = rows[i]!.plan
    currentPlan[i] = p === 'pro' || p === 'enterprise' ? 1 : 0
    const l = rows[i]!.ltv
    currentLtv[i] = typeof l === 'number' ? l : Number.NaN
  }
  const bytes = [opened, viewed, cart, bought, plan, ltv].reduce(
    (sum, c) => sum + c.offsets.byteLength + c.times.byteLength + c.values.byteLength,
    created.byteLength + countryJp.byteLength + currentPlan.byteLength + currentLtv.byteLength,
  )
  return referenceLoops({
    n,
    ids,
    created,
    countryJp,
    plan,
    ltv,
    currentPlan,
    currentLtv,
    opened,
    viewed,
    cart,
    bought,
    bytes,
  })
}

interface Csr {
  offsets: Int32Array
  times: Float64Array
  values: Float64Array
}

interface ReferenceColumns {
  n: number
  ids: string[]
  created: Float64Array
  countryJp: Uint8Array
  plan: Csr
  ltv: Csr
  currentPlan: Uint8Array
  currentLtv: Float64Array
  opened: Csr
  viewed: Csr
  cart: Csr
  bought: Csr
  bytes: number
}

/** Index of the first time > t in [lo, hi). */
function upper(times: Float64Array, lo: number, hi: number, t: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (times[mid]! <= t) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The loops, over the columns only (a closure over the builder's scope would keep the raw data alive). */
function referenceLoops(columns: ReferenceColumns): Reference {
  const { n, ids, created, countryJp, plan, ltv, currentPlan, currentLtv, opened, viewed, cart, bought, bytes } =
    columns
  return {
    bytes,
    properties(t) {
      const out: string[] = []
      for (let u = 0; u < n; u++) {
        if (created[u]! > t || countryJp[u] === 1) continue
        // plan and ltv keep history: the latest change at or before t, else (no rows) the current value.
        let lo = plan.offsets[u]!
        let hi = plan.offsets[u + 1]!
        let isPro = currentPlan[u]!
        if (hi > lo) {
          const k = upper(plan.times, lo, hi, t) - 1
          isPro = k < lo ? 0 : plan.values[k]!
        }
        if (isPro !== 1) continue
        lo = ltv.offsets[u]!
        hi = ltv.offsets[u + 1]!
        let value = currentLtv[u]!
        if (hi > lo) {
          const k = upper(ltv.times, lo, hi, t) - 1
          value = k < lo ? Number.NaN : ltv.values[k]!
        }
        if (value > 200) out.push(ids[u]!)
      }
      return out
    },
    countInWindow(t) {
      const out: string[] = []
      const lo = t - 30 * DAY
      for (let u = 0; u < n; u++) {
        if (created[u]! > t) continue
        const a = opened.offsets[u]!
        const b = opened.offsets[u + 1]!
        if (b - a < 5) continue
        if (upper(opened.times, a, b, t) - upper(opened.times, a, b, lo) >= 5) out.push(ids[u]!)
      }
      return out
    },
    sequence(t) {
      const out: string[] = []
      const lo = t - 90 * DAY
      const within = 7 * DAY
      for (let u = 0; u < n; u++) {
        if (created[u]! > t) continue
        const vEnd = upper(viewed.times, viewed.offsets[u]!, viewed.offsets[u + 1]!, t)
        const cEnd = upper(cart.times, cart.offsets[u]!, cart.offsets[u + 1]!, t)
        const pEnd = upper(bought.times, bought.offsets[u]!, bought.offsets[u + 1]!, t)
        for (let i = upper(viewed.times, viewed.offsets[u]!, vEnd, lo); i < vEnd; i++) {
          const t1 = viewed.times[i]!
          // For a fixed first step, the earliest later events are the best choices.
          const j = upper(cart.times, cart.offsets[u]!, cEnd, t1)
          if (j === cEnd) break
          const t2 = cart.times[j]!
          const k = upper(bought.times, bought.offsets[u]!, pEnd, t2)
          if (k === pEnd) break
          if (bought.times[k]! - t1 <= within) {
            out.push(ids[u]!)
            break
          }
        }
      }
      return out
    },
  }
}
