/** The related row (B2B): the user's account, or an account's users, matching a group of conditions. */
import { RelatedConditionEditor } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, within } from 'storybook/test'
import { renderBuilder, renderCondition } from '../builder-story.tsx'
import { catalog, conditions, groupOf, readOnlySentenceOf } from '../fixtures.ts'

const meta = {
  title: 'Conditions/RelatedCondition',
  component: RelatedConditionEditor,
  render: renderCondition,
  args: { node: conditions.related, entity: 'user', readOnly: false, issues: [], onChange: fn() },
  argTypes: { node: { control: 'object' }, issues: { control: false } },
} satisfies Meta<typeof RelatedConditionEditor>

export default meta
type Story = StoryObj<typeof meta>

/** Users whose account has an ARR of at least 50,000: the inner group talks about accounts. */
export const AccountMatches: Story = {
  play: async ({ canvasElement }) => {
    const inner = groupOf(canvasElement, 'c_account_root')
    await expect(within(inner).getByRole('button', { name: 'Property: ARR' })).toBeVisible()
  },
}

/** An account segment: at least 3 of its users are on the pro plan. */
export const CountOfUsers: Story = {
  render: (args, context) =>
    renderBuilder(
      {
        catalog,
        readOnly: args.readOnly,
        defaultValue: {
          version: 1,
          id: 'accounts',
          name: 'Accounts with pro users',
          entity: 'account',
          root: {
            id: 'root',
            kind: 'group',
            combinator: 'and',
            children: [
              {
                id: 'c_users',
                kind: 'related',
                relation: 'users',
                match: { type: 'count', comparison: 'gte', value: 3 },
                root: {
                  id: 'c_users_root',
                  kind: 'group',
                  combinator: 'and',
                  children: [{ id: 'c_pro', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' }],
                },
              },
            ],
          },
        },
      },
      context,
    ),
  play: async ({ canvasElement }) => {
    await expect(
      within(groupOf(canvasElement, 'c_users_root')).getByRole('button', { name: 'Property: Plan' }),
    ).toBeVisible()
  },
}

/** Read-only: the inner group cannot be edited either. */
export const ReadOnly: Story = {
  args: { readOnly: true },
  play: async ({ canvasElement }) => {
    // The row and its nested group read as one sentence.
    await expect(await readOnlySentenceOf(canvasElement, 'c_account')).toHaveTextContent(/account.*ARR.*50,000/i)
  },
}
