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

/** The id of the segment being edited, read from the summary beside the builder. */
export async function currentSegmentId(page: Page): Promise<string> {
  const id = await page.getByRole('complementary', { name: 'Live preview' }).getAttribute('data-segment-id')
  if (!id) throw new Error('The summary names no segment id')
  return id
}

/** Opens one of the tabs under the builder (Members, Explain, SQL, JSON, Saved & compare, Time travel). */
export async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tablist', { name: 'Views of the segment' }).getByRole('tab', { name })
  await tab.click()
  await page.locator('[role="tab"][data-state="active"]', { hasText: name }).waitFor()
}

/** Whether the page scrolls sideways: the document is wider than the viewport. */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY,
    innerWidth: window.innerWidth,
  }))
}
