import type { PropertyCondition, Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SegmentBuilder } from '../index.ts'

function withConditions(...children: Segment['root']['children']): Segment {
  return {
    version: 1,
    id: 's1',
    name: 'Fields',
    entity: 'user',
    root: { id: 'root', kind: 'group', combinator: 'and', children },
  }
}

function renderRow(condition: Segment['root']['children'][number]) {
  const onChange = vi.fn()
  const user = userEvent.setup()
  const view = render(
    <SegmentBuilder catalog={exampleCatalog} defaultValue={withConditions(condition)} onChange={onChange} />,
  )
  const row = view.container.querySelector<HTMLElement>(`[data-node-id="${condition.id}"]`)!
  const last = () => onChange.mock.lastCall?.[0].root.children[0]
  return { user, row, onChange, last, ...view }
}

const property = (fields: Omit<PropertyCondition, 'id' | 'kind'>): PropertyCondition => ({
  id: 'c1',
  kind: 'property',
  ...fields,
})

describe('the property picker', () => {
  it('lists properties under their group headings and filters them by the search text', async () => {
    const { user, row } = renderRow(property({ property: 'plan', operator: 'eq', value: 'pro' }))
    await user.click(within(row).getByRole('button', { name: 'Property: Plan' }))
    const listbox = await screen.findByRole('listbox', { name: 'Property' })
    expect(within(listbox).getByRole('group', { name: 'Billing' })).toHaveTextContent('Lifetime value')
    expect(within(listbox).getByRole('group', { name: 'Profile' })).toHaveTextContent('Email')
    await user.type(screen.getByRole('combobox', { name: 'Search' }), 'life')
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Lifetime value'])
  })

  it('picks with the keyboard: arrows move the active option, Enter chooses it, and the operator resets for the new type', async () => {
    const { user, row, last } = renderRow(property({ property: 'plan', operator: 'eq', value: 'pro' }))
    await user.click(within(row).getByRole('button', { name: 'Property: Plan' }))
    const search = await screen.findByRole('combobox', { name: 'Search' })
    await user.type(search, 'age')
    await user.keyboard('{Enter}')
    // No invented 0: the value is empty, to be typed.
    expect(last()).toEqual({ id: 'c1', kind: 'property', property: 'age', operator: 'eq' })
    expect(screen.queryByRole('listbox')).toBeNull()
    expect(within(row).getByRole('spinbutton', { name: 'Value' })).toHaveValue('')
  })

  it('ArrowDown then Enter picks the second visible option; a search with no match says so', async () => {
    const { user, row, last } = renderRow(property({ property: 'email', operator: 'eq', value: 'a' }))
    await user.click(within(row).getByRole('button', { name: 'Property: Email' }))
    const search = await screen.findByRole('combobox', { name: 'Search' })
    await user.type(search, 'zzz')
    expect(screen.getByText('Nothing matches')).toBeInTheDocument()
    await user.clear(search)
    await user.type(search, 'name')
    // "name" matches Name (Profile) only
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}')
    expect(last()).toMatchObject({ property: 'name', operator: 'eq', value: 'a' })
  })
})

describe('the operator select', () => {
  it('offers only the operators of the property type, and switching keeps a value of the same shape', async () => {
    const { user, row, last } = renderRow(property({ property: 'ltv', operator: 'gt', value: 100 }))
    const select = within(row).getByRole('combobox', { name: 'Operator' })
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'is',
      'is not',
      'greater than',
      'at least',
      'less than',
      'at most',
      'between',
      'not between',
      'is one of',
      'is none of',
      'is set',
      'is not set',
    ])
    await user.selectOptions(select, 'at least')
    expect(last()).toMatchObject({ operator: 'gte', value: 100 })
  })

  it('switching "more than 100" to between gives a range from the current value, in two number fields', async () => {
    const { user, row, last } = renderRow(property({ property: 'ltv', operator: 'gt', value: 100 }))
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Operator' }), 'between')
    expect(last()).toMatchObject({ operator: 'between', value: [100, 200] })
    expect(within(row).getByRole('spinbutton', { name: 'From' })).toHaveValue('100')
    const to = within(row).getByRole('spinbutton', { name: 'To' })
    await user.clear(to)
    await user.type(to, '250')
    expect(last().value).toEqual([100, 250])
  })

  it('is set takes no value: the value field disappears and the value is dropped', async () => {
    const { user, row, last } = renderRow(property({ property: 'email', operator: 'eq', value: 'x' }))
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Operator' }), 'is set')
    expect(last()).toEqual({ id: 'c1', kind: 'property', property: 'email', operator: 'is_set' })
    expect(within(row).queryByRole('textbox', { name: 'Value' })).toBeNull()
  })
})

describe('value editors', () => {
  it('enum single choice: a searchable picker of the options', async () => {
    const { user, row, last } = renderRow(property({ property: 'country', operator: 'eq', value: 'US' }))
    await user.click(within(row).getByRole('button', { name: 'Value: United States' }))
    await user.click(await screen.findByRole('option', { name: 'Germany' }))
    expect(last()).toMatchObject({ value: 'DE' })
  })

  it('enum multi choice: options toggle and the picker stays open', async () => {
    const { user, row, last } = renderRow(property({ property: 'plan', operator: 'in', value: ['pro'] }))
    await user.click(within(row).getByRole('button', { name: 'Value: Pro' }))
    const listbox = await screen.findByRole('listbox', { name: 'Value' })
    expect(listbox).toHaveAttribute('aria-multiselectable', 'true')
    await user.click(within(listbox).getByRole('option', { name: 'Enterprise' }))
    expect(last().value).toEqual(['pro', 'enterprise'])
    await user.click(within(listbox).getByRole('option', { name: 'Pro' }))
    expect(last().value).toEqual(['enterprise'])
    expect(within(listbox).getByRole('option', { name: 'Enterprise' })).toHaveAttribute('aria-selected', 'true')
  })

  it('string list: Enter adds a value, the chip button removes it, Backspace on empty removes the last', async () => {
    const { user, row, last } = renderRow(property({ property: 'email', operator: 'in', value: ['a@x.io'] }))
    const input = within(row).getByRole('textbox', { name: /Value: Add a value/ })
    await user.type(input, 'b@x.io{Enter}')
    expect(last().value).toEqual(['a@x.io', 'b@x.io'])
    await user.click(within(row).getByRole('button', { name: 'Remove a@x.io' }))
    expect(last().value).toEqual(['b@x.io'])
    await user.type(input, '{Backspace}')
    expect(last().value).toEqual([])
  })

  it('string[] property: has any of takes free tags', async () => {
    const { user, row, last } = renderRow(property({ property: 'interests', operator: 'has_any', value: [] }))
    await user.type(within(row).getByRole('textbox', { name: /Value: Add a value/ }), 'golf,chess,')
    expect(last().value).toEqual(['golf', 'chess'])
  })

  it('number list rejects text that is not a number', async () => {
    const { user, row, last, onChange } = renderRow(property({ property: 'age', operator: 'in', value: [30] }))
    const input = within(row).getByRole('textbox', { name: /Value: Add a value/ })
    await user.type(input, 'old{Enter}')
    expect(onChange).not.toHaveBeenCalled()
    await user.clear(input)
    await user.type(input, '41{Enter}')
    expect(last().value).toEqual([30, 41])
  })

  it('datetime within the last: a duration with amount and unit', async () => {
    const { user, row, last } = renderRow(
      property({ property: 'last_seen_at', operator: 'within_last', value: { amount: 7, unit: 'day' } }),
    )
    const amount = within(row).getByRole('spinbutton', { name: 'Value: Amount' })
    await user.clear(amount)
    await user.type(amount, '3')
    expect(last().value).toEqual({ amount: 3, unit: 'day' })
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Value: Unit' }), 'weeks')
    expect(last().value).toEqual({ amount: 3, unit: 'week' })
  })

  it('datetime before: a relative date that can become an absolute UTC date', async () => {
    const { user, row, last } = renderRow(
      property({
        property: 'created_at',
        operator: 'before',
        value: { type: 'ago', duration: { amount: 30, unit: 'day' } },
      }),
    )
    expect(within(row).getByText('ago')).toBeInTheDocument()
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Value: Date type' }), 'on a date')
    expect(last().value.type).toBe('absolute')
    const date = within(row).getByLabelText('Value (UTC)')
    // user-event cannot type into datetime-local inputs in jsdom; set the value as the browser's picker does.
    fireEvent.change(date, { target: { value: '2026-01-15T09:30' } })
    expect(last().value).toEqual({ type: 'absolute', value: '2026-01-15T09:30:00.000Z' })
  })

  it('datetime between: two dates, from and to', () => {
    const { row } = renderRow(
      property({
        property: 'created_at',
        operator: 'between',
        value: [
          { type: 'absolute', value: '2026-01-01T00:00:00Z' },
          { type: 'ago', duration: { amount: 1, unit: 'day' } },
        ],
      }),
    )
    expect(within(row).getByLabelText('From (UTC)')).toHaveValue('2026-01-01T00:00')
    expect(within(row).getByRole('spinbutton', { name: 'To: Amount' })).toHaveValue('1')
  })

  it('string contains: an ignore-case switch', async () => {
    const { user, row, last } = renderRow(property({ property: 'email', operator: 'contains', value: 'acme' }))
    await user.click(within(row).getByRole('checkbox', { name: 'Ignore case' }))
    expect(last()).toMatchObject({ ignoreCase: true })
    await user.click(within(row).getByRole('checkbox', { name: 'Ignore case' }))
    expect(last().ignoreCase).toBeUndefined()
  })

  it('boolean is true takes no value', () => {
    const { row } = renderRow(property({ property: 'marketing_consent', operator: 'is_true' }))
    expect(within(row).getByRole('combobox', { name: 'Operator' })).toHaveDisplayValue('is true')
    expect(within(row).queryByRole('textbox')).toBeNull()
    expect(within(row).queryByRole('spinbutton')).toBeNull()
  })
})

describe('time travel on a property with history', () => {
  it('adds an "as it was" date, edits it and removes it', async () => {
    const { user, row, last } = renderRow(property({ property: 'plan', operator: 'eq', value: 'pro' }))
    await user.click(within(row).getByRole('button', { name: 'Compare with a past value' }))
    expect(last().at).toEqual({ type: 'ago', duration: { amount: 7, unit: 'day' } })
    await user.click(within(row).getByRole('button', { name: /Remove the past value/ }))
    expect(last().at).toBeUndefined()
  })

  it('is not offered for a property without history', () => {
    const { row } = renderRow(property({ property: 'email', operator: 'eq', value: 'x' }))
    expect(within(row).queryByRole('button', { name: 'Compare with a past value' })).toBeNull()
  })
})

describe('list, tag and segment rows', () => {
  it('a list row switches operator and list', async () => {
    const { user, row, last } = renderRow({ id: 'c1', kind: 'list', list: 'beta', operator: 'in' })
    await user.selectOptions(within(row).getByRole('combobox', { name: 'List' }), 'is not in list')
    expect(last()).toMatchObject({ operator: 'not_in' })
    await user.click(within(row).getByRole('button', { name: 'List: Beta testers' }))
    const listbox = await screen.findByRole('listbox')
    const options = within(listbox)
      .getAllByRole('option')
      .map((o) => o.textContent)
    expect(options).toEqual(['Beta testers', 'VIP customers'])
    await user.click(screen.getByRole('option', { name: 'VIP customers' }))
    expect(last()).toMatchObject({ list: 'vip', operator: 'not_in' })
  })

  it('a tag row offers only the tags of the entity', async () => {
    const { user, row, last } = renderRow({ id: 'c1', kind: 'tag', tag: 'whale', operator: 'has' })
    await user.click(within(row).getByRole('button', { name: 'Tag: Whale' }))
    const listbox = await screen.findByRole('listbox')
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Whale', 'Influencer'])
    await user.click(screen.getByRole('option', { name: 'Influencer' }))
    expect(last()).toMatchObject({ tag: 'influencer' })
  })

  it('a segment row picks another segment of the catalog', async () => {
    const { user, row, last } = renderRow({ id: 'c1', kind: 'segment', segment: 'pro_users', operator: 'in' })
    const trigger = within(row).getByRole('button', { name: /^Segment: / })
    await user.click(trigger)
    const options = await screen.findAllByRole('option')
    expect(options.length).toBeGreaterThan(1)
    const other = options.find((o) => o.getAttribute('aria-selected') === 'false')!
    await user.click(other)
    expect(last().segment).not.toBe('pro_users')
  })
})
