import type { Segment, SequenceCondition } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { render, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { SegmentBuilder } from '../SegmentBuilder.tsx'

const abandoned: SequenceCondition = {
  id: 'q1',
  kind: 'sequence',
  steps: [
    { id: 'cart', event: 'added_to_cart', filters: [] },
    {
      id: 'buy',
      event: 'purchased',
      negated: true,
      maxGap: { amount: 1, unit: 'day' },
      filters: [{ id: 'f1', property: 'product', operator: 'eq', value: 'A' }],
    },
  ],
  window: { type: 'ever' },
}

function renderSequence(condition: SequenceCondition) {
  const onChange = vi.fn<(segment: Segment) => void>()
  const segment: Segment = {
    version: 1,
    id: 'seg',
    name: 'Carts',
    entity: 'user',
    root: { id: 'root', kind: 'group', combinator: 'and', children: [condition] },
  }
  render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment} onChange={onChange} />)
  const editor = () => document.querySelector<HTMLElement>('[data-segkit-part="sequence-condition"]')!
  const step = (n: number) => within(editor()).getByRole('listitem', { name: `Step ${n}` })
  const last = () => onChange.mock.lastCall?.[0]?.root.children[0] as SequenceCondition
  return { user: userEvent.setup(), step, last }
}

describe('a sequence step filter compared with an earlier step', () => {
  it('given a filter on Product, when "Same as an earlier step" is pressed, then it compares with step 1’s Product', async () => {
    const { user, step, last } = renderSequence(abandoned)
    // The first step has nothing earlier to compare with.
    expect(within(step(1)).queryByRole('button', { name: 'Same as an earlier step' })).toBeNull()
    await user.click(within(step(2)).getByRole('button', { name: 'Same as an earlier step' }))
    expect(last().steps[1]!.filters[0]).toEqual({
      id: 'f1',
      property: 'product',
      operator: 'eq',
      value: { type: 'step', step: 'cart', property: 'product' },
    })
    const select = within(step(2)).getByRole('combobox', { name: 'Earlier step and property' })
    expect(select).toHaveDisplayValue('Product of step 1 (Added to Cart)')
    // Price is a number: the Product select offers text properties only.
    expect(within(select).queryByRole('option', { name: /Price/ })).toBeNull()
  })

  it('given a comparison with an earlier step, when "Compare with a value" is pressed, then it is a value again', async () => {
    const referenced: SequenceCondition = {
      ...abandoned,
      steps: [
        abandoned.steps[0]!,
        {
          ...abandoned.steps[1]!,
          filters: [
            {
              id: 'f1',
              property: 'product',
              operator: 'eq',
              value: { type: 'step', step: 'cart', property: 'product' },
            },
          ],
        },
      ],
    }
    const { user, step, last } = renderSequence(referenced)
    expect(within(step(2)).getByText('is the same as')).toBeInTheDocument()
    await user.click(within(step(2)).getByRole('button', { name: 'Compare with a value' }))
    expect(last().steps[1]!.filters[0]!.value).not.toEqual(expect.objectContaining({ type: 'step' }))
    expect(within(step(2)).queryByText('is the same as')).toBeNull()
  })
})
