/** `<IssueList>`: validation issues next to a field or a row (a hideable `components` part). */
import { IssueList } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { withFieldFrame } from '../fields/field-frame.tsx'

const meta = {
  title: 'Parts/IssueList',
  component: IssueList,
  decorators: [withFieldFrame],
  args: {
    issues: [
      {
        code: 'between_order',
        severity: 'error',
        path: ['root', 'children', 0, 'value'],
        message: 'The lower bound is above the upper bound',
      },
      { code: 'empty_group', severity: 'warning', path: ['root'], message: 'This group is empty: it matches everyone' },
    ],
  },
} satisfies Meta<typeof IssueList>

export default meta
type Story = StoryObj<typeof meta>

/** An error and a warning. */
export const ErrorAndWarning: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('listitem')).toHaveLength(2)
  },
}
