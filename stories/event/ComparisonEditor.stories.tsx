/** `<ComparisonEditor>`: a comparison (at least, between…) and its threshold(s), e.g. of a count. */
import type { Comparison } from '@segkit/core'
import { ComparisonEditor } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { Stateful, withFieldFrame } from '../fields/field-frame.tsx'

interface Compared {
  comparison: Comparison
  value: number
  value2?: number | undefined
}

const meta = {
  title: 'Fields/ComparisonEditor',
  component: ComparisonEditor<Compared>,
  decorators: [withFieldFrame],
  args: {
    compared: { comparison: 'gte', value: 2 },
    onChange: fn(),
    integer: true,
    comparisonLabel: 'Comparison',
    valueLabel: 'Times',
    value2Label: 'And',
  },
  argTypes: { onChange: { control: false } },
  render: (args) => (
    <Stateful<Compared> initial={args.compared} onChange={args.onChange}>
      {(compared, setCompared) => <ComparisonEditor {...args} compared={compared} onChange={setCompared} />}
    </Stateful>
  ),
} satisfies Meta<typeof ComparisonEditor<Compared>>

export default meta
type Story = StoryObj<typeof meta>

/** At least 2; switch to between. */
export const AtLeast: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const select = canvas.getByRole('combobox', { name: 'Comparison' })
    const between = [...select.querySelectorAll('option')].find((o) => o.value === 'between')
    if (!between) throw new Error('no "between" option')
    await userEvent.selectOptions(select, between)
    await waitFor(() => expect(args.onChange).toHaveBeenCalledWith(expect.objectContaining({ comparison: 'between' })))
    await expect(canvas.getByRole('spinbutton', { name: 'And' })).toBeVisible()
  },
}

/** Between two values. */
export const Between: Story = { args: { compared: { comparison: 'between', value: 2, value2: 5 } } }

/** A threshold flagged by validation. */
export const WithIssue: Story = {
  args: {
    valueIssues: [
      {
        code: 'value_type',
        message: 'A count is a whole number',
        path: ['form', 'value'],
        severity: 'error',
        nodeId: 'c1',
        params: {},
      },
    ],
  },
}
