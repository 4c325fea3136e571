/** `<AddMenu>`: a group's menu of condition kinds and "Add group" (a `components` part). */
import { AddMenu } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, screen, userEvent, within } from 'storybook/test'
import { withFieldFrame } from '../fields/field-frame.tsx'

const meta = {
  title: 'Parts/AddMenu',
  component: AddMenu,
  decorators: [withFieldFrame],
  args: {
    kinds: ['property', 'event', 'sequence', 'list', 'tag', 'segment', 'related'],
    canAddGroup: true,
    disabled: false,
    onAddCondition: fn(),
    onAddGroup: fn(),
  },
} satisfies Meta<typeof AddMenu>

export default meta
type Story = StoryObj<typeof meta>

/** Every kind: choose one. */
export const FullMode: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: /Add condition/ }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Event' }))
    await expect(args.onAddCondition).toHaveBeenCalledWith('event')
  },
}

/** Simple mode: property, list and tag. */
export const SimpleMode: Story = { args: { kinds: ['property', 'list', 'tag'] } }

/** At the deepest level allowed: no "Add group". */
export const AtMaxDepth: Story = { args: { canAddGroup: false } }

/** Nothing allowed here. */
export const NothingToAdd: Story = { args: { kinds: [], canAddGroup: false } }
