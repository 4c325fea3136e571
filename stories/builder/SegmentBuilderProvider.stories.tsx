/**
 * `<SegmentBuilderProvider>`: the builder's store and configuration without its
 * UI, for a custom UI built on the hooks (`useSegment`, `useBuilderActions`,
 * `useHistory`, `useSegmentIssues`…). Here: a one-line summary from core's
 * `describeSegment`, two buttons and undo.
 */
import { catalogItems, describeSegment } from '@segkit/core'
import { SegmentBuilderProvider, useBuilderActions, useCatalog, useHistory, useSegment } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { catalog, conditions, segmentOf } from '../fixtures.ts'

function HeadlessSummary() {
  const segment = useSegment()
  const { catalog: current } = useCatalog()
  const actions = useBuilderActions()
  const { canUndo, undo } = useHistory()
  return (
    <div style={{ display: 'grid', gap: 8, maxWidth: 640 }}>
      <p data-testid="summary">{describeSegment(segment, current)}</p>
      <p>
        {segment.root.children.length} {segment.root.children.length === 1 ? 'condition' : 'conditions'}
      </p>
      <div style={{ display: 'flex', gap: 8 }}>
        <button
          type="button"
          // With an item the condition is complete (the catalog's first tag); without one it would be an
          // incomplete "choose a tag" condition, as the builder's own add menu creates.
          onClick={() =>
            actions.addCondition(
              segment.root.id,
              'tag',
              segment.entity,
              catalogItems(current, segment.entity, ['tag'])[0],
            )
          }
        >
          Add a tag condition
        </button>
        <button type="button" onClick={() => actions.addCondition(segment.root.id, 'list', segment.entity)}>
          Add a list condition
        </button>
        <button type="button" disabled={!canUndo} onClick={undo}>
          Undo
        </button>
      </div>
    </div>
  )
}

const meta = {
  title: 'Builder/SegmentBuilderProvider',
  component: SegmentBuilderProvider,
  args: { catalog, defaultValue: segmentOf([conditions.property]), onChange: fn() },
  argTypes: { catalog: { control: false }, defaultValue: { control: false } },
  render: (args) => (
    <SegmentBuilderProvider {...args}>
      <HeadlessSummary />
    </SegmentBuilderProvider>
  ),
} satisfies Meta<typeof SegmentBuilderProvider>

export default meta
type Story = StoryObj<typeof meta>

/** A custom UI on the hooks: add conditions, read the summary, undo. */
export const HeadlessUI: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('1 condition')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Add a tag condition' }))
    await waitFor(() => expect(canvas.getByText('2 conditions')).toBeVisible())
    await expect(canvas.getByTestId('summary')).toHaveTextContent(/Whale/)
    await expect(args.onChange).toHaveBeenCalled()
    await userEvent.click(canvas.getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(canvas.getByText('1 condition')).toBeVisible())
  },
}
