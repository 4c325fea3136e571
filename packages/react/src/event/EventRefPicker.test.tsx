import type { EventCondition, Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { SegmentBuilder } from '../SegmentBuilder.tsx'

const last30 = { type: 'last', duration: { amount: 30, unit: 'day' } } as const

function renderRow(condition: EventCondition) {
  const onChange = vi.fn<(segment: Segment) => void>()
  const user = userEvent.setup()
  const segment: Segment = {
    version: 1,
    id: 'seg',
    name: 'Browsers',
    entity: 'user',
    root: { id: 'root', kind: 'group', combinator: 'and', children: [condition] },
  }
  render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment} onChange={onChange} />)
  const row = () => document.querySelector<HTMLElement>('[data-segkit-part="event-condition"]')!
  const last = () => {
    const next = onChange.mock.lastCall?.[0]
    if (!next) throw new Error('onChange was not called')
    return next.root.children[0] as EventCondition
  }
  return { user, row, last }
}

const viewed: EventCondition = {
  id: 'c1',
  kind: 'event',
  event: 'viewed_product',
  filters: [
    { id: 'f1', property: 'product', operator: 'eq', value: 'Shoes' },
    { id: 'f2', property: 'category', operator: 'eq', value: 'Sport' },
  ],
  form: { type: 'performed', window: last30 },
}

describe('EventRefPicker', { timeout: 30_000 }, () => {
  it('given Viewed Product with two filters, when the user adds Added to Cart as another event, then both count and only the shared property keeps its filter', async () => {
    const { user, row, last } = renderRow(viewed)
    await user.click(within(row()).getByRole('button', { name: 'Or another event' }))
    expect(last().event).toEqual({ anyOf: ['viewed_product', ''] })
    await user.click(within(row()).getByRole('button', { name: /^Event 2/ }))
    const listbox = await screen.findByRole('listbox', { name: 'Event 2' })
    await user.click(within(listbox).getByRole('option', { name: 'Added to Cart' }))
    expect(last().event).toEqual({ anyOf: ['viewed_product', 'added_to_cart'] })
    // Added to Cart has a product but no category.
    expect(last().filters.map((f) => f.id)).toEqual(['f1'])
    expect(row().querySelectorAll('[data-segkit-part="event-ref-or"]')).toHaveLength(1)
  })

  it('given two events, when the user removes the first, then the condition counts the other one alone', async () => {
    const { user, row, last } = renderRow({ ...viewed, event: { anyOf: ['viewed_product', 'added_to_cart'] } })
    await user.click(within(row()).getByRole('button', { name: 'Remove event 1' }))
    expect(last().event).toBe('added_to_cart')
  })

  it('given one event, when the user picks Any event, then every event counts and filters no event set shares are dropped', async () => {
    const { user, row, last } = renderRow(viewed)
    await user.click(within(row()).getByRole('button', { name: 'Event: Viewed Product' }))
    const listbox = await screen.findByRole('listbox', { name: 'Event' })
    await user.click(within(listbox).getByRole('option', { name: 'Any event' }))
    expect(last().event).toEqual({ any: true })
    expect(last().filters).toEqual([])
    expect(within(row()).getByRole('button', { name: 'Event: Any event' })).toBeInTheDocument()
    expect(within(row()).queryByRole('button', { name: 'Or another event' })).toBeNull()
  })

  it('given a purchase condition, when the user chooses the nth time and a limit after the first, then the form is a 2nd purchase within 30 days', async () => {
    const { user, row, last } = renderRow({ ...viewed, event: 'purchased', filters: [] })
    await user.selectOptions(within(row()).getByRole('combobox', { name: 'How' }), 'for the nth time')
    expect(last().form).toEqual({ type: 'nth_time', n: 2, window: last30 })
    expect(within(row()).getByText('nd time ever')).toBeInTheDocument()
    await user.click(within(row()).getByRole('button', { name: 'within … of the first' }))
    expect(last().form).toEqual({
      type: 'nth_time',
      n: 2,
      window: last30,
      withinOfFirst: { amount: 30, unit: 'day' },
    })
  })
})
