/** `<EventFilters>`: filters on an event's properties ("where amount > 50"), each a predicate editor. */
import { type EventDef, type EventFilter, indexCatalog } from '@segkit/core'
import { EventFilters } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { Stateful, withFieldFrame } from '../fields/field-frame.tsx'
import { catalog } from '../fixtures.ts'

const purchased = indexCatalog(catalog).event('purchased') as EventDef

const meta = {
  title: 'Fields/EventFilters',
  component: EventFilters,
  decorators: [withFieldFrame],
  args: {
    event: purchased,
    eventId: 'purchased',
    filters: [{ id: 'f_amount', property: 'amount', operator: 'gt', value: 50 }],
    readOnly: false,
    issues: [],
    onChange: fn(),
  },
  argTypes: { onChange: { control: false }, event: { control: false } },
  render: (args) => (
    <Stateful<EventFilter[]> initial={[...args.filters]} onChange={args.onChange}>
      {(filters, setFilters) => <EventFilters {...args} filters={filters} onChange={setFilters} />}
    </Stateful>
  ),
} satisfies Meta<typeof EventFilters>

export default meta
type Story = StoryObj<typeof meta>

/** One filter; add another. */
export const OneFilter: Story = {
  play: async ({ canvasElement, args }) => {
    const add = within(canvasElement)
      .getAllByRole('button', { name: /filter/i })
      .at(-1)
    if (!add) throw new Error('no add-filter button')
    await userEvent.click(add)
    await waitFor(() =>
      expect(args.onChange).toHaveBeenCalledWith(expect.arrayContaining([expect.anything(), expect.anything()])),
    )
  },
}

/** No filter yet. */
export const NoFilters: Story = { args: { filters: [] } }

/** Read-only. */
export const ReadOnly: Story = { args: { readOnly: true } }
