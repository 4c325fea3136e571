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

/** The time zones of the differential suite: DST in both hemispheres' ways, +5:30, and a 30-minute DST. */
export const TIME_ZONE_POOL = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'] as const

/**
 * Hours before the fixtures' now (2026-12-15T12:00Z) of instants next to local midnights and DST changes:
 * Berlin's midnight (22:30–23:30Z), Kolkata's (18:30Z), New York's change (Nov 1, 06:00Z) and Berlin's (Oct 25, 01:00Z).
 */
export const TIME_ZONE_AS_OF_HOURS = [12.5, 13.5, 17.5, 18, 1061, 1062, 1063, 1234.5, 1235.5] as const

export function instantBefore(hours: number): number {
  return FIXTURE_AS_OF_MS - hours * 3_600_000
}

export const GRID_START_MS = FIXTURE_AS_OF_MS - 40 * DAY_MS
