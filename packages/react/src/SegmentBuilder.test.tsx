import { parseSegment, type Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode, useState } from 'react'
import { SegmentBuilder } from './index.ts'

function twoConditions(): Segment {
  return {
    version: 1,
    id: 's1',
    name: 'Pro users in Germany',
    entity: 'user',
    root: {
      id: 'root',
      kind: 'group',
      combinator: 'and',
      children: [
        { id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' },
        { id: 'c2', kind: 'property', property: 'country', operator: 'eq', value: 'DE' },
      ],
    },
  }
}

function node(container: HTMLElement, id: string): HTMLElement {
  const el = container.querySelector<HTMLElement>(`[data-node-id="${id}"]`)
  if (!el) throw new Error(`no node ${id}`)
  return el
}

function rootGroup(container: HTMLElement): HTMLElement {
  const el = container.querySelector<HTMLElement>('[data-group-id="root"]')
  if (!el) throw new Error('no root group')
  return el
}

function header(group: HTMLElement): HTMLElement {
  return group.querySelector<HTMLElement>('[data-segkit-part="group-header"]')!
}

/** The kind menu's trigger at the end of a group (beside the add search). */
function addByKind(group: HTMLElement): HTMLElement {
  return group.querySelector<HTMLElement>(
    ':scope > [data-segkit-part="group-footer"] [data-segkit-part="add-kind-trigger"]',
  )!
}

async function chooseNodeAction(user: ReturnType<typeof userEvent.setup>, row: HTMLElement, action: string) {
  const triggers = within(row).getAllByRole('button', { name: 'More actions' })
  await user.click(triggers[triggers.length - 1]!)
  await user.click(await screen.findByRole('menuitem', { name: action }))
}

describe('SegmentBuilder groups', () => {
  it('given an AND group, when the user clicks OR, then onChange receives an OR root', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} onChange={onChange} />,
    )
    await user.click(within(header(rootGroup(container))).getByRole('radio', { name: 'OR' }))
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ root: expect.objectContaining({ combinator: 'or' }) }),
    )
    expect(rootGroup(container)).toHaveAttribute('data-combinator', 'or')
    expect(within(node(container, 'c2')).getByText('OR')).toBeInTheDocument()
  })

  it('given a group, when the user presses NOT, then the group is negated and marked', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} onChange={onChange} />,
    )
    await user.click(within(header(rootGroup(container))).getByRole('button', { name: 'NOT: negate this group' }))
    expect(onChange.mock.lastCall?.[0].root.negated).toBe(true)
    expect(rootGroup(container)).toHaveAttribute('data-negated')
  })

  it('when the user adds a tag condition from the add menu, then a tag row opens its tag picker with no tag chosen', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} onChange={onChange} />,
    )
    await user.click(addByKind(rootGroup(container)))
    await user.click(await screen.findByRole('menuitem', { name: 'Tag' }))
    const added = onChange.mock.lastCall?.[0].root.children[2]
    expect(added).toMatchObject({ kind: 'tag', tag: '', operator: 'has' })
    expect(node(container, added.id)).toHaveTextContent('Choose a tag')
    await user.click(await screen.findByRole('option', { name: 'Whale' }))
    expect(onChange.mock.lastCall?.[0].root.children[2]).toMatchObject({ kind: 'tag', tag: 'whale' })
    expect(node(container, added.id)).toHaveTextContent('Whale')
  })

  it('after adding a condition from the menu, focus is in the new row; after removing a row, focus moves to its neighbour', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} onChange={onChange} />,
    )
    await user.click(addByKind(rootGroup(container)))
    await user.click(await screen.findByRole('menuitem', { name: 'List' }))
    const added = onChange.mock.lastCall?.[0].root.children[2]
    // The list is the thing to choose: its picker is open, its search focused.
    expect(screen.getByRole('listbox', { name: 'List' })).toBeInTheDocument()
    expect(document.activeElement).toHaveAccessibleName('Search')
    await user.click(screen.getByRole('option', { name: 'VIP customers' }))
    expect(node(container, added.id)).toContainElement(document.activeElement as HTMLElement)
    await chooseNodeAction(user, node(container, 'c1'), 'Remove')
    expect(node(container, 'c2')).toContainElement(document.activeElement as HTMLElement)
  })

  it('opened with the keyboard, the add menu and the actions menu focus their first item; Escape returns to the trigger', async () => {
    const user = userEvent.setup()
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} />)
    addByKind(rootGroup(container)).focus()
    await user.keyboard('{Enter}')
    expect(await screen.findByRole('menu')).toBeInTheDocument()
    expect(document.activeElement).toHaveAttribute('role', 'menuitem')
    expect(document.activeElement).toHaveAccessibleName('Property')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('menu')).toBeNull()
    expect(document.activeElement).toHaveAccessibleName('Add by kind')
    within(node(container, 'c1')).getByRole('button', { name: 'More actions' }).focus()
    await user.keyboard('{ArrowDown}')
    expect(await screen.findByRole('menu')).toBeInTheDocument()
    // The first enabled item: "Move up" is disabled on the first condition.
    expect(document.activeElement).toHaveAccessibleName('Move down')
  })

  it('when the user adds a group, then an empty nested group appears with its add search open', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} onChange={onChange} />,
    )
    await user.click(addByKind(rootGroup(container)))
    await user.click(await screen.findByRole('menuitem', { name: 'Add group' }))
    const group = onChange.mock.lastCall?.[0].root.children[2]
    expect(group).toMatchObject({
      kind: 'group',
      combinator: 'and',
      children: [],
    })
    expect(container.querySelector(`[data-group-id="${group.id}"]`)).toBeInTheDocument()
    expect(screen.getByRole('dialog', { name: 'Add a condition' })).toBeInTheDocument()
  })

  it('when the user removes a condition, then it disappears and the other stays', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} onChange={onChange} />,
    )
    await chooseNodeAction(user, node(container, 'c1'), 'Remove')
    expect(onChange.mock.lastCall?.[0].root.children.map((c: { id: string }) => c.id)).toEqual(['c2'])
    expect(container.querySelector('[data-node-id="c1"]')).toBeNull()
  })

  it('when the user duplicates a condition, then a copy with a new id follows it', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} onChange={onChange} />,
    )
    await chooseNodeAction(user, node(container, 'c1'), 'Duplicate')
    const children = onChange.mock.lastCall?.[0].root.children
    expect(children).toHaveLength(3)
    expect(children[1]).toMatchObject({ kind: 'property', property: 'plan', value: 'pro' })
    expect(children[1].id).not.toBe('c1')
  })

  it('without drag and drop, when the user chooses Move down then Move up in the actions menu, then the condition moves one place each time and keeps focus on its menu', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} onChange={onChange} />,
    )
    const order = () => onChange.mock.lastCall?.[0].root.children.map((c: { id: string }) => c.id)
    await user.click(within(node(container, 'c1')).getByRole('button', { name: 'More actions' }))
    expect(screen.getByRole('menuitem', { name: 'Move up' })).toHaveAttribute('aria-disabled', 'true')
    await user.click(screen.getByRole('menuitem', { name: 'Move down' }))
    expect(order()).toEqual(['c2', 'c1'])
    expect([...container.querySelectorAll('[data-node-id]')].map((el) => el.getAttribute('data-node-id'))).toEqual([
      'c2',
      'c1',
    ])
    expect(document.activeElement).toBe(within(node(container, 'c1')).getByRole('button', { name: 'More actions' }))
    await user.keyboard('[Enter]')
    expect(screen.getByRole('menuitem', { name: 'Move down' })).toHaveAttribute('aria-disabled', 'true')
    await user.click(screen.getByRole('menuitem', { name: 'Move up' }))
    expect(order()).toEqual(['c1', 'c2'])
  })

  it('when the user disables a condition, then it is kept, marked disabled, and can be enabled again', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} onChange={onChange} />,
    )
    await chooseNodeAction(user, node(container, 'c1'), 'Disable')
    expect(onChange.mock.lastCall?.[0].root.children[0].disabled).toBe(true)
    expect(node(container, 'c1').querySelector('[data-segkit-part="condition"]')).toHaveAttribute('data-disabled')
    await chooseNodeAction(user, node(container, 'c1'), 'Enable')
    expect(onChange.mock.lastCall?.[0].root.children[0].disabled).toBeUndefined()
  })

  it('when the user locks a condition, then its fields are disabled until it is unlocked', async () => {
    const user = userEvent.setup()
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} />)
    await chooseNodeAction(user, node(container, 'c1'), 'Lock')
    const row = node(container, 'c1')
    expect(row.querySelector('[data-segkit-part="condition"]')).toHaveAttribute('data-locked')
    expect(within(row).getByRole('button', { name: 'Property: Plan' })).toBeDisabled()
    await chooseNodeAction(user, node(container, 'c1'), 'Unlock')
    expect(within(node(container, 'c1')).getByRole('button', { name: 'Property: Plan' })).toBeEnabled()
  })

  it('when the user wraps a condition in a group, then it sits alone in a new nested group', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} onChange={onChange} />,
    )
    await chooseNodeAction(user, node(container, 'c2'), 'Wrap in a group')
    const wrapper = onChange.mock.lastCall?.[0].root.children[1]
    expect(wrapper).toMatchObject({ kind: 'group', children: [{ id: 'c2' }] })
    expect(container.querySelector(`[data-group-id="${wrapper.id}"] [data-node-id="c2"]`)).toBeInTheDocument()
  })

  it('when the user collapses a nested group, then its children are hidden behind a summary, and expand brings them back', async () => {
    const user = userEvent.setup()
    const segment = twoConditions()
    segment.root.children.push({
      id: 'g2',
      kind: 'group',
      combinator: 'or',
      children: [{ id: 'c3', kind: 'tag', tag: 'whale', operator: 'has' }],
    })
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment} />)
    const group = container.querySelector<HTMLElement>('[data-group-id="g2"]')!
    await user.click(within(header(group)).getByRole('button', { name: 'Collapse group' }))
    expect(group).toHaveAttribute('data-state', 'closed')
    // Folded, the group reads as one sentence (core's describeNode), not a count of hidden items.
    const summary = group.querySelector('[data-segkit-part="group-summary"]')
    expect(summary).toHaveTextContent(/Whale/)
    expect(summary).toHaveAttribute('title', '1 item hidden')
    expect(container.querySelector('[data-node-id="c3"]')).toBeNull()
    await user.click(within(header(group)).getByRole('button', { name: 'Expand group' }))
    expect(container.querySelector('[data-node-id="c3"]')).toBeInTheDocument()
  })
})

describe('SegmentBuilder history', () => {
  it('given two edits, when the user clicks Undo twice and Redo once, then the segment follows', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} onChange={onChange} />,
    )
    const undo = screen.getByRole('button', { name: 'Undo' })
    const redo = screen.getByRole('button', { name: 'Redo' })
    expect(undo).toBeDisabled()
    await user.click(within(header(rootGroup(container))).getByRole('radio', { name: 'OR' }))
    await user.click(within(header(rootGroup(container))).getByRole('button', { name: 'NOT: negate this group' }))
    expect(rootGroup(container)).toHaveAttribute('data-negated')
    await user.click(undo)
    expect(rootGroup(container)).not.toHaveAttribute('data-negated')
    expect(rootGroup(container)).toHaveAttribute('data-combinator', 'or')
    await user.click(undo)
    expect(rootGroup(container)).toHaveAttribute('data-combinator', 'and')
    expect(undo).toBeDisabled()
    expect(onChange.mock.lastCall?.[0]).toEqual(twoConditions())
    await user.click(redo)
    expect(rootGroup(container)).toHaveAttribute('data-combinator', 'or')
  })

  it('Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, while focus is inside the builder', async () => {
    const user = userEvent.setup()
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} />)
    const or = within(header(rootGroup(container))).getByRole('radio', { name: 'OR' })
    await user.click(or)
    expect(rootGroup(container)).toHaveAttribute('data-combinator', 'or')
    await user.keyboard('{Control>}z{/Control}')
    expect(rootGroup(container)).toHaveAttribute('data-combinator', 'and')
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    expect(rootGroup(container)).toHaveAttribute('data-combinator', 'or')
    await user.keyboard('{Control>}z{/Control}')
    await user.keyboard('{Meta>}y{/Meta}')
    expect(rootGroup(container)).toHaveAttribute('data-combinator', 'or')
  })

  it('Ctrl+Z outside the builder does not touch it', async () => {
    const user = userEvent.setup()
    const { container } = render(
      <>
        <input aria-label="elsewhere" />
        <SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} />
      </>,
    )
    await user.click(within(header(rootGroup(container))).getByRole('radio', { name: 'OR' }))
    await user.click(screen.getByRole('textbox', { name: 'elsewhere' }))
    await user.keyboard('{Control>}z{/Control}')
    expect(rootGroup(container)).toHaveAttribute('data-combinator', 'or')
  })

  it('typing several characters in one field forms one undo step', async () => {
    const user = userEvent.setup()
    const segment = twoConditions()
    segment.root.children[0] = { id: 'c1', kind: 'property', property: 'email', operator: 'contains', value: '' }
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment} />)
    const input = within(node(container, 'c1')).getByRole('textbox', { name: 'Value' })
    await user.type(input, 'acme')
    expect(input).toHaveValue('acme')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(within(node(container, 'c1')).getByRole('textbox', { name: 'Value' })).toHaveValue('')
  })
})

describe('SegmentBuilder modes', () => {
  it('in read-only mode nothing can be added, toggled, dragged or edited', () => {
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} readOnly />)
    expect(screen.queryByRole('button', { name: /Add condition/ })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Drag to move' })).toBeNull()
    expect(container.querySelector('[data-segkit-root]')).toHaveAttribute('data-readonly')
    // Readable text, not disabled controls: the combinator as words, each condition a sentence.
    expect(within(header(rootGroup(container))).queryByRole('radio')).toBeNull()
    expect(header(rootGroup(container))).toHaveTextContent('All of')
    expect(within(node(container, 'c1')).queryByRole('button', { name: 'Property: Plan' })).toBeNull()
    const sentence = node(container, 'c1').querySelector('[data-segkit-part="condition-text"]')
    expect(sentence).toHaveTextContent(/Plan.*Pro/)
    expect(sentence).toHaveAttribute('tabindex', '0')
    expect(container.querySelectorAll('button:disabled, input:disabled, select:disabled')).toHaveLength(0)
  })

  it('in read-only mode the conditions are reached with Tab, one stop each', async () => {
    const user = userEvent.setup()
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} readOnly />)
    await user.tab()
    // The collapse button of the root group, then each sentence.
    await user.tab()
    expect(document.activeElement).toBe(node(container, 'c1').querySelector('[data-segkit-part="condition-text"]'))
    await user.tab()
    expect(document.activeElement).toBe(node(container, 'c2').querySelector('[data-segkit-part="condition-text"]'))
  })

  it('in simple mode an event condition already in the segment is shown as a sentence, with "Open in full mode" when the host allows it', async () => {
    const user = userEvent.setup()
    const onOpenFullMode = vi.fn()
    const segment = twoConditions()
    segment.root.children.push({
      id: 'e1',
      kind: 'event',
      event: 'purchased',
      filters: [],
      form: { type: 'performed', window: { type: 'ever' } },
    })
    const { container, rerender } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={segment} mode="simple" onOpenFullMode={onOpenFullMode} />,
    )
    const row = node(container, 'e1')
    expect(within(row).queryByRole('button', { name: /Event:/ })).toBeNull()
    expect(row.querySelector('[data-segkit-part="condition-text"]')).toHaveTextContent(/Purchased/)
    // Simple conditions stay editable.
    expect(within(node(container, 'c1')).getByRole('button', { name: 'Property: Plan' })).toBeEnabled()
    await user.click(within(row).getByRole('button', { name: 'Open in full mode' }))
    expect(onOpenFullMode).toHaveBeenCalledTimes(1)
    rerender(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment} mode="simple" />)
    expect(within(node(container, 'e1')).queryByRole('button', { name: 'Open in full mode' })).toBeNull()
  })

  it('in read-only mode a viewer can fold a group without changing the segment, and there is no undo', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const segment = twoConditions()
    segment.root.children.push({ id: 'g2', kind: 'group', combinator: 'or', collapsed: true, children: [] })
    const { container } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={segment} onChange={onChange} readOnly />,
    )
    const group = container.querySelector<HTMLElement>('[data-group-id="g2"]')!
    expect(group).toHaveAttribute('data-state', 'closed')
    await user.click(within(header(group)).getByRole('button', { name: 'Expand group' }))
    expect(group).toHaveAttribute('data-state', 'open')
    expect(onChange).not.toHaveBeenCalled()
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull()
  })

  it('simple mode offers property, list and tag conditions only', async () => {
    const user = userEvent.setup()
    const { container } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} mode="simple" />,
    )
    await user.click(addByKind(rootGroup(container)))
    const items = (await screen.findAllByRole('menuitem')).map((i) => i.textContent)
    expect(items).toEqual(['Property', 'List', 'Tag', 'Add group'])
  })

  it('full mode offers every kind the catalog backs, and allowedKinds narrows it', async () => {
    const user = userEvent.setup()
    const { container, unmount } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} />)
    await user.click(addByKind(rootGroup(container)))
    expect((await screen.findAllByRole('menuitem')).map((i) => i.textContent)).toEqual([
      'Property',
      'Event',
      'Sequence',
      'List',
      'Tag',
      'Segment',
      'Related',
      'Add group',
    ])
    unmount()
    const again = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} allowedKinds={['event', 'segment']} />,
    )
    await user.click(addByKind(rootGroup(again.container)))
    expect((await screen.findAllByRole('menuitem')).map((i) => i.textContent)).toEqual([
      'Event',
      'Segment',
      'Add group',
    ])
  })

  it('groups nest only as deep as maxDepth allows', async () => {
    const user = userEvent.setup()
    const segment = twoConditions()
    segment.root.children.push({ id: 'g2', kind: 'group', combinator: 'or', children: [] })
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment} maxDepth={2} />)
    await user.click(addByKind(rootGroup(container)))
    expect(await screen.findByRole('menuitem', { name: 'Add group' })).toBeInTheDocument()
    await user.keyboard('{Escape}')
    const nested = container.querySelector<HTMLElement>('[data-group-id="g2"]')!
    await user.click(addByKind(nested))
    expect(await screen.findByRole('menuitem', { name: 'Property' })).toBeInTheDocument()
    expect(screen.queryByRole('menuitem', { name: 'Add group' })).toBeNull()
  })

  it('allowedOperators limits the operator menu of a type', () => {
    const { container } = render(
      <SegmentBuilder
        catalog={exampleCatalog}
        defaultValue={twoConditions()}
        allowedOperators={{ enum: ['eq', 'in'] }}
      />,
    )
    const select = within(node(container, 'c1')).getByRole('combobox', { name: 'Operator' })
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['is', 'is one of'])
  })

  it('applies the theme, the unstyled flag and custom messages', () => {
    const { container } = render(
      <SegmentBuilder
        catalog={exampleCatalog}
        defaultValue={twoConditions()}
        theme="dark"
        unstyled
        messages={{ and: 'UND', operators: { eq: 'ist' }, kinds: { tag: 'Etikett' }, units: { day: 'Tage' } }}
      />,
    )
    const root = container.querySelector('[data-segkit-root]')!
    expect(root).toHaveAttribute('data-theme', 'dark')
    expect(root).toHaveAttribute('data-unstyled')
    expect(within(header(rootGroup(container))).getByRole('radio', { name: 'UND' })).toBeInTheDocument()
    expect(within(node(container, 'c1')).getByRole('combobox', { name: 'Operator' })).toHaveDisplayValue('ist')
    // The other operators keep their English labels: a partial record merges into the defaults.
    const operator = within(node(container, 'c1')).getByRole('combobox', { name: 'Operator' })
    expect(within(operator).getByRole('option', { name: 'is not' })).toBeInTheDocument()
  })
})

function Controlled({ onChange }: { onChange: (s: Segment) => void }) {
  const [value, setValue] = useState(twoConditions)
  return (
    <SegmentBuilder
      catalog={exampleCatalog}
      value={value}
      onChange={(next) => {
        setValue(next)
        onChange(next)
      }}
    />
  )
}

let replaceFromParent: (s: Segment) => void = () => undefined

function Parent() {
  const [value, setValue] = useState(twoConditions)
  replaceFromParent = setValue
  return <SegmentBuilder catalog={exampleCatalog} value={value} onChange={setValue} />
}

describe('SegmentBuilder undo and text fields', () => {
  it('Ctrl+Z inside a text field is left to the field (its own text undo); after leaving it, builder undo reverts the whole visit', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const segment = twoConditions()
    segment.root.children[0] = { id: 'c1', kind: 'property', property: 'email', operator: 'contains', value: '' }
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment} onChange={onChange} />)
    const input = within(node(container, 'c1')).getByRole('textbox', { name: 'Value' })
    await user.type(input, 'acme')
    const calls = onChange.mock.calls.length
    const key = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true })
    act(() => {
      input.dispatchEvent(key)
    })
    expect(key.defaultPrevented).toBe(false)
    expect(onChange).toHaveBeenCalledTimes(calls)
    expect(input).toHaveValue('acme')
    await user.tab()
    await user.keyboard('{Control>}z{/Control}')
    expect(within(node(container, 'c1')).getByRole('textbox', { name: 'Value' })).toHaveValue('')
  })

  it('a history input event on a field that no longer has focus is refused (the browser would write a stale text)', async () => {
    const user = userEvent.setup()
    const segment = twoConditions()
    segment.root.children[0] = { id: 'c1', kind: 'property', property: 'email', operator: 'contains', value: '' }
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment} />)
    const input = within(node(container, 'c1')).getByRole('textbox', { name: 'Value' })
    await user.type(input, 'acme')
    const focused = new InputEvent('beforeinput', { inputType: 'historyUndo', bubbles: true, cancelable: true })
    input.dispatchEvent(focused)
    expect(focused.defaultPrevented).toBe(false)
    await user.tab()
    const stale = new InputEvent('beforeinput', { inputType: 'historyUndo', bubbles: true, cancelable: true })
    input.dispatchEvent(stale)
    expect(stale.defaultPrevented).toBe(true)
  })
})

describe('SegmentBuilder controlled and uncontrolled', () => {
  it('the same user actions give the same segments in both modes', async () => {
    const user = userEvent.setup()
    const run = async (ui: (onChange: (s: Segment) => void) => React.ReactElement) => {
      const seen: Segment[] = []
      const { container, unmount } = render(ui((s) => seen.push(s)))
      await user.click(within(header(rootGroup(container))).getByRole('radio', { name: 'OR' }))
      await chooseNodeAction(user, node(container, 'c1'), 'Remove')
      await user.click(screen.getByRole('button', { name: 'Undo' }))
      const html = rootGroup(container).getAttribute('data-combinator')
      unmount()
      return { seen, html }
    }
    const controlled = await run((onChange) => <Controlled onChange={onChange} />)
    const uncontrolled = await run((onChange) => (
      <SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} onChange={onChange} />
    ))
    expect(controlled.seen).toHaveLength(3)
    expect(controlled.seen).toEqual(uncontrolled.seen)
    expect(controlled.html).toBe(uncontrolled.html)
  })

  it('under StrictMode each action reaches onChange exactly once', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <StrictMode>
        <SegmentBuilder catalog={exampleCatalog} defaultValue={twoConditions()} onChange={onChange} />
      </StrictMode>,
    )
    await user.click(within(header(rootGroup(container))).getByRole('radio', { name: 'OR' }))
    await chooseNodeAction(user, node(container, 'c1'), 'Remove')
    expect(onChange).toHaveBeenCalledTimes(2)
    expect(onChange.mock.lastCall?.[0].root).toMatchObject({ combinator: 'or', children: [{ id: 'c2' }] })
  })

  it('a new controlled value from the parent replaces the shown segment and can be undone', async () => {
    const user = userEvent.setup()
    const { container } = render(<Parent />)
    const next = twoConditions()
    next.root.children = [{ id: 'c9', kind: 'list', list: 'beta', operator: 'in' }]
    act(() => replaceFromParent(next))
    expect(node(container, 'c9')).toHaveTextContent('Beta testers')
    expect(container.querySelector('[data-node-id="c1"]')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(node(container, 'c1')).toBeInTheDocument()
  })
})

describe('SegmentBuilder with invalid or unknown content', () => {
  it('a partly unknown segment renders its known rows, keeps the unknown node read-only with its reason, and never crashes', () => {
    const json = {
      version: 1,
      id: 's2',
      name: 'From the future',
      entity: 'user',
      root: {
        id: 'root',
        kind: 'group',
        combinator: 'and',
        children: [
          { id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' },
          { id: 'x1', kind: 'predicted_churn', score: 0.8 },
          { id: 'x2', kind: 'list', list: 42 },
        ],
      },
    }
    const parsed = parseSegment(json, { catalog: exampleCatalog })
    expect(parsed.segment).toBeDefined()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={parsed.segment!} onChange={onChange} />,
    )
    expect(within(node(container, 'c1')).getByRole('button', { name: 'Property: Plan' })).toBeInTheDocument()
    const unknown = node(container, 'x1')
    expect(unknown).toHaveTextContent('Unknown condition kind “predicted_churn”')
    expect(unknown).toHaveTextContent('"score": 0.8')
    expect(within(unknown).getByText(/cannot be evaluated/)).toHaveAttribute('data-severity', 'error')
    expect(node(container, 'x2')).toHaveTextContent('could not be read')
    expect(onChange).not.toHaveBeenCalled()
  })

  it("with parseSegment's issues, an unreadable node shows what exactly was wrong with it", () => {
    const json = {
      version: 1,
      id: 's2',
      name: 'Broken list',
      entity: 'user',
      root: {
        id: 'root',
        kind: 'group',
        combinator: 'and',
        children: [{ id: 'x2', kind: 'list', list: 42, operator: 'in' }],
      },
    }
    const parsed = parseSegment(json, { catalog: exampleCatalog })
    const { container } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={parsed.segment!} readIssues={parsed.issues} />,
    )
    const row = node(container, 'x2')
    const shown = Array.from(row.querySelectorAll('[data-segkit-part="issue"]')).map((li) => li.textContent)
    expect(shown).toHaveLength(1)
    expect(shown[0]).toMatch(/^Invalid 'list'/)
  })

  it('an invalid segment shows each error next to the field it concerns', () => {
    const segment = twoConditions()
    segment.root.children = [
      { id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'platinum' },
      { id: 'c2', kind: 'property', property: 'shoe_size', operator: 'eq', value: 42 },
      { id: 'c3', kind: 'list', list: 'gone', operator: 'in' },
    ]
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment} />)
    const valueField = node(container, 'c1').querySelector('[data-field="value"]')!
    expect(valueField.querySelector('[data-code="enum_option"]')).toBeInTheDocument()
    const propertyField = node(container, 'c2').querySelector('[data-field="property"]')!
    expect(propertyField.querySelector('[data-code="unknown_property"]')).toBeInTheDocument()
    expect(
      within(node(container, 'c2')).getByRole('button', { name: /Property: Unknown property “shoe_size”/ }),
    ).toHaveAttribute('aria-invalid', 'true')
    const listField = node(container, 'c3').querySelector('[data-field="list"]')!
    expect(listField.querySelector('[data-code="unknown_list"]')).toBeInTheDocument()
  })

  it('an empty root group shows the empty state and its warning', () => {
    const segment = twoConditions()
    segment.root.children = []
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment} />)
    expect(within(rootGroup(container)).getByText(/No conditions yet/)).toBeInTheDocument()
    expect(rootGroup(container).querySelector('[data-code="empty_group"]')).toHaveAttribute('data-severity', 'warning')
  })

  it('an unknown entity is reported at the top of the builder', () => {
    const segment = twoConditions()
    segment.entity = 'spaceship'
    segment.root.children = []
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={segment} />)
    expect(container.querySelector('[data-code="unknown_entity"]')).toBeInTheDocument()
  })
})
