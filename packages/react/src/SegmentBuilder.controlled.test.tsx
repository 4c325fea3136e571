/**
 * Undo and redo in every controlled pattern an integrator uses: the parent
 * keeps the segment as React state, as a JSON string (parsed on every render or
 * in useMemo), in a store that clones what it is given, or in react-hook-form.
 * A value equal to the one the builder emitted is not a change from outside.
 */
import { parseSegment, type Segment, serializeSegment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { type ReactElement, useMemo, useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import { SegmentBuilder } from './index.ts'

function ageIs3(): Segment {
  return {
    version: 1,
    id: 's1',
    name: 'Age',
    entity: 'user',
    root: {
      id: 'root',
      kind: 'group',
      combinator: 'and',
      children: [{ id: 'c1', kind: 'property', property: 'age', operator: 'eq', value: 3 }],
    },
  }
}

function AsState({ onChange }: { onChange: (s: Segment) => void }) {
  const [value, setValue] = useState(ageIs3)
  return (
    <SegmentBuilder
      catalog={exampleCatalog}
      value={value}
      onChange={(s) => {
        setValue(s)
        onChange(s)
      }}
    />
  )
}

function AsJsonParsedEachRender({ onChange }: { onChange: (s: Segment) => void }) {
  const [json, setJson] = useState(() => serializeSegment(ageIs3()))
  const parsed = parseSegment(json)
  if (!parsed.ok) throw new Error('unreadable')
  return (
    <SegmentBuilder
      catalog={exampleCatalog}
      value={parsed.segment}
      onChange={(s) => {
        setJson(serializeSegment(s))
        onChange(s)
      }}
    />
  )
}

function AsJsonParsedInMemo({ onChange }: { onChange: (s: Segment) => void }) {
  const [json, setJson] = useState(() => serializeSegment(ageIs3()))
  const value = useMemo(() => {
    const parsed = parseSegment(json)
    if (!parsed.ok) throw new Error('unreadable')
    return parsed.segment
  }, [json])
  return (
    <SegmentBuilder
      catalog={exampleCatalog}
      value={value}
      onChange={(s) => {
        setJson(serializeSegment(s))
        onChange(s)
      }}
    />
  )
}

// A store that keeps its own copy of what it is given, as redux with serialisable state or a
// zustand store with structuredClone does.
const cloningStore = () =>
  createStore<{ segment: Segment; save: (s: Segment) => void }>()((set) => ({
    segment: ageIs3(),
    save: (s) => set({ segment: structuredClone(s) }),
  }))

function InCloningStore({ onChange }: { onChange: (s: Segment) => void }) {
  const [store] = useState(cloningStore)
  const segment = useStore(store, (s) => s.segment)
  const save = useStore(store, (s) => s.save)
  return (
    <SegmentBuilder
      catalog={exampleCatalog}
      value={segment}
      onChange={(s) => {
        save(s)
        onChange(s)
      }}
    />
  )
}

function InReactHookForm({ onChange }: { onChange: (s: Segment) => void }) {
  const { control } = useForm<{ segment: Segment }>({ defaultValues: { segment: ageIs3() } })
  return (
    <Controller
      control={control}
      name="segment"
      render={({ field }) => (
        <SegmentBuilder
          catalog={exampleCatalog}
          value={field.value}
          onChange={(s) => {
            field.onChange(s)
            onChange(s)
          }}
        />
      )}
    />
  )
}

const PATTERNS: [string, (props: { onChange: (s: Segment) => void }) => ReactElement][] = [
  ['React state', AsState],
  ['a JSON string parsed on every render', AsJsonParsedEachRender],
  ['a JSON string parsed in useMemo', AsJsonParsedInMemo],
  ['a store that clones what it is given', InCloningStore],
  ['react-hook-form', InReactHookForm],
]

const ageOf = (s: Segment | undefined) => (s?.root.children[0] as { value?: unknown } | undefined)?.value

describe.each(PATTERNS)('a controlled builder whose parent keeps the segment in %s', (_name, Pattern) => {
  it('given "3", when the user types "25" and clicks Undo, then the field shows 3, the parent has 3, and Undo is spent', async () => {
    const user = userEvent.setup()
    const seen: Segment[] = []
    render(<Pattern onChange={(s) => seen.push(s)} />)
    const field = () => within(screen.getByRole('region')).getByRole('spinbutton', { name: 'Value' })
    await user.type(field(), '25')
    expect(field()).toHaveValue('325')
    expect(ageOf(seen.at(-1))).toBe(325)
    const undo = screen.getByRole('button', { name: 'Undo' })
    await user.click(undo)
    expect(field()).toHaveValue('3')
    expect(ageOf(seen.at(-1))).toBe(3)
    expect(undo).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Redo' }))
    expect(field()).toHaveValue('325')
    expect(ageOf(seen.at(-1))).toBe(325)
    await user.click(undo)
    expect(field()).toHaveValue('3')
  })

  it('given two separate edits, when the user undoes twice and redoes once, then every step shows and reaches the parent', async () => {
    const user = userEvent.setup()
    const seen: Segment[] = []
    const { container } = render(<Pattern onChange={(s) => seen.push(s)} />)
    const field = () => within(screen.getByRole('region')).getByRole('spinbutton', { name: 'Value' })
    await user.type(field(), '1')
    await user.click(within(container).getByRole('radio', { name: 'OR' }))
    const root = () => container.querySelector('[data-group-id="root"]')!
    expect(root()).toHaveAttribute('data-combinator', 'or')
    const undo = screen.getByRole('button', { name: 'Undo' })
    await user.click(undo)
    expect(root()).toHaveAttribute('data-combinator', 'and')
    expect(field()).toHaveValue('31')
    await user.click(undo)
    expect(field()).toHaveValue('3')
    expect(undo).toBeDisabled()
    expect(seen.at(-1)).toEqual(ageIs3())
    await user.click(screen.getByRole('button', { name: 'Redo' }))
    expect(field()).toHaveValue('31')
    expect(ageOf(seen.at(-1))).toBe(31)
  })
})
