import type { Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SegmentBuilder } from '../index.ts'

function one(condition: Segment['root']['children'][number]): Segment {
  return {
    version: 1,
    id: 's',
    name: 'S',
    entity: 'user',
    root: { id: 'root', kind: 'group', combinator: 'and', children: [condition] },
  }
}

const row = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-node-id="c1"]')!

describe('comparing a property with another property in the builder', () => {
  it('given a datetime compared with a date, when the user clicks "Compare with a property", then the value is the only compatible property', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder
        catalog={exampleCatalog}
        defaultValue={one({
          id: 'c1',
          kind: 'property',
          property: 'last_seen_at',
          operator: 'before',
          value: { type: 'ago', duration: { amount: 7, unit: 'day' } },
        })}
        onChange={onChange}
      />,
    )
    await user.click(within(row(container)).getByRole('button', { name: 'Compare with a property' }))
    const segment = onChange.mock.lastCall![0] as Segment
    expect(segment.root.children[0]).toMatchObject({
      operator: 'before',
      value: { type: 'property', property: 'created_at' },
    })
    expect(within(row(container)).getByRole('button', { name: 'Compare with a value' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  it('given a comparison with another datetime, when the user types an amount and picks minus, then the offset is signed', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder
        catalog={exampleCatalog}
        defaultValue={one({
          id: 'c1',
          kind: 'property',
          property: 'last_seen_at',
          operator: 'before',
          value: { type: 'property', property: 'created_at' },
        })}
        onChange={onChange}
      />,
    )
    const r = within(row(container))
    const amount = r.getByRole('spinbutton', { name: 'Offset: Amount' })
    await user.clear(amount)
    await user.type(amount, '7')
    expect((onChange.mock.lastCall![0] as Segment).root.children[0]).toMatchObject({
      value: { type: 'property', property: 'created_at', offset: { amount: 7, unit: 'day' } },
    })
    await user.selectOptions(r.getByRole('combobox', { name: 'Offset' }), 'minus')
    expect((onChange.mock.lastCall![0] as Segment).root.children[0]).toMatchObject({
      value: { type: 'property', property: 'created_at', offset: { amount: -7, unit: 'day' } },
    })
    await user.click(r.getByRole('button', { name: 'Compare with a value' }))
    const back = (onChange.mock.lastCall![0] as Segment).root.children[0]
    expect(back).toMatchObject({ operator: 'before', value: { type: 'ago' } })
  })

  it('given a list of texts, which compares with no property, then there is no switch', () => {
    const { container } = render(
      <SegmentBuilder
        catalog={exampleCatalog}
        defaultValue={one({ id: 'c1', kind: 'property', property: 'interests', operator: 'has_any', value: ['a'] })}
      />,
    )
    expect(within(row(container)).queryByRole('button', { name: 'Compare with a property' })).toBeNull()
  })

  it('given a number compared with another number, then the other property is picked among numbers', async () => {
    const user = userEvent.setup()
    const { container } = render(
      <SegmentBuilder
        catalog={exampleCatalog}
        defaultValue={one({
          id: 'c1',
          kind: 'property',
          property: 'age',
          operator: 'gt',
          value: { type: 'property', property: 'ltv' },
        })}
      />,
    )
    const value = row(container).querySelector<HTMLElement>('[data-field="value"] [data-segkit-part="reference"]')!
    expect(value).toHaveTextContent('Lifetime value')
    await user.click(within(value).getByRole('button'))
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent)
    expect(options.join('|')).toContain('Lifetime value')
    expect(options.join('|')).not.toContain('Name')
  })
})
