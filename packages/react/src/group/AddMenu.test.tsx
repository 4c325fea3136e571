import type { Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import axe from 'axe-core'
import { SegmentBuilder } from '../index.ts'

function segment(): Segment {
  return {
    version: 1,
    id: 's1',
    name: 'Add',
    entity: 'user',
    root: {
      id: 'root',
      kind: 'group',
      combinator: 'and',
      children: [
        { id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' },
        {
          id: 'g2',
          kind: 'group',
          combinator: 'or',
          children: [{ id: 'c2', kind: 'tag', tag: 'whale', operator: 'has' }],
        },
      ],
    },
  }
}

function setup(catalog = structuredClone(exampleCatalog)) {
  const user = userEvent.setup()
  const onChange = vi.fn()
  const view = render(<SegmentBuilder catalog={catalog} defaultValue={segment()} onChange={onChange} />)
  const group = (id: string) => view.container.querySelector<HTMLElement>(`[data-group-id="${id}"]`)!
  const footer = (id: string) => group(id).querySelector<HTMLElement>(':scope > [data-segkit-part="group-footer"]')!
  const last = () => onChange.mock.lastCall?.[0] as Segment
  return { user, group, footer, last, ...view }
}

describe('the add search', () => {
  it('given "vip", finds the VIP list (not a tag) and Enter adds a list condition, focus in the new row', async () => {
    const { user, footer, last, container } = setup()
    await user.click(within(footer('root')).getByRole('button', { name: 'Add condition' }))
    const listbox = screen.getByRole('listbox', { name: 'Add a condition' })
    expect(within(listbox).getByRole('group', { name: 'Properties' })).toHaveTextContent('Plan')
    expect(within(listbox).getByRole('group', { name: 'Events' })).toHaveTextContent('Purchased')
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'vip')
    expect(within(listbox).getByRole('group', { name: 'Lists' })).toHaveTextContent('VIP customers')
    await user.keyboard('{Enter}')
    const added = last().root.children[2]!
    expect(added).toMatchObject({ kind: 'list', list: 'vip', operator: 'in' })
    expect(screen.queryByRole('listbox')).toBeNull()
    expect(container.querySelector(`[data-node-id="${added.id}"]`)).toContainElement(
      document.activeElement as HTMLElement,
    )
  })

  it("given an account property, adds a related condition on the user's account holding it", async () => {
    const { user, footer, last } = setup()
    await user.click(within(footer('root')).getByRole('button', { name: 'Add condition' }))
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'arr')
    expect(within(screen.getByRole('listbox')).getByRole('group', { name: 'Account' })).toHaveTextContent('ARR')
    await user.keyboard('{Enter}')
    expect(last().root.children[2]).toMatchObject({
      kind: 'related',
      relation: 'account',
      root: { children: [{ kind: 'property', property: 'arr' }] },
    })
  })

  it('lists what was added recently first, and offers a sequence and a group under "More"', async () => {
    const { user, footer, last } = setup()
    await user.click(within(footer('root')).getByRole('button', { name: 'Add condition' }))
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'influ')
    await user.keyboard('{Enter}')
    await user.click(within(footer('root')).getByRole('button', { name: 'Add condition' }))
    const recent = within(screen.getByRole('listbox')).getAllByRole('group')[0]!
    expect(recent).toHaveAccessibleName('Recent')
    expect(
      within(recent)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Influencer'])
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'sequence')
    expect(within(screen.getByRole('listbox')).getByRole('group', { name: 'More' })).toBeInTheDocument()
    await user.keyboard('{Enter}')
    expect(last().root.children.map((c) => c.kind)).toEqual(['property', 'group', 'tag', 'sequence'])
  })

  it('Shift+Enter inside a group opens the search of that group, also from a nested group', async () => {
    const { user, group, last } = setup()
    within(group('g2'))
      .getByRole('button', { name: /^Tag: / })
      .focus()
    await user.keyboard('{Shift>}{Enter}{/Shift}')
    expect(screen.getByRole('combobox', { name: 'Search' })).toHaveFocus()
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'beta')
    await user.keyboard('{Enter}')
    const nested = last().root.children[1]
    expect(nested?.kind === 'group' && nested.children.map((c) => c.kind)).toEqual(['tag', 'list'])
  })

  it('keeps the kind menu beside it', async () => {
    const { user, footer, last } = setup()
    await user.click(within(footer('root')).getByRole('button', { name: 'Add by kind' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Segment' }))
    expect(last().root.children[2]).toMatchObject({ kind: 'segment' })
  })

  it('open, it has no axe violation', async () => {
    const { user, footer, container } = setup()
    await user.click(within(footer('root')).getByRole('button', { name: 'Add condition' }))
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'a')
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  })
})
