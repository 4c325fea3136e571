/**
 * The builder entirely in German: its own strings (`deBuilderMessages` from
 * `@segkit/react/i18n/de`), validation issues (core's `deIssueMessages`, through the
 * messages' `issue`), the description (core's `deMessages.describe`) and a catalog
 * with German labels. The play function fails on any English text left on screen.
 */
import { type Catalog, deMessages, describeSegment, type Segment, validateSegment } from '@segkit/core'
import { defaultMessages, SegmentBuilder } from '@segkit/react'
import { deBuilderMessages } from '@segkit/react/i18n/de'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, screen, userEvent, within } from 'storybook/test'
import { themeFromGlobal } from './builder-story.tsx'
import { englishLeftIn, englishTexts } from './German-check.ts'

/** A small shop catalog with German labels. */
const katalog: Catalog = {
  entities: [
    {
      id: 'user',
      label: 'Kunde',
      pluralLabel: 'Kunden',
      properties: [
        {
          id: 'tarif',
          label: 'Tarif',
          type: 'enum',
          options: [
            { value: 'basis', label: 'Basis' },
            { value: 'pro', label: 'Profi' },
          ],
        },
        { id: 'alter', label: 'Alter', type: 'number' },
        { id: 'stadt', label: 'Stadt', type: 'string' },
      ],
    },
  ],
  events: [
    {
      id: 'kauf',
      label: 'Kauf',
      properties: [{ id: 'betrag', label: 'Betrag', type: 'number', unit: 'EUR' }],
    },
  ],
  lists: [{ id: 'newsletter', label: 'Newsletter-Empfänger', entity: 'user' }],
}

/** Four conditions; the age range ends before it starts, so a validation issue shows. */
const segment: Segment = {
  version: 1,
  id: 'de',
  name: 'Treue Kunden',
  entity: 'user',
  root: {
    id: 'root',
    kind: 'group',
    combinator: 'and',
    children: [
      { id: 'c_tarif', kind: 'property', property: 'tarif', operator: 'eq', value: 'pro' },
      {
        id: 'c_kauf',
        kind: 'event',
        event: 'kauf',
        filters: [{ id: 'f_betrag', property: 'betrag', operator: 'gt', value: 50 }],
        form: {
          type: 'measure',
          measure: { fn: 'count' },
          comparison: 'gte',
          value: 3,
          window: { type: 'last', duration: { amount: 30, unit: 'day' } },
        },
      },
      { id: 'c_newsletter', kind: 'list', list: 'newsletter', operator: 'in' },
      { id: 'c_alter', kind: 'property', property: 'alter', operator: 'between', value: [40, 30] },
    ],
  },
}

function GermanBuilder({ theme }: { theme: unknown }) {
  const [value, setValue] = useState(segment)
  return (
    <div lang="de">
      <SegmentBuilder
        catalog={katalog}
        value={value}
        onChange={setValue}
        messages={deBuilderMessages}
        {...themeFromGlobal(theme)}
      />
      <p data-testid="description">
        {describeSegment(value, katalog, { messages: deMessages.describe, locale: 'de-DE' })}
      </p>
    </div>
  )
}

const meta = {
  title: 'Builder/German',
  render: (_args, context) => <GermanBuilder theme={context.globals.theme} />,
  parameters: {
    docs: {
      description: {
        component:
          'A complete German translation: `messages={deBuilderMessages}` (import it from `@segkit/react/i18n/de`, ' +
          'its own entry, so an English builder does not ship it), core’s `deMessages` for descriptions, ' +
          'explanations and issues, and German labels in the catalog.',
      },
    },
  },
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

/** Builder, validation issue and description in German; no English string of the builder on screen. */
export const German: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('region', { name: 'Segmentregeln' })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Rückgängig' })).toBeDisabled()
    // The description, from core's German words.
    await expect(canvas.getByTestId('description')).toHaveTextContent(
      /^Kunden, deren Tarif Profi ist und die .*„Kauf“-Ereignisse/,
    )
    // The reversed range is an issue, shown in German (core's `deIssueMessages`).
    const issues = validateSegment(segment, katalog)
    await expect(issues.map((i) => i.code)).toContain('between_order')
    const shown = Array.from(canvasElement.querySelectorAll('[data-segkit-part="issue"]'), (li) => li.textContent)
    await expect(shown).toEqual(issues.map((i) => deBuilderMessages.issue(i)))
    await expect(shown.join(' ')).toMatch(/Bereich endet/)
    // The check knows the builder's English texts (a vacuous check would pass anything).
    await expect(englishTexts(defaultMessages, deBuilderMessages).size).toBeGreaterThan(250)
    await expect(englishLeftIn(canvasElement, defaultMessages, deBuilderMessages)).toEqual([])
    // A menu opened from the builder is German too (it renders in a portal).
    await userEvent.click(canvas.getAllByRole('button', { name: 'Nach Art hinzufügen' })[0]!)
    const menu = await screen.findByRole('menu')
    await expect(within(menu).getByRole('menuitem', { name: 'Abfolge' })).toBeVisible()
    await expect(englishLeftIn(menu, defaultMessages, deBuilderMessages)).toEqual([])
    await userEvent.keyboard('{Escape}')
  },
}
