/**
 * Headless: a UI of its own built from the store hooks alone — `<SegmentBuilderProvider>`
 * holds the segment, undo history and validation; this file renders every element itself
 * (plain HTML, no part of `<SegmentBuilder>`). The same code is in docs/headless.md.
 */
import { describeNode, type Group, type PropertyCondition, type Segment } from '@segkit/core'
import {
  SegmentBuilderProvider,
  useBuilderActions,
  useCatalog,
  useHistory,
  useNode,
  useNodeIssues,
  useSegment,
  useSegmentIssues,
} from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, fn, userEvent, within } from 'storybook/test'
import { catalog, segmentOf } from './fixtures.ts'

/** One condition: its sentence, a value box for a number property, its issues and Remove. */
function Row({ id }: { id: string }) {
  const node = useNode(id)
  const issues = useNodeIssues(id)
  const { catalog } = useCatalog()
  const { replaceNode, remove } = useBuilderActions()
  if (!node || node.kind === 'group') return null
  const numeric = node.kind === 'property' && typeof node.value === 'number'
  return (
    <li>
      <span>{describeNode(node, catalog, 'user')}</span>
      {numeric && (
        <input
          aria-label={`Value of ${node.id}`}
          type="number"
          value={String((node as PropertyCondition).value)}
          onChange={(e) => replaceNode(id, { ...(node as PropertyCondition), value: e.target.valueAsNumber })}
        />
      )}
      <button type="button" onClick={() => remove(id)}>
        Remove
      </button>
      {issues.length > 0 && <small role="alert">{issues.map((i) => i.message).join('; ')}</small>}
    </li>
  )
}

/** The root group: AND/OR toggle, its rows, add buttons, undo/redo and the issue count. */
function HeadlessEditor() {
  const segment = useSegment()
  const root = useNode(segment.root.id) as Group
  const { toggleCombinator, addCondition } = useBuilderActions()
  const { canUndo, canRedo, undo, redo } = useHistory()
  const issues = useSegmentIssues()
  return (
    <section aria-label="Headless segment editor">
      <button type="button" aria-pressed={root.combinator === 'or'} onClick={() => toggleCombinator(root.id)}>
        Match {root.combinator === 'and' ? 'all' : 'any'}
      </button>
      <ol>
        {root.children.map((child) => (
          <Row key={child.id} id={child.id} />
        ))}
      </ol>
      <button type="button" onClick={() => addCondition(root.id, 'tag', segment.entity)}>
        Add tag condition
      </button>
      <button type="button" disabled={!canUndo} onClick={undo}>
        Undo
      </button>
      <button type="button" disabled={!canRedo} onClick={redo}>
        Redo
      </button>
      <p aria-live="polite">{issues.length === 0 ? 'Valid' : `${issues.length} issue(s)`}</p>
    </section>
  )
}

const initial: Segment = segmentOf([
  { id: 'c_age', kind: 'property', property: 'age', operator: 'gte', value: 18 },
  { id: 'c_whale', kind: 'tag', tag: 'whale', operator: 'has' },
  // A tag the catalog does not have: the store's validation reports it.
  { id: 'c_gone', kind: 'tag', tag: 'gone', operator: 'has' },
])

function Headless({ onChange }: { onChange: (segment: Segment) => void }) {
  const [segment, setSegment] = useState(initial)
  return (
    <SegmentBuilderProvider
      catalog={catalog}
      value={segment}
      onChange={(next) => {
        setSegment(next)
        onChange(next)
      }}
    >
      <HeadlessEditor />
    </SegmentBuilderProvider>
  )
}

const meta = {
  title: 'Builder/Headless',
  component: Headless,
  args: { onChange: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'A UI built from the store hooks alone (`useSegment`, `useNode`, `useNodeIssues`, `useBuilderActions`, ' +
          '`useHistory`, `useSegmentIssues`) inside `<SegmentBuilderProvider>`: no default part is rendered. See docs/headless.md.',
      },
    },
  },
} satisfies Meta<typeof Headless>

export default meta
type Story = StoryObj<typeof meta>

/** Edit, add, toggle, remove and undo through the hooks; the segment reaches `onChange`. */
export const HooksOnly: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    // Nothing of the default UI: every element on screen is this story's own.
    await expect(canvasElement.querySelector('[data-segkit-part], [data-segkit-root]')).toBeNull()
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3)
    await expect(canvas.getByText('1 issue(s)')).toBeVisible()
    await expect(within(canvas.getAllByRole('listitem')[2]!).getByRole('alert')).toHaveTextContent(/gone/)

    const value = canvas.getByRole('spinbutton', { name: 'Value of c_age' })
    await userEvent.clear(value)
    await userEvent.type(value, '21')
    const last = () => args.onChange.mock.lastCall?.[0] as Segment
    await expect(last().root.children[0]).toMatchObject({ id: 'c_age', value: 21 })
    await expect(canvas.getAllByRole('listitem')[0]).toHaveTextContent('21')

    await userEvent.click(canvas.getByRole('button', { name: 'Match all' }))
    await expect(last().root.combinator).toBe('or')

    await userEvent.click(within(canvas.getAllByRole('listitem')[2]!).getByRole('button', { name: 'Remove' }))
    await expect(canvas.getAllByRole('listitem')).toHaveLength(2)
    await expect(canvas.getByText('Valid')).toBeVisible()

    await userEvent.click(canvas.getByRole('button', { name: 'Add tag condition' }))
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3)
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }))
    await expect(canvas.getAllByRole('listitem')).toHaveLength(2)
    await userEvent.click(canvas.getByRole('button', { name: 'Redo' }))
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3)
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }))
    await expect(last().root.children.map((c) => c.id)).toEqual(['c_age', 'c_whale'])
  },
}
