import type { Segment, SequenceCondition } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dragAndDrop } from '../dnd/index.ts'
import { SegmentBuilder } from '../SegmentBuilder.tsx'

function segmentWith(condition: SequenceCondition): Segment {
  return {
    version: 1,
    id: 'seg',
    name: 'Funnel',
    entity: 'user',
    root: { id: 'root', kind: 'group', combinator: 'and', children: [condition] },
  }
}

const funnel: SequenceCondition = {
  id: 'q1',
  kind: 'sequence',
  steps: [
    { id: 'view', event: 'viewed_product', filters: [] },
    { id: 'cart', event: 'added_to_cart', filters: [] },
    { id: 'buy', event: 'purchased', filters: [] },
  ],
  window: { type: 'last', duration: { amount: 30, unit: 'day' } },
}

function renderSequence(condition: SequenceCondition, props: { readOnly?: boolean } = {}) {
  const onChange = vi.fn<(segment: Segment) => void>()
  const user = userEvent.setup()
  render(
    <SegmentBuilder
      dnd={dragAndDrop}
      catalog={exampleCatalog}
      defaultValue={segmentWith(condition)}
      onChange={onChange}
      {...props}
    />,
  )
  const editor = () => document.querySelector<HTMLElement>('[data-segkit-part="sequence-condition"]')!
  const step = (n: number) => within(editor()).getByRole('listitem', { name: `Step ${n}` })
  const last = () => {
    const segment = onChange.mock.lastCall?.[0]
    if (!segment) throw new Error('onChange was not called')
    return segment.root.children[0] as SequenceCondition
  }
  const order = () => last().steps.map((s) => s.id)
  return { user, onChange, editor, step, last, order }
}

// dnd-kit measures elements; jsdom has no layout. Lay the steps out side by side, 200 px apart.
const realRect = Element.prototype.getBoundingClientRect
beforeEach(() => {
  Element.prototype.getBoundingClientRect = function (this: Element) {
    if (this.getAttribute('data-segkit-part') === 'sequence-step') {
      const index = [...(this.parentElement?.children ?? [])].indexOf(this)
      return DOMRect.fromRect({ x: index * 200, y: 0, width: 180, height: 120 })
    }
    return realRect.call(this)
  }
})
afterEach(() => {
  Element.prototype.getBoundingClientRect = realRect
})

describe('SequenceConditionEditor', { timeout: 30_000 }, () => {
  it('shows the steps in order with "then" between them', () => {
    const { editor } = renderSequence(funnel)
    const steps = within(editor()).getAllByRole('listitem')
    expect(steps.map((s) => s.getAttribute('aria-label'))).toEqual(['Step 1', 'Step 2', 'Step 3'])
    expect(within(steps[0]!).queryByText('then')).not.toBeInTheDocument()
    expect(within(steps[1]!).getByText('then')).toBeInTheDocument()
    expect(within(steps[2]!).getByRole('button', { name: 'Step 3: Event: Purchased' })).toBeInTheDocument()
  })

  it('adds a step whose event picker opens at once, and removes one', async () => {
    const { user, editor, last, order } = renderSequence(funnel)
    await user.click(within(editor()).getByRole('button', { name: 'Add step' }))
    expect(last().steps).toHaveLength(4)
    // No invented event: the user chooses it, typing at once.
    expect(last().steps[3]?.event).toBe('')
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName('Search'))
    await user.keyboard('purch{Enter}')
    expect(last().steps[3]?.event).toBe('purchased')
    await waitFor(() =>
      expect(document.activeElement).toBe(within(editor()).getByRole('button', { name: 'Step 4: Event: Purchased' })),
    )
    await user.click(within(editor()).getByRole('button', { name: 'Remove step 2' }))
    expect(order()).toEqual(['view', 'buy', last().steps[2]!.id])
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(editor()).getByRole('button', { name: 'Step 1: Event: Viewed Product' }),
      ),
    )
  })

  it('moves a step with the move buttons, keeps focus on it and announces the move', async () => {
    const { user, step, order, editor } = renderSequence(funnel)
    expect(within(step(1)).getByRole('button', { name: 'Move step 1 earlier' })).toBeDisabled()
    await user.click(within(step(1)).getByRole('button', { name: 'Move step 1 later' }))
    expect(order()).toEqual(['cart', 'view', 'buy'])
    // The moved step is now step 2 and its "later" button has the focus, so pressing Enter again moves it on.
    await waitFor(() =>
      expect(document.activeElement).toBe(within(step(2)).getByRole('button', { name: 'Move step 2 later' })),
    )
    expect(within(editor()).getByText('Step 1 moved to position 2')).toBeInTheDocument()
    await user.keyboard('{Enter}')
    expect(order()).toEqual(['cart', 'buy', 'view'])
    // At the end, focus falls back to the button that can still move it.
    await waitFor(() =>
      expect(document.activeElement).toBe(within(step(3)).getByRole('button', { name: 'Move step 3 earlier' })),
    )
  })

  /** dnd-kit's live region (the sequence has its own for the move buttons). */
  const dndStatus = () => document.querySelector('[id^="DndLiveRegion-"]')

  it('reorders steps by keyboard drag and drop: pick up, arrow right, drop', async () => {
    const { user, step, order } = renderSequence(funnel)
    const handle = within(step(1)).getByRole('button', { name: 'Drag step 1' })
    handle.focus()
    await user.keyboard(' ')
    // "Picked up" stays: the step being over itself at the start is not announced.
    await waitFor(() => expect(dndStatus()).toHaveTextContent("Picked up 'Step 1'."))
    await user.keyboard('{ArrowRight}')
    await waitFor(() => expect(dndStatus()).toHaveTextContent("'Step 1' would move to position 2 of group 'Sequence'."))
    await user.keyboard(' ')
    await waitFor(() => expect(order()).toEqual(['cart', 'view', 'buy']))
    expect(dndStatus()).toHaveTextContent("Moved 'Step 1' to position 2 of group 'Sequence'.")
    expect(document.activeElement).toBe(within(step(2)).getByRole('button', { name: 'Drag step 2' }))
  })

  it('reorders steps by pointer: drag the first step over the third', async () => {
    const { step, order } = renderSequence(funnel)
    const handle = within(step(1)).getByRole('button', { name: 'Drag step 1' })
    const at = (x: number) => ({ clientX: x, clientY: 60, button: 0, buttons: 1, isPrimary: true, pointerId: 1 })
    fireEvent.pointerDown(handle, at(20))
    fireEvent.pointerMove(document, at(30))
    fireEvent.pointerMove(document, at(250))
    fireEvent.pointerMove(document, at(430))
    await waitFor(() => expect(dndStatus()).toHaveTextContent("'Step 1' would move to position 3 of group 'Sequence'."))
    fireEvent.pointerUp(document, at(430))
    await waitFor(() => expect(order()).toEqual(['cart', 'buy', 'view']))
  })

  it('cancels a keyboard drag with Escape and changes nothing', async () => {
    const { user, step, onChange } = renderSequence(funnel)
    within(step(2)).getByRole('button', { name: 'Drag step 2' }).focus()
    await user.keyboard(' ')
    await user.keyboard('{ArrowRight}')
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.getByText(/was cancelled/)).toBeInTheDocument())
    expect(onChange).not.toHaveBeenCalled()
  })

  it('makes a step negative ("then did not") and offers no such choice on the first step', async () => {
    const { user, step, last } = renderSequence(funnel)
    expect(within(step(1)).queryByRole('checkbox', { name: 'Did not do this' })).not.toBeInTheDocument()
    await user.click(within(step(3)).getByRole('checkbox', { name: 'Did not do this' }))
    expect(last().steps[2]).toMatchObject({ id: 'buy', negated: true })
    expect(within(step(3)).getByText('then did not')).toBeInTheDocument()
    await user.click(within(step(3)).getByRole('checkbox', { name: 'Did not do this' }))
    expect(last().steps[2]).not.toHaveProperty('negated')
  })

  it('sets, edits and removes the longest gap after the previous step', async () => {
    const { user, step, last } = renderSequence(funnel)
    expect(within(step(1)).queryByRole('button', { name: /Add time limit/ })).not.toBeInTheDocument()
    await user.click(within(step(2)).getByRole('button', { name: 'Step 2: Add time limit' }))
    expect(last().steps[1]).toMatchObject({ maxGap: { amount: 1, unit: 'day' } })
    const amount = within(step(2)).getByRole('spinbutton', { name: 'Step 2: within: Amount' })
    await user.clear(amount)
    await user.type(amount, '3')
    expect(last().steps[1]).toMatchObject({ maxGap: { amount: 3, unit: 'day' } })
    await user.click(within(step(2)).getByRole('button', { name: 'Step 2: Remove time limit' }))
    expect(last().steps[1]).not.toHaveProperty('maxGap')
  })

  it('filters one step on its event properties and picks another event for a step', async () => {
    const { user, step, last } = renderSequence(funnel)
    await user.click(within(step(3)).getByRole('button', { name: 'Add filter' }))
    expect(last().steps[2]?.filters).toMatchObject([{ property: '', operator: 'eq' }])
    await user.keyboard('amount{Enter}')
    expect(last().steps[2]?.filters).toMatchObject([{ property: 'amount', operator: 'eq' }])
    expect(last().steps[0]?.filters).toEqual([])

    await user.click(within(step(1)).getByRole('button', { name: 'Step 1: Event: Viewed Product' }))
    await user.keyboard('opened{Enter}')
    expect(last().steps[0]).toMatchObject({ id: 'view', event: 'opened_app' })
  })

  it('limits the whole sequence with "all within" and warns next to it when it exceeds the window', async () => {
    const { user, editor, last } = renderSequence({
      ...funnel,
      window: { type: 'last', duration: { amount: 2, unit: 'day' } },
    })
    await user.click(within(editor()).getByRole('button', { name: 'Limit total time' }))
    expect(last().within).toEqual({ amount: 7, unit: 'day' })
    const field = editor().querySelector<HTMLElement>('[data-segkit-part="sequence-footer"] [data-field="within"]')!
    expect(field).toHaveTextContent("'Within' is longer than the whole window")
    expect(within(field).getByRole('spinbutton', { name: 'all within: Amount' })).toHaveAttribute(
      'aria-invalid',
      'true',
    )
    await user.click(within(editor()).getByRole('button', { name: 'Remove total time limit' }))
    expect(last()).not.toHaveProperty('within')
  })

  it('edits the overall window', async () => {
    const { user, editor, last } = renderSequence(funnel)
    await user.selectOptions(within(editor()).getByRole('combobox', { name: 'When' }), 'ever')
    expect(last().window).toEqual({ type: 'ever' })
  })

  it('shows the issues of a step inside that step: an unknown filter property and a negative first step', () => {
    const { step, editor } = renderSequence({
      ...funnel,
      steps: [
        { id: 'view', event: 'viewed_product', filters: [], negated: true },
        {
          id: 'cart',
          event: 'added_to_cart',
          filters: [{ id: 'f', property: 'colour', operator: 'eq', value: 'red' }],
        },
      ],
    })
    expect(step(1)).toHaveTextContent('A sequence cannot start with a step that did not happen')
    expect(within(step(1)).getByRole('checkbox', { name: 'Did not do this' })).toHaveAttribute('aria-invalid', 'true')
    expect(step(2)).toHaveTextContent("Unknown property 'colour'")
    expect(step(1)).not.toHaveTextContent('colour')
    // One positive step with a negated one is a valid shape ("did X, not Y"): only the negated first step is wrong.
    expect(editor()).not.toHaveTextContent('A sequence needs two steps that happen')
  })

  it('in read-only mode, has no handles, move, add or remove buttons: the steps read as a sentence', () => {
    renderSequence(funnel, { readOnly: true })
    const row = document.querySelector<HTMLElement>('[data-segkit-part="condition"][data-kind="sequence"]')!
    expect(within(row).queryAllByRole('button')).toHaveLength(0)
    expect(row.querySelector('[data-segkit-part="condition-text"]')).toHaveTextContent(/Viewed Product/)
  })
})
