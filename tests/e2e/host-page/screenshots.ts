/**
 * Screenshots of the builder in the host page: light and dark, 1440 and 390 px, with and without a
 * host reset. `npx tsx tests/e2e/host-page/screenshots.ts [prefix]` writes docs/screenshots/<prefix>-*.png.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { serveHostPage } from './serve.ts'

const prefix = process.argv[2] ?? 'builder'
const dir = path.resolve('docs/screenshots')
mkdirSync(dir, { recursive: true })
const { url, server } = await serveHostPage()
const browser = await chromium.launch({
  executablePath: process.env.SEGKIT_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
})
try {
  const shots = [
    { name: 'light-1440', width: 1440, query: '?host=tailwind' },
    { name: 'dark-1440', width: 1440, query: '?host=tailwind&theme=dark' },
    { name: 'light-390', width: 390, query: '?host=tailwind' },
    { name: 'dark-390', width: 390, query: '?host=normalize&theme=dark' },
    { name: 'bare-1440', width: 1440, query: '?host=bare' },
    { name: 'readonly-1440', width: 1440, query: '?host=tailwind&readOnly' },
  ]
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: 900 } })
    await page.goto(`${url}${shot.query}`)
    await page.waitForSelector('[data-segkit-root]')
    const file = path.join(dir, `${prefix}-${shot.name}.png`)
    await page.screenshot({ path: file, fullPage: true })
    console.log(file)
    await page.close()
  }
} finally {
  await browser.close()
  await server.close()
}
