import type { EventCondition, Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent, { type UserEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { SegmentBuilder } from '../SegmentBuilder.tsx'
import { defaultEventMessages } from './messages.ts'

function segmentWith(condition: EventCondition): Segment {
  return {
    version: 1,
    id: 'seg',
    name: 'Buyers',
    entity: 'user',
    root: { id: 'root', kind: 'group', combinator: 'and', children: [condition] },
  }
}

const last30 = { type: 'last', duration: { amount: 30, unit: 'day' } } as const

const purchased: EventCondition = {
  id: 'c1',
  kind: 'event',
  event: 'purchased',
  filters: [],
  form: { type: 'performed', window: last30 },
}

function renderRow(condition: EventCondition, props: { readOnly?: boolean } = {}) {
  const onChange = vi.fn<(segment: Segment) => void>()
  const user = userEvent.setup()
  render(
    <SegmentBuilder catalog={exampleCatalog} defaultValue={segmentWith(condition)} onChange={onChange} {...props} />,
  )
  const row = () => document.querySelector<HTMLElement>('[data-segkit-part="event-condition"]')!
  const last = () => {
    const segment = onChange.mock.lastCall?.[0]
    if (!segment) throw new Error('onChange was not called')
    return segment.root.children[0] as EventCondition
  }
  return { user, onChange, row, last }
}

/** Picks an option of a native select by the select's accessible name and the option's text. */
async function choose(user: UserEvent, container: HTMLElement, select: string | RegExp, option: string) {
  await user.selectOptions(within(container).getByRole('combobox', { name: select }), option)
}

// User-event flows through Radix menus are slow on a shared machine.
describe('EventConditionEditor', { timeout: 30_000 }, () => {
  it('given a user searches the event picker, when they press Enter, the event changes and filters that cannot apply are dropped', async () => {
    const { user, row, last } = renderRow({
      ...purchased,
      event: 'viewed_product',
      filters: [
        { id: 'f1', property: 'product', operator: 'eq', value: 'Shoes' },
        { id: 'f2', property: 'category', operator: 'eq', value: 'Sport' },
      ],
    })
    await user.click(within(row()).getByRole('button', { name: 'Event: Viewed Product' }))
    const listbox = await screen.findByRole('listbox', { name: 'Event' })
    // Grouped by the catalog's groups.
    expect(within(listbox).getAllByRole('group').length).toBeGreaterThan(1)
    await user.keyboard('cart')
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Added to Cart'])
    await user.keyboard('{Enter}')
    expect(last().event).toBe('added_to_cart')
    expect(last().filters.map((f) => f.id)).toEqual(['f1'])
    expect(within(row()).getByRole('button', { name: 'Event: Added to Cart' })).toBeInTheDocument()
  })

  it('adds a filter whose property picker opens at once, edits its value and removes it', async () => {
    const { user, row, last } = renderRow(purchased)
    await user.click(within(row()).getByRole('button', { name: 'Add filter' }))
    // Nothing invented: no property, no value; the keyboard user is in the new filter's property search.
    expect(last().filters).toMatchObject([{ property: '', operator: 'eq' }])
    expect(last().filters[0]).not.toHaveProperty('value')
    expect(within(row()).getByRole('group', { name: 'Event filters' })).toHaveTextContent('where')
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName('Search'))
    await user.keyboard('Amount{Enter}')
    expect(last().filters[0]).toEqual({ id: last().filters[0]!.id, property: 'amount', operator: 'eq' })

    const value = within(row()).getByRole('spinbutton', { name: 'Value' })
    await user.type(value, '25')
    expect(last().filters[0]).toMatchObject({ property: 'amount', value: 25 })

    await user.click(within(row()).getByRole('button', { name: 'Add filter' }))
    expect(last().filters).toHaveLength(2)
    await user.keyboard('{Escape}')
    expect(within(row()).getAllByText('and').length).toBeGreaterThan(0)
    await user.click(within(row()).getByRole('button', { name: 'Remove filter 1' }))
    expect(last().filters).toHaveLength(1)
    expect(last().filters[0]).toMatchObject({ property: '' })
    // Focus moves to the filter that took its place, not to the page.
    await waitFor(() =>
      expect(document.activeElement).toBe(within(row()).getByRole('button', { name: 'Remove filter 1' })),
    )
    await user.keyboard('{Enter}')
    expect(last().filters).toHaveLength(0)
    await waitFor(() => expect(document.activeElement).toBe(within(row()).getByRole('button', { name: 'Add filter' })))
  })

  it('switches performed to a measure keeping the window, then measures the sum of a number property between two values', async () => {
    const { user, row, last } = renderRow(purchased)
    // "Performed N times" is one choice: the comparison is in the "how" select, the count beside it.
    await choose(user, row(), 'How', 'at least')
    expect(last().form).toEqual({
      type: 'measure',
      measure: { fn: 'count' },
      comparison: 'gte',
      value: 1,
      window: last30,
    })
    expect(row()).toHaveTextContent('times')
    expect(within(row()).queryByRole('combobox', { name: 'Comparison' })).not.toBeInTheDocument()

    // Other measures are one step away: "by a measure…" takes the first the event supports.
    await choose(user, row(), 'How', 'by a measure…')
    expect(last().form).toMatchObject({ measure: { fn: 'sum', property: 'amount' }, comparison: 'gte', value: 1 })
    await choose(user, row(), 'Measure', 'average of')
    await choose(user, row(), 'Measure', 'sum of')
    expect(last().form).toMatchObject({ measure: { fn: 'sum', property: 'amount' } })
    // Only number properties can be summed.
    await user.click(within(row()).getByRole('button', { name: 'Property: Amount' }))
    const listbox = await screen.findByRole('listbox', { name: 'Property' })
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Amount', 'Items'])
    await user.click(within(listbox).getByRole('option', { name: 'Items' }))
    expect(last().form).toMatchObject({ measure: { fn: 'sum', property: 'items' } })

    await choose(user, row(), 'Comparison', 'between')
    expect(last().form).toMatchObject({ comparison: 'between', value: 1, value2: 1 })
    const upper = within(row()).getByRole('spinbutton', { name: 'Upper threshold' })
    await user.clear(upper)
    await user.type(upper, '40')
    expect(last().form).toMatchObject({ comparison: 'between', value: 1, value2: 40 })

    await choose(user, row(), 'Comparison', 'at least')
    expect(last().form).not.toHaveProperty('value2')
    expect(within(row()).queryByRole('spinbutton', { name: 'Upper threshold' })).not.toBeInTheDocument()
  })

  it('offers only the measures the event supports', async () => {
    const { row } = renderRow({
      ...purchased,
      event: 'opened_app',
      form: { type: 'measure', measure: { fn: 'active_days' }, comparison: 'gte', value: 3, window: last30 },
    })
    const select = within(row()).getByRole('combobox', { name: 'Measure' })
    const options = within(select).getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual(['number of times', 'distinct values of', 'active days'])
  })

  it('chooses the form in a native select reached with the keyboard', async () => {
    const { user, row, last } = renderRow(purchased)
    const form = within(row()).getByRole('combobox', { name: 'How' })
    // The event picker comes first in the row, then "or another event", then the form select.
    within(row()).getByRole('button', { name: 'Event: Purchased' }).focus()
    await user.tab()
    expect(within(row()).getByRole('button', { name: 'Or another event' })).toHaveFocus()
    await user.tab()
    expect(form).toHaveFocus()
    // Opening the list and moving in it is the browser's own behaviour; the choice is a change event.
    await user.selectOptions(form, 'for the last time')
    expect(last().form).toEqual({ type: 'last_time', window: last30 })
    expect(form).toHaveDisplayValue('for the last time')
  })

  it('given "at least 2 times", when the user arrows through "not at all" and back, then the count is still at least 2', async () => {
    const { user, row, last } = renderRow({
      ...purchased,
      form: { type: 'measure', measure: { fn: 'count' }, comparison: 'gte', value: 2, window: last30 },
    })
    const form = within(row()).getByRole('combobox', { name: 'How' })
    expect(form).toHaveDisplayValue('at least')
    // Arrowing a closed select in Chromium fires a change for every option passed.
    await user.selectOptions(form, 'at least once')
    await user.selectOptions(form, 'not at all')
    await user.selectOptions(form, 'at least once')
    await user.selectOptions(form, 'at least')
    expect(last().form).toEqual({
      type: 'measure',
      measure: { fn: 'count' },
      comparison: 'gte',
      value: 2,
      window: last30,
    })
  })

  it('edits each window type: in the last, more than … ago, between … ago, between dates and ever', async () => {
    const { user, row, last } = renderRow(purchased)
    const amount = within(row()).getByRole('spinbutton', { name: 'When: Amount' })
    await user.clear(amount)
    await user.type(amount, '7')
    expect(last().form).toEqual({ type: 'performed', window: { type: 'last', duration: { amount: 7, unit: 'day' } } })

    await choose(user, row(), 'When: Unit', 'weeks')
    expect(last().form).toMatchObject({ window: { type: 'last', duration: { amount: 7, unit: 'week' } } })

    await choose(user, row(), 'When', 'more than … ago')
    expect(last().form).toMatchObject({ window: { type: 'before', duration: { amount: 7, unit: 'week' } } })
    expect(row()).toHaveTextContent('ago')

    await choose(user, row(), 'When', 'between … ago')
    expect(last().form).toMatchObject({
      window: { type: 'relative_range', start: { amount: 14, unit: 'week' }, end: { amount: 7, unit: 'week' } },
    })
    const end = within(row()).getByRole('spinbutton', { name: 'Until (ago): Amount' })
    await user.clear(end)
    await user.type(end, '2')
    expect(last().form).toMatchObject({ window: { end: { amount: 2, unit: 'week' } } })

    await choose(user, row(), 'When', 'between dates')
    const from = within(row()).getByLabelText('From (UTC)')
    const through = within(row()).getByLabelText('Through (UTC)')
    // user-event cannot type into a date input in jsdom; a change event is what a date picker sends.
    fireEvent.change(from, { target: { value: '2026-11-01' } })
    fireEvent.change(through, { target: { value: '2026-11-30' } })
    // "Through" the 30th: the half-open window ends at the start of December 1st.
    expect(last().form).toMatchObject({
      window: { type: 'between', from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' },
    })
    expect(through).toHaveValue('2026-11-30')

    await choose(user, row(), 'When', 'ever')
    expect(last().form).toEqual({ type: 'performed', window: { type: 'ever' } })
    expect(within(row()).queryByRole('spinbutton')).not.toBeInTheDocument()
  })

  it('edits stopped and restarted periods', async () => {
    const { user, row, last } = renderRow(purchased)
    await choose(user, row(), 'How', 'stopped')
    expect(last().form).toEqual({ type: 'stopped', recent: last30.duration, baseline: last30.duration })
    expect(row()).toHaveTextContent('not in the last')
    const baseline = within(row()).getByRole('spinbutton', { name: 'Earlier period: Amount' })
    await user.clear(baseline)
    await user.type(baseline, '90')
    expect(last().form).toMatchObject({ type: 'stopped', baseline: { amount: 90, unit: 'day' } })

    await choose(user, row(), 'How', 'started again')
    expect(last().form).toEqual({
      type: 'restarted',
      recent: { amount: 30, unit: 'day' },
      inactive: { amount: 90, unit: 'day' },
    })
    expect(row()).toHaveTextContent('after a break of')
  })

  it('shows an impossible "regularly" next to the field that causes it', async () => {
    const { user, row, last } = renderRow(purchased)
    await choose(user, row(), 'How', 'regularly')
    expect(last().form).toEqual({ type: 'regularly', period: { amount: 1, unit: 'week' }, periods: 4, minPeriods: 3 })
    const min = within(row()).getByRole('spinbutton', { name: 'Minimum periods' })
    await user.clear(min)
    await user.type(min, '6')
    expect(last().form).toMatchObject({ minPeriods: 6, periods: 4 })
    expect(min).toHaveAttribute('aria-invalid', 'true')
    const described = document.getElementById(min.getAttribute('aria-describedby') ?? '')
    expect(described).toHaveTextContent('At least 6 of 4 periods can never happen')
  })

  it('"regularly" takes a count per period: 3 times in at least 3 of the last 4 weeks, and 1 is the plain form', async () => {
    const { user, row, last } = renderRow(purchased)
    await choose(user, row(), 'How', 'regularly')
    const perPeriod = within(row()).getByRole('spinbutton', { name: 'Events per period' })
    expect(perPeriod).toHaveValue('1')
    expect(row()).toHaveTextContent(/times\s*in at least/)
    await user.clear(perPeriod)
    await user.type(perPeriod, '3')
    expect(last().form).toEqual({
      type: 'regularly',
      period: { amount: 1, unit: 'week' },
      periods: 4,
      minPeriods: 3,
      minPerPeriod: 3,
    })
    await user.clear(perPeriod)
    await user.type(perPeriod, '1')
    expect(last().form).not.toHaveProperty('minPerPeriod')
  })

  it('keeps an event the catalog no longer knows and says so next to the picker', () => {
    const { row } = renderRow({ ...purchased, event: 'deleted_event' })
    const picker = within(row()).getByRole('button', { name: 'Event: Unknown event "deleted_event"' })
    expect(picker).toHaveAttribute('aria-invalid', 'true')
    expect(document.getElementById(picker.getAttribute('aria-describedby') ?? '')).toHaveTextContent(
      "Unknown event 'deleted_event'",
    )
    // Without a known event there is nothing to filter on.
    expect(within(row()).getByRole('button', { name: 'Add filter' })).toBeDisabled()
  })

  it('shows a window that ends before it starts as an error on the window', () => {
    const { row } = renderRow({
      ...purchased,
      form: {
        type: 'performed',
        window: { type: 'relative_range', start: { amount: 1, unit: 'day' }, end: { amount: 5, unit: 'day' } },
      },
    })
    const field = row().querySelector<HTMLElement>('[data-field="window"]')!
    expect(within(field).getByRole('combobox', { name: 'When' })).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveTextContent('The time window ends before it starts')
  })

  it('in read-only mode, shows everything as a sentence and lets nothing change', () => {
    renderRow(
      { ...purchased, filters: [{ id: 'f1', property: 'amount', operator: 'gt', value: 10 }] },
      { readOnly: true },
    )
    const row = () => document.querySelector<HTMLElement>('[data-segkit-part="condition"]')!
    // Read-only rows are sentences (readable, reachable by Tab), not disabled controls.
    for (const role of ['button', 'combobox', 'spinbutton', 'textbox']) {
      expect(within(row()).queryAllByRole(role)).toHaveLength(0)
    }
    const text = row().querySelector<HTMLElement>('[data-segkit-part="condition-text"]')
    expect(text).toHaveTextContent(/Purchased/)
    expect(text).toHaveTextContent(/10/)
    expect(text).toHaveAttribute('tabindex', '0')
  })

  it('shows replacement strings given through the builder messages', () => {
    render(
      <SegmentBuilder
        catalog={exampleCatalog}
        defaultValue={segmentWith(purchased)}
        messages={{
          eventAddFilter: 'Filter hinzufügen',
          eventForm: 'Wie',
          eventForms: { ...defaultEventMessages.eventForms, performed: 'hat ausgeführt' },
        }}
      />,
    )
    expect(screen.getByRole('button', { name: 'Filter hinzufügen' })).toBeInTheDocument()
    const form = screen.getByRole('combobox', { name: 'Wie' })
    expect(form).toHaveDisplayValue('hat ausgeführt')
    // The other forms keep the strings given for them.
    expect(within(form).getByRole('option', { name: 'not at all' })).toBeInTheDocument()
  })
})
