import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { type PopoverAlign, PopoverContent, PopoverRoot, PopoverTrigger } from './Popover.tsx'

interface HarnessProps {
  align?: PopoverAlign
  onOpenAutoFocus?: (content: HTMLDivElement) => void
  onCloseAutoFocus?: (event: Event) => void
}

// A trigger between two buttons; the content holds a search input and a choice that closes it (as a picker's option does).
function Harness({ align = 'start', onOpenAutoFocus, onCloseAutoFocus }: HarnessProps) {
  const [open, setOpen] = useState(false)
  return (
    <div>
      <button type="button">Before</button>
      <PopoverRoot open={open} onOpenChange={setOpen} onCloseAutoFocus={onCloseAutoFocus}>
        <PopoverTrigger>Fruit</PopoverTrigger>
        <PopoverContent aria-label="Fruits" align={align} onOpenAutoFocus={onOpenAutoFocus}>
          <input aria-label="Search" />
          <button type="button" onClick={() => setOpen(false)}>
            Apple
          </button>
        </PopoverContent>
      </PopoverRoot>
      <button type="button">After</button>
      {/* Like a host's toolbar that keeps focus where it is: pressing it moves focus nowhere. */}
      <p onMouseDown={(event) => event.preventDefault()}>Outside text</p>
    </div>
  )
}

const focusSearch = (content: HTMLDivElement) => content.querySelector('input')?.focus()
const trigger = () => screen.getByRole('button', { name: 'Fruit' })
const content = () => screen.queryByRole('dialog', { name: 'Fruits' })

describe('the popover', () => {
  it('while closed, renders nothing but its trigger', () => {
    render(<Harness />)
    expect(content()).toBeNull()
    expect(trigger().nextElementSibling).toBe(screen.getByRole('button', { name: 'After' }))
  })

  it('when opened, shows the content right after its trigger and focuses what the caller chose', async () => {
    const user = userEvent.setup()
    render(<Harness onOpenAutoFocus={focusSearch} />)
    await user.click(trigger())
    expect(trigger().nextElementSibling).toBe(content())
    expect(screen.getByRole('textbox', { name: 'Search' })).toHaveFocus()
  })

  it('when opened without a focus choice, focuses the content itself', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    await user.click(trigger())
    expect(content()).toHaveFocus()
  })

  it('tells through attributes whether it is open, which element the trigger controls, and where the content sits', async () => {
    const user = userEvent.setup()
    render(<Harness align="end" />)
    expect(trigger()).toHaveAttribute('aria-expanded', 'false')
    expect(trigger()).not.toHaveAttribute('aria-controls')
    expect(trigger()).toHaveAttribute('data-state', 'closed')
    await user.click(trigger())
    const shown = content()!
    expect(trigger()).toHaveAttribute('aria-expanded', 'true')
    expect(trigger()).toHaveAttribute('aria-controls', shown.id)
    expect(trigger()).toHaveAttribute('data-state', 'open')
    expect(shown).toHaveAttribute('data-state', 'open')
    expect(shown).toHaveAttribute('data-side', 'bottom')
    expect(shown).toHaveAttribute('data-align', 'end')
    expect(shown.style.position).toBe('fixed')
    await user.click(trigger())
    expect(content()).toBeNull()
    expect(trigger()).toHaveAttribute('aria-expanded', 'false')
    expect(trigger()).not.toHaveAttribute('aria-controls')
  })

  it('Escape inside the content closes it and returns focus to the trigger', async () => {
    const user = userEvent.setup()
    render(<Harness onOpenAutoFocus={focusSearch} />)
    await user.click(trigger())
    await user.keyboard('{Escape}')
    expect(content()).toBeNull()
    expect(trigger()).toHaveFocus()
  })

  it('Escape on the trigger closes the open content', async () => {
    const user = userEvent.setup()
    render(<Harness onOpenAutoFocus={focusSearch} />)
    await user.click(trigger())
    trigger().focus()
    expect(content()).not.toBeNull()
    await user.keyboard('{Escape}')
    expect(content()).toBeNull()
    expect(trigger()).toHaveFocus()
  })

  it('a pointer down outside closes it without moving focus to the trigger', async () => {
    const user = userEvent.setup()
    render(<Harness onOpenAutoFocus={focusSearch} />)
    await user.click(trigger())
    await user.click(screen.getByText('Outside text'))
    expect(content()).toBeNull()
    expect(trigger()).not.toHaveFocus()
    expect(document.activeElement).toBe(document.body)
    await user.click(trigger())
    await user.click(screen.getByRole('button', { name: 'Before' }))
    expect(content()).toBeNull()
    expect(screen.getByRole('button', { name: 'Before' })).toHaveFocus()
  })

  it('a pointer down inside the content keeps it open', async () => {
    const user = userEvent.setup()
    render(<Harness onOpenAutoFocus={focusSearch} />)
    await user.click(trigger())
    await user.click(content()!)
    await user.click(screen.getByRole('textbox', { name: 'Search' }))
    expect(content()).not.toBeNull()
  })

  it('Tab moves through the content in DOM order, then out of it to the next control, closing it', async () => {
    const user = userEvent.setup()
    render(<Harness onOpenAutoFocus={focusSearch} />)
    await user.click(trigger())
    await user.tab()
    expect(screen.getByRole('button', { name: 'Apple' })).toHaveFocus()
    expect(content()).not.toBeNull()
    await user.tab()
    expect(content()).toBeNull()
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus()
  })

  it('Shift+Tab from the content back to the trigger keeps it open', async () => {
    const user = userEvent.setup()
    render(<Harness onOpenAutoFocus={focusSearch} />)
    await user.click(trigger())
    await user.tab({ shift: true })
    expect(trigger()).toHaveFocus()
    expect(content()).not.toBeNull()
  })

  it('focus leaving without a new target (the window lost focus) keeps it open', async () => {
    const user = userEvent.setup()
    render(<Harness onOpenAutoFocus={focusSearch} />)
    await user.click(trigger())
    fireEvent.focusOut(screen.getByRole('textbox', { name: 'Search' }), { relatedTarget: null })
    expect(content()).not.toBeNull()
    fireEvent.focusOut(screen.getByRole('textbox', { name: 'Search' }), {
      relatedTarget: screen.getByRole('button', { name: 'After' }),
    })
    expect(content()).toBeNull()
  })

  it('when the caller closes it after a choice, focus returns to the trigger', async () => {
    const user = userEvent.setup()
    const onCloseAutoFocus = vi.fn()
    render(<Harness onOpenAutoFocus={focusSearch} onCloseAutoFocus={onCloseAutoFocus} />)
    await user.click(trigger())
    await user.click(screen.getByRole('button', { name: 'Apple' }))
    expect(content()).toBeNull()
    expect(trigger()).toHaveFocus()
    expect(onCloseAutoFocus).toHaveBeenCalledTimes(1)
  })

  it('onCloseAutoFocus can keep focus from returning to the trigger', async () => {
    const user = userEvent.setup()
    render(<Harness onOpenAutoFocus={focusSearch} onCloseAutoFocus={(event) => event.preventDefault()} />)
    await user.click(trigger())
    await user.click(screen.getByRole('button', { name: 'Apple' }))
    expect(content()).toBeNull()
    expect(trigger()).not.toHaveFocus()
  })

  it('where the Popover API exists, the content is a manual popover shown in the top layer', async () => {
    const shown: HTMLElement[] = []
    Object.defineProperty(HTMLElement.prototype, 'showPopover', {
      configurable: true,
      value(this: HTMLElement) {
        shown.push(this)
      },
    })
    try {
      const user = userEvent.setup()
      render(<Harness onOpenAutoFocus={focusSearch} />)
      await user.click(trigger())
      // jsdom hides any [popover] element from the accessibility tree (its stub did not really open it).
      const popover = document.getElementById(trigger().getAttribute('aria-controls') ?? '')!
      expect(popover).toHaveAttribute('popover', 'manual')
      expect(shown).toEqual([popover])
      expect(popover.style.inset).toBe('auto')
      expect(popover.style.margin).toBe('0px')
      expect(trigger().nextElementSibling).toBe(popover)
    } finally {
      delete (HTMLElement.prototype as Partial<HTMLElement>).showPopover
    }
  })

  it('without room below its trigger, opens above it; it stays inside the viewport horizontally', async () => {
    // jsdom lays nothing out: a 300×200 content, a trigger near the bottom right corner of the 1024×768 window.
    const height = vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.getAttribute('role') === 'dialog' ? 200 : 0
    })
    const width = vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.getAttribute('role') === 'dialog' ? 300 : 0
    })
    try {
      const user = userEvent.setup()
      render(<Harness />)
      trigger().getBoundingClientRect = () => ({ top: 700, bottom: 730, left: 900, right: 1000 }) as DOMRect
      await user.click(trigger())
      const shown = content()!
      expect(shown).toHaveAttribute('data-side', 'top')
      expect(shown.style.top).toBe(`${700 - 4 - 200}px`)
      expect(shown.style.left).toBe(`${1024 - 300}px`)
      expect(shown.style.getPropertyValue('--segkit-popover-available-height')).toBe(`${700 - 4}px`)
    } finally {
      height.mockRestore()
      width.mockRestore()
    }
  })

  it('with room below its trigger, opens under it, lined up with the edge it is aligned to', async () => {
    const width = vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.getAttribute('role') === 'dialog' ? 300 : 0
    })
    try {
      const user = userEvent.setup()
      render(<Harness align="end" />)
      trigger().getBoundingClientRect = () => ({ top: 100, bottom: 130, left: 400, right: 500 }) as DOMRect
      await user.click(trigger())
      const shown = content()!
      expect(shown).toHaveAttribute('data-side', 'bottom')
      expect(shown.style.top).toBe(`${130 + 4}px`)
      expect(shown.style.left).toBe(`${500 - 300}px`)
    } finally {
      width.mockRestore()
    }
  })
})
