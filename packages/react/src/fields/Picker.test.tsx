import type { Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { SegmentBuilder, SegmentBuilderProvider } from '../index.ts'
import { Picker, type PickerOption } from './Picker.tsx'

const segment: Segment = {
  version: 1,
  id: 's1',
  name: 'Pickers',
  entity: 'user',
  root: {
    id: 'root',
    kind: 'group',
    combinator: 'and',
    children: [{ id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' }],
  },
}

const highlighted = () => screen.getByRole('listbox').querySelector('[data-highlighted]')?.textContent

describe('reopening a picker', () => {
  it('given a search typed and Escape pressed, when the picker opens again, then the current item is highlighted', async () => {
    const user = userEvent.setup()
    const view = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment} />)
    const row = view.container.querySelector<HTMLElement>('[data-node-id="c1"]')!
    await user.click(within(row).getByRole('button', { name: 'Property: Plan' }))
    expect(highlighted()).toBe('Plan')
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'ag')
    expect(highlighted()).toBe('Age')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('listbox')).toBeNull()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('combobox', { name: 'Search' })).toHaveValue('')
    expect(highlighted()).toBe('Plan')
    const input = screen.getByRole('combobox', { name: 'Search' })
    expect(document.getElementById(input.getAttribute('aria-activedescendant')!)).toHaveTextContent('Plan')
  })
})

function Controlled(props: {
  options: readonly PickerOption[]
  search?: (query: string, signal: AbortSignal) => Promise<readonly PickerOption[]>
  initial?: string
  onChange?: (value: string) => void
}) {
  const [value, setValue] = useState(props.initial)
  return (
    <SegmentBuilderProvider catalog={exampleCatalog}>
      <Picker
        options={props.options}
        search={props.search}
        label="Thing"
        placeholder="Choose a thing"
        value={value}
        onChange={(next) => {
          setValue(next)
          props.onChange?.(next)
        }}
      />
    </SegmentBuilderProvider>
  )
}

describe('an async search', () => {
  it('given a query, lists local matches then the results of the search, aborting the superseded query', async () => {
    const signals: AbortSignal[] = []
    const search = vi.fn(async (query: string, signal: AbortSignal) => {
      signals.push(signal)
      return [{ value: `remote-${query}`, label: `Remote ${query}`, group: 'Server' }]
    })
    const user = userEvent.setup()
    render(<Controlled options={[{ value: 'local', label: 'Local row' }]} search={search} />)
    await user.click(screen.getByRole('button', { name: 'Thing: Choose a thing' }))
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'ro')
    const option = await screen.findByRole('option', { name: 'Remote ro' })
    expect(screen.getByRole('option', { name: 'Local row' })).toBeInTheDocument()
    // Typed within the debounce: only the last query ran; nothing is left running.
    expect(search).toHaveBeenCalledTimes(1)
    expect(search).toHaveBeenCalledWith('ro', expect.any(AbortSignal))
    expect(screen.getByRole('status')).toHaveTextContent('2 results')
    await user.click(option)
    expect(screen.getByRole('button', { name: 'Thing: Remote ro' })).toBeInTheDocument()
    expect(signals[0]?.aborted).toBe(true)
  })

  it('given a failing search, says so and keeps the local matches', async () => {
    const user = userEvent.setup()
    render(
      <Controlled
        options={[{ value: 'local', label: 'Local row' }]}
        search={() => Promise.reject(new Error('offline'))}
      />,
    )
    await user.click(screen.getByRole('button', { name: 'Thing: Choose a thing' }))
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'lo')
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('The search failed. Type again to retry.'))
    expect(screen.getByRole('option', { name: 'Local row' })).toBeInTheDocument()
  })
})

describe('a big list', () => {
  const many = Array.from({ length: 2_000 }, (_, i) => ({ value: `v${i}`, label: `Item ${i}`, group: `G${i % 4}` }))

  it('mounts only the rows in view, tells their place in the whole list, and keeps the active option mounted', async () => {
    const user = userEvent.setup()
    render(<Controlled options={many} initial="v1000" />)
    await user.click(screen.getByRole('button', { name: 'Thing: Item 1000' }))
    const listbox = screen.getByRole('listbox', { name: 'Thing' })
    expect(listbox).toHaveAttribute('data-virtual')
    const options = within(listbox).getAllByRole('option')
    expect(options.length).toBeLessThan(60)
    expect(options[0]).toHaveAttribute('aria-setsize', '2000')
    const input = screen.getByRole('combobox', { name: 'Search' })
    const active = () => document.getElementById(input.getAttribute('aria-activedescendant') ?? '')
    expect(active()).toHaveTextContent('Item 1000')
    expect(active()).toHaveAttribute('aria-posinset', '251') // the 251st of group G0, listed first
    // Scrolling to keep the active option mounted needs layout: the Picker story "BigList" checks it in Chromium.
    await user.keyboard('{ArrowDown}{Enter}')
    expect(screen.getByRole('button', { name: 'Thing: Item 1004' })).toBeInTheDocument()
  })
})

describe('a multiple picker', () => {
  it('shows the chosen values as removable chips beside its trigger', async () => {
    const user = userEvent.setup()
    const view = render(
      <SegmentBuilder
        catalog={exampleCatalog}
        defaultValue={{
          ...segment,
          root: {
            ...segment.root,
            children: [{ id: 'c1', kind: 'property', property: 'plan', operator: 'in', value: ['pro', 'enterprise'] }],
          },
        }}
      />,
    )
    const row = view.container.querySelector<HTMLElement>('[data-node-id="c1"]')!
    const chips = within(row).getByRole('list', { name: 'Value' })
    expect(
      within(chips)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Pro×', 'Enterprise×'])
    await user.click(within(chips).getByRole('button', { name: 'Remove Pro' }))
    expect(within(row).getByRole('button', { name: 'Value: Enterprise' })).toBeInTheDocument()
    expect(within(row).queryByRole('button', { name: 'Remove Pro' })).toBeNull()
  })
})
