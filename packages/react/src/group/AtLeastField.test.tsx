import type { Segment, SegmentNode } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { render, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SegmentBuilder } from '../index.ts'

const conditions: SegmentNode[] = [
  { id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' },
  { id: 'c2', kind: 'property', property: 'country', operator: 'eq', value: 'DE' },
  { id: 'c3', kind: 'tag', tag: 'whale', operator: 'has' },
]
const segment = (combinator: 'and' | 'or', extra: object = {}, children = conditions): Segment => ({
  version: 1,
  id: 's1',
  name: 'Two of three',
  entity: 'user',
  root: { id: 'root', kind: 'group', combinator, children, ...extra },
})
const header = (container: HTMLElement) =>
  container.querySelector<HTMLElement>('[data-group-id="root"] > [data-segkit-part="group-header"]')!
const count = (container: HTMLElement) => within(header(container)).queryByRole('spinbutton', { name: /How many/ })

describe('at least k of these, in the builder', () => {
  it('given an OR group of three, when the user types 2 into "at least", then onChange receives atLeast 2', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={segment('or')} onChange={onChange} />,
    )
    const field = count(container)!
    expect(field).toHaveValue('1')
    await user.clear(field)
    await user.type(field, '2')
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ root: expect.objectContaining({ combinator: 'or', atLeast: 2 }) }),
    )
  })

  it('offers no count on an AND group, nor on an OR group of two; switching to AND drops the count', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container, unmount } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment('and')} />)
    expect(count(container)).toBeNull()
    unmount()
    const two = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={segment('or', {}, conditions.slice(0, 2))} />,
    )
    expect(count(two.container)).toBeNull()
    two.unmount()
    const set = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={segment('or', { atLeast: 2 })} onChange={onChange} />,
    )
    await user.click(within(header(set.container)).getByRole('radio', { name: 'AND' }))
    const root = onChange.mock.lastCall?.[0].root
    expect(root.combinator).toBe('and')
    expect('atLeast' in root).toBe(false)
  })

  it('flags a count above the active conditions, and reads "At least 2 of" when read-only', () => {
    const { container, unmount } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={segment('or', { atLeast: 4 })} />,
    )
    expect(count(container)).toHaveAttribute('aria-invalid', 'true')
    const group = container.querySelector<HTMLElement>('[data-group-id="root"]')!
    expect(within(group).getByText(/has 3 active, so it matches no one/)).toBeInTheDocument()
    unmount()
    const readOnly = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={segment('or', { atLeast: 2 })} readOnly />,
    )
    expect(within(header(readOnly.container)).getByText('At least 2 of')).toBeInTheDocument()
  })
})
