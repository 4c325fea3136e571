/**
 * `loadValues`: value suggestions for text, enum and text-list values — in
 * property rows, event filters, sequence step filters and related groups —
 * answered here by core's evaluator (`topValues`, `topEventValues`) over a
 * generated dataset, so the suggestions are real values, most common first.
 * A latency of 120 ms is simulated and honours the abort signal.
 */
import type { Segment } from '@segkit/core'
import { createEvaluator } from '@segkit/core/evaluate'
import { generateDataset } from '@segkit/core/testing'
import type { LoadValues } from '@segkit/react'
import { SegmentBuilder } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { renderBuilder } from '../builder-story.tsx'
import { catalog, segmentOf } from '../fixtures.ts'

let evaluator: ReturnType<typeof createEvaluator> | undefined
/** The reference evaluator over 500 generated users, built once on first use. */
function data() {
  evaluator ??= createEvaluator(catalog, generateDataset({ seed: 7, users: 500 }))
  return evaluator
}

/** Resolves after `ms`, or rejects as soon as the signal aborts. */
function latency(ms: number, signal: AbortSignal) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => {
      clearTimeout(timer)
      reject(signal.reason)
    })
  })
}

/** The evaluator's most common values, as a server endpoint would give them. */
const fromEvaluator: LoadValues = async (request) => {
  await latency(120, request.signal)
  const options = { query: request.query, limit: 8 }
  const counts =
    request.event === undefined
      ? data().topValues(request.entity, request.property, options)
      : data().topEventValues(request.event, request.eventProperty, options)
  return counts.map((c) => ({ value: String(c.value) }))
}

const failing: LoadValues = async (request) => {
  await latency(60, request.signal)
  throw new Error('503 Service Unavailable')
}

const everywhere: Segment = segmentOf(
  [
    { id: 'name', kind: 'property', property: 'name', operator: 'eq', value: '' },
    { id: 'interests', kind: 'property', property: 'interests', operator: 'has_any', value: ['music'] },
    {
      id: 'bought',
      kind: 'event',
      event: 'purchased',
      filters: [{ id: 'currency', property: 'currency', operator: 'eq', value: '' }],
      form: { type: 'performed', window: { type: 'last', duration: { amount: 30, unit: 'day' } } },
    },
    {
      id: 'funnel',
      kind: 'sequence',
      steps: [
        {
          id: 'view',
          event: 'viewed_product',
          filters: [{ id: 'cat', property: 'category', operator: 'in', value: [] }],
        },
        { id: 'buy', event: 'purchased', filters: [] },
      ],
      window: { type: 'last', duration: { amount: 30, unit: 'day' } },
    },
  ],
  'Suggested values',
)

const meta = {
  title: 'Builder/LoadValues',
  component: SegmentBuilder,
  args: { catalog, defaultValue: everywhere, loadValues: fromEvaluator, onChange: fn() },
  argTypes: { catalog: { control: false }, defaultValue: { control: false }, loadValues: { control: false } },
  render: renderBuilder,
} satisfies Meta<typeof SegmentBuilder>

export default meta
type Story = StoryObj<typeof meta>

const valueInput = (canvas: HTMLElement, row: string) =>
  within(canvas.querySelector<HTMLElement>(`[data-node-id="${row}"]`)!).getAllByRole('combobox', { name: /^Value/ })[0]!

/** Typing in a text value lists the names the data really holds; ArrowDown and Enter pick one. */
export const TextValue: Story = {
  play: async ({ canvasElement, args }) => {
    const input = valueInput(canvasElement, 'name')
    await userEvent.type(input, 'Eve')
    const listbox = await within(canvasElement).findByRole('listbox', { name: 'Value' })
    await waitFor(() => expect(within(listbox).getAllByRole('option')[0]).toHaveTextContent(/^Eve /))
    await userEvent.keyboard('{ArrowDown}{Enter}')
    await waitFor(() => expect((input as HTMLInputElement).value).toMatch(/^Eve /))
    await expect(input).toHaveAttribute('aria-expanded', 'false')
    await expect(args.onChange).toHaveBeenCalled()
  },
}

/** A text list (interests) and an event filter (currency): the suggestions come from the event's rows. */
export const ListAndEventFilter: Story = {
  play: async ({ canvasElement }) => {
    const tags = valueInput(canvasElement, 'interests')
    await userEvent.click(tags)
    const listbox = await within(canvasElement).findByRole('listbox', { name: 'Value' })
    await waitFor(() => expect(within(listbox).getByRole('option', { name: 'food' })).toBeVisible())
    await userEvent.click(within(listbox).getByRole('option', { name: 'food' }))
    const chips = within(canvasElement.querySelector<HTMLElement>('[data-node-id="interests"]')!).getByRole('list')
    await expect(chips).toHaveTextContent('music')
    await expect(chips).toHaveTextContent('food')
    await userEvent.keyboard('{Escape}')
    const currency = valueInput(canvasElement, 'bought')
    await userEvent.type(currency, 'E')
    await waitFor(() => expect(within(canvasElement).getByRole('option', { name: 'EUR' })).toBeVisible())
  },
}

/** The server fails: the list says so, and typing again retries. */
export const LoadFails: Story = {
  args: { loadValues: failing },
  play: async ({ canvasElement }) => {
    await userEvent.type(valueInput(canvasElement, 'name'), 'a')
    await expect(await within(canvasElement).findByText(/The search failed/)).toBeVisible()
  },
}
