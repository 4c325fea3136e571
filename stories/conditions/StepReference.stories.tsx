/**
 * A sequence step compared with an earlier step: "added a product to the cart, then did not buy
 * *that* product within a day" — the abandoned cart per product — and switching a filter to it.
 */
import type { SequenceCondition } from '@segkit/core'
import { SequenceConditionEditor } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { renderCondition } from '../builder-story.tsx'

const abandonedPerProduct: SequenceCondition = {
  id: 'c_abandoned',
  kind: 'sequence',
  window: { type: 'last', duration: { amount: 30, unit: 'day' } },
  steps: [
    { id: 'cart', event: 'added_to_cart', filters: [] },
    {
      id: 'buy',
      event: 'purchased',
      negated: true,
      maxGap: { amount: 1, unit: 'day' },
      filters: [
        { id: 'same', property: 'product', operator: 'eq', value: { type: 'step', step: 'cart', property: 'product' } },
      ],
    },
  ],
}

const meta = {
  title: 'Conditions/StepReference',
  component: SequenceConditionEditor,
  render: renderCondition,
  args: { node: abandonedPerProduct, entity: 'user', readOnly: false, issues: [], onChange: fn() },
  argTypes: { node: { control: 'object' }, issues: { control: false } },
} satisfies Meta<typeof SequenceConditionEditor>

export default meta
type Story = StoryObj<typeof meta>

const stepOf = (canvasElement: HTMLElement, n: number) => {
  const editor = canvasElement.querySelector<HTMLElement>('[data-segkit-part="sequence-condition"]')
  if (!editor) throw new Error('no sequence editor')
  return within(editor).getByRole('listitem', { name: `Step ${n}` })
}

/** Added a product, then did not buy that product within a day. */
export const AbandonedCartPerProduct: Story = {
  play: async ({ canvasElement }) => {
    const step = within(stepOf(canvasElement, 2))
    await expect(step.getByText('is the same as')).toBeVisible()
    await expect(step.getByRole('combobox', { name: 'Earlier step and property' })).toHaveDisplayValue(
      'Product of step 1 (Added to Cart)',
    )
  },
}

/** A plain filter becomes "the same Product as step 1", and back to a value. */
export const SwitchToAnEarlierStep: Story = {
  args: {
    node: {
      ...abandonedPerProduct,
      id: 'c_switch',
      steps: [
        abandonedPerProduct.steps[0]!,
        { ...abandonedPerProduct.steps[1]!, filters: [{ id: 'p', property: 'product', operator: 'eq', value: 'A' }] },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const step = stepOf(canvasElement, 2)
    await userEvent.click(within(step).getByRole('button', { name: 'Same as an earlier step' }))
    await waitFor(() => expect(within(step).getByText('is the same as')).toBeVisible())
    await userEvent.click(within(step).getByRole('button', { name: 'Compare with a value' }))
    await waitFor(() => expect(within(step).queryByText('is the same as')).toBeNull())
  },
}
