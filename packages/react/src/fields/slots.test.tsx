import type { Condition, Segment } from '@segkit/core'
import { exampleCatalog } from '@segkit/core/testing'
import { act, render } from '@testing-library/react'
import type { ComponentType } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { ComponentsOverride } from '../components.ts'
import { defaultMessages } from '../messages.ts'
import { SegmentBuilder } from '../SegmentBuilder.tsx'

const last30 = { type: 'last', duration: { amount: 30, unit: 'day' } } as const

// One of every place a field is used: a property row (with a past time), an event condition with a
// filter, a sequence with a step filter, a related group with a row of the account.
const everywhere: Condition[] = [
  {
    id: 'p',
    kind: 'property',
    property: 'email',
    operator: 'eq',
    value: 'a@b.c',
    at: { type: 'ago', duration: { amount: 7, unit: 'day' } },
  },
  {
    id: 'd',
    kind: 'property',
    property: 'created_at',
    operator: 'after',
    value: { type: 'ago', duration: { amount: 3, unit: 'day' } },
  },
  {
    id: 'e',
    kind: 'event',
    event: 'purchased',
    filters: [{ id: 'ef', property: 'currency', operator: 'eq', value: 'EUR' }],
    form: { type: 'performed', window: last30 },
  },
  {
    id: 's',
    kind: 'sequence',
    steps: [
      {
        id: 's1',
        event: 'viewed_product',
        filters: [{ id: 'sf', property: 'category', operator: 'eq', value: 'shoes' }],
      },
      { id: 's2', event: 'purchased', filters: [] },
    ],
    window: last30,
  },
  {
    id: 'r',
    kind: 'related',
    relation: 'account',
    match: { type: 'any' },
    root: {
      id: 'inner',
      kind: 'group',
      combinator: 'and',
      children: [{ id: 'rp', kind: 'property', property: 'seats', operator: 'gt', value: 50 }],
    },
  },
]

function segmentOf(children: Condition[]): Segment {
  return {
    version: 1,
    id: 'seg',
    name: 'Slots',
    entity: 'user',
    root: { id: 'root', kind: 'group', combinator: 'and', children },
  }
}

/** A replacement part that renders a marker and records the props of each render. */
function recorder<P>() {
  const seen: P[] = []
  // biome-ignore lint/correctness/noComponentHookFactories: one recording part per test, made once before rendering
  function Part(props: P) {
    seen.push(props)
    return <span data-testid="replacement" />
  }
  return { Part, seen, latest: () => [...seen].reverse() }
}

function renderWith(components: ComponentsOverride, options: { readOnly?: boolean; children?: Condition[] } = {}) {
  const onChange = vi.fn<(segment: Segment) => void>()
  render(
    <SegmentBuilder
      catalog={exampleCatalog}
      defaultValue={segmentOf(options.children ?? everywhere)}
      onChange={onChange}
      readOnly={options.readOnly}
      components={components}
    />,
  )
  return { last: () => onChange.mock.lastCall?.[0] }
}

type Props<K extends keyof ComponentsOverride> =
  NonNullable<ComponentsOverride[K]> extends ComponentType<infer P> ? P : never

describe('field-level parts of the components map', () => {
  it('a ValueEditor replacement is used in property rows, event filters, step filters and related groups, with the property, the source, issues and messages, and edits through onChange', () => {
    const value = recorder<Props<'ValueEditor'>>()
    const { last } = renderWith({ ValueEditor: value.Part })
    const byProperty = new Map(value.seen.map((p) => [`${p.source?.event ?? p.source?.entity}.${p.property.id}`, p]))
    expect([...byProperty.keys()].sort()).toEqual([
      'account.seats',
      'purchased.currency',
      'user.created_at',
      'user.email',
      'viewed_product.category',
    ])
    const email = byProperty.get('user.email')!
    expect(email).toMatchObject({ operator: 'eq', value: 'a@b.c', disabled: false, source: { entity: 'user' } })
    expect(email.property).toMatchObject({ id: 'email', type: 'string', label: 'Email' })
    expect(email.messages.value).toBe(defaultMessages.value)
    expect(Array.isArray(email.issues)).toBe(true)
    expect(byProperty.get('purchased.currency')?.source).toEqual({ entity: 'user', event: 'purchased' })
    expect(byProperty.get('account.seats')?.source).toEqual({ entity: 'account' })
    act(() => byProperty.get('viewed_product.category')?.onChange('bags'))
    const sequence = last()?.root.children[3]
    expect(sequence).toMatchObject({ steps: [{ filters: [{ property: 'category', value: 'bags' }] }, {}] })
  })

  it("a ValueEditor replacement gets the value's issues; a read-only builder shows sentences, not the replacement", () => {
    const value = recorder<Props<'ValueEditor'>>()
    renderWith(
      { ValueEditor: value.Part },
      { children: [{ id: 'n', kind: 'property', property: 'ltv', operator: 'between', value: [10, 5] }] },
    )
    expect(value.latest()[0]?.issues?.length).toBeGreaterThan(0)
    const readOnly = recorder<Props<'ValueEditor'>>()
    renderWith({ ValueEditor: readOnly.Part }, { readOnly: true, children: [everywhere[2]!] })
    expect(readOnly.seen).toHaveLength(0)
    expect(document.body).toHaveTextContent(/Purchased/)
  })

  it('an OperatorSelect replacement gets the property and the operator everywhere, and changes the operator through core (the value follows)', () => {
    const op = recorder<Props<'OperatorSelect'>>()
    const { last } = renderWith({ OperatorSelect: op.Part })
    const properties = new Set(op.seen.map((p) => p.property.id))
    expect([...properties].sort()).toEqual(['category', 'created_at', 'currency', 'email', 'seats'])
    const seats = op.latest().find((p) => p.property.id === 'seats')!
    expect(seats).toMatchObject({ value: 'gt', disabled: false })
    expect(seats.messages.operators.gt).toBe(defaultMessages.operators.gt)
    act(() => seats.onChange('between'))
    expect(last()?.root.children[4]).toMatchObject({ root: { children: [{ operator: 'between', value: [50, 100] }] } })
  })

  it('a PropertyPicker replacement gets the properties of the entity or the event, in rows, filters, related groups and measures', () => {
    const picker = recorder<Props<'PropertyPicker'>>()
    const { last } = renderWith({ PropertyPicker: picker.Part })
    const values = new Set(picker.seen.map((p) => p.value))
    for (const v of ['email', 'created_at', 'currency', 'category', 'seats']) expect(values).toContain(v)
    const email = picker.latest().find((p) => p.value === 'email')!
    expect(email.properties.map((p) => p.id)).toContain('ltv')
    expect(email.messages.property).toBe(defaultMessages.property)
    const name = email.properties.find((p) => p.id === 'name')!
    act(() => email.onChange(name))
    expect(last()?.root.children[0]).toMatchObject({ property: 'name', operator: 'eq' })
    const currency = picker.latest().find((p) => p.value === 'currency')!
    expect(currency.properties.map((p) => p.id)).toEqual(['amount', 'currency', 'coupon', 'items', 'product'])
  })

  it('an EventPicker replacement gets the entity and the event of event conditions and of every sequence step', () => {
    const picker = recorder<Props<'EventPicker'>>()
    const { last } = renderWith({ EventPicker: picker.Part })
    expect(new Set(picker.seen.map((p) => p.value))).toEqual(new Set(['purchased', 'viewed_product']))
    const steps = picker.latest().filter((p) => p.label?.startsWith('Step'))
    expect(steps.map((p) => p.value).sort()).toEqual(['purchased', 'viewed_product'])
    const event = picker.latest().find((p) => p.value === 'purchased' && !p.label?.startsWith('Step'))!
    expect(event).toMatchObject({ entity: 'user', disabled: false })
    expect(Array.isArray(event.issues)).toBe(true)
    expect(event.messages.eventPicker).toBe(defaultMessages.eventPicker)
    const signedUp = exampleCatalog.events.find((e) => e.id === 'signed_up')!
    act(() => event.onChange(signedUp))
    expect(last()?.root.children[2]).toMatchObject({ kind: 'event', event: 'signed_up' })
  })

  it('a DateValueInput replacement gets date values and the "as it was" time', () => {
    const date = recorder<Props<'DateValueInput'>>()
    const { last } = renderWith({ DateValueInput: date.Part })
    const labels = date.latest().map((p) => p.label)
    expect(labels).toContain(defaultMessages.value)
    expect(labels).toContain(defaultMessages.atTime)
    const after = date.latest().find((p) => p.label === defaultMessages.value)!
    expect(after.value).toEqual({ type: 'ago', duration: { amount: 3, unit: 'day' } })
    act(() => after.onChange({ type: 'absolute', value: '2026-01-01T00:00:00.000Z' }))
    expect(last()?.root.children[1]).toMatchObject({ value: { type: 'absolute', value: '2026-01-01T00:00:00.000Z' } })
  })

  it('a DurationInput replacement gets the windows of event conditions and sequences, and relative dates', () => {
    const duration = recorder<Props<'DurationInput'>>()
    const { last } = renderWith({ DurationInput: duration.Part })
    const amounts = duration.latest().map((p) => p.value.amount)
    expect(amounts).toContain(30)
    expect(amounts).toContain(3)
    expect(amounts).toContain(7)
    const window = duration.latest().find((p) => p.value.amount === 30)!
    expect(window.messages.units.day).toBe(defaultMessages.units.day)
    act(() => window.onChange({ amount: 14, unit: 'day' }))
    const changed = last()?.root.children.filter((c) => JSON.stringify(c).includes('"amount":14'))
    expect(changed).toHaveLength(1)
  })
})
