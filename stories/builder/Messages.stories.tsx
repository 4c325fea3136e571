/**
 * Another language through `messages`: a full French translation of the
 * strings this segment shows (group, rows, fields, menus, drag and drop).
 */
import { SegmentBuilder } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, screen, userEvent, within } from 'storybook/test'
import { renderBuilder } from '../builder-story.tsx'
import { catalog, conditions, footerOf, groupOf, headerOf, segmentOf } from '../fixtures.ts'
import { french } from './french-messages.ts'

const meta = {
  title: 'Builder/Messages',
  component: SegmentBuilder,
  render: renderBuilder,
  args: {
    catalog,
    messages: french,
    defaultValue: segmentOf([conditions.property, conditions.list, conditions.tag], 'Clients premium'),
  },
  argTypes: { catalog: { control: false }, defaultValue: { control: false }, messages: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'Every user-facing string comes from `messages` (a partial object merged over English defaults; ' +
          'parametric strings are functions). Catalog labels (property and event names) come from your catalog.',
      },
    },
  },
} satisfies Meta<typeof SegmentBuilder>

export default meta
type Story = StoryObj<typeof meta>

/** The builder in French: group controls, menus, operators and fields. */
export const French: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('region', { name: 'Règles du segment' })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Annuler' })).toBeDisabled()
    const header = headerOf(groupOf(canvasElement, 'root'))
    await expect(within(header).getByRole('radio', { name: 'OU' })).toBeVisible()
    await userEvent.click(
      within(footerOf(groupOf(canvasElement, 'root'))).getByRole('button', { name: 'Ajouter par type' }),
    )
    await expect(await screen.findByRole('menuitem', { name: 'Étiquette' })).toBeVisible()
    await userEvent.keyboard('{Escape}')
  },
}
