/** `<SelectField>`: a styled native `<select>` with the builder's parts and theme (operators, units, forms). */
import { SelectField } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor, within } from 'storybook/test'
import { chooseOption } from '../fixtures.ts'
import { Stateful, withFieldFrame } from './field-frame.tsx'

type Unit = 'day' | 'week' | 'month'

const meta = {
  title: 'Fields/SelectField',
  component: SelectField<Unit>,
  decorators: [withFieldFrame],
  args: {
    options: [
      { value: 'day', label: 'days' },
      { value: 'week', label: 'weeks' },
      { value: 'month', label: 'months' },
    ],
    value: 'day',
    label: 'Unit',
    onChange: fn(),
  },
  render: (args) => (
    <Stateful<Unit> initial={args.value} onChange={args.onChange}>
      {(value, setValue) => <SelectField {...args} value={value} onChange={setValue} />}
    </Stateful>
  ),
} satisfies Meta<typeof SelectField<Unit>>

export default meta
type Story = StoryObj<typeof meta>

/** Choose with the mouse. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    await chooseOption(within(canvasElement).getByRole('combobox', { name: 'Unit' }), 'weeks')
    await waitFor(() => expect(args.onChange).toHaveBeenCalledWith('week'))
  },
}

/** Invalid. */
export const Invalid: Story = { args: { invalid: true } }
