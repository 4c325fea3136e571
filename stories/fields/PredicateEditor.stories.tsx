/** `<PredicateEditor>`: property, operator, value and (for strings) ignore case, in one line; issues under each field. */
import type { Operator, PredicateValue } from '@segkit/core'
import { PredicateEditor, type PredicateFieldsValue } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, within } from 'storybook/test'
import { userProperties } from '../fixtures.ts'
import { Stateful, withFieldFrame } from './field-frame.tsx'

const meta = {
  title: 'Fields/PredicateEditor',
  component: PredicateEditor,
  decorators: [withFieldFrame],
  args: {
    predicate: { property: 'age', operator: 'gte' as Operator, value: 18 as PredicateValue },
    properties: userProperties,
    onChange: fn(),
  },
  argTypes: { properties: { control: false } },
  render: (args) => (
    <Stateful<PredicateFieldsValue> initial={args.predicate} onChange={args.onChange}>
      {(predicate, setPredicate) => <PredicateEditor {...args} predicate={predicate} onChange={setPredicate} />}
    </Stateful>
  ),
} satisfies Meta<typeof PredicateEditor<PredicateFieldsValue>>

export default meta
type Story = StoryObj<typeof meta>

/** Age at least 18. */
export const NumberPredicate: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Property: Age' })).toBeVisible()
    await expect(within(canvasElement).getByRole('spinbutton')).toHaveValue('18')
  },
}

/** An issue shown under the value. */
export const WithIssue: Story = {
  args: {
    predicate: { property: 'age', operator: 'between', value: [65, 18] },
    issues: [
      {
        code: 'between_order',
        severity: 'error',
        path: ['value'],
        message: 'The lower bound is above the upper bound',
      },
    ],
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('The lower bound is above the upper bound')).toBeVisible()
  },
}
