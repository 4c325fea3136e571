// @vitest-environment node
/**
 * The builder's rows inside the host page, in Chromium, for bugs of #17 that only a browser shows:
 * native selects keep the kit's arrow and border under every host stylesheet (bug 1), a disabled
 * condition is drawn dashed like a disabled group (bug 2), a three-step sequence fits its builder at
 * 1440 px and at a 320 px builder, with no step hidden or scrolled away (bug 7), and Chrome's own
 * text undo after leaving a number field does not write a half value into the segment (bug 10).
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from './browser.ts'
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

describe('bug 1: native selects under host stylesheets', () => {
  it.each(['none', 'tailwind', 'normalize', 'bare'])(
    'host %s: every select keeps the kit arrow and border',
    async (name) => {
      const page = await open(`?host=${name}`)
      const selects = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLSelectElement>('[data-segkit-root] select[data-segkit-part]')].map((el) => {
          const s = getComputedStyle(el)
          return {
            name: el.getAttribute('aria-label') ?? el.name,
            arrow: s.backgroundImage,
            border: `${s.borderTopWidth} ${s.borderTopStyle}`,
            paddingRight: s.paddingRight,
          }
        }),
      )
      expect(selects.length).toBeGreaterThan(0)
      for (const select of selects) {
        expect(select.arrow, select.name).toContain('linear-gradient')
        expect(select.border, select.name).toBe('1px solid')
        expect(select.paddingRight, select.name).toBe('24px')
      }
      await page.close()
    },
  )
})

describe('bug 2: a disabled condition looks disabled', () => {
  it.each(['none', 'tailwind', 'bare'])('host %s: its box is dashed, as a disabled group is', async (name) => {
    const page = await open(`?host=${name}`)
    const style = await page.evaluate(() => {
      const box = document.querySelector('[data-node-id="showcase_disabled"] [data-segkit-part="condition"]')
      if (!box) throw new Error('no disabled condition')
      const s = getComputedStyle(box)
      return { disabled: box.hasAttribute('data-disabled'), border: s.borderTopStyle }
    })
    expect(style).toEqual({ disabled: true, border: 'dashed' })
    await page.close()
  })
})

describe('bug 11: the Ignore case checkbox is aligned with its words and the value beside it', () => {
  it.each(['none', 'tailwind', 'normalize', 'bare'])('host %s: centres agree within a pixel', async (name) => {
    const page = await open(`?host=${name}`)
    const box = await page.evaluate(() => {
      const row = document.querySelector('[data-node-id="showcase_email"]')
      const label = row?.querySelector<HTMLElement>('[data-segkit-part="ignore-case"]')
      const box = label?.querySelector<HTMLInputElement>('input[type="checkbox"]')
      const value = row?.querySelector<HTMLElement>('[data-field="value"] input')
      const words = label ? [...label.childNodes].find((n) => n.nodeType === Node.TEXT_NODE) : undefined
      if (!label || !box || !value || !words) throw new Error('no ignore-case checkbox beside a value')
      const range = document.createRange()
      range.selectNodeContents(words)
      const centre = (r: DOMRect) => r.top + r.height / 2
      const b = box.getBoundingClientRect()
      return {
        checked: box.checked,
        boxToWords: Math.abs(centre(b) - centre(range.getBoundingClientRect())),
        labelToValue: Math.abs(centre(label.getBoundingClientRect()) - centre(value.getBoundingClientRect())),
        size: Math.round(b.width),
      }
    })
    expect(box.checked).toBe(true)
    expect(box.boxToWords).toBeLessThanOrEqual(1)
    expect(box.labelToValue).toBeLessThanOrEqual(1)
    expect(box.size).toBeGreaterThanOrEqual(13)
    await page.close()
  })
})

describe('bug 7: a three-step sequence fits its builder', () => {
  it.each([1440, 368])('at a %s px wide page every step is in view, without scrolling sideways', async (width) => {
    const page = await open('?host=none', width)
    const layout = await page.evaluate(() => {
      const sequence = document.querySelector<HTMLElement>('[data-segkit-part="sequence-condition"]')
      const root = document.querySelector<HTMLElement>('[data-segkit-root]')
      if (!sequence || !root) throw new Error('no sequence')
      const bounds = root.getBoundingClientRect()
      const steps = [...sequence.querySelectorAll<HTMLElement>('[data-segkit-part="sequence-step"]')]
      const scrolled = [sequence, ...sequence.querySelectorAll<HTMLElement>('*')].filter(
        (el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible',
      )
      return {
        builderWidth: bounds.width,
        steps: steps.length,
        outside: steps.filter((s) => {
          const r = s.getBoundingClientRect()
          return r.left < bounds.left - 1 || r.right > bounds.right + 1
        }).length,
        scrolled: scrolled.map((el) => el.getAttribute('data-segkit-part') ?? el.tagName),
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }
    })
    expect(layout.builderWidth).toBeGreaterThanOrEqual(320)
    expect(layout.steps).toBeGreaterThanOrEqual(3)
    expect(layout.outside).toBe(0)
    expect(layout.scrolled).toEqual([])
    expect(layout.page).toBeLessThanOrEqual(0)
    await page.close()
  })
})

describe("bug 10: Chrome's text undo after leaving a field", () => {
  it('change 40 to 45, click elsewhere, Ctrl+Z: the field and the segment do not get a half-typed "4"', async () => {
    const page = await open('?host=none')
    const field = page
      .locator('[data-segkit-root] input[type="number"], [data-segkit-root] [role="spinbutton"]')
      .first()
    // Make the value 40, then edit it as the user did: delete the 0, type 5 (two text-undo steps in Chrome).
    await field.fill('40')
    await field.press('End')
    await field.press('Backspace')
    await field.type('5')
    expect(await field.inputValue()).toBe('45')
    await page.mouse.click(2, 2)
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)
    await page.keyboard.press('ControlOrMeta+Z')
    // Chrome's undo stack still holds the field's steps; undoing the last one would leave "4".
    expect(await field.inputValue()).toBe('45')
    await page.close()
  })
})

describe('the redesign: a simple row is one line', () => {
  it.each(['none', 'tailwind', 'normalize', 'bare'])(
    'host %s at 1440 px: every event, list and simple property row is at most 44 px tall',
    async (name) => {
      const page = await open(`?host=${name}`)
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-segkit-root] [data-segkit-part="condition"]')]
          .filter((el) => ['event', 'list', 'tag', 'property'].includes(el.getAttribute('data-kind') ?? ''))
          // A property row with chips of several values or a past value may wrap; the others may not.
          .filter((el) => !el.querySelector('[data-segkit-part="chip"], [data-segkit-part="value-chip"]'))
          .map((el) => ({
            id: el.closest('[data-node-id]')?.getAttribute('data-node-id'),
            height: el.getBoundingClientRect().height,
          })),
      )
      expect(rows.length).toBeGreaterThanOrEqual(3)
      for (const row of rows) expect(row.height, String(row.id)).toBeLessThanOrEqual(44)
      await page.close()
    },
  )
})

describe('the redesign: a group header keeps its actions button on its first line', () => {
  it.each([390, 1440])('at %i px, every group header is one line tall where the actions button is', async (width) => {
    const page = await open('?host=tailwind', width)
    const headers = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-segkit-root] [data-segkit-part="group-header"]')].map(
        (header) => {
          const top = header.getBoundingClientRect().top
          const menu = [...header.children].at(-1)?.getBoundingClientRect()
          const first = header.querySelector('[data-segkit-part="combinator"]')?.getBoundingClientRect()
          return {
            id: header.closest('[data-group-id]')?.getAttribute('data-group-id'),
            menuTop: menu ? menu.top - top : Number.NaN,
            combinatorTop: first ? first.top - top : Number.NaN,
            hasAtLeast: header.querySelector('[data-segkit-part="at-least"]') !== null,
          }
        },
      ),
    )
    // The fixture has an OR group with the "at least" field, whose header used to wrap its actions button alone.
    expect(headers.some((h) => h.hasAtLeast)).toBe(true)
    for (const h of headers) expect(Math.abs(h.menuTop - h.combinatorTop), String(h.id)).toBeLessThan(8)
    await page.close()
  })
})
