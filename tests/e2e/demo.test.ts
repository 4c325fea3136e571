// @vitest-environment node
/**
 * The demo end to end in Chromium, on the 1k-user dataset: presets checked
 * against PostgreSQL (PGlite), SQL dialects, JSON import errors, time travel,
 * explanations, saved segments and comparisons.
 */

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { presetSegments } from '../../packages/core/src/testing/index.ts'
import { axeViolations, launchBrowser, openDemo, screenshot } from './browser.ts'
import { currentSegmentId, DATASET_NOW, engineCheck } from './demo-page.ts'

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
    // One search adds anything: the property is picked in the add dialog itself.
    await builder.getByRole('button', { name: 'Add condition' }).click()
    const add = page.getByRole('dialog', { name: 'Add a condition' })
    await add.getByRole('combobox').fill('Age')
    await add.getByRole('option', { name: /^Age/ }).first().click()
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

  it('builds a segment with the keyboard only: the count updates at each step', async () => {
    await page.getByRole('button', { name: 'New user segment' }).focus()
    await page.keyboard.press('Enter')
    const segmentId = await currentSegmentId(page)
    const everyone = await engineCheck(page, segmentId)
    const builder = page.getByRole('region', { name: 'Segment builder' })
    // "+ Add condition", type to search, Enter: the search field has focus as soon as it opens.
    await builder.getByRole('button', { name: 'Add condition' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('dialog', { name: 'Add a condition' }).getByRole('combobox').waitFor()
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

  it('writes the SQL in each of the seven dialects with that dialect’s quoting and placeholders', async () => {
    await page.getByLabel('Preset').selectOption(presetSegments[0]?.id ?? '')
    const dialect = page.getByLabel('Dialect')
    const sql = page.getByTestId('sql')
    const expected: Record<string, RegExp[]> = {
      postgres: [/"users"/, /\$1::/],
      duckdb: [/"users"/, /\$1/],
      sqlite: [/"users"/, /\?/],
      mysql: [/`users`/, /\?/],
      bigquery: [/`users`/, /@p1/],
      snowflake: [/"users"/, /:1\b/],
      clickhouse: [/`users`/, /\{p1:/],
    }
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
    expect(await page.getByLabel('Name').inputValue()).toBe(name)
    await screenshot(page, 'demo-import-error')
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
    await screenshot(page, 'demo-time-travel')
    await page.getByRole('button', { name: 'Dataset now' }).click()
    expect((await engineCheck(page, preset.id, DATASET_NOW)).evaluatorCount).toBe(now.evaluatorCount)
  })

  it('explains why a member is in the segment when it is picked in the table', async () => {
    const table = page.getByRole('table', { name: /members/ })
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
    const add = page.getByRole('dialog', { name: 'Add a condition' })
    await add.getByRole('combobox').fill('Power users')
    await add
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

  it('has no accessibility violations (axe, all rules) in the light theme with every panel filled', async () => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.getByLabel('Entity id').fill('u2')
    await page.getByRole('button', { name: 'Explain' }).click()
    await page.locator('[data-testid="explanation"] strong', { hasText: /^u2$/ }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'demo-light')
  })

  it('has no accessibility violations in the dark theme, and the page raised no errors', async () => {
    await page.getByLabel('Theme').selectOption('dark')
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'demo-dark')
    await page.getByLabel('Theme').selectOption('system')
    expect(pageErrors).toEqual([])
  })
})
