/** `<CollapseToggle>`: collapses a nested group behind a summary (a hideable `components` part). */
import { CollapseToggle } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { Stateful, withFieldFrame } from '../fields/field-frame.tsx'

const meta = {
  title: 'Parts/CollapseToggle',
  component: CollapseToggle,
  decorators: [withFieldFrame],
  args: { collapsed: false, onChange: fn() },
  render: (args) => (
    <Stateful<boolean> initial={args.collapsed} onChange={args.onChange}>
      {(collapsed, setCollapsed) => <CollapseToggle collapsed={collapsed} onChange={setCollapsed} />}
    </Stateful>
  ),
} satisfies Meta<typeof CollapseToggle>

export default meta
type Story = StoryObj<typeof meta>

/** Collapse, then expand. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Collapse group' }))
    await expect(args.onChange).toHaveBeenCalledWith(true)
    await expect(within(canvasElement).getByRole('button', { name: 'Expand group' })).toBeVisible()
  },
}
