// @vitest-environment node
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations, launchBrowser, openDemo, screenshot } from './browser.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('the demo in Chromium', () => {
  it('loads with a heading and no accessibility violations', async () => {
    const page = await openDemo(browser, '?users=1000')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('segkit')
    await screenshot(page, 'demo-loads')
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})
