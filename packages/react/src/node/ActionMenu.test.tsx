import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ActionMenu, type ActionMenuEntry } from './ActionMenu.tsx'

function item(label: string, onSelect: () => void = () => {}, disabled = false): ActionMenuEntry {
  return { type: 'item', key: label, label, onSelect, disabled }
}

function renderMenu(entries: ActionMenuEntry[]) {
  const user = userEvent.setup()
  const view = render(
    <div>
      <ActionMenu part="add-trigger" trigger="Add" align="start" entries={entries} />
      <button type="button">Next control</button>
    </div>,
  )
  const trigger = screen.getByRole('button', { name: 'Add' })
  const openWithKeyboard = async () => {
    trigger.focus()
    await user.keyboard('{Enter}')
  }
  return { user, trigger, openWithKeyboard, ...view }
}

const kinds = () => [
  item('Property'),
  item('Segment'),
  item('Sequence'),
  item('Tag'),
  { type: 'separator', key: 'separator' } as const,
  item('Add group'),
]
const focused = () => document.activeElement?.textContent
// The trigger as it is now: the first opening swaps the plain closed button for the popover's trigger.
const triggerNow = () => screen.getByRole('button', { name: 'Add' })

describe('the action menu', () => {
  it('while closed, renders nothing but its trigger button', () => {
    const { container } = renderMenu(kinds())
    expect(container.querySelectorAll('[data-segkit-part="add-trigger"]')).toHaveLength(1)
    expect(screen.queryByRole('menu')).toBeNull()
    expect(screen.getByRole('button', { name: 'Add' })).toHaveAttribute('aria-haspopup', 'menu')
  })

  it('opened, focuses its first enabled item; arrows wrap, Home and End jump', async () => {
    const { user, openWithKeyboard } = renderMenu([item('Off', () => {}, true), ...kinds()])
    await openWithKeyboard()
    expect(focused()).toBe('Property')
    await user.keyboard('{ArrowUp}')
    expect(focused()).toBe('Add group')
    await user.keyboard('{ArrowDown}')
    expect(focused()).toBe('Property')
    await user.keyboard('{End}')
    expect(focused()).toBe('Add group')
    await user.keyboard('{Home}')
    expect(focused()).toBe('Property')
  })

  it('type-ahead: a letter focuses the next enabled item starting with it, and the same letter again cycles', async () => {
    const { user, openWithKeyboard } = renderMenu(kinds())
    await openWithKeyboard()
    await user.keyboard('s')
    expect(focused()).toBe('Segment')
    await user.keyboard('s')
    expect(focused()).toBe('Sequence')
    await user.keyboard('s')
    expect(focused()).toBe('Segment')
    await user.keyboard('a')
    expect(focused()).toBe('Segment')
  })

  it('type-ahead: letters typed in quick succession make one search', async () => {
    const { user, openWithKeyboard } = renderMenu(kinds())
    await openWithKeyboard()
    await user.keyboard('seq')
    expect(focused()).toBe('Sequence')
  })

  it('type-ahead: after a pause of more than half a second, a letter starts a new search', async () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(10_000)
    try {
      const { user, openWithKeyboard } = renderMenu(kinds())
      await openWithKeyboard()
      await user.keyboard('s')
      expect(focused()).toBe('Segment')
      now.mockReturnValue(10_300)
      await user.keyboard('t')
      // "st" matches nothing: focus stays.
      expect(focused()).toBe('Segment')
      now.mockReturnValue(11_000)
      await user.keyboard('t')
      expect(focused()).toBe('Tag')
    } finally {
      now.mockRestore()
    }
  })

  it('type-ahead skips disabled items', async () => {
    const { user, openWithKeyboard } = renderMenu([item('Property'), item('Tag', () => {}, true), item('Tags list')])
    await openWithKeyboard()
    await user.keyboard('t')
    expect(focused()).toBe('Tags list')
  })

  it('Space chooses the focused item, except while typing ahead, when it is part of the search', async () => {
    const onAddGroup = vi.fn()
    const now = vi.spyOn(Date, 'now').mockReturnValue(10_000)
    try {
      const entries = [...kinds().slice(0, -1), item('Add group', onAddGroup)]
      const { user, openWithKeyboard } = renderMenu(entries)
      await openWithKeyboard()
      await user.keyboard('a ')
      expect(focused()).toBe('Add group')
      expect(onAddGroup).not.toHaveBeenCalled()
      now.mockReturnValue(11_000)
      await user.keyboard(' ')
      expect(onAddGroup).toHaveBeenCalledTimes(1)
      expect(screen.queryByRole('menu')).toBeNull()
      expect(triggerNow()).toHaveFocus()
    } finally {
      now.mockRestore()
    }
  })

  it('Enter chooses the focused item and closes the menu, returning focus to the trigger', async () => {
    const onSelect = vi.fn()
    const { user, openWithKeyboard } = renderMenu([item('Property'), item('Tag', onSelect)])
    await openWithKeyboard()
    await user.keyboard('{ArrowDown}{Enter}')
    expect(onSelect).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('menu')).toBeNull()
    expect(triggerNow()).toHaveFocus()
  })

  it('Tab closes the menu and moves on to the next control; Shift+Tab closes it back onto the trigger', async () => {
    const { user, openWithKeyboard } = renderMenu(kinds())
    await openWithKeyboard()
    await user.tab()
    expect(screen.queryByRole('menu')).toBeNull()
    expect(screen.getByRole('button', { name: 'Next control' })).toHaveFocus()
    await openWithKeyboard()
    await user.tab({ shift: true })
    expect(screen.queryByRole('menu')).toBeNull()
    expect(triggerNow()).toHaveFocus()
  })

  it('ArrowDown on the trigger opens the menu', async () => {
    const { user, trigger } = renderMenu(kinds())
    trigger.focus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menu')).toBeInTheDocument()
    expect(focused()).toBe('Property')
  })

  it('a menu without enabled items focuses the menu itself', async () => {
    const { openWithKeyboard } = renderMenu([item('Nothing to add', () => {}, true)])
    await openWithKeyboard()
    expect(screen.getByRole('menu')).toHaveFocus()
  })
})
