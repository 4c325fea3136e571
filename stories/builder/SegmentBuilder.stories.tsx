/**
 * `<SegmentBuilder>`: the whole builder in the states a designer or an
 * integrator looks for first, with the interactive flows checked by play functions.
 */
import { type Segment, serializeSegment } from '@segkit/core'
import { SegmentBuilder, type SegmentBuilderProps } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, fireEvent, fn, screen, userEvent, waitFor, within } from 'storybook/test'
import { renderBuilder, themeFromGlobal } from '../builder-story.tsx'
import {
  catalog,
  conditions,
  footerOf,
  groupOf,
  headerOf,
  largeSegment,
  lastSegment,
  preset,
  rowOf,
  segmentOf,
} from '../fixtures.ts'

const meta = {
  title: 'Builder/SegmentBuilder',
  component: SegmentBuilder,
  render: renderBuilder,
  args: { catalog, onChange: fn(), mode: 'full', readOnly: false },
  argTypes: {
    mode: { control: 'inline-radio', options: ['simple', 'full'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    readOnly: { control: 'boolean' },
    unstyled: { control: 'boolean' },
    catalog: { control: false },
    value: { control: false },
    defaultValue: { control: false },
    components: { control: false },
    messages: { control: false },
    dnd: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The visual rule and sequence builder. Controlled (`value` + `onChange`) or uncontrolled (`defaultValue`). ' +
          'Flip `mode`, `readOnly` and the theme in the controls or the toolbar.',
      },
    },
  },
} satisfies Meta<typeof SegmentBuilder>

export default meta
type Story = StoryObj<typeof meta>

const twoPlusGroups = (): Segment =>
  segmentOf([
    { id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' },
    { id: 'c2', kind: 'list', list: 'beta', operator: 'in' },
    { id: 'g2', kind: 'group', combinator: 'or', children: [{ id: 'c3', kind: 'tag', tag: 'whale', operator: 'has' }] },
  ])

/** Every condition kind in one segment: flip the controls to see modes and read-only. */
export const Playground: Story = {
  args: {
    defaultValue: segmentOf(Object.values(conditions), 'Every kind of condition'),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('region', { name: 'Segment rules' })).toBeVisible()
    for (const c of Object.values(conditions)) await expect(rowOf(canvasElement, c.id)).toBeVisible()
  },
}

/**
 * Without a `dnd` adapter (the default of `@segkit/react`): no drag handles, no dnd-kit in the bundle.
 * Nodes still move with their menus (wrap in group, ungroup) and sequence steps with their buttons.
 */
export const WithoutDragAndDrop: Story = {
  args: { dnd: undefined, defaultValue: twoPlusGroups() },
  play: async ({ canvasElement }) => {
    await expect(rowOf(canvasElement, 'c1')).toBeVisible()
    await expect(canvasElement.querySelectorAll('[data-segkit-part="drag-handle"]')).toHaveLength(0)
    await expect(canvasElement.querySelectorAll('[aria-roledescription="sortable"]')).toHaveLength(0)
  },
}

function ControlledWithJson(props: SegmentBuilderProps) {
  const [segment, setSegment] = useState<Segment>(() => props.defaultValue ?? segmentOf([]))
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)', gap: 16 }}>
      <SegmentBuilder
        {...props}
        defaultValue={undefined}
        value={segment}
        onChange={(next) => {
          setSegment(next)
          props.onChange?.(next)
        }}
      />
      <section aria-label="Segment JSON">
        <pre style={{ fontSize: 12, whiteSpace: 'pre-wrap', margin: 0 }}>
          {serializeSegment(segment, { pretty: true })}
        </pre>
      </section>
    </div>
  )
}

/** Every kind of condition in the dark theme (also: the toolbar's Theme menu). */
export const PlaygroundDark: Story = {
  ...Playground,
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region', { name: 'Segment rules' })).toHaveAttribute(
      'data-theme',
      'dark',
    )
  },
}

/** Controlled usage (`value` + `onChange`): the JSON next to the builder follows every edit. */
export const Controlled: Story = {
  args: { defaultValue: twoPlusGroups() },
  render: (args, context) => <ControlledWithJson {...args} {...themeFromGlobal(context.globals.theme)} />,
  play: async ({ canvasElement }) => {
    const json = within(canvasElement).getByRole('region', { name: 'Segment JSON' })
    await expect(json).toHaveTextContent('"combinator": "and"')
    await userEvent.click(within(headerOf(groupOf(canvasElement, 'root'))).getByRole('radio', { name: 'OR' }))
    await waitFor(() => expect(json.textContent).toMatch(/"id": "root",\s*"kind": "group",\s*"combinator": "or"/))
  },
}

/** A new segment: an empty root group that invites the first condition. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No conditions yet. Add one, or drop one here.')).toBeVisible()
  },
}

/** Simple mode for business users: properties, lists and tags only. */
export const SimpleMode: Story = {
  args: { mode: 'simple', defaultValue: twoPlusGroups() },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(footerOf(groupOf(canvasElement, 'root'))).getByRole('button', { name: 'Add by kind' }))
    const menu = await screen.findByRole('menu')
    const items = within(menu)
      .getAllByRole('menuitem')
      .map((item) => item.textContent)
    await expect(items).toEqual(expect.arrayContaining(['Property', 'List', 'Tag']))
    await expect(items).not.toContain('Event')
    await expect(items).not.toContain('Sequence')
    await userEvent.keyboard('{Escape}')
  },
}

/** Full mode for analysts: a real segment with events, a measure and a property. */
export const FullMode: Story = {
  args: { mode: 'full', defaultValue: preset('loyal_lapsed_buyers') },
  play: async ({ canvasElement }) => {
    await expect(rowOf(canvasElement, 'llb_purchases')).toBeVisible()
    await expect(rowOf(canvasElement, 'llb_consent')).toBeVisible()
  },
}

/** Add a condition from the group's menu: a new tag row appears and onChange hears about it. */
export const AddCondition: Story = {
  args: { defaultValue: twoPlusGroups() },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(footerOf(groupOf(canvasElement, 'root'))).getByRole('button', { name: 'Add by kind' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Tag' }))
    await waitFor(() => expect(args.onChange).toHaveBeenCalled())
    const added = lastSegment(args.onChange).root.children[3]
    await expect(added).toMatchObject({ kind: 'tag', operator: 'has' })
    await expect(rowOf(canvasElement, added?.id ?? '')).toHaveTextContent('Whale')
  },
}

/** Drag a condition into another group with the keyboard only: focus its handle, Space, arrows, Space. */
export const KeyboardDragIntoGroup: Story = {
  args: { defaultValue: twoPlusGroups() },
  play: async ({ canvasElement, args }) => {
    // The handle is named after the condition it moves.
    const handle = within(rowOf(canvasElement, 'c2')).getByRole('button', { name: "Move 'in the list Beta testers'" })
    // dnd-kit's live region, outside the canvas: it says where the dragged row would land.
    const announcement = () => document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? ''
    handle.focus()
    await userEvent.keyboard('[Space]')
    // "Picked up" stays: the row being over itself at the start is not announced.
    await waitFor(() => expect(announcement()).toBe("Picked up 'in the list Beta testers'."))
    // Arrow down until the row would land in the OR group (the exact count depends on the layout).
    const intoGroup = /^'in the list Beta testers' would move to position \d of group 'Any of'\.$/
    for (let i = 0; i < 6 && !intoGroup.test(announcement()); i++) {
      await userEvent.keyboard('[ArrowDown]')
    }
    await expect(announcement()).toMatch(intoGroup)
    await userEvent.keyboard('[Space]')
    await waitFor(() => expect(groupOf(canvasElement, 'g2').querySelector('[data-node-id="c2"]')).not.toBeNull())
    await expect(announcement()).toMatch(/^Moved 'in the list Beta testers' to position \d of group 'Any of'\.$/)
    const root = lastSegment(args.onChange).root
    await expect(root.children.map((c) => c.id)).toEqual(['c1', 'g2'])
  },
}

/** The rows of a group that show an insertion line, with its edge. */
const dropLines = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll<HTMLElement>('[data-node-id][data-drop]')].map((row) => [
    row.dataset.nodeId,
    row.dataset.drop,
  ])

/**
 * Drag a condition by mouse onto the lower half of a row in another group: a line shows where it
 * will land (after that row), not an outlined row; dropping puts it there.
 */
export const PointerDragShowsInsertionLine: Story = {
  args: { defaultValue: twoPlusGroups() },
  play: async ({ canvasElement, args }) => {
    const handle = within(rowOf(canvasElement, 'c1')).getByRole('button', { name: "Move 'whose Plan is Pro'" })
    const from = handle.getBoundingClientRect()
    const target = rowOf(canvasElement, 'c3').querySelector('[data-segkit-part="condition"]')!.getBoundingClientRect()
    const at = (x: number, y: number) => ({
      clientX: x,
      clientY: y,
      button: 0,
      buttons: 1,
      isPrimary: true,
      pointerId: 1,
    })
    const x = from.left + from.width / 2
    await fireEvent.pointerDown(handle, at(x, from.top + from.height / 2))
    await fireEvent.pointerMove(handle, at(x, from.top + from.height / 2 + 10))
    await fireEvent.pointerMove(handle, at(x, target.top + target.height * 0.8))
    await waitFor(() => expect(dropLines(canvasElement)).toEqual([['c3', 'after']]))
    const row = rowOf(canvasElement, 'c3')
    // The line is drawn (a 2 px bar in the accent colour below the row), and the row is not outlined.
    const line = getComputedStyle(row, '::after')
    await expect(line.content).not.toBe('none')
    await expect(line.height).toBe('2px')
    await expect(line.backgroundColor).not.toBe('rgba(0, 0, 0, 0)')
    await expect(Number.parseFloat(line.bottom)).toBeLessThan(0)
    await expect(row).not.toHaveAttribute('data-over')
    await fireEvent.pointerUp(handle, at(x, target.top + target.height * 0.8))
    await waitFor(() => expect(dropLines(canvasElement)).toEqual([]))
    const group = lastSegment(args.onChange).root.children.find((c) => c.id === 'g2')
    await expect(group?.kind === 'group' && group.children.map((c) => c.id)).toEqual(['c3', 'c1'])
  },
}

/**
 * Lift the second condition with the keyboard and move it to the top: the row shown first has no
 * AND above it while it is dragged (the label stays with the place, not with the row).
 */
export const DragShowsNoAndAboveFirstRow: Story = {
  args: { defaultValue: twoPlusGroups() },
  play: async ({ canvasElement }) => {
    const rows = () => [
      ...groupOf(canvasElement, 'root').querySelectorAll<HTMLElement>(
        ':scope > [data-segkit-part="group-body"] > ul > li',
      ),
    ]
    const shownJoiner = (li: HTMLElement) => {
      const joiner = li.querySelector<HTMLElement>(':scope > [data-segkit-part="joiner"]')
      return joiner !== null && getComputedStyle(joiner).visibility !== 'hidden'
    }
    const byPlace = () => [...rows()].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    within(rowOf(canvasElement, 'c2')).getByRole('button', { name: "Move 'in the list Beta testers'" }).focus()
    await userEvent.keyboard('[Space]')
    await userEvent.keyboard('[ArrowUp]')
    // The lifted row is shown first (after the sort animation): no AND above it; the group below keeps its AND.
    await waitFor(() => expect(byPlace()[0]?.dataset.nodeId).toBe('c2'))
    const [first, , last] = byPlace()
    await expect(first && shownJoiner(first)).toBe(false)
    await expect(last?.dataset.nodeId).toBe('g2')
    await expect(last && shownJoiner(last)).toBe(true)
    await expect(dropLines(canvasElement)).toEqual([['c1', 'before']])
    await userEvent.keyboard('[Escape]')
    await waitFor(() => expect(byPlace().map((li) => li.dataset.nodeId)).toEqual(['c1', 'c2', 'g2']))
    await expect(byPlace().map(shownJoiner)).toEqual([false, true, true])
  },
}

/** Undo and redo: the toolbar buttons (and Ctrl+Z inside the builder) walk the history. */
export const Undo: Story = {
  args: { defaultValue: twoPlusGroups() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const root = groupOf(canvasElement, 'root')
    const undo = canvas.getByRole('button', { name: 'Undo' })
    await expect(undo).toBeDisabled()
    await userEvent.click(within(headerOf(root)).getByRole('radio', { name: 'OR' }))
    await expect(root).toHaveAttribute('data-combinator', 'or')
    await userEvent.click(undo)
    await expect(root).toHaveAttribute('data-combinator', 'and')
    await userEvent.click(canvas.getByRole('button', { name: 'Redo' }))
    await expect(root).toHaveAttribute('data-combinator', 'or')
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }))
    await expect(root).toHaveAttribute('data-combinator', 'and')
  },
}

/** Read-only: the segment is shown, nothing can be edited, added or moved. */
export const ReadOnly: Story = {
  args: { readOnly: true, defaultValue: preset('loyal_lapsed_buyers') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('region', { name: 'Segment rules' })).toHaveAttribute('data-readonly')
    await expect(canvas.queryByRole('button', { name: /Add condition/ })).toBeNull()
    // No drag handles at all, and every condition reads as text.
    await expect(canvas.queryAllByRole('button', { name: /^Move '/ })).toHaveLength(0)
    await expect(canvasElement.querySelectorAll('[data-segkit-part="condition-text"]').length).toBeGreaterThan(0)
  },
}

/** Locked and disabled nodes: a locked condition and a locked group cannot be edited; a disabled one is kept but ignored. */
export const LockedAndDisabled: Story = {
  args: {
    defaultValue: segmentOf([
      { id: 'locked', kind: 'property', property: 'plan', operator: 'eq', value: 'pro', locked: true },
      { id: 'off', kind: 'tag', tag: 'whale', operator: 'has', disabled: true },
      { ...conditions.event, id: 'off_event', disabled: true },
      { ...conditions.sequence, id: 'off_sequence', disabled: true },
      {
        id: 'off_group',
        kind: 'group',
        combinator: 'and',
        disabled: true,
        children: [{ id: 'in_off_group', kind: 'property', property: 'age', operator: 'gte', value: 18 }],
      },
      {
        id: 'locked_group',
        kind: 'group',
        combinator: 'or',
        locked: true,
        children: [{ id: 'inside', kind: 'list', list: 'vip', operator: 'in' }],
      },
    ]),
  },
  play: async ({ canvasElement }) => {
    const locked = rowOf(canvasElement, 'locked')
    await expect(locked.querySelector('[data-segkit-part="condition"]')).toHaveAttribute('data-locked')
    await expect(within(locked).getByRole('button', { name: 'Property: Plan' })).toBeDisabled()
    await expect(rowOf(canvasElement, 'off').querySelector('[data-segkit-part="condition"]')).toHaveAttribute(
      'data-disabled',
    )
    await expect(
      within(rowOf(canvasElement, 'inside')).getByRole('button', { name: 'List: VIP customers' }),
    ).toBeDisabled()
  },
}

/** Validation errors from core, shown next to the offending field. */
export const ValidationErrors: Story = {
  args: {
    defaultValue: segmentOf([
      { id: 'bad_between', kind: 'property', property: 'age', operator: 'between', value: [65, 18] },
      { id: 'bad_value', kind: 'property', property: 'ltv', operator: 'gt', value: 'lots' },
      {
        id: 'bad_sequence',
        kind: 'sequence',
        steps: [
          { id: 'neg_first', event: 'purchased', filters: [], negated: true },
          { id: 'then_view', event: 'viewed_product', filters: [] },
        ],
        window: { type: 'last', duration: { amount: 30, unit: 'day' } },
      },
      { id: 'empty_group', kind: 'group', combinator: 'and', children: [] },
    ]),
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThan(0))
    await expect(canvasElement.querySelector('[data-segkit-part="issue"]')).not.toBeNull()
  },
}

/** Content the catalog does not know (an unknown property, list and event) and a kind this version cannot read. */
export const UnknownCatalogNodes: Story = {
  args: {
    defaultValue: segmentOf([
      { id: 'gone_property', kind: 'property', property: 'shoe_size', operator: 'eq', value: 42 },
      { id: 'gone_list', kind: 'list', list: 'retired_list', operator: 'in' },
      {
        id: 'gone_event',
        kind: 'event',
        event: 'faxed_us',
        filters: [],
        form: { type: 'performed', window: { type: 'ever' } },
      },
      {
        id: 'future_kind',
        kind: 'opaque',
        reason: 'unknown_kind',
        raw: { id: 'future_kind', kind: 'prediction', model: 'churn', above: 0.8 },
      },
    ]),
  },
  play: async ({ canvasElement }) => {
    await expect(rowOf(canvasElement, 'gone_property')).toHaveTextContent('Unknown property “shoe_size”')
    await expect(rowOf(canvasElement, 'future_kind')).toHaveTextContent('Unknown condition kind “prediction”')
  },
}

/** 500 conditions in 50 groups: all rendered, one group edited. */
export const FiveHundredConditions: Story = {
  args: { defaultValue: largeSegment(500) },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[data-segkit-part="condition"]')).toHaveLength(500)
    await expect(rowOf(canvasElement, 'big_499')).toBeInTheDocument()
    const group = groupOf(canvasElement, 'big_group_49')
    await userEvent.click(within(headerOf(group)).getByRole('radio', { name: 'AND' }))
    await expect(group).toHaveAttribute('data-combinator', 'and')
  },
}
