/** The event row: event picker, filters on event properties, form (performed, measured, stopped…) and window. */
import { EventConditionEditor } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { renderCondition } from '../builder-story.tsx'
import { conditions, expectReadOnlyRow, rowOf } from '../fixtures.ts'

const meta = {
  title: 'Conditions/EventCondition',
  component: EventConditionEditor,
  render: renderCondition,
  args: { node: conditions.event, entity: 'user', readOnly: false, issues: [], onChange: fn() },
  argTypes: { node: { control: 'object' }, issues: { control: false } },
} satisfies Meta<typeof EventConditionEditor>

export default meta
type Story = StoryObj<typeof meta>

/** Purchased at least twice for more than $50 in the last 30 days. */
export const MeasuredWithFilter: Story = {
  play: async ({ canvasElement }) => {
    const row = within(rowOf(canvasElement, 'c_purchased'))
    await expect(row.getByRole('button', { name: /Event: Purchased/ })).toBeVisible()
    await expect(row.getByRole('button', { name: /Property: Amount/ })).toBeVisible()
  },
}

/** Add a filter on an event property, then remove it. */
export const AddAndRemoveFilter: Story = {
  play: async ({ canvasElement }) => {
    const row = rowOf(canvasElement, 'c_purchased')
    await userEvent.click(within(row).getByRole('button', { name: 'Add filter' }))
    await waitFor(() => expect(within(row).getByRole('button', { name: 'Remove filter 2' })).toBeVisible())
    await userEvent.click(within(row).getByRole('button', { name: 'Remove filter 2' }))
    await waitFor(() => expect(within(row).queryByRole('button', { name: 'Remove filter 2' })).toBeNull())
  },
}

/** "Stopped performing": opened the app in the earlier period but not in the last 14 days. */
export const Stopped: Story = {
  args: {
    node: {
      id: 'c_stopped',
      kind: 'event',
      event: 'opened_app',
      filters: [],
      form: { type: 'stopped', recent: { amount: 14, unit: 'day' }, baseline: { amount: 30, unit: 'day' } },
    },
  },
}

/** "Regularly": in at least 3 of the last 4 weekly periods. */
export const Regularly: Story = {
  args: {
    node: {
      id: 'c_regular',
      kind: 'event',
      event: 'opened_app',
      filters: [],
      form: { type: 'regularly', period: { amount: 1, unit: 'week' }, periods: 4, minPeriods: 3 },
    },
  },
}

/** "Regularly" with a count per period: at least 3 times a week in 4 of the last 6 weeks. */
export const RegularlyThreeTimesAWeek: Story = {
  args: {
    node: {
      id: 'c_habit',
      kind: 'event',
      event: 'opened_app',
      filters: [],
      form: { type: 'regularly', period: { amount: 1, unit: 'week' }, periods: 6, minPeriods: 4, minPerPeriod: 3 },
    },
  },
}

/** Did not perform, between two dates. */
export const NotPerformedBetweenDates: Story = {
  args: {
    node: {
      id: 'c_no_ticket',
      kind: 'event',
      event: 'sent_ticket',
      filters: [],
      form: {
        type: 'not_performed',
        window: { type: 'between', from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' },
      },
    },
  },
}

/** Read-only. */
export const ReadOnly: Story = {
  args: { readOnly: true },
  play: async ({ canvasElement }) => {
    expectReadOnlyRow(rowOf(canvasElement, 'c_purchased'), /Purchased/)
  },
}
