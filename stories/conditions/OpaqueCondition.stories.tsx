/**
 * Content this version cannot read: a condition kind it does not know, or a
 * known kind with malformed fields. It is kept with its JSON (a round trip loses
 * nothing), shown read-only and flagged by validation.
 */
import { OpaqueConditionView } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { renderCondition } from '../builder-story.tsx'
import { rowOf } from '../fixtures.ts'

const meta = {
  title: 'Conditions/OpaqueCondition',
  component: OpaqueConditionView,
  render: (args, context) => renderCondition({ node: args.node, readOnly: false }, context),
  args: {
    node: {
      id: 'c_future',
      kind: 'opaque',
      reason: 'unknown_kind',
      raw: { id: 'c_future', kind: 'prediction', model: 'churn', above: 0.8 },
    },
    issues: [],
  },
  argTypes: { issues: { control: false } },
} satisfies Meta<typeof OpaqueConditionView>

export default meta
type Story = StoryObj<typeof meta>

/** A kind from a newer version ("prediction"). */
export const UnknownKind: Story = {
  play: async ({ canvasElement }) => {
    await expect(rowOf(canvasElement, 'c_future')).toHaveTextContent('Unknown condition kind “prediction”')
  },
}

/** A property condition whose fields could not be read. */
export const Invalid: Story = {
  args: {
    node: {
      id: 'c_broken',
      kind: 'opaque',
      reason: 'invalid',
      raw: { id: 'c_broken', kind: 'property', property: 42, operator: 'maybe' },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(rowOf(canvasElement, 'c_broken')).toHaveTextContent('This condition could not be read')
  },
}
