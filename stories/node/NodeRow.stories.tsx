/** `<NodeRow>`: one node of a group — drag handle, the condition's editor or a nested group, its actions. */
import { NodeRow, SegmentBuilderProvider } from '@segkit/react'
import { dragAndDrop } from '@segkit/react/dnd'
import type { Decorator, Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, screen, userEvent, within } from 'storybook/test'
import { themeFromGlobal } from '../builder-story.tsx'
import { catalog, conditions, segmentOf } from '../fixtures.ts'

const segment = segmentOf([
  conditions.property,
  conditions.event,
  { id: 'g_or', kind: 'group', combinator: 'or', children: [conditions.tag, conditions.list] },
])
const onChange = fn()

/** A builder store holding the segment, and a themed root with a group's list around the row. */
const withStore: Decorator = (Story, context) => {
  const theme = themeFromGlobal(context.globals.theme)
  return (
    <SegmentBuilderProvider catalog={catalog} defaultValue={segment} onChange={onChange} dnd={dragAndDrop}>
      <div data-segkit-root="" data-theme={theme.theme ?? 'light'} data-unstyled={theme.unstyled ? '' : undefined}>
        <ul data-segkit-part="group-children">
          <Story />
        </ul>
      </div>
    </SegmentBuilderProvider>
  )
}

const meta = {
  title: 'Parts/NodeRow',
  component: NodeRow,
  decorators: [withStore],
  args: { id: 'c_plan', parentId: 'root', entity: 'user' },
} satisfies Meta<typeof NodeRow>

export default meta
type Story = StoryObj<typeof meta>

/** A property condition's row; its actions menu. */
export const PropertyRow: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'More actions' }))
    await expect(await screen.findByRole('menuitem', { name: 'Duplicate' })).toBeVisible()
    await userEvent.keyboard('{Escape}')
  },
}

/** An event condition's row, after an AND. */
export const EventRow: Story = { args: { id: 'c_purchased', joiner: 'AND' } }

/** A nested group's row. */
export const GroupRow: Story = { args: { id: 'g_or', joiner: 'AND' } }
