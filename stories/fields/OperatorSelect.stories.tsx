/** `<OperatorSelect>`: the operators core offers for a property's type, narrowed by `allowedOperators`. */
import type { Operator } from '@segkit/core'
import { OperatorSelect } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor, within } from 'storybook/test'
import { chooseOption, userProperty } from '../fixtures.ts'
import { Stateful, withFieldFrame } from './field-frame.tsx'

const meta = {
  title: 'Fields/OperatorSelect',
  component: OperatorSelect,
  decorators: [withFieldFrame],
  args: { property: userProperty('age'), value: 'gte', onChange: fn() },
  render: (args) => (
    <Stateful<Operator> initial={args.value} onChange={args.onChange}>
      {(value, setValue) => <OperatorSelect {...args} value={value} onChange={setValue} />}
    </Stateful>
  ),
} satisfies Meta<typeof OperatorSelect>

export default meta
type Story = StoryObj<typeof meta>

/** A number property: comparisons, between, set / not set. */
export const NumberOperators: Story = {
  play: async ({ canvasElement, args }) => {
    await chooseOption(within(canvasElement).getByRole('combobox', { name: 'Operator' }), 'between')
    await waitFor(() => expect(args.onChange).toHaveBeenCalledWith('between'))
  },
}

/** A string property. */
export const StringOperators: Story = { args: { property: userProperty('email'), value: 'contains' } }

/** A datetime property. */
export const DatetimeOperators: Story = { args: { property: userProperty('last_seen_at'), value: 'within_last' } }

/** Disabled. */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('combobox', { name: 'Operator' })).toBeDisabled()
  },
}
