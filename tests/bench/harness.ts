/**
 * Benchmark harness: warm-up, several timed iterations, median; and a result
 * format that `scripts/bench.mjs` collects from each bench process's stdout.
 */
import { performance } from 'node:perf_hooks'

export interface Timing {
  /** Median of the timed iterations, milliseconds. */
  median: number
  min: number
  max: number
  iterations: number
}

export interface MeasureOptions {
  warmup?: number
  iterations?: number
}

function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, iterations: samples.length }
}

/** Runs `fn` `warmup` times untimed, then `iterations` times timed; returns the median and spread. */
export function measure(fn: () => unknown, { warmup = 2, iterations = 7 }: MeasureOptions = {}): Timing {
  for (let i = 0; i < warmup; i++) fn()
  const samples: number[] = []
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now()
    fn()
    samples.push(performance.now() - t0)
  }
  return summarize(samples)
}

/**
 * Measures two functions with their iterations interleaved (a, b, a, b…), so
 * that a busy machine slows both sides alike and their ratio stays fair.
 */
export async function measurePair(
  a: () => unknown,
  b: () => unknown,
  { warmup = 2, iterations = 7 }: MeasureOptions = {},
): Promise<[Timing, Timing]> {
  for (let i = 0; i < warmup; i++) {
    await a()
    await b()
  }
  const samplesA: number[] = []
  const samplesB: number[] = []
  for (let i = 0; i < iterations; i++) {
    let t0 = performance.now()
    await a()
    samplesA.push(performance.now() - t0)
    t0 = performance.now()
    await b()
    samplesB.push(performance.now() - t0)
  }
  return [summarize(samplesA), summarize(samplesB)]
}

/** Times one run of `fn` (for one-off costs such as building an index or loading a database). */
export async function once<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now()
  const value = await fn()
  return { value, ms: performance.now() - t0 }
}

/**
 * One row of the bench table: a figure for segkit and, when there is a peer,
 * the peer's figure measured in the same process, and their ratio.
 */
export interface BenchRow {
  section: string
  case: string
  /** What the figures are: 'ms', 'commits', 'components', 'MB', 'kB'… */
  unit: string
  /** segkit's figure; absent for a one-off cost of the peer alone (such as loading DuckDB). */
  segkit?: number | undefined
  peer?: string | undefined
  peerValue?: number | undefined
  /** How many times better segkit is (peer / segkit for costs); > 1 means segkit wins. */
  ratio?: number | undefined
  note?: string | undefined
}

const MARKER = '@@segkit-bench '

/** Prints a row for the orchestrator (one JSON line) and a readable line for a human running the file alone. */
export function report(row: BenchRow): void {
  const peer =
    row.peer === undefined
      ? ''
      : ` | ${row.peer}: ${fmt(row.peerValue)} | ratio ${row.ratio === undefined ? '-' : row.ratio < 0.1 ? row.ratio.toFixed(3) : row.ratio.toFixed(1)}×`
  console.log(`  ${row.section} / ${row.case}: segkit ${fmt(row.segkit)} ${row.unit}${peer}`)
  console.log(`${MARKER}${JSON.stringify(row)}`)
}

/** A row comparing two costs (lower is better): the ratio is peer / segkit. */
export function compare(
  section: string,
  name: string,
  unit: string,
  segkit: number,
  peer: string,
  peerValue: number,
  note?: string,
): void {
  report({ section, case: name, unit, segkit, peer, peerValue, ratio: peerValue / segkit, note })
}

export function fmt(value: number | undefined): string {
  if (value === undefined) return '-'
  if (value >= 100) return value.toFixed(0)
  if (value >= 10) return value.toFixed(1)
  if (value >= 1) return value.toFixed(2)
  return value.toFixed(3)
}

/** A check that the two sides computed the same thing; a benchmark of different answers is worthless. */
export function sameAnswer(what: string, segkit: unknown, peer: unknown): void {
  if (JSON.stringify(segkit) !== JSON.stringify(peer)) {
    throw new Error(`${what}: segkit and the peer disagree (${JSON.stringify(segkit)} vs ${JSON.stringify(peer)})`)
  }
}

/** Heap plus array buffers after three forced collections (needs `node --expose-gc`). */
export function settledBytes(): number {
  const gc = (globalThis as { gc?: () => void }).gc
  if (!gc) throw new Error('run with node --expose-gc (scripts/bench.mjs does)')
  for (let i = 0; i < 3; i++) gc()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return heapUsed + arrayBuffers
}
