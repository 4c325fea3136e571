/** The list row: member or not of a static list of the catalog. */
import { ListConditionEditor } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { renderCondition } from '../builder-story.tsx'
import { conditions } from '../fixtures.ts'
import { membershipStories } from './membership-stories.ts'

const meta = {
  title: 'Conditions/ListCondition',
  component: ListConditionEditor,
  render: renderCondition,
  args: { node: conditions.list, entity: 'user', readOnly: false, issues: [], onChange: fn() },
  argTypes: { node: { control: 'object' }, issues: { control: false } },
} satisfies Meta<typeof ListConditionEditor>

export default meta
type Story = StoryObj<typeof meta>

const stories = membershipStories({
  node: conditions.list,
  trigger: 'List: Beta testers',
  unknown: { id: 'c_gone', kind: 'list', list: 'retired_list', operator: 'in' },
  unknownText: 'Unknown “retired_list”',
})

/** The first list of the catalog. */
export const Default: Story = stories.Default
/** Pick another list with the searchable picker. */
export const PickAnother: Story = stories.PickAnother
/** A list the catalog no longer has: kept, named as unknown, flagged. */
export const UnknownInCatalog: Story = stories.UnknownInCatalog
/** Read-only. */
export const ReadOnly: Story = stories.ReadOnly
