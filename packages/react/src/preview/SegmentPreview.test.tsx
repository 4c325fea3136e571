import { createEmptySegment, type Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BuilderStoreContext } from '../context.ts'
import { createBuilderStore } from '../store/builder-store.ts'
import { SegmentPreview } from './SegmentPreview.tsx'
import { type PreviewResult, usePreview } from './usePreview.ts'

const base: Segment = {
  ...createEmptySegment('user', { id: 'seg', name: 'Pro users' }),
  root: {
    id: 'root',
    kind: 'group',
    combinator: 'and',
    children: [{ id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'pro' }],
  },
}
const withValue = (value: string): Segment => ({
  ...base,
  root: { ...base.root, children: [{ id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value }] },
})

/** An evaluate whose calls resolve or reject only when the test says so. */
function controlledEvaluate() {
  const calls: {
    segment: Segment
    signal: AbortSignal
    resolve: (r: PreviewResult<string>) => void
    reject: (e: unknown) => void
  }[] = []
  const evaluate = vi.fn(
    (segment: Segment, { signal }: { signal: AbortSignal }) =>
      new Promise<PreviewResult<string>>((resolve, reject) => {
        calls.push({ segment, signal, resolve, reject })
      }),
  )
  return { evaluate, calls }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

const count917 = async () => ({ count: 917, sample: [] })

/** A host's own count display over usePreview. */
function Count() {
  const { result } = usePreview(count917, { debounceMs: 0 })
  return <output>{result ? result.count : 'none'}</output>
}

describe('SegmentPreview', () => {
  it('given a segment, waits for the debounce, then announces the count and lists the sample', async () => {
    const { evaluate, calls } = controlledEvaluate()
    render(<SegmentPreview evaluate={evaluate} segment={base} debounceMs={250} />)
    expect(screen.getByRole('status')).toHaveTextContent('Counting…')
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true')

    await act(() => vi.advanceTimersByTimeAsync(249))
    expect(evaluate).not.toHaveBeenCalled()
    await act(() => vi.advanceTimersByTimeAsync(1))
    expect(evaluate).toHaveBeenCalledTimes(1)
    expect(calls[0]?.segment).toEqual(base)

    await act(async () => calls[0]?.resolve({ count: 1234, sample: ['ada', 'grace'] }))
    expect(screen.getByRole('status')).toHaveTextContent('1,234 matches')
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'false')
    const sample = screen.getByRole('list', { name: 'Sample members' })
    expect(sample.querySelectorAll('li')).toHaveLength(2)
    expect(sample).toHaveTextContent('ada')
    expect(screen.getByRole('region', { name: 'Preview' })).toHaveAttribute('data-state', 'success')
  })

  it('when the segment changes quickly, evaluates only the last one and aborts the stale request', async () => {
    const { evaluate, calls } = controlledEvaluate()
    const { rerender } = render(<SegmentPreview evaluate={evaluate} segment={withValue('free')} debounceMs={300} />)
    await act(() => vi.advanceTimersByTimeAsync(300))
    expect(calls).toHaveLength(1)

    rerender(<SegmentPreview evaluate={evaluate} segment={withValue('pro')} debounceMs={300} />)
    expect(calls[0]?.signal.aborted).toBe(true)
    await act(() => vi.advanceTimersByTimeAsync(100))
    rerender(<SegmentPreview evaluate={evaluate} segment={withValue('enterprise')} debounceMs={300} />)
    await act(() => vi.advanceTimersByTimeAsync(300))
    expect(calls).toHaveLength(2)
    expect(calls[1]?.segment).toEqual(withValue('enterprise'))

    // The stale answer arrives late and must not overwrite anything.
    await act(async () => calls[0]?.resolve({ count: 999, sample: [] }))
    expect(screen.getByRole('status')).toHaveTextContent('Counting…')
    await act(async () => calls[1]?.resolve({ count: 7, sample: [] }))
    expect(screen.getByRole('status')).toHaveTextContent('7 matches')
  })

  it('keeps the previous count, marked as updating, while a new one loads', async () => {
    const { evaluate, calls } = controlledEvaluate()
    const { rerender } = render(<SegmentPreview evaluate={evaluate} segment={withValue('free')} debounceMs={10} />)
    await act(() => vi.advanceTimersByTimeAsync(10))
    await act(async () => calls[0]?.resolve({ count: 1, sample: [] }))
    expect(screen.getByRole('status')).toHaveTextContent('1 match')

    rerender(<SegmentPreview evaluate={evaluate} segment={withValue('pro')} debounceMs={10} />)
    expect(screen.getByRole('status')).toHaveTextContent('1 match updating…')
    expect(screen.getByRole('region', { name: 'Preview' })).toHaveAttribute('data-stale')
  })

  it('does not evaluate again when the parent passes an equal segment', async () => {
    const { evaluate } = controlledEvaluate()
    const { rerender } = render(<SegmentPreview evaluate={evaluate} segment={withValue('pro')} debounceMs={50} />)
    await act(() => vi.advanceTimersByTimeAsync(50))
    rerender(<SegmentPreview evaluate={evaluate} segment={structuredClone(withValue('pro'))} debounceMs={50} />)
    await act(() => vi.advanceTimersByTimeAsync(500))
    expect(evaluate).toHaveBeenCalledTimes(1)
  })

  it('when the evaluation fails, shows the error as an alert and retries at once on click', async () => {
    // Testing Library waits on a zero timeout after a user event: let the fake clock follow real time.
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    const { evaluate, calls } = controlledEvaluate()
    render(<SegmentPreview evaluate={evaluate} segment={base} debounceMs={200} />)
    await act(() => vi.advanceTimersByTimeAsync(200))
    await act(async () => calls[0]?.reject(new Error('warehouse timed out')))
    expect(screen.getByRole('alert')).toHaveTextContent('Could not count: warehouse timed out')
    expect(screen.getByRole('region', { name: 'Preview' })).toHaveAttribute('data-state', 'error')

    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(evaluate).toHaveBeenCalledTimes(2)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    await act(async () => calls[1]?.resolve({ count: 0, sample: [] }))
    expect(screen.getByRole('status')).toHaveTextContent('No one matches')
  })

  it('given a count of 917, when the next evaluation fails, then neither the old count nor its sample stays beside the error', async () => {
    const { evaluate, calls } = controlledEvaluate()
    const { rerender } = render(<SegmentPreview evaluate={evaluate} segment={withValue('free')} debounceMs={0} />)
    await act(() => vi.advanceTimersByTimeAsync(0))
    await act(async () => calls[0]?.resolve({ count: 917, sample: ['ada', 'grace'] }))
    expect(screen.getByRole('status')).toHaveTextContent('917 matches')
    rerender(<SegmentPreview evaluate={evaluate} segment={withValue('pro')} debounceMs={0} />)
    await act(() => vi.advanceTimersByTimeAsync(0))
    await act(async () => calls[1]?.reject(new Error('This segment cannot be evaluated yet')))
    expect(screen.getByRole('alert')).toHaveTextContent('This segment cannot be evaluated yet')
    expect(screen.getByRole('region', { name: 'Preview' })).not.toHaveTextContent('917')
    expect(screen.queryByRole('list', { name: 'Sample members' })).toBeNull()
  })

  it('given a count, when the builder segment gets an error, then usePreview drops the result so no host shows a stale count', async () => {
    const store = createBuilderStore({ segment: base, catalog: exampleCatalog })
    render(
      <BuilderStoreContext.Provider value={store}>
        <Count />
      </BuilderStoreContext.Provider>,
    )
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(screen.getByRole('status')).toHaveTextContent('917')
    act(() =>
      store.getState().actions.replaceNode('c1', {
        id: 'c1',
        kind: 'property',
        property: 'age',
        operator: 'between',
        value: [60, 20],
      }),
    )
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(store.getState().issues.some((i) => i.severity === 'error')).toBe(true)
    expect(screen.getByRole('status')).toHaveTextContent('none')
  })

  it('reports an evaluate that throws synchronously as an error, not a crash', async () => {
    const evaluate = vi.fn((): Promise<PreviewResult> => {
      throw new Error('bad segment')
    })
    render(<SegmentPreview evaluate={evaluate} segment={base} debounceMs={0} />)
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(screen.getByRole('alert')).toHaveTextContent('bad segment')
  })

  it('aborts the pending request when unmounted', async () => {
    const { evaluate, calls } = controlledEvaluate()
    const { unmount } = render(<SegmentPreview evaluate={evaluate} segment={base} debounceMs={0} />)
    await act(() => vi.advanceTimersByTimeAsync(0))
    unmount()
    expect(calls[0]?.signal.aborted).toBe(true)
  })

  it('renders sample objects by label and takes replacement strings', async () => {
    const evaluate = vi.fn(async () => ({ count: 2, sample: [{ id: 'u1', label: 'Ada Lovelace' }, { id: 'u2' }] }))
    render(
      <SegmentPreview
        evaluate={evaluate}
        segment={base}
        debounceMs={0}
        memberKey={(member) => member.id}
        messages={{ previewCount: (n) => `${n} Treffer`, previewSample: 'Beispiele' }}
      />,
    )
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(screen.getByRole('status')).toHaveTextContent('2 Treffer')
    const items = screen.getByRole('list', { name: 'Beispiele' }).querySelectorAll('li')
    expect([...items].map((li) => li.textContent)).toEqual(['Ada Lovelace', 'u2'])
  })

  it('inside a builder, follows the builder segment and pauses while it has errors', async () => {
    const store = createBuilderStore({ segment: base, catalog: exampleCatalog })
    const { evaluate, calls } = controlledEvaluate()
    render(
      <BuilderStoreContext.Provider value={store}>
        <SegmentPreview evaluate={evaluate} debounceMs={100} />
      </BuilderStoreContext.Provider>,
    )
    await act(() => vi.advanceTimersByTimeAsync(100))
    expect(calls[0]?.segment).toBe(store.getState().segment)

    act(() =>
      store
        .getState()
        .actions.replaceNode('c1', { id: 'c1', kind: 'property', property: 'plan', operator: 'eq', value: 'free' }),
    )
    await act(() => vi.advanceTimersByTimeAsync(100))
    expect(calls).toHaveLength(2)
    expect(calls[0]?.signal.aborted).toBe(true)
    expect(calls[1]?.segment.root.children[0]).toMatchObject({ value: 'free' })

    act(() =>
      store.getState().actions.replaceNode('c1', {
        id: 'c1',
        kind: 'property',
        property: 'no_such_property',
        operator: 'eq',
        value: 'x',
      }),
    )
    await act(() => vi.advanceTimersByTimeAsync(1000))
    expect(calls).toHaveLength(2)
    expect(calls[1]?.signal.aborted).toBe(true)
    expect(screen.getByRole('status')).toHaveTextContent('Fix the problems shown above to see who matches')
  })
})
