/**
 * Reading the demo's state the way a user sees it: the counts of the evaluator
 * and of PGlite, and the badge that says whether they agree.
 */
import type { Page } from 'playwright-core'

/** The fixtures' "now" (FIXTURE_AS_OF), the demo's default evaluation instant. */
export const DATASET_NOW = '2026-12-15T12:00:00.000Z'

export interface EngineCheck {
  agree: boolean
  evaluatorCount: number
  pgliteCount: number
}

const count = (text: string | null) => Number((text ?? '').replace(/[^0-9]/g, ''))

/** Waits until both engines have answered for this segment at this instant and reads the result. */
export async function engineCheck(
  page: Page,
  segmentId: string,
  asOf = DATASET_NOW,
  timeout = 90_000,
): Promise<EngineCheck> {
  const badge = page.locator(`[data-testid="engine-agreement"][data-check="${segmentId}@${asOf}"]`)
  await badge.waitFor({ timeout })
  return {
    agree: (await badge.getAttribute('data-agree')) === 'true',
    evaluatorCount: count(await page.getByTestId('evaluator-count').textContent()),
    pgliteCount: count(await page.getByTestId('pglite-count').textContent()),
  }
}

/** The member count of the live preview once it is up to date. */
export async function memberCount(page: Page, timeout = 30_000): Promise<number> {
  const counter = page.locator('[data-testid="member-count"][data-state="ok"]')
  await counter.waitFor({ timeout })
  return count(await counter.locator('.member-count-number').textContent())
}

/** The id of the segment being edited, read from the JSON panel. */
export async function currentSegmentId(page: Page): Promise<string> {
  const json = JSON.parse((await page.getByTestId('segment-json').textContent()) ?? '{}') as { id?: unknown }
  if (typeof json.id !== 'string') throw new Error('The JSON panel shows no segment id')
  return json.id
}
