/** The segment row: in or not in another segment of the catalog (cycles are a validation error). */
import { SegmentConditionEditor } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { renderCondition } from '../builder-story.tsx'
import { conditions } from '../fixtures.ts'
import { membershipStories } from './membership-stories.ts'

const meta = {
  title: 'Conditions/SegmentCondition',
  component: SegmentConditionEditor,
  render: renderCondition,
  args: { node: conditions.segment, entity: 'user', readOnly: false, issues: [], onChange: fn() },
  argTypes: { node: { control: 'object' }, issues: { control: false } },
} satisfies Meta<typeof SegmentConditionEditor>

export default meta
type Story = StoryObj<typeof meta>

const stories = membershipStories({
  node: conditions.segment,
  trigger: 'Segment: Pro users',
  unknown: { id: 'c_gone', kind: 'segment', segment: 'retired_segment', operator: 'in' },
  unknownText: 'Unknown “retired_segment”',
})

/** The first segment of the catalog. */
export const Default: Story = stories.Default
/** Pick another segment with the searchable picker. */
export const PickAnother: Story = stories.PickAnother
/** A segment the catalog no longer has: kept, named as unknown, flagged. */
export const UnknownInCatalog: Story = stories.UnknownInCatalog
/** Read-only. */
export const ReadOnly: Story = stories.ReadOnly
