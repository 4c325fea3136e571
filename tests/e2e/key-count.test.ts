// @vitest-environment node
/**
 * The four segments of issue #17's trial, built in the demo (1k users) by keyboard only and by
 * mouse only, with every key press and every click counted against the issue's targets: at most
 * half of the trial's keys (a ≤ 60, b ≤ 30, c ≤ 27, d ≤ 40) and at most its clicks (a 37, b 14,
 * c 16, d 19). Each built segment is checked for meaning twice: its JSON (the demo's JSON tab,
 * ids left aside) is the segment meant, and the demo's count (the evaluator worker) is the count
 * of that segment evaluated here on the same generated data. The mouse run is at 390 px and the
 * page must not scroll sideways.
 *
 * Counting: a typed string of n characters is n keys; Tab, Shift+Tab, Enter, Shift+Enter, Space,
 * an arrow, Ctrl+A are one each. A native select chosen with the mouse is two clicks (open,
 * choose). Each build starts from a new empty user segment with the focus on "+ Add condition"
 * (keyboard) or nothing (mouse).
 */

import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEvaluator } from '../../packages/core/src/evaluate/index.ts'
import type { Segment, SegmentNode } from '../../packages/core/src/index.ts'
import { exampleCatalog, FIXTURE_AS_OF, generateDataset } from '../../packages/core/src/testing/index.ts'
import { launchBrowser, openDemo, screenshot } from './browser.ts'
import { horizontalOverflow, memberCount, openTab } from './demo-page.ts'

let browser: Browser
let page: Page
const pageErrors: string[] = []
const evaluator = createEvaluator(exampleCatalog, generateDataset({ users: 1000, seed: 1 }))

beforeAll(async () => {
  browser = await launchBrowser()
  page = await openDemo(browser, '?users=1000')
  page.on('pageerror', (e) => pageErrors.push(e.message))
  await page.setViewportSize({ width: 1440, height: 900 })
  await memberCount(page, 90_000)
})
afterAll(async () => {
  await browser?.close()
})

const builder = () => page.getByRole('region', { name: 'Segment builder' })
const last30 = { type: 'last', duration: { amount: 30, unit: 'day' } }

/** The segments meant, as the demo's JSON shows them (without ids). */
const EXPECTED: Record<'a' | 'b' | 'c' | 'd', unknown[]> = {
  a: [
    {
      kind: 'event',
      event: 'purchased',
      filters: [],
      form: { type: 'measure', measure: { fn: 'count' }, comparison: 'gte', value: 2, window: { type: 'ever' } },
    },
    {
      kind: 'event',
      event: 'opened_app',
      filters: [],
      form: { type: 'not_performed', window: { type: 'last', duration: { amount: 40, unit: 'day' } } },
    },
    {
      kind: 'event',
      event: 'purchased',
      filters: [],
      form: {
        type: 'measure',
        measure: { fn: 'sum', property: 'amount' },
        comparison: 'gt',
        value: 800,
        window: { type: 'ever' },
      },
    },
    { kind: 'property', property: 'marketing_consent', operator: 'is_true' },
  ],
  // The sequence keeps the builder's default window (the trial named none).
  b: [
    {
      kind: 'sequence',
      steps: [
        { event: 'viewed_product', filters: [] },
        { event: 'added_to_cart', filters: [] },
        { event: 'purchased', filters: [], negated: true, maxGap: { amount: 1, unit: 'day' } },
      ],
      window: last30,
    },
  ],
  c: [
    {
      kind: 'property',
      property: 'plan',
      operator: 'eq',
      value: 'enterprise',
      at: { type: 'ago', duration: { amount: 7, unit: 'day' } },
    },
    { kind: 'property', property: 'plan', operator: 'neq', value: 'enterprise' },
  ],
  d: [
    {
      kind: 'related',
      relation: 'account',
      match: { type: 'any' },
      root: {
        kind: 'group',
        combinator: 'and',
        children: [{ kind: 'property', property: 'arr', operator: 'gte', value: 50000 }],
      },
    },
    {
      kind: 'group',
      combinator: 'or',
      children: [
        { kind: 'list', list: 'beta', operator: 'in' },
        { kind: 'list', list: 'vip', operator: 'in' },
      ],
    },
  ],
}

/** The JSON without node ids (they are random). */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id')
      .map(([key, v]) => [key, withoutIds(v)]),
  )
}

function expectedSegment(children: unknown[]): Segment {
  let n = 0
  const withIds = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withIds)
    if (value === null || typeof value !== 'object') return value
    const copy = Object.fromEntries(Object.entries(value).map(([key, v]) => [key, withIds(v)]))
    return 'kind' in copy || 'event' in copy ? { id: `x${n++}`, ...copy } : copy
  }
  return {
    version: 1,
    id: 'expected',
    name: 'expected',
    entity: 'user',
    root: { id: 'root', kind: 'group', combinator: 'and', children: withIds(children) as SegmentNode[] },
  }
}

/** A new empty user segment (setup, not counted). */
async function newSegment() {
  await page.getByRole('button', { name: 'New user segment', exact: true }).first().click()
  await builder().getByRole('button', { name: 'Add condition' }).waitFor()
}

/** Checks the built segment's meaning: its JSON, then the demo's count against the expected segment's. */
async function expectMeaning(name: keyof typeof EXPECTED) {
  await openTab(page, 'JSON')
  const json = await page.getByTestId('segment-json').textContent()
  const built = JSON.parse(json ?? '{}') as Segment
  expect(withoutIds(built.root.children), `segment ${name}`).toEqual(EXPECTED[name])
  const expected = evaluator.evaluate(expectedSegment(EXPECTED[name]), { asOf: FIXTURE_AS_OF }).count
  await expect.poll(() => memberCount(page), { timeout: 30_000 }).toBe(expected)
  await openTab(page, 'Members')
  return expected
}

/** Key presses, counted. */
function keyboard() {
  let keys = 0
  return {
    get count() {
      return keys
    },
    async press(...names: string[]) {
      for (const name of names) {
        keys++
        await page.keyboard.press(name)
        await page.waitForTimeout(60)
      }
    },
    async type(text: string) {
      keys += text.length
      await page.keyboard.type(text, { delay: 15 })
      await page.waitForTimeout(60)
    },
  }
}

/** Clicks, counted; a native select is two (open, choose). */
function mouse() {
  let clicks = 0
  return {
    get count() {
      return clicks
    },
    async click(target: Locator) {
      clicks++
      await target.click()
    },
    async choose(select: Locator, label: string) {
      clicks += 2
      await select.selectOption({ label })
    },
    /** Typing into the field that has the focus already (no click). */
    async typeHere(text: string) {
      await page.keyboard.type(text)
    },
    /** A click into a field, then typing (the typing is not a click). */
    async fill(target: Locator, text: string) {
      clicks++
      await target.click()
      await target.fill(text)
    },
  }
}

const option = (name: RegExp) => page.getByRole('option', { name }).first()
const keyCounts: Record<string, number> = {}
const clickCounts: Record<string, number> = {}

describe('the trial segments by keyboard only', { timeout: 120_000 }, () => {
  async function start() {
    await newSegment()
    await builder().getByRole('button', { name: 'Add condition' }).focus()
    return keyboard()
  }

  it('(a) purchased at least 2 times, no app opened in 40 days, total purchases over 800, marketing consent: at most 60 keys', async () => {
    const k = await start()
    await k.press('Enter')
    await k.type('purch')
    await k.press('Enter') // Purchased; focus on "how"
    await k.type('a') // "at least" (type-ahead in the select)
    await k.press('Tab', 'Control+a')
    await k.type('2')
    await k.press('Tab')
    await k.type('e') // ever
    await k.press('Shift+Enter')
    await k.type('open')
    await k.press('Enter')
    await k.type('n') // not at all
    await k.press('Tab', 'Tab', 'Control+a')
    await k.type('40')
    await k.press('Shift+Enter')
    await k.type('purch')
    await k.press('Enter')
    await k.type('b') // by a measure…: the sum of Amount
    await k.press('Tab', 'Tab', 'Tab')
    await k.type('m') // more than
    await k.press('Tab', 'Control+a')
    await k.type('800')
    await k.press('Tab')
    await k.type('e')
    await k.press('Shift+Enter')
    await k.type('mark')
    await k.press('Enter')
    keyCounts.a = k.count
    await expectMeaning('a')
    expect(k.count).toBeLessThanOrEqual(60)
  })

  it('(b) viewed a product, then added to cart, then no purchase within 1 day: at most 30 keys', async () => {
    const k = await start()
    await k.press('Enter')
    await k.type('seq')
    await k.press('Enter') // a sequence; step 1's event picker is open
    await k.type('view')
    await k.press('Enter') // step 2's picker opens
    await k.type('add')
    await k.press('Enter')
    await k.press('Shift+Enter') // inside the sequence: a step, its picker open
    await k.type('purch')
    await k.press('Enter')
    await k.press('Tab', 'Space') // "did not"
    await k.press('Tab', 'Enter') // within 1 day
    keyCounts.b = k.count
    await expectMeaning('b')
    expect(k.count).toBeLessThanOrEqual(30)
  })

  it('(c) plan 7 days ago was Enterprise and plan now is not: at most 27 keys', async () => {
    const k = await start()
    await k.press('Enter')
    await k.type('plan')
    await k.press('Enter') // Plan; its value picker opens
    await k.type('ent')
    await k.press('Enter')
    await k.press('Tab', 'Tab', 'Enter') // past "Compare with a property" to "Compare with a past value": 7 days ago
    await k.press('Shift+Enter')
    await k.type('plan')
    await k.press('Enter')
    await k.type('ent')
    await k.press('Enter')
    await k.press('Shift+Tab', 'ArrowDown') // is not
    keyCounts.c = k.count
    await expectMeaning('c')
    expect(k.count).toBeLessThanOrEqual(27)
  })

  it('(d) account ARR at least 50,000, and in the Beta list or VIP: at most 40 keys', async () => {
    const k = await start()
    await k.press('Enter')
    await k.type('arr')
    await k.press('Enter') // the account's ARR; focus on its value
    await k.type('50000')
    await k.press('Shift+Tab')
    await k.type('a') // at least
    // Out of the account's conditions to the segment's own "+ Add condition".
    await k.press('Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Enter')
    await k.type('gro')
    await k.press('Enter') // a new group; its own search opens
    await k.type('bet')
    await k.press('Enter')
    await k.press('Shift+Enter')
    await k.type('vip')
    await k.press('Enter')
    await k.press('Shift+Tab', 'Shift+Tab', 'Enter') // the AND between the two: OR
    keyCounts.d = k.count
    await expectMeaning('d')
    expect(k.count).toBeLessThanOrEqual(40)
    await screenshot(page, 'key-count-d-keyboard')
  })
})

describe('the trial segments by mouse, at 390 px', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    await page.setViewportSize({ width: 390, height: 844 })
  })
  afterAll(async () => {
    await page.setViewportSize({ width: 1440, height: 900 })
  })
  const add = () => builder().getByRole('button', { name: 'Add condition' }).last()
  const rootAdd = () =>
    builder()
      .locator('[data-group-id] >> nth=0')
      .locator(':scope > [data-segkit-part="group-footer"]')
      .getByRole('button', { name: 'Add condition' })
  async function noSidewaysScroll() {
    const size = await horizontalOverflow(page)
    expect(size.scrollWidth, 'page width at 390 px').toBeLessThanOrEqual(size.innerWidth)
  }

  it('(a) in at most 37 clicks', async () => {
    await newSegment()
    const c = mouse()
    const how = () => builder().getByRole('combobox', { name: 'How', exact: true }).last()
    const when = () => builder().getByRole('combobox', { name: 'When', exact: true }).last()
    await c.click(add())
    await c.click(option(/^Purchased/))
    await c.choose(how(), 'at least')
    await c.fill(builder().getByRole('spinbutton', { name: 'Threshold' }).last(), '2')
    await c.choose(when(), 'ever')
    await c.click(add())
    await c.click(option(/^Opened App/))
    await c.choose(how(), 'not at all')
    await c.fill(builder().getByRole('spinbutton', { name: 'When: Amount' }).last(), '40')
    await c.click(add())
    await c.click(option(/^Purchased/))
    await c.choose(how(), 'by a measure…')
    await c.choose(builder().getByRole('combobox', { name: 'Comparison' }).last(), 'more than')
    await c.fill(builder().getByRole('spinbutton', { name: 'Threshold' }).last(), '800')
    await c.choose(when(), 'ever')
    await c.click(add())
    await c.click(option(/^Marketing consent/))
    clickCounts.a = c.count
    await noSidewaysScroll()
    await expectMeaning('a')
    expect(c.count).toBeLessThanOrEqual(37)
  })

  it('(b) in at most 14 clicks', async () => {
    await newSegment()
    const c = mouse()
    await c.click(add())
    await c.click(option(/^Sequence of events/))
    await c.click(option(/^Viewed Product/))
    await c.click(option(/^Added to Cart/))
    await c.click(builder().getByRole('button', { name: 'Add step' }))
    await c.click(option(/^Purchased/))
    await c.click(builder().locator('[data-step-id]').nth(2).getByRole('checkbox'))
    await c.click(builder().getByRole('button', { name: 'Step 3: Add time limit' }))
    clickCounts.b = c.count
    await noSidewaysScroll()
    await screenshot(page, 'key-count-b-mouse-390')
    await expectMeaning('b')
    expect(c.count).toBeLessThanOrEqual(14)
  })

  it('(c) in at most 16 clicks', async () => {
    await newSegment()
    const c = mouse()
    await c.click(add())
    await c.click(option(/^Plan/))
    await c.click(option(/^Enterprise/))
    await c.click(builder().getByRole('button', { name: /Compare with a past value/ }))
    await c.click(add())
    await c.click(option(/^Plan/))
    await c.click(option(/^Enterprise/))
    await c.choose(builder().getByRole('combobox', { name: 'Operator' }).last(), 'is not')
    clickCounts.c = c.count
    await noSidewaysScroll()
    await expectMeaning('c')
    expect(c.count).toBeLessThanOrEqual(16)
  })

  it('(d) in at most 19 clicks', async () => {
    await newSegment()
    const c = mouse()
    await c.click(add())
    await c.click(page.getByRole('option', { name: /^ARR/ }).first())
    // Choosing ARR put the focus in its value.
    await c.typeHere('50000')
    await c.choose(builder().getByRole('combobox', { name: 'Operator' }).last(), 'at least')
    await c.click(rootAdd())
    await c.click(option(/^Add group/))
    await c.click(option(/^Beta testers/))
    // The new group's own "+ Add condition" (the last group of the tree).
    await c.click(
      builder()
        .locator('[data-segkit-part="group"]')
        .last()
        .locator(':scope > [data-segkit-part="group-footer"]')
        .getByRole('button', { name: 'Add condition' }),
    )
    await c.click(option(/^VIP customers/))
    await c.click(
      builder()
        .getByRole('button', { name: /^AND: Switch this group to OR/ })
        .last(),
    )
    clickCounts.d = c.count
    await noSidewaysScroll()
    await expectMeaning('d')
    expect(c.count).toBeLessThanOrEqual(19)
  })

  it('reports the counts, and no page error happened', () => {
    console.log(`keys ${JSON.stringify(keyCounts)}; clicks ${JSON.stringify(clickCounts)}`)
    expect(pageErrors).toEqual([])
  })
})
