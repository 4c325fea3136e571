/** `<WindowEditor>`: when an event counts — ever, in the last N units, before/after/between dates. */
import type { Window } from '@segkit/core'
import { WindowEditor } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { Stateful, withFieldFrame } from '../fields/field-frame.tsx'

const meta = {
  title: 'Fields/WindowEditor',
  component: WindowEditor,
  decorators: [withFieldFrame],
  args: { value: { type: 'last', duration: { amount: 30, unit: 'day' } }, onChange: fn() },
  argTypes: { onChange: { control: false } },
  render: (args) => (
    <Stateful<Window> initial={args.value} onChange={args.onChange}>
      {(value, setValue) => <WindowEditor {...args} value={value} onChange={setValue} />}
    </Stateful>
  ),
} satisfies Meta<typeof WindowEditor>

export default meta
type Story = StoryObj<typeof meta>

/** In the last 30 days; switch to "ever". */
export const LastDays: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const type = canvas.getByRole('combobox', { name: 'When' })
    const ever = [...type.querySelectorAll('option')].find((o) => o.value === 'ever')
    if (!ever) throw new Error('no "ever" option')
    await userEvent.selectOptions(type, ever)
    await waitFor(() => expect(args.onChange).toHaveBeenCalledWith({ type: 'ever' }))
  },
}

/** Ever. */
export const Ever: Story = { args: { value: { type: 'ever' } } }

/** Between two dates. */
export const Between: Story = {
  args: { value: { type: 'between', from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' } },
}

/** Invalid, and disabled. */
export const InvalidDisabled: Story = { args: { invalid: true, disabled: true } }

/** The last 3 complete months (a calendar window); change it to "this and the last complete" months. */
export const CalendarMonths: Story = {
  args: { value: { type: 'calendar', unit: 'month', complete: 3, current: false } },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('combobox', { name: 'Calendar unit' })).toHaveValue('month')
    const range = canvas.getByRole('combobox', { name: 'Calendar periods' })
    await userEvent.selectOptions(range, 'both')
    await waitFor(() =>
      expect(args.onChange).toHaveBeenCalledWith({ type: 'calendar', unit: 'month', complete: 3, current: true }),
    )
  },
}

/** Today: the current calendar day, no count. */
export const Today: Story = {
  args: { value: { type: 'calendar', unit: 'day', complete: 0, current: true } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.queryByRole('spinbutton', { name: 'Complete periods' })).toBeNull()
    await expect(await canvas.findByRole('combobox', { name: 'Calendar periods' })).toHaveValue('current')
  },
}
