import type { Segment } from '@segkit/core'
import { createEvaluator } from '@segkit/core/evaluate'
import { exampleCatalog, FIXTURE_AS_OF, generateDataset } from '@segkit/core/testing'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { SegmentPreview } from '../preview/SegmentPreview.tsx'
import { SegmentBuilder } from '../SegmentBuilder.tsx'

const pro: Segment = {
  version: 1,
  id: 'seg',
  name: 'Pro',
  entity: 'user',
  root: {
    id: 'root',
    kind: 'group',
    combinator: 'and',
    children: [{ id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' }],
  },
}

function setup() {
  const onChange = vi.fn<(s: Segment) => void>()
  const user = userEvent.setup()
  const view = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={pro} onChange={onChange} />)
  const rows = () => [...view.container.querySelectorAll<HTMLElement>('[data-segkit-part="condition"]')]
  const addByKind = async (kind: string) => {
    await user.click(screen.getByRole('button', { name: 'Add by kind' }))
    await user.click(await screen.findByRole('menuitem', { name: kind }))
  }
  return { ...view, onChange, user, rows, addByKind, last: () => onChange.mock.lastCall![0] }
}

describe('a new condition is incomplete until the user has chosen, never an invented value', () => {
  it('given Add condition → Property, then its property picker is open at once, the row says "Choose a property" and shows no error', async () => {
    const { addByKind, rows, last } = setup()
    await addByKind('Property')
    expect(last().root.children[1]).toMatchObject({ kind: 'property', property: '' })
    expect(last().root.children[1]).not.toHaveProperty('value')
    expect(screen.getByRole('listbox', { name: 'Property' })).toBeInTheDocument()
    expect(document.activeElement).toHaveAccessibleName('Search')
    const row = rows()[1]!
    expect(row).toHaveAttribute('data-incomplete')
    expect(row).not.toHaveAttribute('data-invalid')
    expect(row).toHaveTextContent('Choose a property')
    expect(row.querySelector('[data-segkit-part="issue"]')).toBeNull()
  })

  it('given a new row whose property is not chosen, then "Choose a property" is said once (the picker), and the hint only says it is not counted', async () => {
    const { addByKind, rows } = setup()
    await addByKind('Property')
    const row = rows()[1]!
    expect(row.textContent?.split('Choose a property').length).toBe(2)
    expect(row.querySelector('[data-segkit-part="incomplete-hint"]')).toHaveTextContent(/^Not counted yet$/)
  })

  it('when the property is chosen, then focus moves to its empty value and the row says "Choose a value" until one is typed', async () => {
    const { addByKind, rows, user, last } = setup()
    await addByKind('Property')
    await user.keyboard('Age{Enter}')
    expect(last().root.children[1]).toEqual({
      id: last().root.children[1]!.id,
      kind: 'property',
      property: 'age',
      operator: 'eq',
    })
    const value = within(rows()[1]!).getByRole('spinbutton', { name: 'Value' })
    await waitFor(() => expect(document.activeElement).toBe(value))
    expect(value).toHaveValue('')
    expect(rows()[1]).toHaveTextContent('Choose a value')
    await user.keyboard('42')
    expect(last().root.children[1]).toMatchObject({ property: 'age', value: 42 })
    expect(rows()[1]).not.toHaveAttribute('data-incomplete')
  })

  it('given Add condition → Event, then the event is not invented: its picker opens, "Choose an event"', async () => {
    const { addByKind, rows, last } = setup()
    await addByKind('Event')
    expect(last().root.children[1]).toMatchObject({ kind: 'event', event: '' })
    expect(screen.getByRole('listbox', { name: 'Event' })).toBeInTheDocument()
    expect(rows()[1]).toHaveTextContent('Choose an event')
    const trigger = rows()[1]!.querySelector('[data-segkit-part="event-picker"]')
    expect(trigger).toHaveAttribute('data-placeholder')
    expect(trigger).not.toHaveTextContent('Signed Up')
  })

  it('when Escape is pressed on an untouched new row, then it is removed, focus is on the add button, and undo has nothing of it', async () => {
    const { addByKind, rows, user, last } = setup()
    await addByKind('Property')
    expect(rows()).toHaveLength(2)
    await user.keyboard('{Escape}')
    expect(rows()).toHaveLength(1)
    expect(last()).toEqual(pro)
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName('Add condition'))
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled()
  })

  it('given Add group, then the new group is empty and its own add search is open; Escape takes the group back', async () => {
    const { addByKind, container, user, last } = setup()
    await addByKind('Add group')
    expect(last().root.children).toHaveLength(2)
    expect(last().root.children[1]).toMatchObject({ kind: 'group', children: [] })
    expect(screen.getByRole('dialog', { name: 'Add a condition' })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(last()).toEqual(pro)
    expect(container.querySelectorAll('[data-segkit-part="group"]')).toHaveLength(1)
  })

  it('given a new group, when a list is chosen in its search and then Escape is pressed, then both stay', async () => {
    const { addByKind, container, user, last } = setup()
    await addByKind('Add group')
    await user.keyboard('vip{Enter}')
    expect(last().root.children[1]).toMatchObject({ kind: 'group', children: [{ kind: 'list', list: 'vip' }] })
    await user.keyboard('{Escape}')
    expect(container.querySelectorAll('[data-segkit-part="group"]')).toHaveLength(2)
  })

  it('given a row whose property was chosen, when Escape is pressed, then the row stays', async () => {
    const { addByKind, rows, user } = setup()
    await addByKind('Property')
    await user.keyboard('Age{Enter}')
    await user.keyboard('{Escape}')
    expect(rows()).toHaveLength(2)
  })
})

describe('the preview leaves incomplete conditions out, and says so', { timeout: 30_000 }, () => {
  it('when a half-made row is added, then the count stays and a note says it is not counted yet', async () => {
    const evaluator = createEvaluator(exampleCatalog, generateDataset({ users: 300, seed: 3 }))
    const evaluate = vi.fn(async (s: Segment) => {
      const result = evaluator.evaluate(s, { asOf: FIXTURE_AS_OF })
      return { count: result.count, sample: result.ids.slice(0, 2) }
    })
    const user = userEvent.setup()
    render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={pro}>
        <SegmentPreview evaluate={evaluate} debounceMs={10} />
      </SegmentBuilder>,
    )
    const region = screen.getByRole('region', { name: 'Preview' })
    const expected = evaluator.evaluate(pro, { asOf: FIXTURE_AS_OF }).count
    expect(expected).toBeGreaterThan(0)
    await waitFor(() => expect(within(region).getByRole('status')).toHaveTextContent(`${expected} match`))
    await user.click(screen.getByRole('button', { name: 'Add by kind' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Property' }))
    await user.keyboard('Age{Enter}')
    // Not "No one matches", not "Fix the problems": the same count, with a note.
    await waitFor(() =>
      expect(within(region).getByRole('note')).toHaveTextContent('1 incomplete condition is not counted yet'),
    )
    expect(within(region).getByRole('status')).toHaveTextContent(`${expected} match`)
    expect(region).not.toHaveAttribute('data-state', 'invalid')
    // What was evaluated never held the half-made row.
    for (const [segment] of evaluate.mock.calls) expect(segment.root.children).toHaveLength(1)
    await user.keyboard('30')
    await waitFor(() => expect(within(region).queryByRole('note')).toBeNull())
    await waitFor(() => expect(evaluate.mock.lastCall?.[0].root.children).toHaveLength(2))
  })
})
