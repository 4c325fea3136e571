/** `<DragHandle>`: the grip of a row; spread `handleProps` (dnd-kit attributes and listeners) on it. */
import { DragHandle } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { withFieldFrame } from '../fields/field-frame.tsx'

const meta = {
  title: 'Parts/DragHandle',
  component: DragHandle,
  decorators: [withFieldFrame],
  args: { handleProps: {}, setActivatorRef: () => {}, disabled: false },
  argTypes: { handleProps: { control: false }, setActivatorRef: { control: false } },
} satisfies Meta<typeof DragHandle>

export default meta
type Story = StoryObj<typeof meta>

/** Enabled: focusable, named "Drag to move". In a builder, Space picks the row up. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Drag to move' })).toBeEnabled()
  },
}

/** Disabled (a locked row). */
export const Disabled: Story = { args: { disabled: true } }
