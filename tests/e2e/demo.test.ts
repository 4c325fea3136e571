// @vitest-environment node
/**
 * The demo end to end in Chromium, on the 1k-user dataset: presets checked
 * against PostgreSQL (PGlite), SQL dialects, JSON import (errors, unknown
 * nodes), time travel, explanations, saved segments (delete confirmed, refused
 * while referenced, undone) and comparisons, the layout from 360 px and axe in
 * both themes.
 */

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIALECTS } from '../../packages/core/src/sql/index.ts'
import { presetSegments } from '../../packages/core/src/testing/index.ts'
import { axeViolations, launchBrowser, openDemo, screenshot } from './browser.ts'
import { currentSegmentId, DATASET_NOW, engineCheck, horizontalOverflow, memberCount, openTab } from './demo-page.ts'

let browser: Browser
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  browser = await launchBrowser()
  page = await openDemo(browser, '?users=1000')
  page.on('pageerror', (e) => pageErrors.push(e.message))
})
afterAll(async () => {
  await browser?.close()
})

describe('the demo on 1,000 generated users', () => {
  it('generates the dataset in a worker and shows the evaluator count beside the PGlite count', async () => {
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('segkit')
    const first = presetSegments[0]
    if (!first) throw new Error('no presets')
    const check = await engineCheck(page, first.id)
    expect(await page.getByTestId('dataset-summary').textContent()).toContain('1,000 users')
    expect(check.agree).toBe(true)
    expect(check.pgliteCount).toBe(check.evaluatorCount)
    await screenshot(page, 'demo-loaded')
  })

  it('builds a segment with the mouse: the count updates and PGlite agrees', async () => {
    await page.getByRole('button', { name: 'New user segment' }).click()
    const segmentId = await currentSegmentId(page)
    const everyone = await engineCheck(page, segmentId)
    expect(everyone.agree).toBe(true)
    const builder = page.getByRole('region', { name: 'Segment builder' })
    await builder.getByRole('button', { name: 'Add condition' }).click()
    await page.getByRole('option', { name: /^Age/ }).click()
    await builder.getByRole('combobox', { name: 'Operator' }).selectOption({ label: 'greater than' })
    await builder.getByRole('spinbutton', { name: 'Value' }).fill('40')
    await page
      .getByTestId('description')
      .getByText(/Age is more than 40/)
      .waitFor()
    const over40 = await engineCheck(page, segmentId)
    expect(over40.agree).toBe(true)
    expect(over40.evaluatorCount).toBeGreaterThan(0)
    expect(over40.evaluatorCount).toBeLessThan(everyone.evaluatorCount)
    await screenshot(page, 'demo-built-by-mouse')
  })

  it("suggests real values of a text property from the data (the evaluator worker's topValues)", async () => {
    await page.getByRole('button', { name: 'New user segment' }).click()
    const segmentId = await currentSegmentId(page)
    const builder = page.getByRole('region', { name: 'Segment builder' })
    await builder.getByRole('button', { name: 'Add condition' }).click()
    await page.getByRole('option', { name: /^Name/ }).first().click()
    const field = builder.getByRole('combobox', { name: 'Value' })
    await field.click()
    await field.press('ArrowDown')
    const suggestions = page.getByRole('listbox', { name: 'Value' }).getByRole('option')
    await suggestions.first().waitFor()
    const first = (await suggestions.first().textContent()) ?? ''
    expect(first).not.toBe('')
    await suggestions.first().click()
    await expect.poll(async () => (await engineCheck(page, segmentId)).evaluatorCount).toBeGreaterThan(0)
    const check = await engineCheck(page, segmentId)
    expect(check.agree).toBe(true)
  })

  it('builds a segment with the keyboard only: the count updates at each step', async () => {
    await page.getByRole('button', { name: 'New user segment' }).focus()
    await page.keyboard.press('Enter')
    const segmentId = await currentSegmentId(page)
    const everyone = await engineCheck(page, segmentId)
    const builder = page.getByRole('region', { name: 'Segment builder' })
    await builder.getByRole('button', { name: 'Add condition' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('option', { name: /^Age/ }).waitFor()
    await page.keyboard.type('Marketing')
    await page.keyboard.press('Enter')
    await page
      .getByTestId('description')
      .getByText(/Marketing consent is true/)
      .waitFor()
    const consenting = await engineCheck(page, segmentId)
    expect(consenting.agree).toBe(true)
    expect(consenting.evaluatorCount).toBeLessThan(everyone.evaluatorCount)
    // The operator is a native select: a closed, focused select steps through its options with the arrow keys.
    await builder.getByRole('combobox', { name: 'Operator' }).focus()
    await page.keyboard.press('ArrowDown')
    await page
      .getByTestId('description')
      .getByText(/Marketing consent is false/)
      .waitFor()
    const notConsenting = await engineCheck(page, segmentId)
    expect(notConsenting.agree).toBe(true)
    expect(notConsenting.evaluatorCount).toBeGreaterThan(0)
    expect(notConsenting.evaluatorCount).not.toBe(consenting.evaluatorCount)
  })

  it('for every preset, the SQL run on PGlite finds exactly the members the evaluator finds', async () => {
    const results: string[] = []
    for (const preset of presetSegments) {
      await page.getByLabel('Preset').selectOption(preset.id)
      const check = await engineCheck(page, preset.id)
      results.push(`${preset.id}: evaluator ${check.evaluatorCount}, PGlite ${check.pgliteCount}`)
      expect(check, preset.id).toEqual({
        agree: true,
        evaluatorCount: check.pgliteCount,
        pgliteCount: check.pgliteCount,
      })
    }
    // Presets that select nobody would prove little: most of them must find members on this dataset.
    const nonEmpty = results.filter((r) => !r.endsWith('PGlite 0'))
    expect(nonEmpty.length, results.join('\n')).toBeGreaterThanOrEqual(presetSegments.length - 2)
  })

  it('writes the SQL in every built-in dialect of core with that dialect’s quoting and placeholders', async () => {
    await page.getByLabel('Preset').selectOption(presetSegments[0]?.id ?? '')
    await openTab(page, 'SQL')
    const dialect = page.getByLabel('Dialect')
    const sql = page.getByTestId('sql')
    const expected: Record<string, RegExp[]> = {
      postgres: [/"users"/, /\$1::/],
      duckdb: [/"users"/, /\$1/],
      sqlite: [/"users"/, /\?/],
      mysql: [/`users`/, /\?/],
      mariadb: [/`users`/, /\?/],
      bigquery: [/`users`/, /@p1/],
      snowflake: [/"users"/, /:1\b/],
      clickhouse: [/`users`/, /\{p1:/],
      trino: [/"users"/, /CAST\(\? AS BIGINT\)/],
    }
    // The picker offers exactly core's built-in dialects, each with a readable label.
    const offered = await dialect
      .locator('option')
      .evaluateAll((options) => options.map((o) => [(o as HTMLOptionElement).value, o.textContent]))
    expect(offered.map(([value]) => value).sort()).toEqual(Object.keys(DIALECTS).sort())
    expect(offered).toContainEqual(['mariadb', 'MariaDB'])
    expect(offered).toContainEqual(['trino', 'Trino'])
    for (const [name, patterns] of Object.entries(expected)) {
      await dialect.selectOption(name)
      await page.locator(`[data-testid="sql"][data-dialect="${name}"]`).waitFor()
      const text = (await sql.textContent()) ?? ''
      expect(text, name).toMatch(/^SELECT /)
      for (const pattern of patterns) expect(text, name).toMatch(pattern)
      expect(await page.getByTestId('sql-params').isVisible(), name).toBe(true)
    }
    await page.getByLabel('Inline values').check()
    expect(await page.getByTestId('sql-params').count()).toBe(0)
    await page.getByLabel('Inline values').uncheck()
    await dialect.selectOption('postgres')
    await screenshot(page, 'demo-sql-clickhouse-then-postgres')
  })

  it('rejects a broken JSON file with the error and its path, and keeps the current segment', async () => {
    const name = await page.getByLabel('Name').inputValue()
    await openTab(page, 'JSON')
    const input = page.getByLabel('Import a JSON file')
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version": 1, "id": '),
    })
    const alert = page.getByTestId('import-errors')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('Not valid JSON')

    const wrongProperty = {
      version: 1,
      id: 'imported',
      name: 'Imported',
      entity: 'user',
      root: {
        id: 'r',
        kind: 'group',
        combinator: 'and',
        children: [{ id: 'c1', kind: 'property', property: 'shoe_size', operator: 'gt', value: 40 }],
      },
    }
    await input.setInputFiles({
      name: 'unknown-property.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(wrongProperty)),
    })
    await page.getByText('root.children.0.property').waitFor()
    expect(await alert.textContent()).toContain('shoe_size')
    expect(await alert.textContent()).toMatch(/: 1 problem\. /)
    expect(await page.getByLabel('Name').inputValue()).toBe(name)
    await screenshot(page, 'demo-import-error')
  })

  it('imports a document with a node of an unknown kind, keeps that node as it is, and counts "1 problem"', async () => {
    const future = { id: 'c2', kind: 'predicted_churn', model: 'v2', threshold: 0.8 }
    const segment = {
      version: 1,
      id: 'from_the_future',
      name: 'From a newer segkit',
      entity: 'user',
      root: {
        id: 'r',
        kind: 'group',
        combinator: 'and',
        children: [{ id: 'c1', kind: 'property', property: 'plan', operator: 'in', value: ['pro'] }, future],
      },
    }
    await openTab(page, 'JSON')
    await page.getByLabel('Import a JSON file').setInputFiles({
      name: 'future.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(segment)),
    })
    const done = page.getByTestId('import-done')
    await done.waitFor()
    const text = (await done.textContent()) ?? ''
    expect(text).toContain('Imported “From a newer segkit” with 1 problem')
    expect(text).not.toMatch(/problem\(s\)/)
    expect(text).toContain('predicted_churn')
    expect(await page.getByLabel('Name').inputValue()).toBe('From a newer segkit')
    // The unknown node is written back exactly as it came in.
    const written = JSON.parse((await page.getByTestId('segment-json').textContent()) ?? '{}') as {
      root: { children: unknown[] }
    }
    expect(written.root.children[1]).toEqual(future)
  })

  it('imports valid pasted JSON and previews it', async () => {
    const segment = {
      version: 1,
      id: 'pasted_pro',
      name: 'Pasted: Pro plan',
      entity: 'user',
      root: {
        id: 'r',
        kind: 'group',
        combinator: 'and',
        children: [{ id: 'c1', kind: 'property', property: 'plan', operator: 'in', value: ['pro'] }],
      },
    }
    await openTab(page, 'JSON')
    await page.getByLabel('Or paste JSON').fill(JSON.stringify(segment))
    await page.getByRole('button', { name: 'Import pasted JSON' }).click()
    expect(await page.getByLabel('Name').inputValue()).toBe('Pasted: Pro plan')
    const check = await engineCheck(page, 'pasted_pro')
    expect(check.agree).toBe(true)
    expect(check.evaluatorCount).toBeGreaterThan(0)
  })

  it('travels back in time: the count changes, both engines still agree, and entered/left are listed', async () => {
    const preset = presetSegments.find((p) => p.id === 'power_users') ?? presetSegments[0]
    if (!preset) throw new Error('no presets')
    await page.getByLabel('Preset').selectOption(preset.id)
    const now = await engineCheck(page, preset.id)
    // "Change" beside the summary's "as of" opens the time-travel tab with the instant focused.
    await page.getByRole('button', { name: 'Change the instant' }).click()
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'as-of')
    await page.getByRole('button', { name: '30 days ago' }).click()
    const past = '2026-11-15T12:00:00.000Z'
    const then = await engineCheck(page, preset.id, past)
    expect(then.agree).toBe(true)
    expect(then.evaluatorCount).not.toBe(now.evaluatorCount)
    expect(await page.getByTestId('as-of').inputValue()).toBe('2026-11-15T12:00')
    // "Since" keeps its distance (a week) before "as of".
    expect(await page.getByTestId('changes-since').inputValue()).toBe('2026-11-08T12:00')
    // Entered/left between a week before "as of" and "as of" (defaults), shown as numbers.
    await page.getByTestId('entered-count').waitFor()
    expect(await page.getByTestId('changes').textContent()).toMatch(/\d+ entered, \d+ left/)
    expect(await page.getByTestId('as-of-text').getAttribute('datetime')).toBe(past)
    await screenshot(page, 'demo-time-travel')
    await page.getByRole('button', { name: 'Dataset now' }).click()
    expect((await engineCheck(page, preset.id, DATASET_NOW)).evaluatorCount).toBe(now.evaluatorCount)
  })

  it('explains why a member is in the segment when it is picked in the table', async () => {
    await openTab(page, 'Members')
    const table = page.getByRole('table', { name: /members/ })
    // Ids in the order people read them (u2 before u10), not as the evaluator sorts them (u1, u10, u100, u2).
    const ids = await table.getByRole('rowheader').allTextContents()
    expect(ids.length).toBeGreaterThan(1)
    expect(ids).toEqual([...ids].sort(new Intl.Collator('en', { numeric: true }).compare))
    const first = table.getByRole('rowheader').first().getByRole('button')
    const id = (await first.textContent()) ?? ''
    await first.click()
    const explanation = page.getByTestId('explanation')
    await explanation.waitFor()
    expect(await explanation.textContent()).toContain(id)
    expect(await explanation.textContent()).toContain('in the segment')
    // And someone who is out: explain an id typed by hand.
    await page.getByLabel('Entity id').fill('u1')
    await page.getByRole('button', { name: 'Explain' }).click()
    await page.locator('[data-testid="explanation"] strong', { hasText: /^u1$/ }).waitFor()
  })

  it('saves segments in localStorage, uses a saved one in an "in segment" condition, and compares three', async () => {
    const counts = new Map<string, number>()
    for (const id of ['power_users', 'casual_users', 'at_risk_users']) {
      await page.getByLabel('Preset').selectOption(id)
      counts.set(id, (await engineCheck(page, id)).evaluatorCount)
      await page.getByRole('button', { name: 'Save segment' }).click()
    }
    const stored = await page.evaluate(() => localStorage.getItem('segkit-demo:saved-segments'))
    expect(JSON.parse(stored ?? '[]')).toHaveLength(3)

    await page.getByRole('button', { name: 'New user segment' }).click()
    const segmentId = await currentSegmentId(page)
    const builder = page.getByRole('region', { name: 'Segment builder' })
    await builder.getByRole('button', { name: 'Add condition' }).click()
    await page.getByRole('combobox', { name: 'Search' }).fill('Power users')
    // Scoped to the search's listbox: the preset select has a "Power users" option too.
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /^Power users/ })
      .first()
      .click()
    await page
      .getByTestId('description')
      .getByText(/in the segment Power users/)
      .waitFor()
    const reference = await engineCheck(page, segmentId)
    expect(reference.agree).toBe(true)
    expect(reference.evaluatorCount).toBe(counts.get('power_users'))

    // The segment being edited ("in Power users") against Power users: everyone is in both.
    await openTab(page, 'Saved & compare')
    const current = page.getByRole('checkbox', { name: /Compare the segment being edited/ })
    await current.check()
    await page.getByRole('checkbox', { name: 'Compare Power users' }).check()
    const compare = page.getByTestId('compare')
    const overlap = compare.getByRole('table', { name: 'Overlaps' }).getByRole('row', { name: /∩/ })
    await overlap.waitFor()
    expect(await overlap.getByRole('cell').first().textContent()).toBe(String(counts.get('power_users')))
    await current.uncheck()

    for (const name of ['Casual users', 'At-risk users'])
      await page.getByRole('checkbox', { name: `Compare ${name}` }).check()
    expect(await current.isDisabled()).toBe(true)
    await compare.getByRole('table', { name: 'Overlaps' }).getByRole('row').nth(3).waitFor()
    const sizes = compare.getByRole('table', { name: 'Sizes' })
    expect(await sizes.getByRole('row', { name: /Power users/ }).textContent()).toContain(
      String(counts.get('power_users')),
    )
    expect(await compare.getByRole('table', { name: 'Overlaps' }).getByRole('row').count()).toBe(1 + 3)
    await screenshot(page, 'demo-compare')
  })

  it('asks before deleting a saved segment, refuses while another saved segment uses it, and can undo', async () => {
    const stored = async () =>
      (
        JSON.parse((await page.evaluate(() => localStorage.getItem('segkit-demo:saved-segments'))) ?? '[]') as {
          name: string
        }[]
      ).map((s) => s.name)
    // The segment being edited is "in Power users": saved, it is a fourth saved segment that refers to Power users.
    await page.getByRole('button', { name: 'Save segment' }).click()
    await openTab(page, 'Saved & compare')
    const before = await stored()
    expect(before).toEqual(['Power users', 'Casual users', 'At-risk users', 'New user segment'])

    await page.getByRole('button', { name: 'Delete Power users' }).click()
    const dialog = page.getByRole('alertdialog')
    await dialog.waitFor()
    expect(await dialog.getByRole('heading').textContent()).toBe('“Power users” is in use')
    expect(await dialog.textContent()).toContain('“New user segment” refers to it')
    expect(await dialog.getByRole('button', { name: 'Delete segment' }).count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'demo-delete-refused')
    await dialog.getByRole('button', { name: 'Close' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await stored()).toEqual(before)

    // Cancel keeps it; confirming deletes it; Undo brings it back in its place.
    await page.getByRole('button', { name: 'Delete Casual users' }).click()
    expect(await dialog.getByRole('heading').textContent()).toBe('Delete “Casual users”?')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await stored()).toEqual(before)
    await page.getByRole('button', { name: 'Delete Casual users' }).click()
    await dialog.getByRole('button', { name: 'Delete segment' }).click()
    const undo = page.getByTestId('undo-delete')
    await undo.waitFor()
    expect(await undo.textContent()).toContain('Deleted “Casual users”')
    expect(await stored()).toEqual(['Power users', 'At-risk users', 'New user segment'])
    expect(await page.getByRole('button', { name: 'Delete Casual users' }).count()).toBe(0)
    // Focus is not lost with the deleted row: it is on Undo.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo')
    await page.keyboard.press('Enter')
    await undo.waitFor({ state: 'hidden' })
    expect(await stored()).toEqual(before)
  })

  it('fits 390 and 360 px wide screens without sideways scrolling, and keeps the count and "as of" in view', async () => {
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
      [360, 740],
    ] as const) {
      await page.setViewportSize({ width, height })
      await page.waitForTimeout(100)
      const size = await horizontalOverflow(page)
      expect(size.scrollWidth, `page width at ${width} px`).toBeLessThanOrEqual(size.innerWidth)
      // Scrolled down to the tabs, the live count and its instant are still on screen (sticky summary).
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
      await page.waitForTimeout(100)
      for (const testId of ['member-count', 'as-of-text']) {
        const box = await page.getByTestId(testId).boundingBox()
        expect(box, `${testId} at ${width} px`).not.toBeNull()
        expect(box?.y ?? -1, `${testId} at ${width} px`).toBeGreaterThanOrEqual(0)
        expect((box?.y ?? height) + (box?.height ?? 0), `${testId} at ${width} px`).toBeLessThanOrEqual(height)
      }
      await screenshot(page, `demo-${width}`)
      await page.evaluate(() => window.scrollTo(0, 0))
    }
    await page.setViewportSize({ width: 1400, height: 1000 })
  })

  it('a 5,000-character value does not widen the page, at 390 px or at 1440 px', async () => {
    // Exact: a saved segment is also called "New user segment" by now (its Open and Delete buttons).
    await page.getByRole('button', { name: 'New user segment', exact: true }).click()
    const builder = page.getByRole('region', { name: 'Segment builder' })
    await builder.getByRole('button', { name: 'Add condition' }).click()
    await page.getByRole('option', { name: /^Name/ }).first().click()
    const long = 'x'.repeat(5000)
    // With the demo's value suggestions (loadValues), a text value is a combobox.
    await builder.getByRole('combobox', { name: 'Value' }).fill(long)
    await page.getByTestId('description').getByText(long.slice(0, 100)).waitFor()
    await memberCount(page)
    for (const [width, height] of [
      [390, 844],
      [1440, 900],
    ] as const) {
      await page.setViewportSize({ width, height })
      await page.waitForTimeout(100)
      const size = await horizontalOverflow(page)
      expect(size.scrollWidth, `page width at ${width} px`).toBeLessThanOrEqual(size.innerWidth)
    }
    await page.setViewportSize({ width: 1400, height: 1000 })
  })

  it('at 100k users shows the generation progress and says that the SQL check is off above 10k', async () => {
    const big = await openDemo(browser, '?users=100000')
    await big.getByTestId('evaluator-progress').waitFor()
    expect(await big.getByTestId('evaluator-progress').getByRole('progressbar').count()).toBe(1)
    await big.getByText('SQL check off above 10k users').waitFor()
    expect(await big.getByText('PGlite runs on datasets up to 10,000 users.').isVisible()).toBe(true)
    expect(await big.getByTestId('pglite-count').textContent()).toBe('off')
    await screenshot(big, 'demo-100k-loading')
    await big.close()
  })

  it('has no accessibility violations (axe, all rules) in the light theme, on every tab', async () => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.getByLabel('Preset').selectOption(presetSegments[0]?.id ?? '')
    await openTab(page, 'Explain')
    await page.getByLabel('Entity id').fill('u2')
    await page.getByRole('button', { name: 'Explain' }).click()
    await page.locator('[data-testid="explanation"] strong', { hasText: /^u2$/ }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    for (const tab of ['Members', 'SQL', 'JSON', 'Saved & compare', 'Time travel']) {
      await openTab(page, tab)
      expect(await axeViolations(page), tab).toEqual([])
    }
    await screenshot(page, 'demo-light')
  })

  it('has no accessibility violations in the dark theme, and the page raised no errors', async () => {
    await page.getByLabel('Theme').selectOption('dark')
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    for (const tab of ['Members', 'Explain', 'SQL', 'JSON', 'Saved & compare', 'Time travel']) {
      await openTab(page, tab)
      expect(await axeViolations(page), tab).toEqual([])
    }
    await screenshot(page, 'demo-dark')
    await page.getByLabel('Theme').selectOption('system')
    expect(pageErrors).toEqual([])
  })
})
