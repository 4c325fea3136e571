import type { EventCondition, Segment } from '@segkit/core'
import { createEvaluator } from '@segkit/core/evaluate'
import { exampleCatalog, FIXTURE_AS_OF, generateDataset } from '@segkit/core/testing'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { SegmentBuilder } from '../SegmentBuilder.tsx'
import { SegmentPreview } from './SegmentPreview.tsx'

const buyers: EventCondition = {
  id: 'c1',
  kind: 'event',
  event: 'purchased',
  filters: [],
  form: { type: 'performed', window: { type: 'last', duration: { amount: 30, unit: 'day' } } },
}
const segment: Segment = {
  version: 1,
  id: 'seg',
  name: 'Recent buyers',
  entity: 'user',
  root: { id: 'root', kind: 'group', combinator: 'and', children: [buyers] },
}

describe('SegmentPreview inside a SegmentBuilder, on the reference evaluator', { timeout: 30_000 }, () => {
  it('counts the segment being edited and follows each edit once it settles', async () => {
    const evaluator = createEvaluator(exampleCatalog, generateDataset({ users: 400, seed: 7 }))
    const countOf = (s: Segment) => evaluator.evaluate(s, { asOf: FIXTURE_AS_OF }).count
    const evaluate = vi.fn(async (s: Segment) => {
      const result = evaluator.evaluate(s, { asOf: FIXTURE_AS_OF })
      return { count: result.count, sample: result.ids.slice(0, 3) }
    })
    const onChange = vi.fn<(s: Segment) => void>()
    const user = userEvent.setup()
    render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={segment} onChange={onChange}>
        <SegmentPreview evaluate={evaluate} debounceMs={1000} />
      </SegmentBuilder>,
    )
    const status = within(screen.getByRole('region', { name: 'Preview' })).getByRole('status')
    const expected = countOf(segment)
    expect(expected).toBeGreaterThan(0)
    await waitFor(() => expect(status).toHaveTextContent(`${expected.toLocaleString('en-US')} match`), {
      timeout: 3000,
    })
    expect(within(screen.getByRole('list', { name: 'Sample members' })).getAllByRole('listitem')).toHaveLength(3)

    // Typing "7" after clearing the amount is several edits in a row: one evaluation once they settle.
    const callsBefore = evaluate.mock.calls.length
    const amount = screen.getByRole('spinbutton', { name: 'When: Amount' })
    await user.clear(amount)
    await user.type(amount, '7')
    const edited = onChange.mock.lastCall![0]
    expect(countOf(edited)).not.toBe(expected)
    await waitFor(() => expect(evaluate.mock.lastCall?.[0]).toEqual(edited), { timeout: 3000 })
    await waitFor(() => expect(status).toHaveTextContent(`${countOf(edited).toLocaleString('en-US')} match`))
    expect(evaluate.mock.calls.length - callsBefore).toBe(1)
  })
})
