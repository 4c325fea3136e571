/** `<ConditionEditor>`: renders the editor of the `components` map for a condition's kind. */
import type { Condition } from '@segkit/core'
import { ConditionEditor } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, within } from 'storybook/test'
import { Stateful, withFieldFrame } from '../fields/field-frame.tsx'
import { conditions } from '../fixtures.ts'

const meta = {
  title: 'Parts/ConditionEditor',
  component: ConditionEditor,
  decorators: [withFieldFrame],
  args: { node: conditions.property, entity: 'user', readOnly: false, issues: [], onChange: fn() },
  argTypes: { onChange: { control: false }, node: { control: false } },
  render: (args) => (
    <Stateful<Condition> initial={args.node as Condition} onChange={args.onChange}>
      {(node, setNode) => <ConditionEditor {...args} node={node} onChange={setNode} />}
    </Stateful>
  ),
} satisfies Meta<typeof ConditionEditor>

export default meta
type Story = StoryObj<typeof meta>

/** A property condition: the property row. */
export const Property: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Property: Plan' })).toBeVisible()
  },
}

/** An event condition: the event row. */
export const Event: Story = { args: { node: conditions.event } }

/** A list condition. */
export const List: Story = { args: { node: conditions.list } }

/** Read-only. */
export const ReadOnly: Story = { args: { node: conditions.tag, readOnly: true } }
