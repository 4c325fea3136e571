import type { Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { act, fireEvent, render, screen, within } from '@testing-library/react'

// The test setup preloads the later chunk; each test here imports the builder afresh (new module
// instances), so that the chunk is not loaded yet when it renders, as in a page's first frame.
async function freshBuilder() {
  vi.resetModules()
  const { SegmentBuilder } = await import('../SegmentBuilder.tsx')
  const { laterParts } = await import('./load-later.ts')
  return { SegmentBuilder, laterParts }
}

const segment: Segment = {
  version: 1,
  id: 's',
  name: 'Activation',
  entity: 'user',
  root: {
    id: 'root',
    kind: 'group',
    combinator: 'and',
    children: [
      { id: 'c_age', kind: 'property', property: 'age', operator: 'gt', value: 30 },
      {
        id: 'c_steps',
        kind: 'sequence',
        window: { type: 'ever' },
        steps: [
          { id: 's1', event: 'signed_up', filters: [] },
          { id: 's2', event: 'purchased', filters: [] },
        ],
      },
    ],
  },
}

describe('the later chunk, before it has loaded', () => {
  it('given a segment with a sequence, the first render shows a placeholder line per step and the property row whole; then the sequence editor replaces the placeholder while the focused field keeps the focus', async () => {
    const { SegmentBuilder, laterParts } = await freshBuilder()
    expect(laterParts()).toBeUndefined()
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment} />)
    const placeholder = container.querySelector('[data-segkit-part="part-loading"][data-for="sequence-condition"]')
    expect(placeholder).not.toBeNull()
    expect(placeholder?.getAttribute('aria-hidden')).toBe('true')
    expect(placeholder?.querySelectorAll('[data-segkit-part="part-loading-line"]')).toHaveLength(3)
    expect(container.querySelector('[data-segkit-part="sequence-condition"]')).toBeNull()
    // A basic row is complete in the first render: nothing of it waits for the chunk.
    const value = screen.getByRole('spinbutton', { name: 'Value' })
    expect(value).toHaveValue('30')
    value.focus()

    const { loadLater } = await import('./load-later.ts')
    await act(async () => {
      await loadLater()
    })
    expect(container.querySelector('[data-segkit-part="sequence-condition"]')).not.toBeNull()
    expect(container.querySelector('[data-segkit-part="part-loading"]')).toBeNull()
    expect(document.activeElement).toBe(value)
    expect(laterParts()).toBeDefined()
  })

  it("given a click on a row's actions button before the chunk is there, the menu opens once it has loaded, with its first item focused", async () => {
    const { SegmentBuilder, laterParts } = await freshBuilder()
    render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment} />)
    const row = screen.getByRole('spinbutton', { name: 'Value' }).closest('[data-segkit-part="node"]') as HTMLElement
    const trigger = within(row).getByRole('button', { name: 'More actions' })
    trigger.focus()
    fireEvent.click(trigger)
    expect(laterParts()).toBeUndefined()
    expect(screen.queryByRole('menu')).toBeNull()
    expect(document.activeElement).toBe(trigger)
    const menu = await screen.findByRole('menu')
    expect(within(menu).getByRole('menuitem', { name: 'Duplicate' })).toBeInTheDocument()
    expect(document.activeElement?.getAttribute('role')).toBe('menuitem')
  })

  it("given a click on a row's property picker before the chunk is there, the list opens once it has loaded, with the search box focused", async () => {
    const { SegmentBuilder, laterParts } = await freshBuilder()
    render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment} />)
    const trigger = screen.getByRole('button', { name: 'Property: Age' })
    trigger.focus()
    fireEvent.click(trigger)
    expect(laterParts()).toBeUndefined()
    expect(screen.queryByRole('listbox')).toBeNull()
    expect(document.activeElement).toBe(trigger)
    const listbox = await screen.findByRole('listbox', { name: 'Property' })
    expect(within(listbox).getByRole('option', { name: 'Age' })).toHaveAttribute('aria-selected', 'true')
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Search' }))
  })

  it('given the chunk already loaded, a part it holds renders in the same render, without a placeholder', async () => {
    const { SegmentBuilder } = await freshBuilder()
    const { loadLater } = await import('./load-later.ts')
    await loadLater()
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment} />)
    expect(container.querySelector('[data-segkit-part="part-loading"]')).toBeNull()
    expect(container.querySelector('[data-segkit-part="sequence-condition"]')).not.toBeNull()
  })
})

describe('whenLoaded', () => {
  it('given work waiting for the chunk, it does not load the chunk, runs once the chunk loads, and not at all once cancelled', async () => {
    vi.resetModules()
    const { whenLoaded, laterParts, loadLater } = await import('./load-later.ts')
    const ran: string[] = []
    whenLoaded(() => ran.push('kept'))
    const cancel = whenLoaded(() => ran.push('cancelled'))
    cancel()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(laterParts()).toBeUndefined()
    expect(ran).toEqual([])
    await loadLater()
    expect(ran).toEqual(['kept'])
    whenLoaded(() => ran.push('after'))
    expect(ran).toEqual(['kept', 'after'])
  })
})
