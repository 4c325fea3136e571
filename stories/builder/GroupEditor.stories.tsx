/**
 * `<GroupEditor>`: a group of conditions (the root, a nested group, or the group
 * of a related condition) with its AND/OR switch, NOT, collapse and add menu.
 * Shown inside a builder, which provides its store.
 */
import { GroupEditor } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { renderBuilder } from '../builder-story.tsx'
import { catalog, conditions, groupOf, headerOf, segmentOf } from '../fixtures.ts'

const nested = segmentOf([
  conditions.property,
  {
    id: 'g_or',
    kind: 'group',
    combinator: 'or',
    children: [conditions.tag, conditions.list],
  },
  {
    id: 'g_not',
    kind: 'group',
    combinator: 'and',
    negated: true,
    children: [{ id: 'c_country', kind: 'property', property: 'country', operator: 'eq', value: 'DE' }],
  },
])

const meta = {
  title: 'Builder/GroupEditor',
  component: GroupEditor,
  // The props table documents GroupEditor; the canvas shows it inside a builder.
  render: (_args, context) => renderBuilder({ catalog, defaultValue: nested }, context),
  args: { groupId: 'root', entity: 'user' },
  parameters: {
    docs: {
      description: {
        component:
          'Renders one group of the tree. Used by `<SegmentBuilder>` for the root and nested groups, and by the ' +
          'related row for its inner group; use it in a custom UI under `<SegmentBuilderProvider>`.',
      },
    },
  },
} satisfies Meta<typeof GroupEditor>

export default meta
type Story = StoryObj<typeof meta>

/** AND at the root, an OR group and a negated group inside. */
export const NestedGroups: Story = {
  play: async ({ canvasElement }) => {
    await expect(groupOf(canvasElement, 'g_or')).toHaveAttribute('data-combinator', 'or')
    await expect(groupOf(canvasElement, 'g_not')).toHaveAttribute('data-negated')
  },
}

/** Toggle NOT on a group, then collapse it behind a summary and expand it again. */
export const NegateAndCollapse: Story = {
  play: async ({ canvasElement }) => {
    const group = groupOf(canvasElement, 'g_or')
    const header = within(headerOf(group))
    await userEvent.click(header.getByRole('button', { name: /negate this group/i }))
    await expect(group).toHaveAttribute('data-negated')
    await userEvent.click(header.getByRole('button', { name: 'Collapse group' }))
    await expect(group).toHaveAttribute('data-state', 'closed')
    // The collapsed group says what it holds in one line (core's description), not "2 items hidden".
    const summary = group.querySelector('[data-segkit-part="group-summary"]')
    await expect(summary).toBeVisible()
    await expect(summary).toHaveTextContent(/Whale.*Beta testers/)
    await userEvent.click(header.getByRole('button', { name: 'Expand group' }))
    await expect(group).toHaveAttribute('data-state', 'open')
  },
}

/** "At least 2 of these 3": the count beside an OR group's switch; a collapsed group says it in words. */
export const AtLeastTwoOfThree: Story = {
  render: (_args, context) =>
    renderBuilder(
      {
        catalog,
        defaultValue: segmentOf([
          {
            id: 'g_two',
            kind: 'group',
            combinator: 'or',
            atLeast: 2,
            children: [conditions.property, conditions.tag, conditions.list],
          },
        ]),
      },
      context,
    ),
  play: async ({ canvasElement }) => {
    const group = groupOf(canvasElement, 'g_two')
    const header = within(headerOf(group))
    const count = header.getByRole('spinbutton', { name: 'How many must hold' })
    await expect(count).toHaveValue('2')
    await userEvent.click(header.getByRole('button', { name: 'Collapse group' }))
    await expect(group.querySelector('[data-segkit-part="group-summary"]')).toHaveTextContent(/at least 2 of \(/)
  },
}
