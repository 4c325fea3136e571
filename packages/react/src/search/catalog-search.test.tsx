import type { Condition, Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { SegmentBuilder } from '../SegmentBuilder.tsx'
import type { CatalogSearchResult, CatalogSearchScope, SearchCatalog } from './catalog-search.ts'

function withConditions(...children: Condition[]): Segment {
  return {
    version: 1,
    id: 's1',
    name: 'Remote',
    entity: 'user',
    root: { id: 'root', kind: 'group', combinator: 'and', children },
  }
}

// What the "server" knows and the local catalog does not.
const remoteField: CatalogSearchResult = {
  kind: 'property',
  entity: 'user',
  property: { id: 'field_4242', label: 'Field 4242', type: 'string', group: 'Server fields' },
}
const remoteEvent: CatalogSearchResult = {
  kind: 'event',
  event: {
    id: 'exported_report',
    label: 'Exported report',
    properties: [{ id: 'format', label: 'Format', type: 'string' }],
  },
}
const accountField: CatalogSearchResult = {
  kind: 'property',
  entity: 'account',
  property: { id: 'field_9', label: 'Field 9 (account)', type: 'string' },
}

function server() {
  const calls: { query: string; signal: AbortSignal; scope: CatalogSearchScope }[] = []
  const searchCatalog = vi.fn<SearchCatalog>(async (query, signal, scope) => {
    calls.push({ query, signal, scope })
    const q = query.toLowerCase()
    return [remoteField, remoteEvent, accountField].filter((r) =>
      (r.kind === 'property' ? r.property.label : r.event.label).toLowerCase().includes(q),
    )
  })
  return { searchCatalog, calls }
}

function renderWith(segment: Segment, searchCatalog: SearchCatalog) {
  const onChange = vi.fn<(segment: Segment) => void>()
  const user = userEvent.setup()
  const view = render(
    <SegmentBuilder
      catalog={exampleCatalog}
      defaultValue={segment}
      onChange={onChange}
      searchCatalog={searchCatalog}
    />,
  )
  const last = () => onChange.mock.lastCall?.[0]
  return { user, last, ...view }
}

describe('searchCatalog: a catalog too big to send whole', () => {
  it('the add search asks the server (a new query aborts the older one), lists its results and adds a condition on an item the local catalog lacks', async () => {
    const { searchCatalog, calls } = server()
    const { user, last, container } = renderWith(withConditions(), searchCatalog)
    await user.click(screen.getByRole('button', { name: /Add condition/ }))
    const input = screen.getByRole('combobox', { name: 'Search' })
    await user.type(input, 'fi')
    await waitFor(() => expect(calls).toHaveLength(1))
    await user.type(input, 'eld')
    await waitFor(() => expect(calls).toHaveLength(2))
    expect(calls[0]?.signal.aborted).toBe(true)
    expect(calls[1]).toMatchObject({ query: 'field', scope: { entity: 'user', kinds: ['property', 'event'] } })
    const listbox = screen.getByRole('listbox')
    // The account's field is not offered in a user group.
    await waitFor(() => expect(within(listbox).getByRole('option', { name: /Field 4242/ })).toBeInTheDocument())
    expect(within(listbox).queryByRole('option', { name: /Field 9/ })).toBeNull()
    await user.click(within(listbox).getByRole('option', { name: /Field 4242/ }))
    await waitFor(() => expect(last()?.root.children).toHaveLength(1))
    expect(last()?.root.children[0]).toMatchObject({ kind: 'property', property: 'field_4242', operator: 'eq' })
    // Its definition joined the builder's catalog: it renders by its label and validates without an issue.
    expect(screen.getByRole('button', { name: 'Property: Field 4242' })).toBeInTheDocument()
    expect(container.querySelector('[data-segkit-part="issue"]')).toBeNull()
  })

  it('a server event chosen in the add search becomes an event condition with its own properties to filter on', async () => {
    const { searchCatalog } = server()
    const { user, last, container } = renderWith(withConditions(), searchCatalog)
    await user.click(screen.getByRole('button', { name: /Add condition/ }))
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'export')
    const option = await screen.findByRole('option', { name: /Exported report/ })
    await user.click(option)
    await waitFor(() => expect(last()?.root.children[0]).toMatchObject({ kind: 'event', event: 'exported_report' }))
    expect(container.querySelector('[data-segkit-part="issue"]')).toBeNull()
    await user.click(screen.getByRole('button', { name: /Add filter/ }))
    // The new filter's property picker opens at once, on the server event's own properties.
    expect(last()?.root.children[0]).toMatchObject({ filters: [{ property: '' }] })
    await user.click(await screen.findByRole('option', { name: /Format/ }))
    expect(last()?.root.children[0]).toMatchObject({ filters: [{ property: 'format' }] })
  })

  it("a row's property picker finds server properties and switches the condition to one", async () => {
    const { searchCatalog, calls } = server()
    const plan: Condition = { id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' }
    const { user, last, container } = renderWith(withConditions(plan), searchCatalog)
    await user.click(screen.getByRole('button', { name: 'Property: Plan' }))
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'field')
    const option = await screen.findByRole('option', { name: /Field 4242/ })
    expect(calls.at(-1)?.scope).toEqual({ entity: 'user', kinds: ['property'] })
    await user.click(option)
    // A new type: the operator starts again and no value is invented (the value is still to give).
    expect(last()?.root.children[0]).toEqual({ id: 'c1', kind: 'property', property: 'field_4242', operator: 'eq' })
    await waitFor(() => expect(screen.getByRole('button', { name: 'Property: Field 4242' })).toBeInTheDocument())
    expect(container.querySelector('[data-segkit-part="issue"]')).toBeNull()
  })

  it("an event condition's event picker finds server events", async () => {
    const { searchCatalog, calls } = server()
    const purchased: Condition = {
      id: 'c1',
      kind: 'event',
      event: 'purchased',
      filters: [],
      form: { type: 'performed', window: { type: 'last', duration: { amount: 30, unit: 'day' } } },
    }
    const { user, last, container } = renderWith(withConditions(purchased), searchCatalog)
    await user.click(screen.getByRole('button', { name: /^Event: / }))
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'report')
    const option = await screen.findByRole('option', { name: /Exported report/ })
    expect(calls.at(-1)?.scope).toEqual({ entity: 'user', kinds: ['event'] })
    await user.click(option)
    expect(last()?.root.children[0]).toMatchObject({ kind: 'event', event: 'exported_report' })
    await waitFor(() => expect(screen.getByRole('button', { name: /^Event: Exported report/ })).toBeInTheDocument())
    expect(container.querySelector('[data-segkit-part="issue"]')).toBeNull()
  })

  it('two server items chosen one after the other both stay in the catalog', async () => {
    const { searchCatalog } = server()
    const { user, last, container } = renderWith(withConditions(), searchCatalog)
    for (const [query, name] of [
      ['4242', /Field 4242/],
      ['export', /Exported report/],
    ] as const) {
      await user.click(screen.getAllByRole('button', { name: /Add condition/ })[0]!)
      await user.type(screen.getByRole('combobox', { name: 'Search' }), query)
      await user.click(await screen.findByRole('option', { name }))
    }
    await waitFor(() => expect(last()?.root.children).toHaveLength(2))
    expect(last()?.root.children.map((c) => c.kind)).toEqual(['property', 'event'])
    expect(screen.getByRole('button', { name: 'Property: Field 4242' })).toBeInTheDocument()
    expect(container.querySelector('[data-segkit-part="issue"]')).toBeNull()
  })
})
