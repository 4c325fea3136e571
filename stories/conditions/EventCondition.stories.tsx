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

/** Any of several events, counted as one: viewed a product or added one to the cart at least 3 times, for $20 or more. */
export const AnyOfSeveralEvents: Story = {
  args: {
    node: {
      id: 'c_browse',
      kind: 'event',
      event: { anyOf: ['viewed_product', 'added_to_cart'] },
      filters: [{ id: 'f_price', property: 'price', operator: 'gte', value: 20 }],
      form: {
        type: 'measure',
        measure: { fn: 'count' },
        comparison: 'gte',
        value: 3,
        window: { type: 'last', duration: { amount: 30, unit: 'day' } },
      },
    },
  },
  play: async ({ canvasElement }) => {
    const row = within(rowOf(canvasElement, 'c_browse'))
    await expect(row.getByRole('button', { name: /Event 1: Viewed Product/ })).toBeVisible()
    await expect(row.getByRole('button', { name: /Event 2: Added to Cart/ })).toBeVisible()
    await expect(row.getByRole('button', { name: /Property: Price/ })).toBeVisible()
    // Removing one event leaves the other on its own.
    await userEvent.click(row.getByRole('button', { name: 'Remove event 1' }))
    await waitFor(() => expect(row.getByRole('button', { name: /Event: Added to Cart/ })).toBeVisible())
  },
}

/** Any event at all in the last 7 days (Amplitude's "Any Event"). */
export const AnyEvent: Story = {
  args: {
    node: {
      id: 'c_active',
      kind: 'event',
      event: { any: true },
      filters: [],
      form: { type: 'performed', window: { type: 'last', duration: { amount: 7, unit: 'day' } } },
    },
  },
  play: async ({ canvasElement }) => {
    const row = within(rowOf(canvasElement, 'c_active'))
    await expect(row.getByRole('button', { name: /Event: Any event/ })).toBeVisible()
    await expect(row.queryByRole('button', { name: 'Or another event' })).toBeNull()
  },
}

/** The n-th time: a second purchase in the last 30 days, within 30 days of the first. */
export const SecondPurchaseWithinThirtyDays: Story = {
  args: {
    node: {
      id: 'c_second',
      kind: 'event',
      event: 'purchased',
      filters: [],
      form: {
        type: 'nth_time',
        n: 2,
        window: { type: 'last', duration: { amount: 30, unit: 'day' } },
        withinOfFirst: { amount: 30, unit: 'day' },
      },
    },
  },
  play: async ({ canvasElement }) => {
    const row = within(rowOf(canvasElement, 'c_second'))
    await expect(row.getByRole('spinbutton', { name: 'Which time' })).toHaveValue('2')
    await expect(row.getByText('nd time ever')).toBeVisible()
    await expect(row.getByText('of the first')).toBeVisible()
  },
}
