/** `<EventPicker>`: picks an event of an entity type, searchable and grouped by the catalog's `group`. */
import { type EventDef, indexCatalog } from '@segkit/core'
import { EventPicker } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test'
import { Stateful, withFieldFrame } from '../fields/field-frame.tsx'
import { catalog } from '../fixtures.ts'

const meta = {
  title: 'Fields/EventPicker',
  component: EventPicker,
  decorators: [withFieldFrame],
  args: { entity: 'user', value: 'purchased', onChange: fn() },
  argTypes: { onChange: { control: false } },
  render: (args) => (
    <Stateful<string>
      initial={args.value}
      onChange={(id) => args.onChange(indexCatalog(catalog).event(id) as EventDef)}
    >
      {(value, setValue) => <EventPicker {...args} value={value} onChange={(event) => setValue(event.id)} />}
    </Stateful>
  ),
} satisfies Meta<typeof EventPicker>

export default meta
type Story = StoryObj<typeof meta>

/** Search "cart", Enter: onChange receives the event's definition. */
export const Pick: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Event: Purchased' }))
    const search = await screen.findByRole('combobox', { name: 'Search' })
    await expect(document.getElementById(search.getAttribute('aria-activedescendant') ?? '')).toHaveTextContent(
      'Purchased',
    )
    await userEvent.type(search, 'cart')
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(args.onChange).toHaveBeenCalledWith(expect.objectContaining({ id: 'added_to_cart' })))
    await expect(within(canvasElement).getByRole('button', { name: 'Event: Added to Cart' })).toHaveFocus()
  },
}

/** No event chosen yet. */
export const Empty: Story = { args: { value: '' } }

/** An event the catalog no longer knows, marked invalid. */
export const UnknownEvent: Story = { args: { value: 'gone_event', invalid: true } }

/** The events of accounts. */
export const AccountEvents: Story = { args: { entity: 'account', value: '' } }

/** Disabled. */
export const Disabled: Story = { args: { disabled: true } }
