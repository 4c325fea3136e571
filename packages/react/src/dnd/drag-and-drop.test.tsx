import type { Segment, SequenceCondition } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { type ConditionEditorProps, SegmentBuilder, useDragAndDrop } from '../index.ts'
import { dragAndDrop } from './index.ts'

// jsdom has no layout. Give every element a box from its place in the document:
// its top follows document order, its height spans its descendants, nesting
// indents it. That is enough for dnd-kit's keyboard sensor to find neighbours.
const realRect = Element.prototype.getBoundingClientRect
beforeEach(() => {
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const all = Array.from(document.body.querySelectorAll('*'))
    const index = all.indexOf(this)
    const depth = (() => {
      let d = 0
      for (let p = this.parentElement; p; p = p.parentElement) d++
      return d
    })()
    const top = index * 10
    const height = (this.querySelectorAll('*').length + 1) * 10
    const left = depth * 2
    const width = 800 - left
    return {
      x: left,
      y: top,
      top,
      left,
      width,
      height,
      right: left + width,
      bottom: top + height,
      toJSON() {},
    } as DOMRect
  }
})
afterEach(() => {
  Element.prototype.getBoundingClientRect = realRect
})

function segment(): Segment {
  return {
    version: 1,
    id: 's1',
    name: 'Drag me',
    entity: 'user',
    root: {
      id: 'root',
      kind: 'group',
      combinator: 'and',
      children: [
        { id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' },
        { id: 'c2', kind: 'list', list: 'beta', operator: 'in' },
        {
          id: 'g2',
          kind: 'group',
          combinator: 'or',
          children: [{ id: 'c3', kind: 'tag', tag: 'whale', operator: 'has' }],
        },
        { id: 'g3', kind: 'group', combinator: 'and', children: [] },
      ],
    },
  }
}

function handleOf(container: HTMLElement, id: string): HTMLElement {
  const row = container.querySelector<HTMLElement>(`[data-node-id="${id}"]`)!
  return row.querySelector<HTMLElement>('[data-segkit-part="drag-handle"]')!
}

function rowOf(container: HTMLElement, id: string): HTMLElement {
  return container.querySelector<HTMLElement>(`[data-node-id="${id}"]`)!
}

/** The rows that show an insertion line, with its edge. */
const dropLines = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('[data-node-id][data-drop]')].map((row) => [
    row.dataset.nodeId,
    row.dataset.drop,
  ])

const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id)

describe('keyboard drag and drop of conditions', () => {
  it('given two conditions, when the user lifts the second with Space, presses ArrowUp and drops with Space, then their order swaps', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder dnd={dragAndDrop} catalog={exampleCatalog} defaultValue={segment()} onChange={onChange} />,
    )
    handleOf(container, 'c2').focus()
    await user.keyboard('[Space]')
    // "Picked up" stays: the item being over itself at the start is not announced.
    expect(screen.getByRole('status')).toHaveTextContent("Picked up 'in the list Beta testers'.")
    await user.keyboard('[ArrowUp]')
    expect(screen.getByRole('status')).toHaveTextContent(
      "'in the list Beta testers' would move to position 1 of group 'All of'.",
    )
    // An insertion line before the first row, not an outlined row (issue 17, bug 9).
    expect(dropLines(container)).toEqual([['c1', 'before']])
    expect(container.querySelector('[data-node-id][data-over]')).toBeNull()
    // The lifted row is shown first now: no AND above it (its room stays, so no row jumps).
    const joiner = rowOf(container, 'c2').querySelector<HTMLElement>(':scope > [data-segkit-part="joiner"]')
    expect(joiner).toHaveTextContent('AND')
    expect(joiner).toHaveStyle({ visibility: 'hidden' })
    await user.keyboard('[Space]')
    expect(ids(onChange.mock.lastCall?.[0].root.children)).toEqual(['c2', 'c1', 'g2', 'g3'])
    expect(dropLines(container)).toEqual([])
    expect(screen.getByRole('status')).toHaveTextContent(
      "Moved 'in the list Beta testers' to position 1 of group 'All of'.",
    )
  })

  it('when the user moves a condition down into the next group with the keyboard, then it leaves its group and joins that one', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder dnd={dragAndDrop} catalog={exampleCatalog} defaultValue={segment()} onChange={onChange} />,
    )
    handleOf(container, 'c2').focus()
    await user.keyboard('[Space]')
    // With the synthetic layout, the first target below c2 is c3, inside g2.
    await user.keyboard('[ArrowDown]')
    expect(screen.getByRole('status')).toHaveTextContent(
      /^'in the list Beta testers' would move to position \d of group 'Any of'\.$/,
    )
    await user.keyboard('[Space]')
    expect(screen.getByRole('status')).toHaveTextContent(
      /^Moved 'in the list Beta testers' to position \d of group 'Any of'\.$/,
    )
    const root = onChange.mock.lastCall?.[0].root
    expect(ids(root.children)).toEqual(['c1', 'g2', 'g3'])
    expect(ids(root.children[1].children)).toContain('c2')
    expect(container.querySelector('[data-group-id="g2"] [data-node-id="c2"]')).toBeInTheDocument()
  })

  it('names each drag handle after the condition it moves, and renames it when the condition changes', async () => {
    const { container } = render(<SegmentBuilder dnd={dragAndDrop} catalog={exampleCatalog} defaultValue={segment()} />)
    expect(handleOf(container, 'c1')).toHaveAccessibleName("Move 'whose Plan is Pro'")
    expect(handleOf(container, 'c2')).toHaveAccessibleName("Move 'in the list Beta testers'")
    expect(handleOf(container, 'g2')).toHaveAccessibleName("Move 'Group: Any of'")
    const names = [...container.querySelectorAll('[data-segkit-part="drag-handle"]')].map((h) =>
      h.getAttribute('aria-label'),
    )
    expect(new Set(names).size).toBe(names.length)
  })

  it('given a condition in a nested OR group, when the keyboard carries it down out of the group onto the next row, then it lands after that row, where the mouse would', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const s = segment()
    s.root.children = [
      {
        id: 'g2',
        kind: 'group',
        combinator: 'or',
        children: [{ id: 'c3', kind: 'tag', tag: 'whale', operator: 'has' }],
      },
      { id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' },
    ]
    const { container } = render(
      <SegmentBuilder dnd={dragAndDrop} catalog={exampleCatalog} defaultValue={s} onChange={onChange} />,
    )
    handleOf(container, 'c3').focus()
    await user.keyboard('[Space]')
    const seen: string[] = []
    for (let i = 0; i < 5 && !/group 'All of'/.test(seen.at(-1) ?? ''); i++) {
      await user.keyboard('[ArrowDown]')
      seen.push(screen.getByRole('status').textContent ?? '')
    }
    expect(seen.at(-1)).toMatch(/would move to position 3 of group 'All of'/)
    await user.keyboard('[Space]')
    expect(ids(onChange.mock.lastCall?.[0].root.children)).toEqual(['g2', 'c1', 'c3'])
    expect(screen.getByRole('status')).toHaveTextContent(/Moved '.*' to position 3 of group 'All of'\./)
  })

  it('when the user drops a condition on an empty group, then the group holds it', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder dnd={dragAndDrop} catalog={exampleCatalog} defaultValue={segment()} onChange={onChange} />,
    )
    handleOf(container, 'c1').focus()
    await user.keyboard('[Space]')
    for (let i = 0; i < 12; i++) await user.keyboard('[ArrowDown]')
    await user.keyboard('[Space]')
    const root = onChange.mock.lastCall?.[0].root
    expect(ids(root.children[root.children.length - 1].children)).toEqual(['c1'])
    expect(container.querySelector('[data-group-id="g3"] [data-node-id="c1"]')).toBeInTheDocument()
  })

  it('by pointer: dragging a condition onto a condition of another group moves it there', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder dnd={dragAndDrop} catalog={exampleCatalog} defaultValue={segment()} onChange={onChange} />,
    )
    const handle = handleOf(container, 'c1')
    const from = handle.getBoundingClientRect()
    const target = container
      .querySelector('[data-node-id="c3"] [data-segkit-part="condition"]')!
      .getBoundingClientRect()
    const start = { clientX: from.left + 5, clientY: from.top + 5 }
    const end = { clientX: target.left + 10, clientY: target.top + target.height / 2 + 5 }
    await user.pointer([
      { keys: '[MouseLeft>]', target: handle, coords: start },
      { target: handle, coords: { clientX: start.clientX, clientY: start.clientY + 10 } },
      { target: handle, coords: end },
    ])
    // While dragged by pointer, an overlay describing the node follows the pointer.
    expect(container.querySelector('[data-segkit-part="drag-overlay"]')).toHaveTextContent('whose Plan is Pro')
    // A line on the edge of the row where it will land, and only there.
    const lines = dropLines(container)
    expect(lines).toHaveLength(1)
    const [overId, side] = lines[0]!
    expect(overId).toBe('c3')
    await user.pointer({ keys: '[/MouseLeft]', target: handle, coords: end })
    expect(container.querySelector('[data-segkit-part="drag-overlay"]')).toBeNull()
    expect(dropLines(container)).toEqual([])
    const root = onChange.mock.lastCall?.[0].root
    expect(ids(root.children)).toEqual(['c2', 'g2', 'g3'])
    // It landed on the side of c3 the line was drawn on.
    expect(ids(root.children[1].children)).toEqual(side === 'before' ? ['c1', 'c3'] : ['c3', 'c1'])
  })

  it('by pointer: dropping a condition on the body of an empty group puts it in that group', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder dnd={dragAndDrop} catalog={exampleCatalog} defaultValue={segment()} onChange={onChange} />,
    )
    const handle = handleOf(container, 'c2')
    const from = handle.getBoundingClientRect()
    const body = container
      .querySelector('[data-group-id="g3"] [data-segkit-part="group-body"]')!
      .getBoundingClientRect()
    const start = { clientX: from.left + 5, clientY: from.top + 5 }
    const end = { clientX: body.left + 20, clientY: body.top + 5 }
    await user.pointer([
      { keys: '[MouseLeft>]', target: handle, coords: start },
      { target: handle, coords: { clientX: start.clientX, clientY: start.clientY + 10 } },
      { target: handle, coords: end },
      { keys: '[/MouseLeft]', target: handle, coords: end },
    ])
    const root = onChange.mock.lastCall?.[0].root
    expect(ids(root.children)).toEqual(['c1', 'g2', 'g3'])
    expect(ids(root.children[2].children)).toEqual(['c2'])
  })

  it('Escape cancels a keyboard drag and announces it', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder dnd={dragAndDrop} catalog={exampleCatalog} defaultValue={segment()} onChange={onChange} />,
    )
    handleOf(container, 'c1').focus()
    await user.keyboard('[Space]')
    await user.keyboard('[ArrowDown]')
    await user.keyboard('[Escape]')
    expect(onChange).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent('was cancelled')
  })

  it('a locked condition has a disabled drag handle', () => {
    const locked = segment()
    locked.root.children[0] = {
      id: 'c1',
      kind: 'property',
      property: 'plan',
      operator: 'eq',
      value: 'pro',
      locked: true,
    }
    const { container } = render(<SegmentBuilder dnd={dragAndDrop} catalog={exampleCatalog} defaultValue={locked} />)
    expect(handleOf(container, 'c1')).toBeDisabled()
  })
})

// A bare sequence editor of one's own: steps sortable through the builder's adapter, the way the sequence builder does it.
function Step({ id, sequenceId, label }: { id: string; sequenceId: string; label: string }) {
  const sortable = useDragAndDrop().adapter.useSortableItem({ id, data: { type: 'step', sequenceId }, disabled: false })
  return (
    <li ref={sortable.setNodeRef}>
      <button type="button" ref={sortable.setActivatorRef} {...sortable.handleProps} aria-label={`Drag ${label}`}>
        {label}
      </button>
    </li>
  )
}

function BareSequence({ node }: ConditionEditorProps<SequenceCondition>) {
  return (
    <ol>
      {node.steps.map((s) => (
        <Step key={s.id} id={s.id} sequenceId={node.id} label={String(s.event)} />
      ))}
    </ol>
  )
}

describe('keyboard drag and drop of sequence steps', () => {
  it('when the user moves the first step after the second, then core moveStep reorders the sequence', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const value: Segment = {
      ...segment(),
      root: {
        id: 'root',
        kind: 'group',
        combinator: 'and',
        children: [
          {
            id: 'q1',
            kind: 'sequence',
            window: { type: 'last', duration: { amount: 30, unit: 'day' } },
            steps: [
              { id: 's1', event: 'viewed_product', filters: [] },
              { id: 's2', event: 'added_to_cart', filters: [] },
              { id: 's3', event: 'purchased', filters: [] },
            ],
          },
        ],
      },
    }
    const { container } = render(
      <SegmentBuilder
        dnd={dragAndDrop}
        catalog={exampleCatalog}
        defaultValue={value}
        onChange={onChange}
        components={{ SequenceCondition: BareSequence }}
      />,
    )
    within(container).getByRole('button', { name: 'Drag viewed_product' }).focus()
    await user.keyboard('[Space]')
    await user.keyboard('[ArrowDown]')
    await user.keyboard('[Space]')
    expect(ids(onChange.mock.lastCall?.[0].root.children[0].steps)).toEqual(['s2', 's1', 's3'])
  })
})

/** The drag fixture plus a two-step sequence: c1, c2, g2 (c3), g3, q1 (s1, s2). */
function segmentWithSequence(): Segment {
  const value = segment()
  value.root.children.push({
    id: 'q1',
    kind: 'sequence',
    window: { type: 'ever' },
    steps: [
      { id: 's1', event: 'viewed_product', filters: [] },
      { id: 's2', event: 'purchased', filters: [] },
    ],
  })
  return value
}

describe('drag and drop is a plug-in', () => {
  it('given no dnd adapter, when the builder renders, then no node or step has a drag handle and nothing is sortable', () => {
    const value = segmentWithSequence()
    const { container } = render(<SegmentBuilder catalog={exampleCatalog} defaultValue={value} />)
    expect(container.querySelectorAll('[data-segkit-part="drag-handle"]')).toHaveLength(0)
    expect(container.querySelectorAll('[aria-roledescription="sortable"]')).toHaveLength(0)
    // Steps still move with their buttons.
    expect(within(container).getAllByRole('button', { name: /Move step 1 later/ })).toHaveLength(1)
  })

  it('given the dnd-kit adapter, then every node and every step of a sequence has a drag handle', () => {
    const value = segmentWithSequence()
    const { container } = render(<SegmentBuilder dnd={dragAndDrop} catalog={exampleCatalog} defaultValue={value} />)
    // c1, c2, g2, c3, g3, q1 and two steps.
    expect(container.querySelectorAll('[data-segkit-part="drag-handle"]')).toHaveLength(8)
  })

  it('when the dnd prop is turned on after mounting, then the tree remounts with handles and keeps the segment', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    const { container, rerender } = render(
      <SegmentBuilder catalog={exampleCatalog} defaultValue={segment()} onChange={onChange} />,
    )
    expect(container.querySelector('[data-segkit-part="drag-handle"]')).toBeNull()
    rerender(<SegmentBuilder dnd={dragAndDrop} catalog={exampleCatalog} defaultValue={segment()} onChange={onChange} />)
    handleOf(container, 'c2').focus()
    await user.keyboard('[Space]')
    await user.keyboard('[ArrowUp]')
    await user.keyboard('[Space]')
    expect(ids(onChange.mock.lastCall?.[0].root.children)).toEqual(['c2', 'c1', 'g2', 'g3'])
  })
})
