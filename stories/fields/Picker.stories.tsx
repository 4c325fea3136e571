/** `<Picker>`: a searchable popover list (single or multiple choice), grouped under headings. */
import { Picker, type PickerOption, type PickerProps } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test'
import { Stateful, withFieldFrame } from './field-frame.tsx'

const fruits: PickerOption[] = [
  { value: 'apple', label: 'Apple', group: 'Orchard' },
  { value: 'pear', label: 'Pear', group: 'Orchard' },
  { value: 'cherry', label: 'Cherry', group: 'Orchard', description: 'Sweet or sour' },
  { value: 'banana', label: 'Banana', group: 'Tropical' },
  { value: 'mango', label: 'Mango', group: 'Tropical' },
]

const meta = {
  title: 'Fields/Picker',
  component: Picker,
  decorators: [withFieldFrame],
  args: { options: fruits, label: 'Fruit', placeholder: 'Choose a fruit', value: undefined, onChange: fn() },
  render: (args) => (
    <Stateful<PickerProps['value']> initial={args.value} onChange={args.onChange as (value: unknown) => void}>
      {(value, setValue) => <Picker {...({ ...args, value, onChange: setValue } as PickerProps)} />}
    </Stateful>
  ),
} satisfies Meta<typeof Picker>

export default meta
type Story = StoryObj<typeof meta>

/** Search, then pick with the keyboard. */
export const Single: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Fruit: Choose a fruit' }))
    await userEvent.type(await screen.findByRole('combobox', { name: 'Search' }), 'man')
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(args.onChange).toHaveBeenCalledWith('mango'))
    await expect(within(canvasElement).getByRole('button', { name: 'Fruit: Mango' })).toBeVisible()
  },
}

/** Several values at once. */
export const Multiple: Story = {
  args: { multiple: true, value: ['apple', 'banana'] },
}

/** Nothing matches the search. */
export const NoResults: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Fruit: Choose a fruit' }))
    await userEvent.type(await screen.findByRole('combobox', { name: 'Search' }), 'kiwi')
    await expect(await screen.findByText('Nothing matches')).toBeVisible()
    await userEvent.keyboard('{Escape}')
  },
}

/** A value no option has, marked invalid. */
export const UnknownValue: Story = {
  args: { value: 'durian', invalid: true, unknownLabel: (v: string) => `Unknown “${v}”` },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Fruit: Unknown “durian”' })).toHaveAttribute(
      'aria-invalid',
      'true',
    )
  },
}

/** Disabled. */
export const Disabled: Story = {
  args: { value: 'pear', disabled: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Fruit: Pear' })).toBeDisabled()
  },
}

/**
 * In a host's clipped box (`overflow: hidden`, barely taller than the trigger): the popover opens
 * in the top layer, right under its trigger, and its options stay reachable.
 */
export const InClippedContainer: Story = {
  decorators: [
    (Story) => (
      <div data-testid="clipped-host" style={{ overflow: 'hidden', height: 44, border: '1px dashed #b8bfc9' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement, args }) => {
    // The first opening swaps the closed picker's plain button for the popover's trigger: query it again after.
    const trigger = () => within(canvasElement).getByRole('button', { name: /^Fruit: / })
    await userEvent.click(trigger())
    const popover = await screen.findByRole('dialog', { name: 'Fruit' })
    await expect(popover.matches(':popover-open')).toBe(true)
    await expect(popover).toHaveAttribute('data-side', 'bottom')
    await expect(Math.round(popover.getBoundingClientRect().top)).toBe(
      Math.round(trigger().getBoundingClientRect().bottom + 4),
    )
    const mango = within(popover).getByRole('option', { name: 'Mango' })
    const box = mango.getBoundingClientRect()
    await expect(box.top).toBeGreaterThan(
      within(canvasElement).getByTestId('clipped-host').getBoundingClientRect().bottom,
    )
    await expect(mango).toBeVisible()
    await userEvent.click(mango)
    await waitFor(() => expect(args.onChange).toHaveBeenCalledWith('mango'))
    await expect(trigger()).toHaveFocus()
  },
}

const manyOptions: PickerOption[] = Array.from({ length: 5_000 }, (_, i) => ({
  value: `p${i}`,
  label: `Property ${i + 1}`,
  group: `Group ${Math.floor(i / 500) + 1}`,
  ...(i % 7 === 0 ? { description: `Described ${i + 1}` } : {}),
}))

/** 5,000 options under 10 headings: only the rows in view are mounted; End, PageUp and a search keep the active row in view. */
export const FiveThousandOptions: Story = {
  args: { options: manyOptions, label: 'Property', value: 'p2500' },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Property: Property 2501' }))
    const listbox = await screen.findByRole('listbox', { name: 'Property' })
    const input = screen.getByRole('combobox', { name: 'Search' })
    await expect(listbox).toHaveAttribute('data-virtual')
    await expect(within(listbox).getAllByRole('option').length).toBeLessThan(60)
    /** The active option is mounted, and lies inside the visible part of the listbox. */
    const activeInView = () => {
      const id = input.getAttribute('aria-activedescendant')
      const option = id ? document.getElementById(id) : null
      if (!option) return false
      const box = listbox.getBoundingClientRect()
      const row = option.getBoundingClientRect()
      return row.top >= box.top - 1 && row.bottom <= box.bottom + 1
    }
    // Opened on the current value.
    await waitFor(() => expect(activeInView(), 'opened on the current value').toBe(true))
    await expect(document.getElementById(input.getAttribute('aria-activedescendant') ?? '')).toHaveTextContent(
      'Property 2501',
    )
    await userEvent.keyboard('{End}')
    await waitFor(() => expect(activeInView(), 'after End').toBe(true))
    await expect(document.getElementById(input.getAttribute('aria-activedescendant') ?? '')).toHaveAttribute(
      'aria-posinset',
      '5000',
    )
    await userEvent.keyboard('{PageUp}{PageUp}')
    await waitFor(() => expect(activeInView(), 'after PageUp').toBe(true))
    await userEvent.type(input, '4321')
    await waitFor(() => expect(within(listbox).getByRole('option', { name: 'Property 4321' })).toBeVisible())
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(args.onChange).toHaveBeenCalledWith('p4320'))
  },
}
