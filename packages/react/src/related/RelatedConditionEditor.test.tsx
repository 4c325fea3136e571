import type { RelatedCondition, Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { SegmentBuilder } from '../SegmentBuilder.tsx'

function segmentWith(entity: string, condition: RelatedCondition): Segment {
  return {
    version: 1,
    id: 'seg',
    name: 'B2B',
    entity,
    root: { id: 'root', kind: 'group', combinator: 'and', children: [condition] },
  }
}

const usersAccount: RelatedCondition = {
  id: 'r1',
  kind: 'related',
  relation: 'account',
  match: { type: 'any' },
  root: {
    id: 'inner',
    kind: 'group',
    combinator: 'and',
    children: [{ id: 'p1', kind: 'property', property: 'seats', operator: 'gt', value: 50 }],
  },
}

const accountUsers: RelatedCondition = {
  id: 'r1',
  kind: 'related',
  relation: 'users',
  match: { type: 'any' },
  root: {
    id: 'inner',
    kind: 'group',
    combinator: 'and',
    children: [{ id: 'p1', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' }],
  },
}

function renderRelated(entity: string, condition: RelatedCondition, props: { readOnly?: boolean } = {}) {
  const onChange = vi.fn<(segment: Segment) => void>()
  const user = userEvent.setup()
  render(
    <SegmentBuilder
      catalog={exampleCatalog}
      defaultValue={segmentWith(entity, condition)}
      onChange={onChange}
      {...props}
    />,
  )
  const row = () => document.querySelector<HTMLElement>('[data-segkit-part="related-condition"]')!
  const header = () => row().querySelector<HTMLElement>('[data-segkit-part="related-header"]')!
  const last = () => {
    const segment = onChange.mock.lastCall?.[0]
    if (!segment) throw new Error('onChange was not called')
    return segment.root.children[0] as RelatedCondition
  }
  return { user, onChange, row, header, last }
}

describe('RelatedConditionEditor', { timeout: 30_000 }, () => {
  it("given a user segment, shows the account's conditions in a nested group and offers only the matches that make sense for one account", async () => {
    const { user, row, header, last } = renderRelated('user', usersAccount)
    expect(within(header()).getByRole('button', { name: 'Related: Account' })).toBeInTheDocument()
    const body = within(row()).getByRole('region', { name: 'Conditions on Accounts' })
    expect(within(body).getByRole('button', { name: 'Property: Seats' })).toBeInTheDocument()

    const select = within(header()).getByRole('combobox', { name: 'Match' })
    const options = within(select).getAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual(['at least one', 'no'])
    await user.selectOptions(select, 'no')
    expect(last().match).toEqual({ type: 'none' })
  })

  it('edits a condition of the nested group on the related entity', async () => {
    const { user, row, last } = renderRelated('user', usersAccount)
    const body = within(row()).getByRole('region', { name: 'Conditions on Accounts' })
    const value = within(body).getByRole('spinbutton', { name: 'Value' })
    await user.clear(value)
    await user.type(value, '200')
    expect(last().root.children[0]).toMatchObject({ id: 'p1', property: 'seats', value: 200 })
  })

  it('adds a condition of the related entity to the nested group', async () => {
    const { user, row, last } = renderRelated('user', usersAccount)
    const body = within(row()).getByRole('region', { name: 'Conditions on Accounts' })
    await user.click(within(body).getAllByRole('button', { name: 'Add by kind' }).at(-1)!)
    await user.click(await screen.findByRole('menuitem', { name: 'Property' }))
    expect(last().root.children).toHaveLength(2)
    // A new condition on the account's properties, not the user's: its picker lists ARR, not Email.
    expect(last().root.children[1]).toMatchObject({ kind: 'property', property: '' })
    await user.click(await screen.findByRole('option', { name: 'ARR' }))
    expect(last().root.children[1]).toMatchObject({ kind: 'property', property: 'arr' })
  })

  it('given an account segment, counts the users that match: at least 3, then between 2 and 10', async () => {
    const { user, header, row, last } = renderRelated('account', accountUsers)
    expect(within(row()).getByRole('region', { name: 'Conditions on Users' })).toBeInTheDocument()
    const select = within(header()).getByRole('combobox', { name: 'Match' })
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['at least one', 'every', 'no', 'a number of'])
    await user.selectOptions(select, 'a number of')
    expect(last().match).toEqual({ type: 'count', comparison: 'gte', value: 1 })

    const count = within(header()).getByRole('spinbutton', { name: 'Count' })
    await user.clear(count)
    await user.type(count, '3')
    expect(last().match).toEqual({ type: 'count', comparison: 'gte', value: 3 })

    await user.selectOptions(within(header()).getByRole('combobox', { name: 'Count comparison' }), 'between')
    const upper = within(header()).getByRole('spinbutton', { name: 'Upper count' })
    await user.clear(upper)
    await user.type(upper, '10')
    expect(last().match).toEqual({ type: 'count', comparison: 'between', value: 3, value2: 10 })
  })

  it('shows a count range that is upside down next to its upper bound', () => {
    const { header } = renderRelated('account', {
      ...accountUsers,
      match: { type: 'count', comparison: 'between', value: 10, value2: 2 },
    })
    const upper = within(header()).getByRole('spinbutton', { name: 'Upper count' })
    expect(upper).toHaveAttribute('aria-invalid', 'true')
    expect(document.getElementById(upper.getAttribute('aria-describedby') ?? '')).toHaveTextContent(
      'The minimum 10 is above the maximum 2',
    )
  })

  it('keeps a relation the catalog no longer knows, with its nested conditions, and flags it', () => {
    const { header, row } = renderRelated('user', { ...usersAccount, relation: 'workspace' })
    const picker = within(header()).getByRole('button', { name: 'Related: Unknown relation "workspace"' })
    expect(picker).toHaveAttribute('aria-invalid', 'true')
    expect(header()).toHaveTextContent("Unknown relation 'workspace'")
    expect(row().querySelector('[data-segkit-part="related-body"] [data-segkit-part="group"]')).not.toBeNull()
  })

  it('in read-only mode, the row and its nested group read as one sentence with no controls', () => {
    renderRelated('user', usersAccount, { readOnly: true })
    const row = document.querySelector<HTMLElement>('[data-segkit-part="condition"][data-kind="related"]')!
    expect(within(row).queryAllByRole('button')).toHaveLength(0)
    expect(within(row).queryAllByRole('combobox')).toHaveLength(0)
    expect(within(row).queryAllByRole('spinbutton')).toHaveLength(0)
    expect(row.querySelector('[data-segkit-part="condition-text"]')).toHaveTextContent(/Account/)
  })
})
