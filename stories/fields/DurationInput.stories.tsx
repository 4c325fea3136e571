/** `<DurationInput>`: an amount and a unit (minutes … years). */
import type { Duration } from '@segkit/core'
import { DurationInput } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { Stateful, withFieldFrame } from './field-frame.tsx'

const meta = {
  title: 'Fields/DurationInput',
  component: DurationInput,
  decorators: [withFieldFrame],
  args: { value: { amount: 30, unit: 'day' }, label: 'Within', onChange: fn() },
  render: (args) => (
    <Stateful<Duration> initial={args.value} onChange={args.onChange}>
      {(value, setValue) => <DurationInput {...args} value={value} onChange={setValue} />}
    </Stateful>
  ),
} satisfies Meta<typeof DurationInput>

export default meta
type Story = StoryObj<typeof meta>

/** Type an amount. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const amount = within(canvasElement).getByRole('spinbutton', { name: 'Within: Amount' })
    await userEvent.clear(amount)
    await userEvent.type(amount, '14')
    await waitFor(() => expect(args.onChange).toHaveBeenLastCalledWith({ amount: 14, unit: 'day' }))
  },
}

/** Invalid. */
export const Invalid: Story = {
  args: { value: { amount: -1, unit: 'week' }, invalid: true },
}

/** Disabled. */
export const Disabled: Story = { args: { disabled: true } }
