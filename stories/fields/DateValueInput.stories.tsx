/** `<DateValueInput>`: a date, absolute (UTC) or relative to the evaluation time (ago / from now). */
import type { DateValue } from '@segkit/core'
import { DateValueInput } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, within } from 'storybook/test'
import { Stateful, withFieldFrame } from './field-frame.tsx'

const meta = {
  title: 'Fields/DateValueInput',
  component: DateValueInput,
  decorators: [withFieldFrame],
  args: { value: { type: 'absolute', value: '2026-11-27T00:00:00.000Z' }, label: 'Signed up', onChange: fn() },
  render: (args) => (
    <Stateful<DateValue> initial={args.value} onChange={args.onChange}>
      {(value, setValue) => <DateValueInput {...args} value={value} onChange={setValue} />}
    </Stateful>
  ),
} satisfies Meta<typeof DateValueInput>

export default meta
type Story = StoryObj<typeof meta>

/** On a date (UTC). */
export const Absolute: Story = {
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('input[type="datetime-local"]')).toHaveValue('2026-11-27T00:00')
  },
}

/** Seven days ago. */
export const Ago: Story = {
  args: { value: { type: 'ago', duration: { amount: 7, unit: 'day' } } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('spinbutton')).toHaveValue('7')
  },
}

/** Disabled. */
export const Disabled: Story = { args: { disabled: true } }
