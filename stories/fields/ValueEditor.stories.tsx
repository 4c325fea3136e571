/** `<ValueEditor>`: the value input that fits a property's type and operator. */
import type { PredicateValue } from '@segkit/core'
import { ValueEditor } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { userProperty } from '../fixtures.ts'
import { Stateful, withFieldFrame } from './field-frame.tsx'

const meta = {
  title: 'Fields/ValueEditor',
  component: ValueEditor,
  decorators: [withFieldFrame],
  args: { property: userProperty('name'), operator: 'eq', value: 'Ada', onChange: fn() },
  render: (args) => (
    <Stateful<PredicateValue | undefined> initial={args.value} onChange={args.onChange}>
      {(value, setValue) => <ValueEditor {...args} value={value} onChange={setValue} />}
    </Stateful>
  ),
} satisfies Meta<typeof ValueEditor>

export default meta
type Story = StoryObj<typeof meta>

/** Text. */
export const Text: Story = {
  play: async ({ canvasElement, args }) => {
    const input = within(canvasElement).getByRole('textbox')
    await userEvent.clear(input)
    await userEvent.type(input, 'Grace')
    await waitFor(() => expect(args.onChange).toHaveBeenLastCalledWith('Grace'))
  },
}

/** A number with its unit. */
export const NumberValue: Story = {
  args: { property: userProperty('ltv'), operator: 'gte', value: 800 },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('spinbutton')).toHaveValue('800')
  },
}

/** Between two numbers. */
export const Between: Story = {
  args: { property: userProperty('age'), operator: 'between', value: [18, 65] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('spinbutton')).toHaveLength(2)
  },
}

/** Several enum options ("is one of"). */
export const EnumMultiple: Story = {
  args: { property: userProperty('plan'), operator: 'in', value: ['pro', 'enterprise'] },
}

/** Several typed values of a string list ("has any of"). */
export const StringListAny: Story = {
  args: { property: userProperty('interests'), operator: 'has_any', value: ['running', 'chess'] },
}

/** A relative date ("within the last 7 days"). */
export const WithinLast: Story = {
  args: { property: userProperty('last_seen_at'), operator: 'within_last', value: { amount: 7, unit: 'day' } },
}

/** A date, absolute or relative. */
export const DateBefore: Story = {
  args: {
    property: userProperty('created_at'),
    operator: 'before',
    value: { type: 'absolute', value: '2026-01-01T00:00:00.000Z' },
  },
}

/** Operators without a value (is true, is set) show nothing. */
export const NoValue: Story = {
  args: { property: userProperty('marketing_consent'), operator: 'is_true', value: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('textbox')).toBeNull()
  },
}

/** Invalid (for instance a lower bound above the upper one). */
export const Invalid: Story = {
  args: { property: userProperty('age'), operator: 'between', value: [65, 18], invalid: true },
}
