/** `<UndoRedo>`: the history buttons of the toolbar (a hideable `components` part). */
import { UndoRedo } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { withFieldFrame } from '../fields/field-frame.tsx'

const meta = {
  title: 'Parts/UndoRedo',
  component: UndoRedo,
  decorators: [withFieldFrame],
  args: { canUndo: true, canRedo: false, onUndo: fn(), onRedo: fn() },
} satisfies Meta<typeof UndoRedo>

export default meta
type Story = StoryObj<typeof meta>

/** Something to undo, nothing to redo. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('button', { name: 'Redo' })).toBeDisabled()
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }))
    await expect(args.onUndo).toHaveBeenCalled()
  },
}
