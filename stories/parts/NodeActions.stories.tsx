/** `<NodeActions>`: the "More actions" menu of a row (a hideable `components` part). */
import { NodeActions } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, screen, userEvent, within } from 'storybook/test'
import { withFieldFrame } from '../fields/field-frame.tsx'

const meta = {
  title: 'Parts/NodeActions',
  component: NodeActions,
  decorators: [withFieldFrame],
  args: {
    kind: 'property',
    disabled: false,
    locked: false,
    readOnly: false,
    onRemove: fn(),
    onDuplicate: fn(),
    onSetDisabled: fn(),
    onSetLocked: fn(),
    onWrapInGroup: fn(),
  },
} satisfies Meta<typeof NodeActions>

export default meta
type Story = StoryObj<typeof meta>

/** Duplicate, wrap, disable, lock, remove: choose Lock. */
export const Condition: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'More actions' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Lock' }))
    await expect(args.onSetLocked).toHaveBeenCalledWith(true)
  },
}

/** A node in the middle of its group can move one place up or down (the keyboard and no-drag way to reorder). */
export const MoveUpOrDown: Story = {
  args: { onMoveUp: fn(), onMoveDown: fn() },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'More actions' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Move up' }))
    await expect(args.onMoveUp).toHaveBeenCalledTimes(1)
    await expect(args.onMoveDown).not.toHaveBeenCalled()
  },
}

/** The first node of its group: Move up is there but disabled. */
export const FirstInGroup: Story = {
  args: { onMoveDown: fn() },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'More actions' }))
    await expect(await screen.findByRole('menuitem', { name: 'Move up' })).toHaveAttribute('aria-disabled', 'true')
  },
}

/** A group also offers Ungroup. */
export const Group: Story = { args: { kind: 'group', onUngroup: fn() } }
