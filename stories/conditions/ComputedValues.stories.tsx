/**
 * Computed properties that take values of an event property — the favourite (most frequent)
 * category, the last viewed product, the unique list of viewed categories — used like plain
 * properties: picked from the property picker, with the operators of their type.
 */
import { PropertyConditionEditor } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test'
import { renderCondition } from '../builder-story.tsx'
import { rowOf } from '../fixtures.ts'

const meta = {
  title: 'Conditions/ComputedValues',
  component: PropertyConditionEditor,
  render: renderCondition,
  args: {
    node: { id: 'c_fav', kind: 'property', property: 'favorite_category', operator: 'eq', value: 'Shoes' },
    entity: 'user',
    readOnly: false,
    issues: [],
    onChange: fn(),
  },
  argTypes: { node: { control: 'object' }, issues: { control: false } },
} satisfies Meta<typeof PropertyConditionEditor>

export default meta
type Story = StoryObj<typeof meta>

/** The most frequent category compared as text. */
export const FavouriteCategory: Story = {
  play: async ({ canvasElement }) => {
    const row = within(rowOf(canvasElement, 'c_fav'))
    await expect(row.getByRole('button', { name: 'Property: Favourite category' })).toBeVisible()
  },
}

/** The unique list of viewed categories takes the list operators ("has any of"). */
export const ViewedCategoriesList: Story = {
  args: {
    node: { id: 'c_list', kind: 'property', property: 'viewed_categories', operator: 'has_any', value: ['Shoes'] },
  },
  play: async ({ canvasElement }) => {
    const row = within(rowOf(canvasElement, 'c_list'))
    await expect(row.getByRole('button', { name: 'Property: Viewed categories' })).toBeVisible()
  },
}

/** Both are offered by the property picker next to the stored properties. */
export const PickedFromThePicker: Story = {
  play: async ({ canvasElement }) => {
    const row = rowOf(canvasElement, 'c_fav')
    await userEvent.click(within(row).getByRole('button', { name: 'Property: Favourite category' }))
    await userEvent.click(await screen.findByRole('option', { name: /Viewed categories/ }))
    await waitFor(() => expect(within(row).getByRole('button', { name: 'Property: Viewed categories' })).toBeVisible())
  },
}
