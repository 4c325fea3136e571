/** `<PropertyPicker>`: a Picker over properties, listed under their catalog group. */
import { PropertyPicker } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test'
import { userProperties } from '../fixtures.ts'
import { Stateful, withFieldFrame } from './field-frame.tsx'

const meta = {
  title: 'Fields/PropertyPicker',
  component: PropertyPicker,
  decorators: [withFieldFrame],
  args: { properties: userProperties, value: 'plan', onChange: fn() },
  render: (args) => (
    <Stateful initial={args.value} onChange={(id) => id && args.onChange(userProperties.find((p) => p.id === id)!)}>
      {(value, setValue) => <PropertyPicker {...args} value={value} onChange={(p) => setValue(p.id)} />}
    </Stateful>
  ),
} satisfies Meta<typeof PropertyPicker>

export default meta
type Story = StoryObj<typeof meta>

/** The user properties grouped under Profile, Billing, Consent, Activity. */
export const Grouped: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Property: Plan' }))
    const listbox = await screen.findByRole('listbox', { name: 'Property' })
    await expect(within(listbox).getByRole('group', { name: 'Billing' })).toBeVisible()
    await userEvent.click(within(listbox).getByRole('option', { name: /Lifetime value/ }))
    await waitFor(() => expect(args.onChange).toHaveBeenCalledWith(expect.objectContaining({ id: 'ltv' })))
  },
}

/** A property the catalog does not have. */
export const Unknown: Story = {
  args: { value: 'shoe_size', invalid: true },
}
