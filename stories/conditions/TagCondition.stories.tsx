/** The tag row: has or has not a tag of the catalog. */
import { TagConditionEditor } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { renderCondition } from '../builder-story.tsx'
import { conditions } from '../fixtures.ts'
import { membershipStories } from './membership-stories.ts'

const meta = {
  title: 'Conditions/TagCondition',
  component: TagConditionEditor,
  render: renderCondition,
  args: { node: conditions.tag, entity: 'user', readOnly: false, issues: [], onChange: fn() },
  argTypes: { node: { control: 'object' }, issues: { control: false } },
} satisfies Meta<typeof TagConditionEditor>

export default meta
type Story = StoryObj<typeof meta>

const stories = membershipStories({
  node: conditions.tag,
  trigger: 'Tag: Whale',
  unknown: { id: 'c_gone', kind: 'tag', tag: 'retired_tag', operator: 'has' },
  unknownText: 'Unknown “retired_tag”',
})

/** The first tag of the catalog. */
export const Default: Story = stories.Default
/** Pick another tag with the searchable picker. */
export const PickAnother: Story = stories.PickAnother
/** A tag the catalog no longer has: kept, named as unknown, flagged. */
export const UnknownInCatalog: Story = stories.UnknownInCatalog
/** Read-only. */
export const ReadOnly: Story = stories.ReadOnly
