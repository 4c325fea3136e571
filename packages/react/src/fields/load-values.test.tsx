import type { Condition, Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { SegmentBuilder } from '../SegmentBuilder.tsx'
import type { LoadValues, LoadValuesRequest, ValueSuggestion } from './load-values.ts'

function withConditions(...children: Condition[]): Segment {
  return {
    version: 1,
    id: 's1',
    name: 'Values',
    entity: 'user',
    root: { id: 'root', kind: 'group', combinator: 'and', children },
  }
}

/** A loader whose answers the test gives by hand, one per call. */
function manualLoader() {
  const calls: { request: LoadValuesRequest; resolve: (v: ValueSuggestion[]) => void; reject: (e: Error) => void }[] =
    []
  const loadValues = vi.fn<LoadValues>(
    (request) =>
      new Promise((resolve, reject) => {
        calls.push({ request, resolve, reject })
      }),
  )
  return { loadValues, calls }
}

function renderWith(condition: Condition, loadValues: LoadValues) {
  const onChange = vi.fn<(segment: Segment) => void>()
  const user = userEvent.setup()
  render(
    <SegmentBuilder
      catalog={exampleCatalog}
      defaultValue={withConditions(condition)}
      onChange={onChange}
      loadValues={loadValues}
    />,
  )
  const last = () => onChange.mock.lastCall?.[0].root.children[0] as Record<string, unknown> | undefined
  return { user, last }
}

const emailIs: Condition = { id: 'c1', kind: 'property', property: 'email', operator: 'eq', value: '' }
const emailIn: Condition = { id: 'c1', kind: 'property', property: 'email', operator: 'in', value: [] }
const options = () =>
  within(screen.getByRole('listbox', { name: 'Value' }))
    .queryAllByRole('option')
    .map((o) => o.textContent)

describe('value suggestions (loadValues)', () => {
  it('typing quickly asks once, after the pause, with the entity, the property and the typed text', async () => {
    const loadValues = vi.fn<LoadValues>(async ({ query }) => [{ value: `${query}@example.com` }])
    const { user } = renderWith(emailIs, loadValues)
    await user.type(screen.getByRole('combobox', { name: 'Value' }), 'ali')
    await waitFor(() => expect(options()).toEqual(['ali@example.com']))
    expect(loadValues).toHaveBeenCalledTimes(1)
    expect(loadValues.mock.calls[0]?.[0]).toMatchObject({ entity: 'user', property: 'email', query: 'ali' })
    expect(loadValues.mock.calls[0]?.[0].event).toBeUndefined()
  })

  it('a newer query aborts the older request, whose late answer is never shown', async () => {
    const { loadValues, calls } = manualLoader()
    const { user } = renderWith(emailIs, loadValues)
    const input = screen.getByRole('combobox', { name: 'Value' })
    await user.type(input, 'a')
    await waitFor(() => expect(calls).toHaveLength(1))
    await user.type(input, 'b')
    await waitFor(() => expect(calls).toHaveLength(2))
    expect(calls[0]?.request.signal.aborted).toBe(true)
    expect(calls[1]?.request.signal.aborted).toBe(false)
    calls[1]?.resolve([{ value: 'ab@new.io' }])
    calls[0]?.resolve([{ value: 'a@stale.io' }])
    await waitFor(() => expect(options()).toEqual(['ab@new.io']))
    await new Promise((r) => setTimeout(r, 20))
    expect(options()).toEqual(['ab@new.io'])
  })

  it('shows loading, then the empty state, and says so when loading fails', async () => {
    const { loadValues, calls } = manualLoader()
    const { user } = renderWith(emailIs, loadValues)
    const input = screen.getByRole('combobox', { name: 'Value' })
    await user.type(input, 'zz')
    await waitFor(() => expect(calls).toHaveLength(1))
    expect(screen.getByRole('status')).toHaveTextContent('Searching')
    expect(input).toHaveAttribute('aria-busy', 'true')
    calls[0]?.resolve([])
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Nothing matches'))
    await user.type(input, 'z')
    await waitFor(() => expect(calls).toHaveLength(2))
    calls[1]?.reject(new Error('503'))
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/could not|failed/i))
    expect(options()).toEqual([])
  })

  it('keyboard: ArrowDown opens the list, arrows move the active option, Enter picks, Escape closes', async () => {
    const loadValues = vi.fn<LoadValues>(async () => [{ value: 'ann@x.io' }, { value: 'bob@x.io', label: 'Bob' }])
    const { user, last } = renderWith(emailIs, loadValues)
    const input = screen.getByRole('combobox', { name: 'Value' })
    input.focus()
    expect(input).toHaveAttribute('aria-expanded', 'false')
    await user.keyboard('{ArrowDown}')
    expect(input).toHaveAttribute('aria-expanded', 'true')
    await waitFor(() => expect(options()).toEqual(['ann@x.io', 'Bob']))
    // Opened with an empty query: the most common values.
    expect(loadValues.mock.calls[0]?.[0].query).toBe('')
    await user.keyboard('{ArrowDown}{ArrowDown}')
    const active = input.getAttribute('aria-activedescendant')
    expect(active && document.getElementById(active)).toHaveTextContent('Bob')
    await user.keyboard('{Enter}')
    expect(last()).toMatchObject({ operator: 'eq', value: 'bob@x.io' })
    expect(input).toHaveAttribute('aria-expanded', 'false')
    await user.keyboard('{ArrowDown}')
    expect(input).toHaveAttribute('aria-expanded', 'true')
    await user.keyboard('{Escape}')
    expect(input).toHaveAttribute('aria-expanded', 'false')
    expect(input).toHaveFocus()
  })

  it('a chosen value stays a chip when the next search does not return it; chips are removable', async () => {
    const loadValues = vi.fn<LoadValues>(async ({ query }) =>
      query.startsWith('b') ? [{ value: 'bob@x.io' }] : [{ value: 'alice@x.io', label: 'Alice' }],
    )
    const { user, last } = renderWith(emailIn, loadValues)
    const input = screen.getByRole('combobox', { name: 'Value: Add a value and press Enter' })
    await user.type(input, 'al')
    await waitFor(() => expect(options()).toEqual(['Alice']))
    await user.keyboard('{ArrowDown}{Enter}')
    expect(last()).toMatchObject({ value: ['alice@x.io'] })
    await user.type(input, 'b')
    await waitFor(() => expect(options()).toEqual(['bob@x.io']))
    await user.keyboard('{ArrowDown}{Enter}')
    expect(last()).toMatchObject({ value: ['alice@x.io', 'bob@x.io'] })
    const chips = screen.getByRole('list', { name: 'Value' })
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['Alice', 'bob@x.io'])
    // Typed text that no suggestion has is added as it is.
    await user.type(input, 'carol@y.io{Enter}')
    expect(last()).toMatchObject({ value: ['alice@x.io', 'bob@x.io', 'carol@y.io'] })
    await user.click(within(chips).getByRole('button', { name: /Alice/ }))
    expect(last()).toMatchObject({ value: ['bob@x.io', 'carol@y.io'] })
  })

  it('an event filter asks for the event and its property, not an entity property', async () => {
    const loadValues = vi.fn<LoadValues>(async () => [{ value: 'EUR' }])
    const purchased: Condition = {
      id: 'c1',
      kind: 'event',
      event: 'purchased',
      filters: [{ id: 'f1', property: 'currency', operator: 'eq', value: '' }],
      form: { type: 'performed', window: { type: 'last', duration: { amount: 30, unit: 'day' } } },
    }
    const { user, last } = renderWith(purchased, loadValues)
    await user.type(screen.getByRole('combobox', { name: 'Value' }), 'E')
    await waitFor(() => expect(options()).toEqual(['EUR']))
    expect(loadValues.mock.calls[0]?.[0]).toMatchObject({
      entity: 'user',
      event: 'purchased',
      eventProperty: 'currency',
      query: 'E',
    })
    expect(loadValues.mock.calls[0]?.[0].property).toBeUndefined()
    await user.keyboard('{ArrowDown}{Enter}')
    expect(last()).toMatchObject({ filters: [{ property: 'currency', value: 'EUR' }] })
  })

  it('a sequence step filter asks for its step event', async () => {
    const loadValues = vi.fn<LoadValues>(async () => [{ value: 'shoes' }])
    const sequence: Condition = {
      id: 'c1',
      kind: 'sequence',
      steps: [
        { id: 's1', event: 'viewed_product', filters: [{ id: 'f1', property: 'category', operator: 'eq', value: '' }] },
        { id: 's2', event: 'purchased', filters: [] },
      ],
      window: { type: 'last', duration: { amount: 30, unit: 'day' } },
    }
    const { user } = renderWith(sequence, loadValues)
    await user.type(screen.getByRole('combobox', { name: 'Value' }), 's')
    await waitFor(() => expect(options()).toEqual(['shoes']))
    expect(loadValues.mock.calls[0]?.[0]).toMatchObject({ event: 'viewed_product', eventProperty: 'category' })
  })

  it('a related group asks for the related entity', async () => {
    const loadValues = vi.fn<LoadValues>(async () => [{ value: 'Acme' }])
    const related: Condition = {
      id: 'c1',
      kind: 'related',
      relation: 'account',
      match: { type: 'any' },
      root: {
        id: 'inner',
        kind: 'group',
        combinator: 'and',
        children: [{ id: 'p1', kind: 'property', property: 'name', operator: 'eq', value: '' }],
      },
    }
    const { user } = renderWith(related, loadValues)
    await user.type(screen.getByRole('combobox', { name: 'Value' }), 'Ac')
    await waitFor(() => expect(options()).toEqual(['Acme']))
    expect(loadValues.mock.calls[0]?.[0]).toMatchObject({ entity: 'account', property: 'name', query: 'Ac' })
  })

  it('an enum picker lists the loaded values of a typed search with their option labels', async () => {
    const loadValues = vi.fn<LoadValues>(async () => [{ value: 'pro' }])
    const plan: Condition = { id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'free' }
    const { user } = renderWith(plan, loadValues)
    await user.click(screen.getByRole('button', { name: /^Value:/ }))
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'zzz')
    await waitFor(() => expect(loadValues).toHaveBeenCalledTimes(1))
    expect(loadValues.mock.calls[0]?.[0]).toMatchObject({ property: 'plan', query: 'zzz' })
    const listbox = screen.getByRole('listbox', { name: 'Value' })
    await waitFor(() =>
      expect(
        within(listbox)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Pro']),
    )
  })
})
