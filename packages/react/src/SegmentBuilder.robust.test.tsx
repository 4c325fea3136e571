/**
 * Garbage in, no crash out: the builder given a value that is not a segment, a
 * segment with broken parts, or a catalog that is not a catalog renders a clear
 * error state for the bad part and keeps working for the rest.
 */
import type { Catalog, Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SegmentBuilder } from './index.ts'

function good(): Segment {
  return {
    version: 1,
    id: 's1',
    name: 'S',
    entity: 'user',
    root: {
      id: 'root',
      kind: 'group',
      combinator: 'and',
      children: [{ id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' }],
    },
  }
}

const withChildren = (children: unknown[]) => ({ ...good(), root: { ...good().root, children } }) as unknown as Segment

describe('the builder given garbage', () => {
  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'segment'],
    ['an empty object', {}],
    ['a root of null', { ...good(), root: null }],
  ])('given a value that is %s, then it shows that the value is not a segment, and does not crash', (_name, value) => {
    render(<SegmentBuilder catalog={exampleCatalog} value={value as unknown as Segment} onChange={() => {}} />)
    const region = screen.getByRole('region')
    expect(within(region).getByRole('alert')).toHaveTextContent(/cannot be shown/i)
    expect(region.querySelector('[data-group-id]')).toBeNull()
  })

  it('given a null child, then that part shows as unreadable and the other rows keep working', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const first = { id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' }
    const { container } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={withChildren([first, null])} onChange={onChange} />,
    )
    expect(container.querySelectorAll('[data-segkit-part="opaque-condition"]')).toHaveLength(1)
    const row = container.querySelector<HTMLElement>('[data-node-id="c1"]')!
    expect(row).toBeInTheDocument()
    await user.click(within(container).getByRole('radio', { name: 'OR' }))
    expect(onChange.mock.lastCall?.[0].root.combinator).toBe('or')
  })

  it('given an opaque node whose raw data cannot be written as JSON (BigInt, a cycle), then that row shows an error and the rest renders', () => {
    const cyclic: Record<string, unknown> = { kind: 'future' }
    cyclic.self = cyclic
    const segment = withChildren([
      { id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' },
      { id: 'o1', kind: 'opaque', reason: 'unknown_kind', raw: { kind: 'future', n: 10n } },
      { id: 'o2', kind: 'opaque', reason: 'unknown_kind', raw: cyclic },
    ])
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment} />)
    expect(container.querySelector('[data-node-id="c1"]')).toBeInTheDocument()
    for (const id of ['o1', 'o2']) {
      const row = container.querySelector<HTMLElement>(`[data-node-id="${id}"]`)
      expect(row).toBeInTheDocument()
    }
    expect(within(container).getAllByRole('alert').length).toBeGreaterThanOrEqual(2)
  })

  it('given a catalog that is not a catalog, then it says so and does not crash', () => {
    render(<SegmentBuilder catalog={{} as Catalog} defaultValue={good()} />)
    expect(within(screen.getByRole('region')).getByRole('alert')).toHaveTextContent(/catalog/i)
  })

  it('given a bad value first and a good one next, then the builder shows the good one', () => {
    const { rerender, container } = render(
      <SegmentBuilder catalog={exampleCatalog} value={null as unknown as Segment} onChange={() => {}} />,
    )
    rerender(<SegmentBuilder catalog={exampleCatalog} value={good()} onChange={() => {}} />)
    expect(container.querySelector('[data-node-id="c1"]')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
