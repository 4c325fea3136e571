import type { PropertyCondition, Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import {
  type AddMenuProps,
  type CombinatorToggleProps,
  type ConditionEditorProps,
  type IssueListProps,
  type NodeActionsProps,
  SegmentBuilder,
  SegmentBuilderProvider,
  useBuilderActions,
  useHistory,
  useNode,
  useSegment,
  useSegmentIssues,
} from './index.ts'

function segment(): Segment {
  return {
    version: 1,
    id: 's1',
    name: 'Slots',
    entity: 'user',
    root: {
      id: 'root',
      kind: 'group',
      combinator: 'and',
      children: [
        { id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'platinum' },
        { id: 'c2', kind: 'tag', tag: 'whale', operator: 'has' },
      ],
    },
  }
}

const toggleProps: CombinatorToggleProps[] = []
const editorProps: ConditionEditorProps<PropertyCondition>[] = []
const actionProps: NodeActionsProps[] = []

function Switch(props: CombinatorToggleProps) {
  toggleProps.push(props)
  return (
    <button
      type="button"
      disabled={props.disabled}
      onClick={() => props.onChange(props.value === 'and' ? 'or' : 'and')}
    >
      match {props.value}
    </button>
  )
}

function PlanPicker(props: ConditionEditorProps<PropertyCondition>) {
  editorProps.push(props)
  return (
    <button type="button" onClick={() => props.onChange({ ...props.node, value: 'pro' })}>
      make it pro
    </button>
  )
}

function Buttons({ kinds, entity, onAddCondition, onAddGroup }: AddMenuProps) {
  return (
    <span data-entity={entity}>
      <button
        type="button"
        onClick={() => onAddCondition('list', { key: 'list:vip', kind: 'list', id: 'vip', label: 'VIP customers' })}
      >
        add VIP
      </button>
      {kinds.map((k) => (
        <button key={k} type="button" onClick={() => onAddCondition(k)}>
          + {k}
        </button>
      ))}
      <button type="button" onClick={onAddGroup}>
        + group
      </button>
    </span>
  )
}

function RemoveOnly(props: NodeActionsProps) {
  actionProps.push(props)
  return (
    <button type="button" onClick={props.onRemove}>
      drop {props.kind}
    </button>
  )
}

function Count({ issues }: IssueListProps) {
  return issues.length > 0 ? <output>{issues.length} problem(s)</output> : null
}

describe('the components map', () => {
  it('null hides the undo/redo controls, the drag handles and the node menus', () => {
    render(
      <SegmentBuilder
        catalog={exampleCatalog}
        defaultValue={segment()}
        components={{ UndoRedo: null, DragHandle: null, NodeActions: null }}
      />,
    )
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Drag to move' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'More actions' })).toBeNull()
  })

  it('a replacement AND/OR toggle gets the value and a working onChange', async () => {
    toggleProps.length = 0
    const onChange = vi.fn()
    render(
      <SegmentBuilder
        catalog={exampleCatalog}
        defaultValue={segment()}
        onChange={onChange}
        components={{ CombinatorToggle: Switch }}
      />,
    )
    await userEvent.setup().click(screen.getByRole('button', { name: 'match and' }))
    expect(onChange.mock.lastCall?.[0].root.combinator).toBe('or')
    expect(screen.getByRole('button', { name: 'match or' })).toBeInTheDocument()
    expect(toggleProps.at(-1)).toMatchObject({ value: 'or', disabled: false })
  })

  it('a replacement condition editor gets the node, entity, read-only flag and its issues, and edits through onChange', async () => {
    editorProps.length = 0
    const onChange = vi.fn()
    render(
      <SegmentBuilder
        catalog={exampleCatalog}
        defaultValue={segment()}
        onChange={onChange}
        components={{ PropertyCondition: PlanPicker }}
      />,
    )
    const first = editorProps[0]!
    expect(first.node).toEqual(segment().root.children[0])
    expect(first.entity).toBe('user')
    expect(first.readOnly).toBe(false)
    expect(first.issues.map((i) => i.code)).toEqual(['enum_option'])
    await userEvent.setup().click(screen.getByRole('button', { name: 'make it pro' }))
    expect(onChange.mock.lastCall?.[0].root.children[0]).toMatchObject({ id: 'c1', value: 'pro' })
    expect(editorProps.at(-1)!.issues).toEqual([])
  })

  it('a replacement add menu gets the addable kinds and adds through its callbacks', async () => {
    const onChange = vi.fn()
    const { container } = render(
      <SegmentBuilder
        catalog={exampleCatalog}
        defaultValue={segment()}
        onChange={onChange}
        mode="simple"
        components={{ AddMenu: Buttons }}
      />,
    )
    const root = container.querySelector<HTMLElement>('[data-group-id="root"] > [data-segkit-part="group-footer"]')!
    expect(root.firstElementChild).toHaveAttribute('data-entity', 'user')
    expect(
      within(root)
        .getAllByRole('button')
        .map((b) => b.textContent)
        .filter((t) => t?.startsWith('+')),
    ).toEqual(['+ property', '+ list', '+ tag', '+ group'])
    await userEvent.setup().click(within(root).getByRole('button', { name: '+ list' }))
    // A kind alone: a list condition whose list is still to choose.
    expect(onChange.mock.lastCall?.[0].root.children[2]).toMatchObject({ kind: 'list', list: '' })
    // A catalog item chosen in a replacement's own search becomes the condition core makes for it.
    await userEvent.setup().click(within(root).getByRole('button', { name: 'add VIP' }))
    expect(onChange.mock.lastCall?.[0].root.children[3]).toMatchObject({ kind: 'list', list: 'vip', operator: 'in' })
  })

  it('replacement node actions and issue list get plain data and callbacks', async () => {
    actionProps.length = 0
    const onChange = vi.fn()
    render(
      <SegmentBuilder
        catalog={exampleCatalog}
        defaultValue={segment()}
        onChange={onChange}
        components={{ NodeActions: RemoveOnly, IssueList: Count }}
      />,
    )
    expect(screen.getByText('1 problem(s)')).toBeInTheDocument()
    expect(actionProps.find((a) => a.kind === 'tag')).toMatchObject({ disabled: false, locked: false, readOnly: false })
    await userEvent.setup().click(screen.getByRole('button', { name: 'drop tag' }))
    expect(onChange.mock.lastCall?.[0].root.children.map((c: { id: string }) => c.id)).toEqual(['c1'])
  })
})

function Headless() {
  const segment = useSegment()
  const first = useNode(segment.root.children[0]?.id ?? '')
  const actions = useBuilderActions()
  const { canUndo, undo } = useHistory()
  const issues = useSegmentIssues()
  return (
    <div>
      <p>{segment.root.children.length} conditions</p>
      <p>first is {first?.kind}</p>
      <p>{issues.length} issues</p>
      <button type="button" onClick={() => actions.addCondition(segment.root.id, 'tag', segment.entity)}>
        add tag
      </button>
      <button type="button" disabled={!canUndo} onClick={undo}>
        undo it
      </button>
    </div>
  )
}

describe('headless hooks', () => {
  it('a custom UI on SegmentBuilderProvider reads the segment, adds through actions and undoes', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    render(
      <SegmentBuilderProvider catalog={exampleCatalog} defaultValue={segment()} onChange={onChange}>
        <Headless />
      </SegmentBuilderProvider>,
    )
    expect(screen.getByText('2 conditions')).toBeInTheDocument()
    expect(screen.getByText('first is property')).toBeInTheDocument()
    expect(screen.getByText('1 issues')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'add tag' }))
    expect(screen.getByText('3 conditions')).toBeInTheDocument()
    expect(onChange.mock.lastCall?.[0].root.children[2]).toMatchObject({ kind: 'tag' })
    await user.click(screen.getByRole('button', { name: 'undo it' }))
    expect(screen.getByText('2 conditions')).toBeInTheDocument()
  })

  it('a hook used outside a builder throws a clear error', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(() => render(<Headless />)).toThrow('must be used inside <SegmentBuilder>')
    spy.mockRestore()
  })

  it('two builders on one page keep separate stores', async () => {
    const user = userEvent.setup()
    const { container } = render(
      <>
        <SegmentBuilder catalog={exampleCatalog} defaultValue={segment()} aria-label="first" />
        <SegmentBuilder catalog={exampleCatalog} defaultValue={segment()} aria-label="second" />
      </>,
    )
    const [first, second] = Array.from(container.querySelectorAll<HTMLElement>('[data-segkit-root]'))
    await user.click(within(first!).getAllByRole('radio', { name: 'OR' })[0]!)
    expect(first!.querySelector('[data-group-id="root"]')).toHaveAttribute('data-combinator', 'or')
    expect(second!.querySelector('[data-group-id="root"]')).toHaveAttribute('data-combinator', 'and')
  })
})
