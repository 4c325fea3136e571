/**
 * Screenshots of the demo for docs/screenshots: 1440 and 390 px wide, light and
 * dark, in Debian's Chromium, once both engines agree (docs/screenshots/demo-{1440,390}-{light,dark}.png).
 * Warns when the page is wider than the viewport. Run against a served build:
 *   pnpm --filter @segkit/demo build && pnpm --filter @segkit/demo preview --port 4199 &
 *   node apps/demo/scripts/screenshots.mjs http://127.0.0.1:4199 docs/screenshots [prefix]
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'

const [url = 'http://127.0.0.1:4199', outDir = 'docs/screenshots', prefix = 'demo'] = process.argv.slice(2)
mkdirSync(outDir, { recursive: true })
const browser = await chromium.launch({
  executablePath: process.env.SEGKIT_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
})
try {
  for (const width of [1440, 390]) {
    for (const theme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: width > 800 ? 900 : 844 }, colorScheme: theme })
      await page.goto(`${url}/?users=1000`)
      await page.locator('[data-testid="member-count"][data-state="ok"]').waitFor({ timeout: 60_000 })
      // PGlite loaded and agreeing: the summary shows the engine check as users see it after the start.
      await page.getByTestId('engine-agreement').waitFor({ timeout: 120_000 })
      await page.waitForTimeout(300)
      const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0)
      if (scrollWidth > width) console.warn(`warning: the page is ${scrollWidth} px wide at ${width} px`)
      const file = path.join(outDir, `${prefix}-${width}-${theme}.png`)
      await page.screenshot({ path: file, fullPage: width < 800 })
      console.log(`${file} (page ${scrollWidth} px wide at ${width} px)`)
      await page.close()
    }
  }
} finally {
  await browser.close()
}
