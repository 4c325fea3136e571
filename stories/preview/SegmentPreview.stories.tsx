/**
 * `<SegmentPreview>` / `usePreview`: a debounced, cancellable live count and
 * sample of the segment being built, here on core's reference evaluator over a
 * generated dataset, plus a slow and a failing evaluator.
 */
import type { Segment } from '@segkit/core'
import { createEvaluator } from '@segkit/core/evaluate'
import { FIXTURE_AS_OF, generateDataset } from '@segkit/core/testing'
import { type PreviewEvaluate, SegmentBuilder, SegmentPreview } from '@segkit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { themeFromGlobal } from '../builder-story.tsx'
import { catalog, groupOf, headerOf, preset, segmentOf } from '../fixtures.ts'

let evaluator: ReturnType<typeof createEvaluator> | undefined
/** The reference evaluator over 500 generated users, built once on first use. */
function reference() {
  evaluator ??= createEvaluator(catalog, generateDataset({ seed: 7, users: 500 }))
  return evaluator
}

const evaluateLocally: PreviewEvaluate<string> = async (segment) => {
  const { ids, count } = reference().evaluate(segment, { asOf: FIXTURE_AS_OF })
  return { count, sample: ids.slice(0, 5) }
}

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => {
      clearTimeout(timer)
      reject(signal.reason)
    })
  })

/** Like a warehouse query: 1.5 s per evaluation, aborted when the segment changes. */
const evaluateSlowly: PreviewEvaluate<string> = async (segment, { signal }) => {
  await wait(1500, signal)
  return evaluateLocally(segment, { signal })
}

/** A backend that is down. */
const evaluateFailing: PreviewEvaluate<string> = async (_segment, { signal }) => {
  await wait(100, signal)
  throw new Error('the segment service answered 503')
}

const meta = {
  title: 'Preview/SegmentPreview',
  component: SegmentPreview<string>,
  args: { evaluate: evaluateLocally, debounceMs: 300 },
  argTypes: { evaluate: { control: false }, segment: { control: false } },
  render: (args, context) => (
    <SegmentBuilder
      catalog={catalog}
      defaultValue={preset('loyal_lapsed_buyers')}
      {...themeFromGlobal(context.globals.theme)}
    >
      <SegmentPreview {...args} />
    </SegmentBuilder>
  ),
  parameters: {
    docs: {
      description: {
        component:
          'Inside a `<SegmentBuilder>` it follows the builder and pauses while the segment has errors. ' +
          '`evaluate(segment, { signal })` may be an in-memory evaluator, a server endpoint or a warehouse query.',
      },
    },
  },
} satisfies Meta<typeof SegmentPreview<string>>

export default meta
type Story = StoryObj<typeof meta>

// The builder has a second status region (drag and drop announcements): take the preview's.
const statusOf = (canvasElement: HTMLElement) => {
  const status = canvasElement.querySelector<HTMLElement>('[data-segkit-part="preview-count"]')
  if (!status) throw new Error('no preview count')
  return status
}

/** Live count and sample on the reference evaluator; an edit updates it. */
export const Live: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(statusOf(canvasElement)).toHaveTextContent(/match|No one matches/), { timeout: 5000 })
    const before = statusOf(canvasElement).textContent
    await userEvent.click(
      within(headerOf(groupOf(canvasElement, 'loyal_lapsed_buyers_root'))).getByRole('radio', { name: 'OR' }),
    )
    await waitFor(() => expect(statusOf(canvasElement).textContent).not.toBe(before), { timeout: 5000 })
  },
}

/** A slow evaluator: "Counting…" first, then the count; the previous count stays while the next one loads. */
export const SlowEvaluator: Story = {
  args: { evaluate: evaluateSlowly },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(statusOf(canvasElement)).toHaveTextContent('Counting…'))
    await expect(statusOf(canvasElement)).toHaveAttribute('aria-busy', 'true')
    await waitFor(() => expect(statusOf(canvasElement)).toHaveTextContent(/match/), { timeout: 5000 })
  },
}

/** The slow evaluator in the dark theme, ending on an edit: the dimmed count shows "updating…" (checked by axe). */
export const SlowEvaluatorDark: Story = {
  args: { evaluate: evaluateSlowly },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(statusOf(canvasElement)).toHaveTextContent(/match/), { timeout: 5000 })
    const root = groupOf(canvasElement, 'loyal_lapsed_buyers_root')
    await userEvent.click(within(headerOf(root)).getByRole('radio', { name: 'OR' }))
    await waitFor(() => expect(statusOf(canvasElement)).toHaveTextContent('updating…'))
  },
}

/** A failing evaluator: the error is announced and "Try again" evaluates again at once. */
export const FailingEvaluator: Story = {
  args: { evaluate: evaluateFailing },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 3000 })
    await expect(alert).toHaveTextContent('Could not count: the segment service answered 503')
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    await expect(await within(canvasElement).findByRole('alert', {}, { timeout: 3000 })).toBeVisible()
  },
}

/** A segment with errors is not evaluated: the preview says what to do. */
export const InvalidSegment: Story = {
  render: (args, context) => (
    <SegmentBuilder
      catalog={catalog}
      defaultValue={segmentOf([{ id: 'bad', kind: 'property', property: 'age', operator: 'between', value: [65, 18] }])}
      {...themeFromGlobal(context.globals.theme)}
    >
      <SegmentPreview {...args} />
    </SegmentBuilder>
  ),
  play: async ({ canvasElement }) => {
    await expect(statusOf(canvasElement)).toHaveTextContent('Fix the problems shown above to see who matches')
  },
}

const standalone: Segment = preset('loyal_lapsed_buyers')

/** Outside a builder, with a `segment` prop (a saved segment's page, for instance). */
export const Standalone: Story = {
  args: { segment: standalone },
  render: (args) => <SegmentPreview {...args} />,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(statusOf(canvasElement)).toHaveTextContent(/match|No one matches/), { timeout: 5000 })
  },
}
