/** `<CombinatorToggle>`: the AND / OR switch of a group (a `components` part). */
import type { Combinator } from '@segkit/core'
import { CombinatorToggle } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { Stateful, withFieldFrame } from '../fields/field-frame.tsx'

const meta = {
  title: 'Parts/CombinatorToggle',
  component: CombinatorToggle,
  decorators: [withFieldFrame],
  args: { value: 'and', disabled: false, onChange: fn() },
  render: (args) => (
    <Stateful<Combinator> initial={args.value} onChange={args.onChange}>
      {(value, setValue) => <CombinatorToggle {...args} value={value} onChange={setValue} />}
    </Stateful>
  ),
} satisfies Meta<typeof CombinatorToggle>

export default meta
type Story = StoryObj<typeof meta>

/** Switch from AND to OR. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('radio', { name: 'OR' }))
    await expect(args.onChange).toHaveBeenCalledWith('or')
    await expect(within(canvasElement).getByRole('radio', { name: 'OR' })).toBeChecked()
  },
}

/** Arrow keys move focus and selection together (native radios; the e2e host-page test does it with real keys). */
export const Keyboard: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    canvas.getByRole('radio', { name: 'AND' }).focus()
    await userEvent.keyboard('{ArrowRight}')
    await expect(canvas.getByRole('radio', { name: 'OR' })).toHaveFocus()
    await expect(canvas.getByRole('radio', { name: 'OR' })).toBeChecked()
    await expect(args.onChange).toHaveBeenLastCalledWith('or')
  },
}

/** Disabled (read-only builder, locked group). */
export const Disabled: Story = { args: { disabled: true } }
