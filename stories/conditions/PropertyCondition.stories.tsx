/** The property row: property picker, operator, value editor by type, and an optional past value ("as it was"). */
import { PropertyConditionEditor } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test'
import { renderCondition } from '../builder-story.tsx'
import { conditions, readOnlySentenceOf, rowOf } from '../fixtures.ts'

const meta = {
  title: 'Conditions/PropertyCondition',
  component: PropertyConditionEditor,
  render: renderCondition,
  args: { node: conditions.property, entity: 'user', readOnly: false, issues: [], onChange: fn() },
  argTypes: { node: { control: 'object' }, issues: { control: false } },
} satisfies Meta<typeof PropertyConditionEditor>

export default meta
type Story = StoryObj<typeof meta>

/** An enum property with "is one of". */
export const EnumInList: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(rowOf(canvasElement, 'c_plan')).getByRole('button', { name: 'Property: Plan' })).toBeVisible()
  },
}

/** Pick another property with the searchable picker: the operator and value follow its type. */
export const PickAnotherProperty: Story = {
  play: async ({ canvasElement }) => {
    const row = rowOf(canvasElement, 'c_plan')
    await userEvent.click(within(row).getByRole('button', { name: 'Property: Plan' }))
    await userEvent.type(await screen.findByRole('combobox', { name: 'Search' }), 'Age')
    await userEvent.click(within(await screen.findByRole('listbox')).getByRole('option', { name: /Age/ }))
    await waitFor(() => expect(within(row).getByRole('button', { name: 'Property: Age' })).toBeVisible())
  },
}

/** A number compared with the value it had 30 days ago (time travel). */
export const AsItWas: Story = {
  args: {
    node: {
      id: 'c_ltv',
      kind: 'property',
      property: 'ltv',
      operator: 'gte',
      value: 800,
      at: { type: 'ago', duration: { amount: 30, unit: 'day' } },
    },
  },
}

/** A string "contains" with the ignore-case switch. */
export const StringIgnoreCase: Story = {
  args: {
    node: {
      id: 'c_email',
      kind: 'property',
      property: 'email',
      operator: 'ends_with',
      value: '@acme.com',
      ignoreCase: true,
    },
  },
  play: async ({ canvasElement }) => {
    await expect(within(rowOf(canvasElement, 'c_email')).getByRole('checkbox', { name: 'Ignore case' })).toBeChecked()
  },
}

/** Read-only: every field shows its value and none can be changed. */
export const ReadOnly: Story = {
  args: { readOnly: true },
  play: async ({ canvasElement }) => {
    await expect(await readOnlySentenceOf(canvasElement, 'c_plan')).toHaveTextContent(/Plan.*Pro.*Enterprise/)
  },
}
