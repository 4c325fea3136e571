/**
 * The sequence builder: ordered steps side by side, "then" / "then did not",
 * a longest gap per step, an overall window and "all within".
 */
import type { SequenceCondition } from '@segkit/core'
import { SequenceConditionEditor } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test'
import { renderBuilder, renderCondition } from '../builder-story.tsx'
import { catalog, conditions, expectReadOnlyRow, footerOf, lastSegment, rowOf, segmentOf } from '../fixtures.ts'

const meta = {
  title: 'Conditions/SequenceCondition',
  component: SequenceConditionEditor,
  render: renderCondition,
  args: { node: conditions.sequence, entity: 'user', readOnly: false, issues: [], onChange: fn() },
  argTypes: { node: { control: 'object' }, issues: { control: false } },
} satisfies Meta<typeof SequenceConditionEditor>

export default meta
type Story = StoryObj<typeof meta>

const editorOf = (canvasElement: HTMLElement) => {
  const editor = canvasElement.querySelector<HTMLElement>('[data-segkit-part="sequence-condition"]')
  if (!editor) throw new Error('no sequence editor')
  return editor
}

/** Cart abandonment: viewed, added to cart, then did not purchase within a day. */
export const CartAbandonment: Story = {
  play: async ({ canvasElement }) => {
    const steps = within(editorOf(canvasElement)).getAllByRole('listitem')
    await expect(steps.map((s) => s.getAttribute('aria-label'))).toEqual(['Step 1', 'Step 2', 'Step 3'])
    await expect(within(steps[2] as HTMLElement).getByText('then did not')).toBeVisible()
  },
}

/**
 * "Added to cart, then did not purchase within a day": one step that happens and one that did not is a
 * whole sequence, valid as it is (a user is in once the day after the cart has passed without a purchase).
 */
export const DidNotWithin: Story = {
  render: (_args, context) =>
    renderBuilder(
      {
        catalog,
        defaultValue: segmentOf([
          {
            ...conditions.sequence,
            steps: [
              { id: 's_cart', event: 'added_to_cart', filters: [] },
              { id: 's_buy', event: 'purchased', filters: [], negated: true, maxGap: { amount: 1, unit: 'day' } },
            ],
          },
        ]),
      },
      context,
    ),
  play: async ({ canvasElement }) => {
    const editor = editorOf(canvasElement)
    const steps = within(editor).getAllByRole('listitem')
    await expect(steps.map((s) => s.getAttribute('aria-label'))).toEqual(['Step 1', 'Step 2'])
    await expect(within(steps[1] as HTMLElement).getByText('then did not')).toBeVisible()
    // No "needs two steps" complaint: the shape is complete.
    await expect(within(editor).queryByText(/A sequence needs/)).not.toBeInTheDocument()
  },
}

/** A step that takes any of several events: viewed a product or added one to the cart, then purchased. */
export const StepWithSeveralEvents: Story = {
  args: {
    node: {
      ...conditions.sequence,
      steps: [
        { id: 's_browse', event: { anyOf: ['viewed_product', 'added_to_cart'] }, filters: [] },
        { id: 's_buy', event: 'purchased', filters: [] },
      ],
    } satisfies SequenceCondition,
  },
  play: async ({ canvasElement }) => {
    const steps = within(editorOf(canvasElement)).getAllByRole('listitem')
    const first = within(steps[0] as HTMLElement)
    await expect(first.getByRole('button', { name: /Step 1: Event 1: Viewed Product/ })).toBeVisible()
    await expect(first.getByRole('button', { name: /Step 1: Event 2: Added to Cart/ })).toBeVisible()
  },
}

/** Build a 3-step sequence from an empty builder: add a sequence, add a step, pick its event. */
export const BuildThreeSteps: Story = {
  render: (args, context) => renderBuilder({ catalog, onChange: args.onChange as never }, context),
  play: async ({ canvasElement, args }) => {
    // An empty segment's root group has a generated id: take the first group.
    const root = canvasElement.querySelector<HTMLElement>('[data-group-id]')
    if (!root) throw new Error('no root group')
    await userEvent.click(within(footerOf(root)).getByRole('button', { name: 'Add by kind' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Sequence' }))
    const editor = await waitFor(() => editorOf(canvasElement))
    await userEvent.click(within(editor).getByRole('button', { name: 'Add step' }))
    const step3 = await within(editor).findByRole('listitem', { name: 'Step 3' })
    // A new step opens its event picker at once (it carries no invented event).
    await userEvent.type(await screen.findByRole('combobox', { name: /Search/ }), 'Purchased')
    await userEvent.click(within(await screen.findByRole('listbox')).getByRole('option', { name: /Purchased/ }))
    await waitFor(() => expect(within(step3).getByRole('button', { name: 'Step 3: Event: Purchased' })).toBeVisible())
    const sequence = lastSegment(args.onChange).root.children[0] as SequenceCondition
    await expect(sequence.steps).toHaveLength(3)
    await expect(sequence.steps[2]?.event).toBe('purchased')
  },
}

/** Reorder steps with the move buttons; the move is announced. */
export const MoveStep: Story = {
  play: async ({ canvasElement }) => {
    const editor = editorOf(canvasElement)
    const step1 = within(editor).getByRole('listitem', { name: 'Step 1' })
    await userEvent.click(within(step1).getByRole('button', { name: 'Move step 1 later' }))
    await waitFor(() => expect(within(editor).getByText('Step 1 moved to position 2')).toBeInTheDocument())
  },
}

/** A longest gap between steps and an overall "all within" limit. */
export const GapsAndWithin: Story = {
  args: {
    node: {
      ...conditions.sequence,
      steps: [
        { id: 's_signup', event: 'signed_up', filters: [] },
        { id: 's_open', event: 'opened_app', filters: [], maxGap: { amount: 2, unit: 'day' } },
        { id: 's_buy2', event: 'purchased', filters: [], maxGap: { amount: 7, unit: 'day' } },
      ],
      within: { amount: 14, unit: 'day' },
    },
  },
}

/** Read-only: no handles, no move, add or remove buttons. */
export const ReadOnly: Story = {
  args: { readOnly: true },
  play: async ({ canvasElement }) => {
    expectReadOnlyRow(rowOf(canvasElement, conditions.sequence.id), /then/)
  },
}
