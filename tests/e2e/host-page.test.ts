// @vitest-environment node
/**
 * The AND / OR switch inside a host page, in Chromium: under each host stylesheet (Tailwind preflight,
 * normalize.css, bare element rules) the selected and unselected options look as the kit designs them
 * (bug 1 of #17), a user's own class still wins, and the keyboard follows the APG radio group: one tab
 * stop, arrow keys move focus and selection together (bug 6), with a visible focus ring.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, screenshot } from './browser.ts'
import { type HostPage, serveHostPage } from './host-page/serve.ts'

let browser: Browser
let host: HostPage

beforeAll(async () => {
  host = await serveHostPage()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await host?.server.close()
})

async function open(query: string, width = 1440): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  await page.goto(`${host.url}${query}`)
  await page.waitForSelector('[data-segkit-root]')
  return page
}

/** The root group's toggle is the first in the page (nested groups have their own). */
const rootToggle = '[data-segkit-part="combinator"]'

interface OptionStyle {
  background: string
  color: string
  paddingLeft: string
  borderTopWidth: string
  display: string
  fontWeight: string
  height: number
}

async function optionStyles(page: Page): Promise<Record<'and' | 'or', OptionStyle>> {
  return page.evaluate((selector) => {
    const read = (value: string) => {
      const el = document.querySelector(selector)?.querySelector<HTMLElement>(`[data-value="${value}"]`)
      if (!el) throw new Error(`no ${value} option`)
      const s = getComputedStyle(el)
      return {
        background: s.backgroundColor,
        color: s.color,
        paddingLeft: s.paddingLeft,
        borderTopWidth: s.borderTopWidth,
        display: s.display,
        fontWeight: s.fontWeight,
        height: el.getBoundingClientRect().height,
      }
    }
    return { and: read('and'), or: read('or') }
  }, rootToggle)
}

describe('the AND / OR switch under host stylesheets', () => {
  it.each([
    ['none', 'light', 'rgb(37, 99, 235)', 'rgb(255, 255, 255)'],
    ['tailwind', 'light', 'rgb(37, 99, 235)', 'rgb(255, 255, 255)'],
    ['normalize', 'light', 'rgb(37, 99, 235)', 'rgb(255, 255, 255)'],
    ['bare', 'light', 'rgb(37, 99, 235)', 'rgb(255, 255, 255)'],
    ['tailwind', 'dark', 'rgb(96, 165, 250)', 'rgb(16, 19, 26)'],
    ['bare', 'dark', 'rgb(96, 165, 250)', 'rgb(16, 19, 26)'],
  ])(
    'host %s, %s theme: the selected option is filled, the other one is not, both sized by the kit',
    async (name, theme, and, onAnd) => {
      const page = await open(`?host=${name}&theme=${theme}`)
      const { and: selected, or: unselected } = await optionStyles(page)
      expect(selected.background).toBe(and)
      expect(selected.color).toBe(onAnd)
      expect(unselected.background).toBe('rgba(0, 0, 0, 0)')
      expect(unselected.color).not.toBe(selected.color)
      for (const option of [selected, unselected]) {
        expect(option.paddingLeft).toBe('10px')
        expect(option.borderTopWidth).toBe('0px')
        // a flex item of the inline-flex group (blockified), not the host's `label { display: block }`
        expect(option.display).toBe('flex')
        expect(option.fontWeight).toBe('700')
        expect(option.height).toBeLessThanOrEqual(24)
      }
      // the radios themselves are visually hidden: no host border, margin or native circle shows
      const radio = await page.evaluate((selector) => {
        const input = document.querySelector(selector)?.querySelector('input')
        if (!input) throw new Error('no radio')
        const s = getComputedStyle(input)
        return { position: s.position, width: s.width, clipPath: s.clipPath }
      }, rootToggle)
      expect(radio).toEqual({ position: 'absolute', width: '1px', clipPath: 'inset(50%)' })
      await page.close()
    },
  )

  it("a user's own class on an option wins over the kit without !important", async () => {
    const page = await open('?host=tailwind')
    const background = await page.evaluate((selector) => {
      const el = document.querySelector(selector)?.querySelector<HTMLElement>('[data-value="and"]')
      if (!el) throw new Error('no option')
      el.classList.add('user-override')
      return getComputedStyle(el).backgroundColor
    }, rootToggle)
    expect(background).toBe('rgb(1, 2, 3)')
    await page.close()
  })
})

describe('the AND / OR switch by keyboard (APG radio group)', () => {
  it('has one tab stop; arrow keys move focus and selection together; the focus ring shows', async () => {
    const page = await open('?host=tailwind')
    const group = page.locator('[data-group-id="showcase_root"]').first()
    const and = page.locator(rootToggle).first().getByRole('radio', { name: 'AND' })
    const or = page.locator(rootToggle).first().getByRole('radio', { name: 'OR' })
    await and.focus()
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => or.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await or.isChecked()).toBe(true)
    expect(await group.getAttribute('data-combinator')).toBe('or')
    const ring = await page.evaluate((selector) => {
      const label = document.querySelector(selector)?.querySelector<HTMLElement>('[data-value="or"]')
      return label ? getComputedStyle(label).outlineStyle : 'missing'
    }, rootToggle)
    expect(ring).toBe('solid')
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => group.getAttribute('data-combinator')).toBe('and')
    expect(await and.isChecked()).toBe(true)
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => group.getAttribute('data-combinator')).toBe('or')
    await page.keyboard.press('ArrowUp')
    await expect.poll(() => group.getAttribute('data-combinator')).toBe('and')
    // one tab stop: Tab leaves the group instead of visiting the unchecked option
    await page.keyboard.press('Tab')
    expect(await or.evaluate((el) => el === document.activeElement)).toBe(false)
    await page.keyboard.press('Shift+Tab')
    expect(await and.evaluate((el) => el === document.activeElement)).toBe(true)
    await screenshot(page, 'host-page-combinator-keyboard')
    await page.close()
  })

  it('a read-only builder shows the combinator as words, not radios', async () => {
    const page = await open('?host=tailwind&readOnly')
    expect(await page.locator(rootToggle).count()).toBe(0)
    expect(await page.getByRole('radio').count()).toBe(0)
    await page.close()
  })
})
