import type { PropertyCondition, Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { render, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Profiler, type ProfilerOnRenderCallback, useState } from 'react'
import { dragAndDrop } from './dnd/index.ts'
import {
  CombinatorToggle,
  type CombinatorToggleProps,
  type ConditionEditorProps,
  DragHandle,
  type DragHandleProps,
  ListConditionEditor,
  NodeActions,
  type NodeActionsProps,
  PropertyConditionEditor,
  SegmentBuilder,
} from './index.ts'

// Each condition editor and each group's AND/OR toggle is wrapped in a Profiler
// (through the components map). A Profiler reports a commit whenever anything
// inside it rendered, so: a row's count rises when that row re-renders, a
// group's toggle count rises when the group (or anything above it) re-renders.
const commits = new Map<string, number>()
const onRender: ProfilerOnRenderCallback = (id) => commits.set(id, (commits.get(id) ?? 0) + 1)

function ProfiledProperty(props: ConditionEditorProps<PropertyCondition>) {
  return (
    <Profiler id={props.node.id} onRender={onRender}>
      <PropertyConditionEditor {...props} />
    </Profiler>
  )
}

function ProfiledList(props: ConditionEditorProps<Parameters<typeof ListConditionEditor>[0]['node']>) {
  return (
    <Profiler id={props.node.id} onRender={onRender}>
      <ListConditionEditor {...props} />
    </Profiler>
  )
}

let groupCounter = 0
function ProfiledToggle(props: CombinatorToggleProps) {
  // One id per mounted toggle (root first, then nested), fixed at mount.
  const [id] = useState(() => `group-${groupCounter++}`)
  return (
    <Profiler id={id} onRender={onRender}>
      <CombinatorToggle {...props} />
    </Profiler>
  )
}

// The row's chrome around the editor: its drag handle and its actions menu.
function ProfiledHandle(props: DragHandleProps) {
  return (
    <Profiler id="chrome" onRender={onRender}>
      <DragHandle {...props} />
    </Profiler>
  )
}

function ProfiledActions(props: NodeActionsProps) {
  return (
    <Profiler id="chrome" onRender={onRender}>
      <NodeActions {...props} />
    </Profiler>
  )
}

const components = {
  PropertyCondition: ProfiledProperty,
  ListCondition: ProfiledList,
  CombinatorToggle: ProfiledToggle,
  DragHandle: ProfiledHandle,
  NodeActions: ProfiledActions,
}

function fixture(): Segment {
  return {
    version: 1,
    id: 's1',
    name: 'Render counts',
    entity: 'user',
    root: {
      id: 'root',
      kind: 'group',
      combinator: 'and',
      children: [
        { id: 'c1', kind: 'property', property: 'email', operator: 'contains', value: '' },
        { id: 'c2', kind: 'property', property: 'age', operator: 'gt', value: 30 },
        { id: 'c3', kind: 'list', list: 'beta', operator: 'in' },
        {
          id: 'g2',
          kind: 'group',
          combinator: 'or',
          children: [{ id: 'c4', kind: 'property', property: 'name', operator: 'eq', value: 'Ada' }],
        },
      ],
    },
  }
}

function ControlledHost() {
  const [value, setValue] = useState(fixture)
  return (
    <SegmentBuilder
      dnd={dragAndDrop}
      catalog={exampleCatalog}
      value={value}
      onChange={setValue}
      components={components}
    />
  )
}

async function typeIntoFirstCondition(ui: React.ReactElement) {
  commits.clear()
  groupCounter = 0
  const user = userEvent.setup()
  // The whole builder: a Profiler reports once per commit that rendered anything inside it.
  const { container } = render(
    <Profiler id="builder" onRender={onRender}>
      {ui}
    </Profiler>,
  )
  const row = container.querySelector<HTMLElement>('[data-node-id="c1"]')!
  const input = within(row).getByRole('textbox', { name: 'Value' })
  const before = new Map(commits)
  await user.type(input, 'acme')
  expect(input).toHaveValue('acme')
  const delta = (id: string) => (commits.get(id) ?? 0) - (before.get(id) ?? 0)
  return {
    mountCommits: before.get('builder') ?? 0,
    commits: delta('builder'),
    chrome: delta('chrome'),
    edited: delta('c1'),
    siblings: { c2: delta('c2'), c3: delta('c3'), c4: delta('c4') },
    groups: { root: delta('group-0'), nested: delta('group-1') },
  }
}

describe('render counts while typing into one condition', () => {
  it('uncontrolled: typing 4 characters takes 4 commits and re-renders the edited condition editor 4 times, not its handle or menu, nothing else', async () => {
    const counts = await typeIntoFirstCondition(
      <SegmentBuilder dnd={dragAndDrop} catalog={exampleCatalog} defaultValue={fixture()} components={components} />,
    )
    console.info('render counts (uncontrolled, 4 keystrokes):', JSON.stringify(counts))
    // With drag and drop on (the heavier case). Mount: the tree, then dnd-kit's DndContext once mounted
    // (~6 components) and a commit that renders nothing. Menus and pickers mount nothing but their trigger.
    expect(counts.mountCommits).toBeLessThanOrEqual(3)
    expect(counts.commits).toBe(4)
    expect(counts.edited).toBe(4)
    expect(counts.chrome).toBe(0)
    expect(counts.siblings).toEqual({ c2: 0, c3: 0, c4: 0 })
    expect(counts.groups).toEqual({ root: 0, nested: 0 })
  })

  it('controlled: typing 4 characters takes 4 commits and re-renders the edited condition editor 4 times, not its handle or menu, nothing else', async () => {
    const counts = await typeIntoFirstCondition(<ControlledHost />)
    console.info('render counts (controlled, 4 keystrokes):', JSON.stringify(counts))
    // With drag and drop on (the heavier case). Mount: the tree, then dnd-kit's DndContext once mounted
    // (~6 components) and a commit that renders nothing. Menus and pickers mount nothing but their trigger.
    expect(counts.mountCommits).toBeLessThanOrEqual(3)
    expect(counts.commits).toBe(4)
    expect(counts.edited).toBe(4)
    expect(counts.chrome).toBe(0)
    expect(counts.siblings).toEqual({ c2: 0, c3: 0, c4: 0 })
    expect(counts.groups).toEqual({ root: 0, nested: 0 })
  })
})
