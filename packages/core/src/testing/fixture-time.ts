/** The fixed evaluation instant of the fixtures, and the Black Friday week before it. */

/** Fixture "now": a few weeks after Black Friday 2026, so the data holds before, during and after. */
export const FIXTURE_AS_OF = '2026-12-15T12:00:00.000Z'
/** The fixture "now" (`FIXTURE_AS_OF`) in epoch milliseconds. */
export const FIXTURE_AS_OF_MS = Date.parse(FIXTURE_AS_OF)

/** One day in milliseconds. */
export const DAY_MS = 86_400_000

/** Black Friday (the day after the fourth Thursday of November) of a year, as UTC midnight. */
export function blackFriday(year: number): number {
  const novemberFirst = new Date(Date.UTC(year, 10, 1))
  const firstThursday = 1 + ((4 - novemberFirst.getUTCDay() + 7) % 7)
  return Date.UTC(year, 10, firstThursday + 21 + 1)
}

/** The latest Black Friday that started a week ending at or before `asOf`, else the one before. */
export function lastBlackFriday(asOfMs: number): number {
  const year = new Date(asOfMs).getUTCFullYear()
  const thisYear = blackFriday(year)
  return thisYear <= asOfMs ? thisYear : blackFriday(year - 1)
}
