/**
 * Shared settings of the fuzz suite. A small seeded run by default (the normal test command);
 * `SEGKIT_FUZZ_RUNS=<n>` multiplies every property's runs for a long campaign, `SEGKIT_FUZZ_SEED=<n>`
 * replays one. A failing property shrinks its case and prints it with the seed and path to replay
 * (`fc.assert`'s own report). `SEGKIT_FUZZ_REPORT=<file>` appends each area's figures (inputs,
 * throws, hangs, wrong, lost, injections) as JSON lines, for the campaign's table.
 */
import { appendFileSync } from 'node:fs'
import fc from 'fast-check'
import { afterAll } from 'vitest'
import { type Segment, SegmentError } from '../../packages/core/src/index.ts'
import { presetSegments } from '../../packages/core/src/testing/index.ts'

/** Runs of one property: `base` in the normal test command, `SEGKIT_FUZZ_RUNS` × base / 100 in a long run. */
export function runs(base: number): number {
  const env = Number(process.env.SEGKIT_FUZZ_RUNS)
  return Number.isFinite(env) && env > 0 ? Math.max(base, Math.round((env * base) / 100)) : base
}

/** Whether a long campaign runs (tests widen their budgets). */
export const LONG = Number(process.env.SEGKIT_FUZZ_RUNS) > 0

const SEED =
  Number.isFinite(Number(process.env.SEGKIT_FUZZ_SEED)) && process.env.SEGKIT_FUZZ_SEED
    ? Number(process.env.SEGKIT_FUZZ_SEED)
    : 20_261_202

/** fast-check parameters: seeded, `numRuns` from `runs`, and the shrunk counterexample printed. */
export function params<T>(base: number): fc.Parameters<T> {
  return { seed: SEED, numRuns: runs(base), verbose: 1, endOnFailure: false }
}

export interface Figures {
  inputs: number
  throws: number
  hangs: number
  wrong: number
  lost: number
  injections: number
}

/** The figures of one area; written at the end of the file when SEGKIT_FUZZ_REPORT is set. */
export function area(name: string): Figures {
  const figures: Figures = { inputs: 0, throws: 0, hangs: 0, wrong: 0, lost: 0, injections: 0 }
  afterAll(() => {
    const file = process.env.SEGKIT_FUZZ_REPORT
    if (file) appendFileSync(file, `${JSON.stringify({ area: name, ...figures })}\n`)
  })
  return figures
}

/**
 * Runs `f`; an exception other than the public API's typed errors counts as a throw and is rethrown
 * (so that fast-check shrinks it). Returns the typed error, if any.
 */
export function typedOnly<T>(
  figures: Figures,
  f: () => T,
  typed: readonly (abstract new (...args: never[]) => Error)[] = [SegmentError],
): { value?: T; error?: Error } {
  try {
    return { value: f() }
  } catch (error) {
    if (typed.some((t) => error instanceof t)) return { error: error as Error }
    figures.throws += 1
    throw error
  }
}

/** A JSON-ish value of `depth` nested arrays or objects around `leaf`. */
export function nest(depth: number, wrap: (inner: unknown) => unknown, leaf: unknown): unknown {
  let out = leaf
  for (let i = 0; i < depth; i++) out = wrap(out)
  return out
}

/** Keys named after Object.prototype members and other names that break naive lookups. */
export const PROTO_KEYS = [
  'constructor',
  '__proto__',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
  'prototype',
  'then',
  'length',
] as const

export const protoKey = fc.constantFrom(...PROTO_KEYS)

/**
 * Segments of the example catalog comparing properties with other properties (offsets, ignoreCase,
 * history read `at` a past time, a computed property, under OR and NOT): the form the presets lack.
 */
export const REFERENCE_SEGMENTS: { id: string; segment: Segment }[] = [
  {
    id: 'property-references',
    segment: {
      version: 1,
      id: 'property-references',
      name: 'Compared with other properties',
      entity: 'user',
      root: {
        id: 'r',
        kind: 'group',
        combinator: 'and',
        children: [
          {
            id: 'a',
            kind: 'property',
            property: 'last_seen_at',
            operator: 'before',
            value: { type: 'property', property: 'created_at', offset: { amount: 400, unit: 'day' } },
          },
          {
            id: 'b',
            kind: 'group',
            combinator: 'or',
            children: [
              {
                id: 'c',
                kind: 'property',
                property: 'ltv',
                operator: 'gt',
                value: { type: 'property', property: 'age' },
                at: { type: 'ago', duration: { amount: 30, unit: 'day' } },
              },
              {
                id: 'd',
                kind: 'property',
                property: 'revenue_30d',
                operator: 'gte',
                value: { type: 'property', property: 'ltv' },
              },
              {
                id: 'e',
                kind: 'property',
                property: 'name',
                operator: 'eq',
                value: { type: 'property', property: 'email' },
                ignoreCase: true,
              },
            ],
          },
          {
            id: 'f',
            kind: 'group',
            combinator: 'and',
            negated: true,
            children: [
              {
                id: 'g',
                kind: 'property',
                property: 'plan',
                operator: 'neq',
                value: { type: 'property', property: 'country' },
              },
              {
                id: 'h',
                kind: 'property',
                property: 'created_at',
                operator: 'after',
                value: { type: 'property', property: 'last_seen_at', offset: { amount: -36, unit: 'hour' } },
              },
            ],
          },
        ],
      },
    },
  },
]

/** The segments the fuzz suite mutates, compiles with hostile names and renders: the presets and `REFERENCE_SEGMENTS`. */
export const FUZZ_SEGMENTS: { id: string; segment: Segment }[] = [...presetSegments, ...REFERENCE_SEGMENTS]
