import type { Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import axe from 'axe-core'
import { SegmentBuilder } from './index.ts'

function segment(): Segment {
  return {
    version: 1,
    id: 's1',
    name: 'Accessible',
    entity: 'user',
    root: {
      id: 'root',
      kind: 'group',
      combinator: 'and',
      children: [
        { id: 'c1', kind: 'property', property: 'plan', operator: 'in', value: ['pro'] },
        { id: 'c2', kind: 'property', property: 'email', operator: 'contains', value: 'acme', ignoreCase: true },
        {
          id: 'c3',
          kind: 'property',
          property: 'last_seen_at',
          operator: 'within_last',
          value: { amount: 7, unit: 'day' },
        },
        { id: 'c4', kind: 'list', list: 'beta', operator: 'in' },
        {
          id: 'g2',
          kind: 'group',
          combinator: 'or',
          negated: true,
          children: [
            { id: 'c5', kind: 'tag', tag: 'whale', operator: 'has' },
            { id: 'c6', kind: 'property', property: 'shoe_size', operator: 'eq', value: 42 },
          ],
        },
      ],
    },
  }
}

// jsdom cannot compute colours; contrast is checked in the browser (Storybook, e2e).
const options: axe.RunOptions = { rules: { 'color-contrast': { enabled: false } } }

async function violations(root: Element) {
  const result = await axe.run(root, options)
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('accessibility (axe-core)', () => {
  it('a builder with groups, several kinds of rows and an error has no axe violation', async () => {
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment()} />)
    expect(await violations(container)).toEqual([])
  })

  it('the open property picker (combobox + grouped listbox) has no axe violation', async () => {
    const user = userEvent.setup()
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment()} />)
    await user.click(screen.getAllByRole('button', { name: /^Property: / })[0]!)
    expect(await screen.findByRole('listbox', { name: 'Property' })).toBeInTheDocument()
    expect(await violations(container)).toEqual([])
  })

  it('the open add menu and the native operator select have no axe violation', async () => {
    const user = userEvent.setup()
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment()} />)
    await user.click(screen.getAllByRole('button', { name: 'Add by kind' }).at(-1)!)
    expect(await screen.findByRole('menu')).toBeInTheDocument()
    expect(await violations(container)).toEqual([])
    await user.keyboard('{Escape}')
    await user.selectOptions(screen.getAllByRole('combobox', { name: 'Operator' })[0]!, 'is not')
    expect(screen.getAllByRole('combobox', { name: 'Operator' })[0]).toHaveDisplayValue('is not')
    expect(await violations(container)).toEqual([])
  })

  it('the read-only builder has no axe violation', async () => {
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment()} readOnly />)
    expect(await violations(container)).toEqual([])
  })
})
