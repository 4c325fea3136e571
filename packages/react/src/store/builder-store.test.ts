import type { Issue, Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { COALESCE_MS, createBuilderStore } from './builder-store.ts'

function segment(): Segment {
  return {
    version: 1,
    id: 's1',
    name: 'S',
    entity: 'user',
    root: {
      id: 'root',
      kind: 'group',
      combinator: 'and',
      children: [{ id: 'c1', kind: 'property', property: 'email', operator: 'contains', value: '' }],
    },
  }
}

function typing(store: ReturnType<typeof createBuilderStore>, text: string) {
  const node = store.getState().nodes.get('c1')!
  store.getState().actions.replaceNode('c1', { ...node, value: text } as typeof node)
}
const typedText = (store: ReturnType<typeof createBuilderStore>) =>
  (store.getState().segment.root.children[0] as { value: string }).value

describe('the builder store history', () => {
  it('given edits of one node further apart than the coalescing time and no text field focused, then each is its own undo step', () => {
    let now = 0
    const store = createBuilderStore({ segment: segment(), catalog: exampleCatalog, now: () => now })
    typing(store, 'a')
    now += COALESCE_MS - 1
    typing(store, 'ac')
    now += COALESCE_MS + 1
    typing(store, 'acm')
    expect(store.getState().past).toHaveLength(2)
    store.getState().actions.undo()
    expect(typedText(store)).toBe('ac')
  })

  it('given a text field keeps focus, when the user types slowly, then the whole visit is one step and undo never lands on a half-typed value', () => {
    let now = 0
    const store = createBuilderStore({ segment: segment(), catalog: exampleCatalog, now: () => now })
    store.getState().actions.holdCoalescing(true)
    for (const text of ['4', '40', '4', '45']) {
      now += 5 * COALESCE_MS
      typing(store, text)
    }
    store.getState().actions.holdCoalescing(false)
    expect(store.getState().coalescing).toBeUndefined()
    typing(store, '450')
    expect(store.getState().past).toHaveLength(2)
    store.getState().actions.undo()
    expect(typedText(store)).toBe('45')
    store.getState().actions.undo()
    expect(typedText(store)).toBe('')
    store.getState().actions.redo()
    store.getState().actions.redo()
    expect(typedText(store)).toBe('450')
    expect(store.getState().future).toHaveLength(0)
  })

  it('given an equal copy of the current segment from outside, then nothing changes and nobody is notified', () => {
    const store = createBuilderStore({ segment: segment(), catalog: exampleCatalog })
    typing(store, 'x')
    const before = store.getState()
    const listener = vi.fn()
    store.subscribe(listener)
    store.getState().actions.reset(JSON.parse(JSON.stringify(before.segment)))
    expect(listener).not.toHaveBeenCalled()
    expect(store.getState().segment).toBe(before.segment)
    expect(store.getState().past).toHaveLength(1)
  })

  it('given a different segment from outside, then it is shown and one undo step brings the previous one back', () => {
    const store = createBuilderStore({ segment: segment(), catalog: exampleCatalog })
    const next = { ...segment(), name: 'Other' }
    store.getState().actions.reset(next)
    expect(store.getState().external).toBe(next)
    store.getState().actions.undo()
    expect(store.getState().segment.name).toBe('S')
  })

  it('given more steps than the history limit, then the oldest are dropped', () => {
    const store = createBuilderStore({ segment: segment(), catalog: exampleCatalog, historyLimit: 3 })
    for (let i = 0; i < 5; i++) store.getState().actions.toggleCombinator('root')
    expect(store.getState().past).toHaveLength(3)
  })

  it('keeps the read issues in its state and shows those of opaque nodes only', () => {
    const s = segment()
    s.root.children.push({ id: 'o1', kind: 'opaque', raw: { kind: 'future' } } as never)
    const issue: Issue = {
      code: 'unknown_kind',
      message: 'Unknown kind future',
      severity: 'error',
      path: [],
      nodeId: 'o1',
    }
    const elsewhere: Issue = { ...issue, nodeId: 'c1', message: 'not opaque' }
    const store = createBuilderStore({ segment: s, catalog: exampleCatalog })
    store.getState().actions.setReadIssues([issue, elsewhere])
    expect(store.getState().readIssues).toEqual([issue, elsewhere])
    expect(store.getState().issuesByNode.get('o1')?.[0]?.message).toBe('Unknown kind future')
    expect(
      store
        .getState()
        .issuesByNode.get('c1')
        ?.some((i) => i.message === 'not opaque'),
    ).not.toBe(true)
  })
})
