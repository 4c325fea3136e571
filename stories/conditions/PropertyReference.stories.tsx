/** A property compared with another property of the same user: "Last seen is before Signed up at plus 7 days". */
import { PropertyConditionEditor } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test'
import { renderCondition } from '../builder-story.tsx'
import { rowOf } from '../fixtures.ts'

const meta = {
  title: 'Conditions/PropertyReference',
  component: PropertyConditionEditor,
  render: renderCondition,
  args: {
    node: {
      id: 'c_seen',
      kind: 'property',
      property: 'last_seen_at',
      operator: 'before',
      value: { type: 'property', property: 'created_at', offset: { amount: 7, unit: 'day' } },
    },
    entity: 'user',
    readOnly: false,
    issues: [],
    onChange: fn(),
  },
  argTypes: { node: { control: 'object' }, issues: { control: false } },
} satisfies Meta<typeof PropertyConditionEditor>

export default meta
type Story = StoryObj<typeof meta>

/** Last seen before signed up plus 7 days: the other property, a signed offset, and a way back to a value. */
export const DatetimeWithOffset: Story = {
  play: async ({ canvasElement }) => {
    const row = within(rowOf(canvasElement, 'c_seen'))
    await expect(row.getByRole('combobox', { name: 'Offset' })).toHaveValue('plus')
    await expect(row.getByRole('spinbutton', { name: 'Offset: Amount' })).toHaveValue('7')
    await expect(row.getByRole('button', { name: 'Compare with a value' })).toBeVisible()
  },
}

/** A number compared with a value becomes one compared with another number property. */
export const SwitchToAProperty: Story = {
  args: { node: { id: 'c_age', kind: 'property', property: 'age', operator: 'gt', value: 30 } },
  play: async ({ canvasElement }) => {
    const row = rowOf(canvasElement, 'c_age')
    await userEvent.click(within(row).getByRole('button', { name: 'Compare with a property' }))
    await waitFor(() => expect(within(row).getByRole('button', { name: 'Compare with a value' })).toBeVisible())
    const reference = row.querySelector<HTMLElement>('[data-segkit-part="reference"]')!
    await userEvent.click(within(reference).getByRole('button'))
    await userEvent.click(await screen.findByRole('option', { name: /Lifetime value/ }))
    await waitFor(() => expect(reference).toHaveTextContent('Lifetime value'))
  },
}

/** Text compared with another text property, ignoring case. */
export const TextIgnoringCase: Story = {
  args: {
    node: {
      id: 'c_name',
      kind: 'property',
      property: 'name',
      operator: 'neq',
      value: { type: 'property', property: 'email' },
      ignoreCase: true,
    },
  },
  play: async ({ canvasElement }) => {
    await expect(within(rowOf(canvasElement, 'c_name')).getByRole('checkbox', { name: 'Ignore case' })).toBeChecked()
  },
}

/** An incompatible other property is reported where it is picked. */
export const IncompatibleType: Story = {
  args: {
    node: {
      id: 'c_bad',
      kind: 'property',
      property: 'age',
      operator: 'gt',
      value: { type: 'property', property: 'created_at' },
    },
    issues: [
      {
        path: ['root', 'children', 0, 'value', 'property'],
        field: ['value', 'property'],
        nodeId: 'c_bad',
        code: 'reference_type_mismatch',
        message: 'Age (number) cannot be compared with Signed up at (datetime)',
        severity: 'error',
      },
    ],
  },
  play: async ({ canvasElement }) => {
    await expect(within(rowOf(canvasElement, 'c_bad')).getByText(/cannot be compared with/)).toBeVisible()
  },
}
