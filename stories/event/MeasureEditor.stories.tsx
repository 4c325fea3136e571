/** `<MeasureEditor>`: how an event is measured — count, sum/avg/min/max of a property, distinct values, active days — and compared. */
import { type EventDef, type EventForm, indexCatalog } from '@segkit/core'
import { MeasureEditor } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { Stateful, withFieldFrame } from '../fields/field-frame.tsx'
import { catalog } from '../fixtures.ts'

type MeasureForm = Extract<EventForm, { type: 'measure' }>
const purchased = indexCatalog(catalog).event('purchased') as EventDef

const meta = {
  title: 'Fields/MeasureEditor',
  component: MeasureEditor,
  decorators: [withFieldFrame],
  args: {
    form: {
      type: 'measure',
      measure: { fn: 'count' },
      comparison: 'gte',
      value: 2,
      window: { type: 'last', duration: { amount: 30, unit: 'day' } },
    },
    event: purchased,
    issues: [],
    onChange: fn(),
  },
  argTypes: { onChange: { control: false }, event: { control: false } },
  render: (args) => (
    <Stateful<MeasureForm> initial={args.form} onChange={args.onChange}>
      {(form, setForm) => <MeasureEditor {...args} form={form} onChange={setForm} />}
    </Stateful>
  ),
} satisfies Meta<typeof MeasureEditor>

export default meta
type Story = StoryObj<typeof meta>

/** Performed at least 2 times; switch to the sum of a property. */
export const Count: Story = {
  play: async ({ canvasElement, args }) => {
    const select = within(canvasElement).getAllByRole('combobox')[0]
    const sum = select && [...select.querySelectorAll('option')].find((o) => o.value === 'sum')
    if (!select || !sum) throw new Error('no measure select with "sum"')
    await userEvent.selectOptions(select, sum)
    await waitFor(() =>
      expect(args.onChange).toHaveBeenCalledWith(
        expect.objectContaining({ measure: expect.objectContaining({ fn: 'sum' }) }),
      ),
    )
  },
}

/** Total amount greater than 800. */
export const SumOfAmount: Story = {
  args: {
    form: {
      type: 'measure',
      measure: { fn: 'sum', property: 'amount' },
      comparison: 'gt',
      value: 800,
      window: { type: 'ever' },
    },
  },
}

/** Disabled. */
export const Disabled: Story = { args: { disabled: true } }
