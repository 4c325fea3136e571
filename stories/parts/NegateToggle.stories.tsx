/** `<NegateToggle>`: the NOT toggle of a group (a hideable `components` part). */
import { NegateToggle } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { Stateful, withFieldFrame } from '../fields/field-frame.tsx'

const meta = {
  title: 'Parts/NegateToggle',
  component: NegateToggle,
  decorators: [withFieldFrame],
  args: { pressed: false, disabled: false, onChange: fn() },
  render: (args) => (
    <Stateful<boolean> initial={args.pressed} onChange={args.onChange}>
      {(pressed, setPressed) => <NegateToggle {...args} pressed={pressed} onChange={setPressed} />}
    </Stateful>
  ),
} satisfies Meta<typeof NegateToggle>

export default meta
type Story = StoryObj<typeof meta>

/** Press NOT: its accessible name holds the visible word. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const toggle = within(canvasElement).getByRole('button', { name: 'NOT: negate this group' })
    await userEvent.click(toggle)
    await expect(args.onChange).toHaveBeenCalledWith(true)
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  },
}

/** Pressed. */
export const Pressed: Story = { args: { pressed: true } }
