/**
 * Small shared pools of values. Segments and datasets draw from the same pools
 * so that conditions actually hit data, boundaries included, and hostile
 * strings reach every value slot.
 */
import type { Duration } from '../model/time.ts'
import { DAY_MS, FIXTURE_AS_OF_MS } from './fixture-time.ts'

/** Strings the arbitraries pick from: case variants, empty text, quotes, backslashes, SQL-looking text, Unicode, a long string. */
export const STRING_POOL = [
  'pro',
  'Pro',
  'PRO',
  'free',
  'acme',
  'ACME.com',
  '',
  "O'Brien",
  'say "hi"',
  'back\\slash',
  '100%',
  'a_b',
  '--',
  '; DROP TABLE users; --',
  'Zoë',
  '日本',
  '🚀',
  'x'.repeat(300),
] as const

/**
 * Numbers the arbitraries pick from (including edge cases: 0, negatives, fractions), and decimals
 * that doubles cannot hold exactly, whose sums (0.1 + 0.2, 0.3 + 0.3, 10.1 + 20.2 + 30.3) the
 * pool also holds: sums and averages must agree at the exact decimal everywhere.
 */
export const NUMBER_POOL = [
  0, 1, 2, 3, 5, 10, -1, 2.5, 49, 120, 800, 1000, 0.1, 0.2, 0.3, 0.6, 10.1, 60.6, -0.1,
] as const

/** Durations the arbitraries pick from. */
export const DURATION_POOL: readonly Duration[] = [
  { amount: 1, unit: 'hour' },
  { amount: 12, unit: 'hour' },
  { amount: 1, unit: 'day' },
  { amount: 2, unit: 'day' },
  { amount: 3, unit: 'day' },
  { amount: 1, unit: 'week' },
  { amount: 2, unit: 'week' },
  { amount: 1, unit: 'month' },
]

/** Instants on a whole-hour grid within 40 days before the fixture asOf (and a little after). */
export const INSTANT_OFFSETS_HOURS = [-24, -1, 0, 1, 12, 24, 48, 72, 24 * 7, 24 * 14, 24 * 30, 24 * 40] as const

export function instantBefore(hours: number): number {
  return FIXTURE_AS_OF_MS - hours * 3_600_000
}

export const GRID_START_MS = FIXTURE_AS_OF_MS - 40 * DAY_MS
