/**
 * `<AddMenu>`: the end of a group — one search across the entity's properties, events, lists,
 * tags, segments and related entities ("+ Add condition"), and the kind menu beside it
 * ("Add by kind"). A `components` part.
 */
import { AddMenu } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, screen, userEvent, waitFor, within } from 'storybook/test'
import { withFieldFrame } from '../fields/field-frame.tsx'

const meta = {
  title: 'Parts/AddMenu',
  component: AddMenu,
  decorators: [withFieldFrame],
  args: {
    kinds: ['property', 'event', 'sequence', 'list', 'tag', 'segment', 'related'],
    entity: 'user',
    canAddGroup: true,
    disabled: false,
    onAddCondition: fn(),
    onAddGroup: fn(),
  },
} satisfies Meta<typeof AddMenu>

export default meta
type Story = StoryObj<typeof meta>

/** One search finds anything: "vip" is a list, and choosing it adds a list condition. */
export const Search: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Add condition' }))
    await userEvent.type(await screen.findByRole('combobox', { name: 'Search' }), 'vip')
    const lists = within(screen.getByRole('listbox', { name: 'Add a condition' })).getByRole('group', { name: 'Lists' })
    await expect(lists).toHaveTextContent('VIP customers')
    await userEvent.keyboard('{Enter}')
    await expect(args.onAddCondition).toHaveBeenCalledWith('list', expect.objectContaining({ key: 'list:vip' }))
  },
}

/** Every kind in the kind menu: choose one. */
export const FullMode: Story = {
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Add by kind' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Event' }))
    await expect(args.onAddCondition).toHaveBeenCalledWith('event')
  },
}

/** Simple mode: property, list and tag. */
export const SimpleMode: Story = { args: { kinds: ['property', 'list', 'tag'] } }

/** At the deepest level allowed: no "Add group". */
export const AtMaxDepth: Story = { args: { canAddGroup: false } }

/** Nothing allowed here. */
export const NothingToAdd: Story = { args: { kinds: [], canAddGroup: false } }

/**
 * In a host's clipped box (`overflow: hidden`, its own stacking context, barely taller than the
 * trigger): the menu opens in the top layer, so it is neither cut off nor covered, and it sits
 * right under its trigger.
 */
export const InClippedContainer: Story = {
  decorators: [
    (Story) => (
      <div
        data-testid="clipped-host"
        style={{ overflow: 'hidden', height: 44, position: 'relative', zIndex: 0, border: '1px dashed #b8bfc9' }}
      >
        <Story />
      </div>
    ),
    // A sibling painted over the area below the host: an inline menu would be hidden under it.
    (Story) => (
      <>
        <Story />
        <div style={{ position: 'relative', zIndex: 10, height: 200, marginTop: -8, background: '#f7f8fa' }} />
      </>
    ),
  ],
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Add by kind' }))
    const menu = await screen.findByRole('menu')
    // Queried after opening: the first opening swaps the closed menu's plain button for the popover's trigger.
    const trigger = within(canvasElement).getByRole('button', { name: 'Add by kind' })
    await expect(menu).toBeVisible()
    await expect(menu.matches(':popover-open')).toBe(true)
    const host = within(canvasElement).getByTestId('clipped-host')
    await expect(host).toContainElement(menu)
    const below = trigger.getBoundingClientRect().bottom
    await waitFor(() => expect(Math.round(menu.getBoundingClientRect().top)).toBe(Math.round(below + 4)))
    // Far below the clipping edge, the item is what a pointer there hits.
    const item = within(menu).getByRole('menuitem', { name: 'Tag' })
    const box = item.getBoundingClientRect()
    await expect(box.top).toBeGreaterThan(host.getBoundingClientRect().bottom)
    await expect(item.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2))).toBe(
      true,
    )
    await userEvent.click(item)
    await expect(args.onAddCondition).toHaveBeenCalledWith('tag')
    await expect(screen.queryByRole('menu')).toBeNull()
  },
}
